"""Sync in the app: the Sync action, the connect dialog, background syncs, the status line."""
