"""LabelDesk: offline-first annotation client for customer-service conversations."""

__version__ = "0.1.0"
