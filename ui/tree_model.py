"""The customer tree as a lazily loaded Qt item model.

Children are fetched from the store only when a node is expanded
(``canFetchMore``/``fetchMore``), so a portfolio of any size opens at once.
The model never writes: edits and drops become ``*_requested`` signals that
the window turns into undo commands, and the commands tell the model what
changed through the ``on_*`` methods.

Children are read from the store in chunks (``CHUNK`` rows, by name) and
given to the view a page at a time (``PAGE`` rows per ``fetchMore``):
QTreeView asks for more when the user scrolls to the end, so a node with
thousands of children expands at once. ``index_of`` reveals loaded pages.

Filtering is done here rather than by a QSortFilterProxyModel: a proxy sees
only loaded rows, but a search must find accounts in branches nobody has
expanded yet.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from domain.model import AccountNode

MIME_TYPE = "application/x-account-planner-account-ids"
ModelIndex = QModelIndex | QPersistentModelIndex
# load(parent_id, only, after, limit): one page of children sorted by (name, id).
ChildLoader = Callable[[int | None, frozenset[int] | None, tuple[str, int] | None, int | None], list[AccountNode]]


# Soft backgrounds for the tier column: core accounts stand out, prospects recede.
TIER_COLOURS = {"A": QColor("#f6c9a8"), "B": QColor("#fbe6a6"), "C": QColor("#d9ead3"), "D": QColor("#e3e3e3")}
PAGE = 100  # rows given to the view per fetchMore
CHUNK = 400  # rows read from the store per query


class _Node:
    __slots__ = (
        "id",
        "key",
        "name",
        "industry",
        "tier",
        "parent",
        "children",
        "child_count",
        "row",
        "shown",
        "complete",
    )

    def __init__(self, data: AccountNode | None, parent: _Node | None, row: int) -> None:
        self.id = data.id if data else None
        self.key = data.key if data else ""
        self.name = data.name if data else ""
        self.industry = data.industry if data else ""
        self.tier = (data.tier or "") if data else ""
        self.child_count = data.child_count if data else 0
        self.parent = parent
        self.children: list[_Node] | None = None
        self.row = row
        self.shown = 0  # how many of ``children`` the view has been given
        self.complete = False  # every child has been read from the store

    def renumber(self, start: int = 0) -> None:
        assert self.children is not None
        for row in range(start, len(self.children)):
            self.children[row].row = row


class AccountTreeModel(QAbstractItemModel):
    """Accounts by parent; columns: name, key, industry.

    Signals:
        rename_requested(int, str): the user typed a new name for an account.
        move_requested(int, object): an account was dropped on another
            (``None``: on the empty area, to make it a top-level account).
    """

    rename_requested = Signal(int, str)
    move_requested = Signal(int, object)

    NAME, KEY, INDUSTRY, TIER = range(4)
    AccountIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, load_children: ChildLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load_children
        self._root = _Node(None, None, 0)
        self._nodes: dict[int, _Node] = {}
        self._visible: frozenset[int] | None = None
        self._matches: frozenset[int] = frozenset()
        self._bold = QFont()
        self._bold.setBold(True)
        # flags() runs several times per row the view lays out: keep it cheap.
        base = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        self._flags = (base | Qt.ItemFlag.ItemIsEditable, base, base, base)
        self._root_flags = Qt.ItemFlag.ItemIsDropEnabled
        self._display = Qt.ItemDataRole.DisplayRole
        self._edit = Qt.ItemDataRole.EditRole
        self._headers: tuple[str, ...] = ()
        self._changing = False
        self.retranslate()

    # -- loading -------------------------------------------------------------------------------

    def reload(self, visible: frozenset[int] | None = None, matches: frozenset[int] = frozenset()) -> None:
        """Forget every loaded node and show the top level again.

        With ``visible``, only those accounts are shown (a search result with
        its ancestors); ``matches`` are drawn in bold.
        """
        self.beginResetModel()
        self._visible = visible
        self._matches = matches
        self._root = _Node(None, None, 0)
        self._nodes = {}
        self._root.children = []
        self._read_chunk(self._root)
        self._root.shown = min(PAGE, len(self._root.children))
        self.endResetModel()

    def _read_chunk(self, node: _Node) -> None:
        """Read the next chunk of ``node``'s children from the store."""
        children = node.children
        assert children is not None
        last = children[-1] if children else None
        after = (last.name, last.id) if last is not None and last.id is not None else None
        loaded = self._load(node.id, self._visible, after, CHUNK)
        start = len(children)
        nodes = self._nodes
        for offset, data in enumerate(loaded):
            child = _Node(data, node, start + offset)
            children.append(child)
            nodes[data.id] = child
        if self._visible is not None or len(loaded) < CHUNK:
            node.complete = True
            node.child_count = len(children)
        else:
            node.child_count = max(node.child_count, len(children))

    def _complete(self, node: _Node) -> None:
        while node.children is not None and not node.complete:
            self._read_chunk(node)

    def is_filtered(self) -> bool:
        return self._visible is not None

    def loaded_count(self) -> int:
        return len(self._nodes)

    # -- Qt model interface --------------------------------------------------------------------

    def _node(self, index: ModelIndex) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if node.children is None or not (0 <= row < node.shown) or not (0 <= column < 4):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return self._node(parent).shown

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 4

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node.children is not None and node.complete:
            return bool(node.children)
        return node.child_count > 0

    def canFetchMore(self, parent: ModelIndex) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node.children is None:
            return node.child_count > 0
        return node.shown < len(node.children) or not node.complete

    def fetchMore(self, parent: ModelIndex) -> None:
        if self._changing:
            return  # a view reacting to a change in flight; it will ask again
        node = self._node(parent)
        if node.children is None:
            node.children = []
            node.shown = 0
        if node.shown + PAGE > len(node.children) and not node.complete:
            self._read_chunk(node)
        self._show_more(node, parent, PAGE)

    def _show_more(self, node: _Node, parent: ModelIndex, count: int) -> None:
        assert node.children is not None
        last = min(node.shown + count, len(node.children))
        if last <= node.shown:
            return
        self._changing = True
        self.beginInsertRows(parent, node.shown, last - 1)
        node.shown = last
        self.endInsertRows()
        self._changing = False

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = index.internalPointer()
        column = index.column()
        if role == self._display or role == self._edit:
            return (node.name, node.key, node.industry, node.tier)[column]
        if column == self.TIER and node.tier:
            if role == Qt.ItemDataRole.BackgroundRole:
                return TIER_COLOURS.get(node.tier)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{node.name}\n{node.key}" + (f" · {node.industry}" if node.industry else "")
        if role == Qt.ItemDataRole.FontRole and node.id in self._matches:
            return self._bold
        if role == self.AccountIdRole:
            return node.id
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.NAME or role != Qt.ItemDataRole.EditRole:
            return False
        node = self._node(index)
        name = str(value).strip()
        if name and name != node.name and node.id is not None:
            self.rename_requested.emit(node.id, name)
        # The rename arrives through on_account_changed once it is saved.
        return False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return self._headers[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return self._root_flags
        return self._flags[index.column()]

    def retranslate(self) -> None:
        self._headers = (self.tr("Account"), self.tr("Key"), self.tr("Industry"), self.tr("Tier"))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    # -- drag and drop -------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        ids = sorted({n.id for n in (self._node(i) for i in indexes if i.isValid()) if n.id is not None})
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(json.dumps(ids).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            ids = [int(i) for i in json.loads(bytes(data.data(MIME_TYPE).data()).decode())]
        except (ValueError, TypeError):
            return False
        target = self._node(parent).id
        for account_id in ids:
            self.move_requested.emit(account_id, target)
        # Never let the view remove the dragged rows itself: the move is
        # applied through on_account_moved once it has been saved.
        return False

    # -- lookups -------------------------------------------------------------------------------

    def index_of(self, account_id: int | None, column: int = 0) -> QModelIndex:
        """The index of a loaded account (invalid if it is not loaded); pages
        of its parent not yet given to the view are revealed first."""
        node = self._nodes.get(account_id) if account_id is not None else None
        if node is None:
            return QModelIndex()
        self._reveal(node)
        return self.createIndex(node.row, column, node)

    def _reveal(self, node: _Node) -> None:
        parent = node.parent
        if parent is None or node.row < parent.shown:
            return
        self._reveal(parent)
        self._show_more(parent, self._index_for(parent), node.row + 1 - parent.shown)

    def account_id(self, index: ModelIndex) -> int | None:
        return self._node(index).id if index.isValid() else None

    def parent_id(self, account_id: int) -> int | None:
        node = self._nodes.get(account_id)
        return node.parent.id if node is not None and node.parent is not None else None

    def ensure_loaded(self, path: list[int]) -> QModelIndex:
        """Load the nodes along ``path`` (root first) and return the last one's index."""
        index = QModelIndex()
        for account_id in path:
            if self.canFetchMore(index):
                self.fetchMore(index)
            found = self.index_of(account_id)
            if not found.isValid():
                return QModelIndex()
            index = found
        return index

    # -- changes reported by undo commands -----------------------------------------------------

    def on_account_changed(self, node: AccountNode) -> None:
        """An account's name, key, industry or tier changed."""
        item = self._nodes.get(node.id)
        if item is None:
            return
        item.name, item.key, item.industry, item.tier = node.name, node.key, node.industry, node.tier or ""
        self.dataChanged.emit(self.index_of(node.id, 0), self.index_of(node.id, self.TIER))

    def on_account_added(self, node: AccountNode) -> None:
        """A new account appeared under ``node.parent_id``."""
        if self._visible is not None:
            self._visible = self._visible | {node.id}
        parent = self._root if node.parent_id is None else self._nodes.get(node.parent_id)
        if parent is None:
            return
        self._insert(parent, _Node(node, parent, 0))

    def on_account_removed(self, account_id: int, lifted: bool) -> None:
        """An account was deleted; with ``lifted`` its children moved up a level."""
        node = self._nodes.get(account_id)
        if node is None or node.parent is None:
            return
        parent = node.parent
        self._take(node)
        self._forget(node)
        if lifted and node.child_count:
            # The children now sit beside their old parent; read that level again.
            self._reload_children(parent)

    def on_account_moved(self, account_id: int, new_parent_id: int | None) -> None:
        """An account (with its subtree) moved under ``new_parent_id``."""
        node = self._nodes.get(account_id)
        new_parent = self._root if new_parent_id is None else self._nodes.get(new_parent_id)
        if node is not None:
            self._take(node)
            if new_parent is not None:
                self._insert(new_parent, node)
            else:
                self._forget(node)
        elif new_parent is not None:
            self._reload_children(new_parent)

    def _insert(self, parent: _Node, node: _Node) -> None:
        if parent.children is None:
            # Load the parent now: its children, the new one included, come
            # from the store, so the new account can be shown and selected.
            self._forget(node)
            parent.child_count += 1
            self.fetchMore(self._index_for(parent))
            return
        key = (node.name, node.id or 0)
        children = parent.children
        if not parent.complete and (not children or key > (children[-1].name, children[-1].id or 0)):
            # It sorts after what is loaded, so a later chunk brings it from the
            # store: read up to it, then put this node object in its place
            # (keeping its loaded subtree). Those rows are not in the view yet.
            self._forget(node)
            while not parent.complete and (not children or key > (children[-1].name, children[-1].id or 0)):
                self._read_chunk(parent)
            for row, fresh in enumerate(children):
                if fresh.id == node.id:
                    node.parent, node.row = parent, row
                    children[row] = node
                    self._register(node)
                    break
            return
        row = next(
            (r for r, c in enumerate(children) if (c.name, c.id or 0) > key),
            len(children),
        )
        visible = row < parent.shown or (parent.shown == len(children) and parent.complete)
        if visible:
            self._changing = True
            self.beginInsertRows(self._index_for(parent), row, row)
        node.parent = parent
        children.insert(row, node)
        parent.renumber(row)
        parent.child_count += 1
        self._register(node)
        if visible:
            parent.shown += 1
            self.endInsertRows()
            self._changing = False

    def _take(self, node: _Node) -> None:
        parent = node.parent
        assert parent is not None
        assert parent.children is not None
        row = node.row
        visible = row < parent.shown
        if visible:
            self.beginRemoveRows(self._index_for(parent), row, row)
        del parent.children[row]
        parent.renumber(row)
        parent.child_count = max(0, parent.child_count - 1)
        if visible:
            parent.shown -= 1
            self.endRemoveRows()
        if parent is not self._root and not parent.children:
            index = self._index_for(parent)
            self.dataChanged.emit(index, index)

    def _bump(self, parent: _Node, delta: int) -> None:
        parent.child_count = max(0, parent.child_count + delta)
        if parent is not self._root:
            index = self._index_for(parent)
            self.dataChanged.emit(index, index)

    def _reload_children(self, parent: _Node) -> None:
        if parent.children is None:
            self._bump(parent, 0)
            return
        index = self._index_for(parent)
        if parent.shown:
            self.beginRemoveRows(index, 0, parent.shown - 1)
            parent.shown = 0
            self.endRemoveRows()
        for child in parent.children:
            self._forget(child)
        parent.children = None
        parent.complete = False
        parent.child_count = 1
        self.fetchMore(index)

    def _register(self, node: _Node) -> None:
        stack = [node]
        while stack:
            item = stack.pop()
            if item.id is not None:
                self._nodes[item.id] = item
            stack.extend(item.children or ())

    def _forget(self, node: _Node) -> None:
        stack = [node]
        while stack:
            item = stack.pop()
            self._nodes.pop(item.id, None)  # type: ignore[arg-type]
            stack.extend(item.children or ())

    def _index_for(self, node: _Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)
