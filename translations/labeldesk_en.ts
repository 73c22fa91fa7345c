<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheatSheet</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Type an action, a description or a key</source>
        <translation>Type an action, a description or a key</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Labeller</source>
        <translation>Labeller</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <source>&amp;Find your profile:</source>
        <translation>&amp;Find your profile:</translation>
    </message>
    <message>
        <source>Type your name, then press Enter</source>
        <translation>Type your name, then press Enter</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Languages you can label:</source>
        <translation>&amp;Languages you can label:</translation>
    </message>
    <message>
        <source>&amp;Create profile and start</source>
        <translation>&amp;Create profile and start</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Enter a name for the new profile.</source>
        <translation>Enter a name for the new profile.</translation>
    </message>
    <message>
        <source>There is already a profile named %1: pick it in the list above.</source>
        <translation>There is already a profile named %1: pick it in the list above.</translation>
    </message>
    <message>
        <source>Choose at least one language you can label.</source>
        <translation>Choose at least one language you can label.</translation>
    </message>
    <message>
        <source>No profiles yet: create yours below.</source>
        <translation>No profiles yet: create yours below.</translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation>No profile matches “%1”.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QKeySequenceEdit</name>
    <message>
        <source>Press shortcut</source>
        <translation>Press shortcut</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Language and appearance</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Font size:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Idle after:</source>
        <translation>&amp;Idle after:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Active time stops counting after this many seconds without input.</source>
        <translation>Active time stops counting after this many seconds without input.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Select an action and press Enter, then the new keys. Esc cancels; Backspace resets the action to its default keys.</source>
        <translation>Select an action and press Enter, then the new keys. Esc cancels; Backspace resets the action to its default keys.</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>Reset &amp;all</translation>
    </message>
    <message>
        <source>%1 is given to more than one action: %2. Change one of them.</source>
        <translation>%1 is given to more than one action: %2. Change one of them.</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <source>Back to %1</source>
        <translation>Back to %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation>Labelling</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Picker</source>
        <translation>Picker</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Save the answer and go to the next item</source>
        <translation>Save the answer and go to the next item</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Skip this item and give a reason</source>
        <translation>Skip this item and give a reason</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsure</translation>
    </message>
    <message>
        <source>Mark the answer as unsure</source>
        <translation>Mark the answer as unsure</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note about this item</source>
        <translation>Write a note about this item</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Undo the last action</translation>
    </message>
    <message>
        <source>Clear labels</source>
        <translation>Clear labels</translation>
    </message>
    <message>
        <source>Remove every chosen label from this item</source>
        <translation>Remove every chosen label from this item</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <source>Go back to the previous item to revise it</source>
        <translation>Go back to the previous item to revise it</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>Go to the next item</source>
        <translation>Go to the next item</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Move the focus to the queue</source>
        <translation>Move the focus to the queue</translation>
    </message>
    <message>
        <source>Move the focus to the conversation</source>
        <translation>Move the focus to the conversation</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Move the focus to the label picker</source>
        <translation>Move the focus to the label picker</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Show your feedback: gold results and reviews</source>
        <translation>Show your feedback: gold results and reviews</translation>
    </message>
    <message>
        <source>Next customer turn</source>
        <translation>Next customer turn</translation>
    </message>
    <message>
        <source>Jump to the customer&apos;s next message</source>
        <translation>Jump to the customer&apos;s next message</translation>
    </message>
    <message>
        <source>Previous customer turn</source>
        <translation>Previous customer turn</translation>
    </message>
    <message>
        <source>Jump to the customer&apos;s previous message</source>
        <translation>Jump to the customer&apos;s previous message</translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation>Next turn</translation>
    </message>
    <message>
        <source>Select the next message, to label it</source>
        <translation>Select the next message, to label it</translation>
    </message>
    <message>
        <source>Previous turn</source>
        <translation>Previous turn</translation>
    </message>
    <message>
        <source>Select the previous message, to label it</source>
        <translation>Select the previous message, to label it</translation>
    </message>
    <message>
        <source>Whole conversation</source>
        <translation>Whole conversation</translation>
    </message>
    <message>
        <source>Unselect the message: labels go to the whole conversation</source>
        <translation>Unselect the message: labels go to the whole conversation</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Search within the conversation</source>
        <translation>Search within the conversation</translation>
    </message>
    <message>
        <source>Search labels</source>
        <translation>Search labels</translation>
    </message>
    <message>
        <source>Type to find a label by name, synonym or key</source>
        <translation>Type to find a label by name, synonym or key</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <source>Add the selected label to your favourites, or remove it</source>
        <translation>Add the selected label to your favourites, or remove it</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language, font size, theme, idle time and shortcuts</source>
        <translation>Language, font size, theme, idle time and shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>List every shortcut</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Switch profile</translation>
    </message>
    <message>
        <source>Change who is working</source>
        <translation>Change who is working</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Send your work to the hub and fetch new items</source>
        <translation>Send your work to the hub and fetch new items</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Close LabelDesk; your submitted work is saved</source>
        <translation>Close LabelDesk; your submitted work is saved</translation>
    </message>
</context>
</TS>
