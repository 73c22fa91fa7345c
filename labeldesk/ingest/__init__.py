"""Conversation import: one reader per file format, validation, and the importer service."""
