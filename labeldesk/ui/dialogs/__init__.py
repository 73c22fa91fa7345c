"""The dialogs of the LabelDesk UI: settings, keyboard cheat-sheet, profile choice."""
