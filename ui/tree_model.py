"""The customer tree as a lazily loaded Qt item model.

Children are fetched from the store only when a node is expanded
(``canFetchMore``/``fetchMore``), so a portfolio of any size opens at once.
The model never writes: edits and drops become ``*_requested`` signals that
the window turns into undo commands, and the commands tell the model what
changed through the ``on_*`` methods.

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
from PySide6.QtGui import QFont

from domain.model import AccountNode

MIME_TYPE = "application/x-account-planner-account-ids"
ModelIndex = QModelIndex | QPersistentModelIndex
ChildLoader = Callable[[int | None, frozenset[int] | None], list[AccountNode]]


class _Node:
    __slots__ = ("id", "key", "name", "industry", "parent", "children", "child_count", "row")

    def __init__(self, data: AccountNode | None, parent: _Node | None, row: int) -> None:
        self.id = data.id if data else None
        self.key = data.key if data else ""
        self.name = data.name if data else ""
        self.industry = data.industry if data else ""
        self.child_count = data.child_count if data else 0
        self.parent = parent
        self.children: list[_Node] | None = None
        self.row = row

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

    NAME, KEY, INDUSTRY = range(3)
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
        self._headers: tuple[str, ...] = ()
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
        self._fill(self._root)
        self.endResetModel()

    def _fill(self, node: _Node) -> None:
        loaded = self._load(node.id, self._visible)
        node.children = [_Node(data, node, row) for row, data in enumerate(loaded)]
        node.child_count = len(node.children)
        for child in node.children:
            assert child.id is not None
            self._nodes[child.id] = child

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
        if node.children is None or not (0 <= row < len(node.children)) or not (0 <= column < 3):
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
        children = self._node(parent).children
        return 0 if children is None else len(children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 3

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        return bool(node.children) if node.children is not None else node.child_count > 0

    def canFetchMore(self, parent: ModelIndex) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        return node.children is None and node.child_count > 0

    def fetchMore(self, parent: ModelIndex) -> None:
        node = self._node(parent)
        if node.children is not None:
            return
        loaded = self._load(node.id, self._visible)
        if not loaded:
            node.children = []
            node.child_count = 0
            return
        self.beginInsertRows(parent, 0, len(loaded) - 1)
        node.children = [_Node(data, node, row) for row, data in enumerate(loaded)]
        node.child_count = len(node.children)
        for child in node.children:
            assert child.id is not None
            self._nodes[child.id] = child
        self.endInsertRows()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (node.name, node.key, node.industry)[column]
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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 3
        ):
            return self._headers[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def retranslate(self) -> None:
        self._headers = (self.tr("Account"), self.tr("Key"), self.tr("Industry"))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

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

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
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
        """The index of a loaded account (invalid if it is not loaded)."""
        node = self._nodes.get(account_id) if account_id is not None else None
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

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
        """An account's name, key or industry changed."""
        item = self._nodes.get(node.id)
        if item is None:
            return
        item.name, item.key, item.industry = node.name, node.key, node.industry
        self.dataChanged.emit(self.index_of(node.id, 0), self.index_of(node.id, 2))

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
        if lifted and node.children:
            for child in list(node.children):
                child.parent = None
                self._insert(parent, child)
        elif lifted and node.child_count:
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
        row = next(
            (r for r, c in enumerate(parent.children) if (c.name, c.id or 0) > key),
            len(parent.children),
        )
        parent_index = self._index_for(parent)
        self.beginInsertRows(parent_index, row, row)
        node.parent = parent
        parent.children.insert(row, node)
        parent.renumber(row)
        parent.child_count = len(parent.children)
        self._register(node)
        self.endInsertRows()

    def _take(self, node: _Node) -> None:
        parent = node.parent
        assert parent is not None
        assert parent.children is not None
        row = node.row
        self.beginRemoveRows(self._index_for(parent), row, row)
        del parent.children[row]
        parent.renumber(row)
        parent.child_count = len(parent.children)
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
        if parent.children:
            self.beginRemoveRows(index, 0, len(parent.children) - 1)
            for child in parent.children:
                self._forget(child)
            parent.children = []
            self.endRemoveRows()
        parent.children = None
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
