"""Tattoos: a body map (front/back) where a click places a numbered mark, the
details beside it; marks and list stay in sync; marks move (drag) and go (Delete)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model import BodySide, Tattoo
from ui import dialogs
from ui.panels.base import Panel, PanelContext, register
from ui.panels.declared import Tattoos
from ui.panels.echoes import EchoPointer
from ui.widgets.body_map import BodyMap, Mark
from ui.widgets.contact_form import split_list

ROLE_ID = Qt.ItemDataRole.UserRole + 1


@register
class TattoosPanel(Panel):
    declared = Tattoos

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loading = False
        bank = ctx.bank
        self.locations = (
            {i.id: i.text for i in bank.section("tattoos.locations").items}
            if "tattoos.locations" in bank.sections
            else {}
        )
        self.symbol_items = (
            [(i.id, i.text) for i in bank.section("tattoos.symbols").items]
            if "tattoos.symbols" in bank.sections
            else []
        )
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.echoes = EchoPointer(
            ctx, self.record_parts, self.panel_id, self
        )  # "also appears in another case"
        left.addWidget(self.echoes)
        hint = QLabel(
            self.tr(
                "Click on the body (or press Enter on it) to place a numbered mark. Drag a "
                "mark (or Shift+arrow keys) to move it; Delete removes the selected mark."
            ),
            self,
        )
        hint.setWordWrap(True)
        left.addWidget(hint)
        self.map = BodyMap(self)
        left.addWidget(self.map, 1)
        layout.addLayout(left, 4)

        right = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Tattoos recorded"))
        self.list.setMaximumHeight(130)
        right.addWidget(QLabel(self.tr("Tattoos recorded"), self))
        right.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add without placing (Insert)"), self)
        self.add_button.setAccessibleName(self.tr("Add a tattoo without placing it"))
        self.remove_button = QPushButton(self.tr("Remove (Delete)"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected tattoo"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        right.addLayout(buttons)

        self.details = QGroupBox(self.tr("Selected tattoo"), self)
        form = QFormLayout(self.details)
        self.location = QComboBox(self.details)
        self.location.setEditable(True)
        self.location.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for loc_id, text in self.locations.items():
            self.location.addItem(text, loc_id)
        self.fields: dict[str, QLineEdit] = {}
        self._row(form, self.tr("Body &location"), self.location)
        for name, label in (
            ("description", self.tr("&Description")),
            ("youth_description", self.tr("The youth's own &words")),
            ("how_obtained", self.tr("How o&btained")),
            ("where_obtained", self.tr("Whe&re obtained")),
            ("exploiter_moniker", self.tr("E&xploiter's name or moniker")),
        ):
            edit = QLineEdit(self.details)
            self._row(form, label, edit)
            edit.textEdited.connect(self._details_edited)
            self.fields[name] = edit
        self.symbols = QListWidget(self.details)
        self.symbols.setAccessibleName(self.tr("Symbols"))
        self.symbols.setMaximumHeight(110)
        for sym_id, text in self.symbol_items:
            item = QListWidgetItem(text, self.symbols)
            item.setData(ROLE_ID, sym_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._row(form, self.tr("S&ymbols"), self.symbols)
        self.other_symbols = QLineEdit(self.details)
        self._row(form, self.tr("&Other symbols (comma separated)"), self.other_symbols)
        right.addWidget(self.details, 1)
        layout.addLayout(right, 5)

        self.location.editTextChanged.connect(self._details_edited)
        self.other_symbols.textEdited.connect(self._details_edited)
        self.symbols.itemChanged.connect(self._details_edited)
        self.map.placed.connect(self._placed)
        self.map.moved.connect(self._moved)
        self.map.selected.connect(self._select)
        self.map.remove_requested.connect(self._remove)
        self.list.currentItemChanged.connect(
            lambda item, _p: self._select(item.data(ROLE_ID)) if item else None
        )
        self.add_button.clicked.connect(lambda: self._add(None))
        self.remove_button.clicked.connect(lambda: self._remove(self.map.current))
        for widget in (self.list,):
            widget.installEventFilter(self)
        self._sync()
        self._select(ctx.interview.tattoos[0].id if ctx.interview.tattoos else "")
        self.setTabOrder(self.map, self.list)

    def _row(self, form: QFormLayout, label: str, widget: QWidget) -> None:
        widget.setAccessibleName(label.replace("&", ""))
        if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
            edit = widget.lineEdit()  # what is typed into it: named too
            edit.setAccessibleName(label.replace("&", ""))
            edit.setAccessibleDescription(self.tr("Type it, or choose from the list"))
        form.addRow(label, widget)

    def eventFilter(self, obj: object, event: object) -> bool:  # Insert/Delete on the list
        if obj is self.list and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Insert:
                self._add(None)
                return True
            if event.key() == Qt.Key.Key_Delete:
                self._remove(self.map.current)
                return True
        return super().eventFilter(obj, event)

    # Keeping the map and the list in step with the interview.
    def _tattoo(self, key: str) -> Tattoo | None:
        return next((t for t in self.ctx.interview.tattoos if t.id == key), None)

    def _label(self, t: Tattoo) -> str:
        where = self.locations.get(t.location, t.location) or self.tr("location not set")
        side = self.tr("front") if t.side == BodySide.FRONT else self.tr("back")
        placed = "" if t.x is not None else self.tr(" (not placed)")
        desc = f" — {t.description}" if t.description else ""
        source = self.tr(" · from {source}").format(source=self.ctx.source(t.contact_id))
        return f"{t.number}. {where}, {side}{placed}{desc}{source}"

    def _sync(self) -> None:
        tattoos = self.ctx.interview.tattoos
        self.map.set_marks(
            [
                Mark(t.id, t.number, str(t.side), t.x, t.y)
                for t in tattoos
                if t.x is not None and t.y is not None
            ],
            self.map.current,
        )
        self._loading = True
        current = self.map.current
        self.list.clear()
        for t in tattoos:
            item = QListWidgetItem(self._label(t), self.list)
            item.setData(ROLE_ID, t.id)
            if t.id == current:
                self.list.setCurrentItem(item)
        self._loading = False

    def _location_for(self, side: str, x: float, y: float) -> str:
        region = self.map.outline.region_at(side, x, y)
        content_id = f"tattoo.loc.{region}"
        if content_id in self.locations:
            return content_id
        label = self.map.outline.label(region)
        lr = self.map.outline.body_side_at(side, x)
        words = {"left": self.tr("left"), "right": self.tr("right")}
        return f"{label} ({words[lr]})" if lr else label

    def _add(self, placed: tuple[str, float, float] | None) -> None:
        number = max((t.number for t in self.ctx.interview.tattoos), default=0) + 1
        tattoo = Tattoo(number=number)
        if placed is not None:
            side, x, y = placed
            tattoo.side, tattoo.x, tattoo.y = BodySide(side), x, y
            tattoo.location = self._location_for(side, x, y)
        self.ctx.interview.tattoos.append(tattoo)
        self.ctx.save(("tattoo", tattoo.id), self.ctx.store.save_tattoo, tattoo, now=True)
        self.map.current = tattoo.id
        self._sync()
        self._select(tattoo.id)
        if not self.map.placing_by_key:  # placed with Enter: Shift+arrows move it next
            self.fields["description"].setFocus()
        self.edited.emit()

    def _placed(self, side: str, x: float, y: float) -> None:
        self._add((side, x, y))

    def _moved(self, key: str, side: str, x: float, y: float) -> None:
        tattoo = self._tattoo(key)
        if tattoo is None:
            return
        tattoo.x, tattoo.y = x, y
        tattoo.location = self._location_for(side, x, y) or tattoo.location
        self.ctx.save(("tattoo", key), self.ctx.store.save_tattoo, tattoo)
        self._sync()
        self._select(key)
        self.edited.emit()

    def _remove(self, key: str) -> None:
        tattoo = self._tattoo(key)
        if tattoo is None:
            return
        described = any(
            (
                tattoo.description,
                tattoo.symbols,
                tattoo.youth_description,
                tattoo.how_obtained,
                tattoo.where_obtained,
                tattoo.exploiter_moniker,
            )
        )
        if described and not dialogs.confirm(
            self,
            self.tr("Remove tattoo"),
            self.tr("Remove tattoo {n} and its details?").format(n=tattoo.number),
            self.tr("Remove"),
        ):
            return
        self.ctx.interview.tattoos.remove(tattoo)
        self.ctx.autosave.flush()  # a pending edit of it must not land after the removal
        self.ctx.save(("tattoo.remove", key), self.ctx.store.remove_tattoo, key, now=True)
        rest = self.ctx.interview.tattoos
        self.map.current = rest[-1].id if rest else ""
        self._sync()
        self._select(self.map.current)
        self.edited.emit()

    def _select(self, key: str) -> None:
        tattoo = self._tattoo(key)
        self.map.set_current(key)
        self.details.setEnabled(tattoo is not None)
        self._loading = True
        try:
            for n in range(self.list.count()):
                if self.list.item(n).data(ROLE_ID) == key:
                    self.list.setCurrentRow(n)
            t = tattoo or Tattoo()
            self.location.setEditText(self.locations.get(t.location, t.location))
            for name, edit in self.fields.items():
                edit.setText(getattr(t, name))
            known = {sid for sid, _ in self.symbol_items}
            for n in range(self.symbols.count()):
                item = self.symbols.item(n)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(ROLE_ID) in t.symbols
                    else Qt.CheckState.Unchecked
                )
            self.other_symbols.setText(", ".join(s for s in t.symbols if s not in known))
        finally:
            self._loading = False

    def _details_edited(self, *args: object) -> None:
        tattoo = self._tattoo(self.map.current)
        if self._loading or tattoo is None:
            return
        text = self.location.currentText()
        by_label = {v: k for k, v in self.locations.items()}
        tattoo.location = by_label.get(text, text)
        for name, edit in self.fields.items():
            setattr(tattoo, name, edit.text())
        checked = [
            self.symbols.item(n).data(ROLE_ID)
            for n in range(self.symbols.count())
            if self.symbols.item(n).checkState() == Qt.CheckState.Checked
        ]
        tattoo.symbols = checked + split_list(self.other_symbols.text())
        texts = (
            tattoo.location,
            *(e.text() for e in self.fields.values()),
            self.other_symbols.text(),
        )
        self.ctx.save(("tattoo", tattoo.id), self.ctx.store.save_tattoo, tattoo, texts=texts)
        row = self.list.currentRow()
        if row >= 0:
            self.list.item(row).setText(self._label(tattoo))
        self.edited.emit()

    def focus_first(self) -> None:
        self.map.setFocus()
