"""Opens a workspace (a SQLite file or a database URL) and wires the services onto it."""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from labeldesk.redact.defaults import DEFAULT_PATTERNS as DEFAULT_REDACTION_PATTERNS
from labeldesk.storage.db import Database, open_database
from labeldesk.storage.models import Setting

if TYPE_CHECKING:
    from labeldesk.export import ExportService
    from labeldesk.ingest.importer import ImportService
    from labeldesk.labelling import LabellingService, QueueService
    from labeldesk.review.adjudication import ReviewService
    from labeldesk.review.dashboard import DashboardService
    from labeldesk.review.feedback import FeedbackService
    from labeldesk.review.gold import GoldService
    from labeldesk.review.quality import QualityService
    from labeldesk.review.training import TrainingService
    from labeldesk.stats import StatsService
    from labeldesk.sync.auth import HubUserService
    from labeldesk.taxonomy import TaxonomyService
    from labeldesk.users import UserService

#: Environment variable that overrides the default workspace location.
WORKSPACE_ENV = "LABELDESK_WORKSPACE"

#: Workspace settings and their defaults. Values are stored as JSON in the ``setting`` table.
DEFAULT_SETTINGS: dict[str, Any] = {
    "expected_languages": ["en", "th", "id", "ms", "vi", "tl", "zh"],
    "language_min_confidence": None,  # None: the detector's own default
    "hidden_meta_keys": None,  # None: labelling.service.DEFAULT_HIDDEN_META
    "demo_version": None,  # set in demo workspaces: which version of the demo built them
    # QA (see labeldesk/review/): what the lead decides.
    "show_predictions": False,  # model predictions in the blind pass
    "disagreement_mode": "exact",  # "exact": same labels and turn labels; "leaf": same leaves
    "audit_share": 0.05,  # share of agreed items also sent to review
    "targets": {"gold_accuracy": 0.95, "kappa": 0.8, "min_items": 20},
    "training": {"threshold": 0.8, "n_items": 10, "pause_production": True},
    # Hub: how many days a labeller's lease on production work runs from their first pull.
    "hub.lease_days": 7,
    # `import --redact`: the workspace's own mask types, {TYPE: regex} (labeldesk/redact/).
    "redaction.patterns": DEFAULT_REDACTION_PATTERNS,
}


def _share(value: Any) -> bool:  # noqa: ANN401 - a JSON value
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1


def _training(value: Any) -> bool:  # noqa: ANN401 - a JSON value
    return (
        isinstance(value, dict)
        and set(value) <= {"threshold", "n_items", "pause_production"}
        and _share(value.get("threshold", 0.8))
        and isinstance(value.get("n_items", 10), int)
        and value.get("n_items", 10) > 0
        and isinstance(value.get("pause_production", True), bool)
    )


def _redaction_patterns(value: Any) -> bool:  # noqa: ANN401 - a JSON value
    """Check ``redaction.patterns``; PatternError itself names the pattern that is wrong."""
    from labeldesk.redact import check_patterns

    return check_patterns(value) is not None


#: What each setting a lead may change must look like, said in words for the error message.
SETTING_RULES: dict[str, tuple[Any, str]] = {
    "expected_languages": (
        lambda v: isinstance(v, list) and v and all(isinstance(x, str) for x in v),
        "a list of language codes",
    ),
    "language_min_confidence": (lambda v: v is None or _share(v), "null or a share 0-1"),
    "hidden_meta_keys": (
        lambda v: v is None or (isinstance(v, list) and all(isinstance(x, str) for x in v)),
        "null (the default list) or a list of metadata keys",
    ),
    "show_predictions": (lambda v: isinstance(v, bool), "true or false"),
    "disagreement_mode": (lambda v: v in ("exact", "leaf"), '"exact" or "leaf"'),
    "audit_share": (_share, "a share 0-1"),
    "hub.lease_days": (
        lambda v: isinstance(v, int | float) and not isinstance(v, bool) and v > 0,
        "a number of days > 0",
    ),
    "training": (
        _training,
        '{"threshold": 0-1, "n_items": N > 0, "pause_production": true|false}',
    ),
    "redaction.patterns": (_redaction_patterns, '{"TYPE": "regex", …} with TYPE in A-Z and _'),
}


def check_setting(key: str, value: Any) -> Any:  # noqa: ANN401 - a JSON value
    """``value`` if it is right for setting ``key``; LabelDeskError saying what is expected."""
    from labeldesk.errors import LabelDeskError

    rule = SETTING_RULES.get(key)
    if rule is None:
        raise LabelDeskError(f"setting {key!r} is not changed this way (see `labeldesk targets`)")
    ok, expected = rule
    if not ok(value):
        raise LabelDeskError(f"setting {key!r} must be {expected}, not {value!r}")
    return value


def default_workspace_path() -> Path:
    """The workspace used when none is given: $LABELDESK_WORKSPACE, else the user data dir."""
    env = os.environ.get(WORKSPACE_ENV)
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("labeldesk", appauthor=False) / "workspace.db"


class Workspace:
    """An open workspace: the database plus the services that work on it.

    Services are created on first use, so opening a workspace stays cheap.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def open(cls, location: str | Path | None = None, *, create: bool = False) -> Workspace:
        """Open the workspace at ``location`` (default: :func:`default_workspace_path`)."""
        return cls(open_database(location or default_workspace_path(), create=create))

    @property
    def location(self) -> str:
        """The workspace's URL, with any password hidden."""
        return self.db.url

    def close(self) -> None:
        """Release the database connections."""
        self.db.dispose()

    def __enter__(self) -> Workspace:
        """Use the workspace as a context manager that closes it on exit."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close the workspace."""
        self.close()

    # -- settings -------------------------------------------------------------------------

    def get_setting(self, key: str) -> Any:  # noqa: ANN401 - settings hold any JSON value
        """Read a workspace setting, or its default."""
        if key not in DEFAULT_SETTINGS:
            raise KeyError(f"unknown setting {key!r}; known: {', '.join(sorted(DEFAULT_SETTINGS))}")
        with self.db.sessions() as s:
            value = s.scalar(select(Setting.value).where(Setting.key == key))
        return DEFAULT_SETTINGS[key] if value is None else value

    def set_setting(self, key: str, value: Any) -> None:  # noqa: ANN401
        """Write a workspace setting."""
        if key not in DEFAULT_SETTINGS:
            raise KeyError(f"unknown setting {key!r}; known: {', '.join(sorted(DEFAULT_SETTINGS))}")
        with self.db.sessions.begin() as s:
            s.merge(Setting(key=key, value=value))

    # -- services -------------------------------------------------------------------------

    @cached_property
    def taxonomy(self) -> TaxonomyService:
        """Import, version, diff and read taxonomies."""
        from labeldesk.taxonomy import TaxonomyService

        return TaxonomyService(self.db)

    @cached_property
    def importer(self) -> ImportService:
        """Import conversation batches."""
        from labeldesk.ingest.importer import ImportService

        return ImportService(self)

    @cached_property
    def exporter(self) -> ExportService:
        """Export batches, with each conversation's final label and QA results."""
        from labeldesk.export import ExportService
        from labeldesk.review.export_qa import export_qa

        return ExportService(self.db, qa_provider=export_qa)

    @cached_property
    def stats(self) -> StatsService:
        """Counts by batch, language and status."""
        from labeldesk.stats import StatsService

        return StatsService(self.db)

    @cached_property
    def users(self) -> UserService:
        """User profiles and per-user preferences."""
        from labeldesk.users import UserService

        return UserService(self.db)

    @cached_property
    def hub_users(self) -> HubUserService:
        """Hub users and their tokens: add, issue, revoke, list, authenticate."""
        from labeldesk.sync.auth import HubUserService

        return HubUserService(self.db)

    @cached_property
    def queue(self) -> QueueService:
        """A labeller's queue: counts and pages."""
        from labeldesk.labelling import QueueService

        return QueueService(self.db)

    @cached_property
    def labelling(self) -> LabellingService:
        """Open, submit, skip and revise a labeller's work."""
        from labeldesk.labelling import LabellingService
        from labeldesk.review.adjudication import detect_disagreement
        from labeldesk.review.gold import score_gold
        from labeldesk.review.training import training_guard

        return LabellingService(self.db, hooks=(training_guard, score_gold, detect_disagreement))

    @cached_property
    def reviews(self) -> ReviewService:
        """Disagreements, the reviewers' queue, reviews and promotion to gold."""
        from labeldesk.review.adjudication import ReviewService

        return ReviewService(self.db)

    @cached_property
    def gold(self) -> GoldService:
        """Gold items: import known answers, list them."""
        from labeldesk.review.gold import GoldService

        return GoldService(self.db)

    @cached_property
    def training(self) -> TrainingService:
        """Training quizzes: start them, follow them, their immediate feedback."""
        from labeldesk.review.training import TrainingService

        return TrainingService(self.db)

    @cached_property
    def feedback(self) -> FeedbackService:
        """A labeller's gold results and review verdicts."""
        from labeldesk.review.feedback import FeedbackService

        return FeedbackService(self.db)

    @cached_property
    def quality(self) -> QualityService:
        """The lead's quality table, targets and refreshers."""
        from labeldesk.review.quality import QualityService

        return QualityService(self.db)

    @cached_property
    def dashboard(self) -> DashboardService:
        """The lead's dashboard: chart series and the conversations behind each element."""
        from labeldesk.review.dashboard import DashboardService

        return DashboardService(self.db)
