"""The words on the charts, in English by default; the app passes its translations.

``%1`` in a text is a placeholder the builder fills (a number, a percentage).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ChartTexts"]


@dataclass(frozen=True)
class ChartTexts:
    """Axis titles, legends and notes of every chart."""

    answers_per_day: str = "Answers per day"
    done_share: str = "Done (of assigned)"
    done_count: str = "Answers so far"
    done_note: str = "%1 done"
    agreement: str = "Agreement"
    items_note: str = "%1 items"
    gold_accuracy: str = "Gold accuracy"
    target: str = "Target %1"
    answers: str = "%1 answers"
    share: str = "Share"
    final_label: str = "Final label"
    answer_given: str = "Answer given"
    more: str = "+ %1 more"
    nothing: str = "Nothing to show yet"
    nothing_measured: str = "nothing compared or scored yet"
