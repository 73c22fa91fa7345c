"""Qt item models for the taxonomy picker: the label tree, and a short list of labels (hits).

Both read one :class:`LabelTree` built from a :class:`TaxonomyDTO`; names show in the UI
language where the taxonomy has them. Deprecated labels, and labels with children when the
taxonomy is leaf-only, are not selectable: the views draw them dimmed (deprecated) or as
headings (branches) and the picker refuses to choose them. They stay enabled so the keyboard
can reach them and the guideline pane can say why they can't be chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from labeldesk.taxonomy.dto import LabelDTO, TaxonomyDTO
from labeldesk.taxonomy.search import SearchHit

_User = Qt.ItemDataRole.UserRole
# The label's key (str).
KEY_ROLE = _User + 1
# The LabelDTO itself.
LABEL_ROLE = _User + 2
# Whether the label may be chosen (bool).
CHOOSABLE_ROLE = _User + 3
# Whether the label is deprecated (bool).
DEPRECATED_ROLE = _User + 4
# Whether the label has children (bool).
BRANCH_ROLE = _User + 5
# Whether the user marked the label as a favourite (bool).
FAVOURITE_ROLE = _User + 6
# Whether the label is among those chosen for the current target (bool).
CHOSEN_ROLE = _User + 7
# The names of the label's ancestors in the UI language, joined with :data:`PATH_SEPARATOR` (str).
PATH_ROLE = _User + 8
# For a search hit: the text that matched, when it is not the name shown (str, else "").
MATCH_ROLE = _User + 9

# Separator of path segments shown to users.
PATH_SEPARATOR = " \u203a "  # a single right-pointing angle quotation mark

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


class LabelTree:
    """The labels of one taxonomy version as a tree, with names in one language.

    Labels are addressed by their position in ``taxonomy.labels`` (depth-first order); the
    root is position -1.

    Parameters
    ----------
    taxonomy
        The taxonomy version.
    lang
        The UI language: a label's name in it is shown where the taxonomy has one.
    """

    def __init__(self, taxonomy: TaxonomyDTO, lang: str) -> None:
        self.taxonomy = taxonomy
        self.labels: tuple[LabelDTO, ...] = taxonomy.labels
        self.leaf_only = taxonomy.leaf_only
        self.lang = lang
        self._pos = {label.key: i for i, label in enumerate(self.labels)}
        self._parent = [self._pos.get(lb.parent_key or "", -1) for lb in self.labels]
        self._children: dict[int, list[int]] = {-1: []}
        self._row: list[int] = []
        for i, parent in enumerate(self._parent):
            siblings = self._children.setdefault(parent, [])
            self._row.append(len(siblings))
            siblings.append(i)
        self._names = [_name_in(label, lang) for label in self.labels]

    def __len__(self) -> int:
        """How many labels the tree has."""
        return len(self.labels)

    def pos(self, key: str) -> int | None:
        """The position of the label ``key``, or None if the taxonomy has no such label."""
        return self._pos.get(key)

    def parent(self, pos: int) -> int:
        """The parent's position (-1: the label is top-level)."""
        return self._parent[pos]

    def children(self, pos: int) -> list[int]:
        """The children's positions, in order (``pos`` -1: the top-level labels)."""
        return self._children.get(pos, [])

    def row(self, pos: int) -> int:
        """The label's row among its siblings."""
        return self._row[pos]

    def name(self, pos: int) -> str:
        """The label's name in the UI language (else its name)."""
        return self._names[pos]

    def ancestors(self, pos: int) -> list[int]:
        """The positions from the top level down to the label's parent."""
        chain: list[int] = []
        parent = self._parent[pos]
        while parent >= 0:
            chain.append(parent)
            parent = self._parent[parent]
        return chain[::-1]

    def path_text(self, pos: int) -> str:
        """The ancestors' names joined with :data:`PATH_SEPARATOR` ("" for a top-level label)."""
        return PATH_SEPARATOR.join(self._names[a] for a in self.ancestors(pos))

    def is_branch(self, pos: int) -> bool:
        """Whether the label has children."""
        return bool(self._children.get(pos))

    def choosable(self, pos: int) -> bool:
        """Whether the label may be chosen: not deprecated, and a leaf if the taxonomy says so."""
        label = self.labels[pos]
        return not label.deprecated and not (self.leaf_only and self.is_branch(pos))

    def why_not(self, pos: int) -> str:
        """Why the label can't be chosen (translated), or "" if it can."""
        if self.labels[pos].deprecated:
            return QCoreApplication.translate(
                "TaxonomyModel", "Deprecated: kept for older answers, it can't be chosen any more."
            )
        if self.leaf_only and self.is_branch(pos):
            return QCoreApplication.translate(
                "TaxonomyModel",
                "Choose one of the labels under it: this taxonomy uses the most specific.",
            )
        return ""


def _name_in(label: LabelDTO, lang: str) -> str:
    """``label``'s name in ``lang`` (``zh_CN`` also tries ``zh``), else its name."""
    code = lang.lower().replace("-", "_")
    return label.names.get(code) or label.names.get(code.split("_")[0]) or label.name


class _Marks:
    """The user's favourite labels and the labels chosen for the current target."""

    def __init__(self) -> None:
        self.favourites: frozenset[str] = frozenset()
        self.chosen: frozenset[str] = frozenset()


_GETTERS: dict[int, Callable[[LabelTree, _Marks, int], object]] = {
    Qt.ItemDataRole.DisplayRole: lambda tree, _m, pos: tree.name(pos),
    Qt.ItemDataRole.ToolTipRole: lambda tree, _m, pos: tree.why_not(pos) or tree.labels[pos].path,
    Qt.ItemDataRole.AccessibleDescriptionRole: lambda tree, _m, pos: tree.why_not(pos),
    KEY_ROLE: lambda tree, _m, pos: tree.labels[pos].key,
    LABEL_ROLE: lambda tree, _m, pos: tree.labels[pos],
    CHOOSABLE_ROLE: lambda tree, _m, pos: tree.choosable(pos),
    DEPRECATED_ROLE: lambda tree, _m, pos: tree.labels[pos].deprecated,
    BRANCH_ROLE: lambda tree, _m, pos: tree.is_branch(pos),
    FAVOURITE_ROLE: lambda tree, marks, pos: tree.labels[pos].key in marks.favourites,
    CHOSEN_ROLE: lambda tree, marks, pos: tree.labels[pos].key in marks.chosen,
    PATH_ROLE: lambda tree, _m, pos: tree.path_text(pos),
}


def _label_data(tree: LabelTree, marks: _Marks, pos: int, role: int) -> object:
    """What the models answer for label ``pos`` and ``role`` (None for roles they don't serve)."""
    getter = _GETTERS.get(role)
    return None if getter is None else getter(tree, marks, pos)


def _label_flags(tree: LabelTree, pos: int) -> Qt.ItemFlag:
    """Enabled always (reachable by keyboard); selectable only if the label can be chosen."""
    flags = Qt.ItemFlag.ItemIsEnabled
    if tree.choosable(pos):
        flags |= Qt.ItemFlag.ItemIsSelectable
    if not tree.is_branch(pos):
        flags |= Qt.ItemFlag.ItemNeverHasChildren
    return flags


class TaxonomyTreeModel(QAbstractItemModel):
    """The taxonomy as a tree, one column: each label under its parent, in file order.

    An index's ``internalId`` is the label's position in the taxonomy's depth-first order.

    Parameters
    ----------
    parent
        The owning QObject.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tree: LabelTree | None = None
        self._marks = _Marks()

    @property
    def tree(self) -> LabelTree | None:
        """The tree shown, or None before :meth:`set_tree`."""
        return self._tree

    def set_tree(self, tree: LabelTree | None) -> None:
        """Show ``tree`` (or nothing)."""
        self.beginResetModel()
        self._tree = tree
        self.endResetModel()

    def set_marks(
        self, *, favourites: Iterable[str] | None = None, chosen: Iterable[str] | None = None
    ) -> None:
        """Update the favourite and chosen marks; repaints only the labels whose mark changed."""
        changed = _update_marks(self._marks, favourites, chosen)
        for key in changed:
            index = self.index_for_key(key)
            if index.isValid():
                self.dataChanged.emit(index, index, [FAVOURITE_ROLE, CHOSEN_ROLE])

    def index_for_key(self, key: str) -> QModelIndex:
        """The index of label ``key`` (invalid if the tree has no such label)."""
        pos = self._tree.pos(key) if self._tree is not None else None
        return _NO_PARENT if pos is None else self._index_of(pos)

    def position(self, index: _Index) -> int:
        """The label position of ``index`` (-1 for the root, the invalid index)."""
        return index.internalId() if index.isValid() else -1

    def _index_of(self, pos: int) -> QModelIndex:
        """The index of the label at position ``pos`` (the root for -1)."""
        if pos < 0 or self._tree is None:
            return QModelIndex()
        return self.createIndex(self._tree.row(pos), 0, pos)

    # -- QAbstractItemModel ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = _NO_PARENT) -> QModelIndex:
        """Override QAbstractItemModel::index."""
        if self._tree is None or column != 0 or row < 0:
            return QModelIndex()
        children = self._tree.children(self.position(parent))
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: _Index = _NO_PARENT) -> QModelIndex:  # type: ignore[override]
        """Override QAbstractItemModel::parent."""
        if not index.isValid() or self._tree is None:
            return QModelIndex()
        return self._index_of(self._tree.parent(index.internalId()))

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        """Override QAbstractItemModel::rowCount."""
        if self._tree is None or parent.column() > 0:
            return 0
        return len(self._tree.children(self.position(parent)))

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        """Override QAbstractItemModel::columnCount."""
        return 1

    def hasChildren(self, parent: _Index = _NO_PARENT) -> bool:
        """Override QAbstractItemModel::hasChildren."""
        return self.rowCount(parent) > 0

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data."""
        if not index.isValid() or self._tree is None:
            return None
        return _label_data(self._tree, self._marks, index.internalId(), role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel::flags."""
        if not index.isValid() or self._tree is None:
            return Qt.ItemFlag.NoItemFlags
        return _label_flags(self._tree, index.internalId())


class LabelListModel(QAbstractListModel):
    """A short list of labels: search hits, or the recent and favourite labels.

    The list is capped by its producer (the search limit, or the few recent labels), so it is
    replaced whole on each change.

    Parameters
    ----------
    parent
        The owning QObject.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tree: LabelTree | None = None
        self._marks = _Marks()
        self._rows: list[tuple[int, str]] = []

    def set_tree(self, tree: LabelTree | None) -> None:
        """Use ``tree`` for names; the list is emptied."""
        self.beginResetModel()
        self._tree = tree
        self._rows = []
        self.endResetModel()

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        """Show search hits, in their order; hits for unknown keys are left out."""
        self._replace((hit.key, hit.text) for hit in hits)

    def set_keys(self, keys: Iterable[str]) -> None:
        """Show the labels ``keys``, in that order (unknown keys left out)."""
        self._replace((key, "") for key in keys)

    def set_marks(
        self, *, favourites: Iterable[str] | None = None, chosen: Iterable[str] | None = None
    ) -> None:
        """Update the favourite and chosen marks."""
        if _update_marks(self._marks, favourites, chosen) and self._rows:
            last = self.index(len(self._rows) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [FAVOURITE_ROLE, CHOSEN_ROLE])

    def keys(self) -> list[str]:
        """The keys listed, in order."""
        tree = self._tree
        return [] if tree is None else [tree.labels[pos].key for pos, _ in self._rows]

    def _replace(self, rows: Iterable[tuple[str, str]]) -> None:
        """Replace the rows with (key, matched text) pairs."""
        self.beginResetModel()
        self._rows = []
        if self._tree is not None:
            for key, text in rows:
                pos = self._tree.pos(key)
                if pos is not None:
                    self._rows.append((pos, text))
        self.endResetModel()

    # -- QAbstractListModel ---------------------------------------------------------------

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data."""
        if not index.isValid() or self._tree is None or index.row() >= len(self._rows):
            return None
        pos, matched = self._rows[index.row()]
        if role == MATCH_ROLE:
            return "" if matched in ("", self._tree.name(pos)) else matched
        return _label_data(self._tree, self._marks, pos, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel::flags."""
        if not index.isValid() or self._tree is None or index.row() >= len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        return (
            _label_flags(self._tree, self._rows[index.row()][0]) | Qt.ItemFlag.ItemNeverHasChildren
        )


def _update_marks(
    marks: _Marks, favourites: Iterable[str] | None, chosen: Iterable[str] | None
) -> set[str]:
    """Set the marks given; returns the keys whose favourite or chosen mark changed."""
    changed: set[str] = set()
    if favourites is not None:
        new = frozenset(favourites)
        changed |= new ^ marks.favourites
        marks.favourites = new
    if chosen is not None:
        new = frozenset(chosen)
        changed |= new ^ marks.chosen
        marks.chosen = new
    return changed
