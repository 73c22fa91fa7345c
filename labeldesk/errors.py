"""Typed errors the user can act on; anything else is a bug and is logged with a trace."""

from __future__ import annotations

from dataclasses import dataclass


class LabelDeskError(Exception):
    """Base of every error the user can act on. Its message says what to fix."""


class KnownStorageError(LabelDeskError):
    """The workspace cannot be used: missing, locked, from a newer version, disk full."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, and where it is.

    ``where`` is a line (JSONL), row (CSV/XLSX/Parquet) or node number, 1-based as a person
    counts them in an editor or a spreadsheet; ``field`` is the column or key concerned.
    """

    file: str
    where: str
    field: str
    message: str

    def __str__(self) -> str:
        """Format as ``file:row 12: field 'name': message``."""
        loc = f"{self.file}:{self.where}" if self.where else self.file
        fld = f" field {self.field!r}:" if self.field else ""
        return f"{loc}:{fld} {self.message}"


class InputError(LabelDeskError):
    """A file could not be used; ``problems`` lists each thing wrong and where."""

    def __init__(self, problems: list[Problem], *, more: int = 0) -> None:
        self.problems = problems
        self.more = more
        head = str(problems[0]) if problems else "invalid input"
        extra = len(problems) - 1 + more
        suffix = f" (and {extra} more problem{'s' if extra != 1 else ''})" if extra else ""
        super().__init__(head + suffix)


class CancelledError(LabelDeskError):
    """Long work was cancelled by the user; nothing was changed."""
