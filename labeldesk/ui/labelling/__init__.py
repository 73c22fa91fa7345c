"""Widgets of the labeller's workbench: the taxonomy picker and its neighbours."""
