"""Reusable widgets of the LabelDesk UI."""
