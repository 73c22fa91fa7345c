"""Sync between workstations and the hub: outbox, client, server and protocol."""
