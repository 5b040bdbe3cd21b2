"""The guided interview: a navigator, the panels in the order a CSW works, and autosave.

The flow is built from the panel registry and the content bank. Every edit goes
through ``PanelContext.save`` -> ``Autosaver`` -> one named store operation.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.content.bank import ContentBank
from app.model import Interview
from ui import app_filters, wheel_guard
from ui.interview import live
from ui.interview.autosave import Autosaver
from ui.interview.navigator import Navigator
from ui.panels.base import Panel, PanelContext
from ui.panels.declared import Declared, flow_for
from ui.panels.provenance import Provenance
from ui.widgets.banner import BannerArea


class InterviewView(QWidget):
    closed = Signal()
    location_changed = Signal(str)  # every move, even one not yet saved (training coaching)
    # "Also appears in another case" opened (issue 14): (case id, contact id or "", location).
    open_requested = Signal(str, str, str)

    def __init__(
        self,
        store,
        bank: ContentBank,
        interview_id: str,  # noqa: ANN001
        parent: QWidget | None = None,
        said_factory=None,  # noqa: ANN001 - training's "What they say" box (PanelContext)
    ) -> None:
        super().__init__(parent)
        wheel_guard.install()  # the wheel scrolls the page, never writes a field (issue 13)
        self.store = store
        self.bank = bank
        self.autosave = Autosaver(self)
        interview = store.load(interview_id)
        self.ctx = PanelContext(store, bank, interview, self.autosave, self._changed)
        self.ctx.said_factory = said_factory
        # Where each finding of the case came from, as the panels show it (issue 14).
        case_id = interview.case_id
        contacts = store.load_case(case_id).contacts if case_id else []
        self.ctx.provenance = Provenance(contacts, interview.id)
        self.ctx.open_elsewhere = self.open_requested.emit
        self._panels: dict[str, Panel] = {}  # built so far
        self._classes: dict[str, type[Declared]] = {}  # in the flow
        self._order: list[str] = []
        self._scrolls: dict[str, QScrollArea] = {}
        self._current = ""
        with app_filters.paused():  # built in one go: no input meanwhile (see paused)
            self._build()
        self._rebuild_flow()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(120)
        self._refresh_timer.timeout.connect(self._refresh)
        # Deadlines move with the clock even when nobody types.
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._refresh)
        self._clock.start()
        self._problems: dict[object, tuple[str, str]] = {}
        self.autosave.failed.connect(lambda k, msg: self._save_problem(k, msg, "error"))
        self.autosave.refused.connect(lambda k, msg: self._save_problem(k, msg, "warning"))
        self.autosave.all_saved.connect(self._all_saved)
        self.autosave.saved.connect(self._saved_one)
        start = interview.last_panel or (self._order[0] if self._order else "")
        self.open_panel(start)
        self._refresh()

    # Public API (the shell calls exactly this).
    def flush(self) -> bool:
        return self.autosave.flush()

    def case_id(self) -> str:
        """The case this contact belongs to (read with the contact when the view opened)."""
        return self.ctx.interview.case_id

    def current_panel(self) -> str:
        """The location: "panel_id", or "panel_id/page_key" inside a question panel."""
        return self._current

    def first_questions(self) -> str:
        """The panel after the contact details: where a new interview starts, since
        the new-interview dialog has just taken the contact details."""
        return self._order[1] if len(self._order) > 1 else self._current

    def focus_current(self) -> None:
        """Give the keyboard to the current panel (its first field), once the view is
        on screen: a panel focused while the view was hidden does not keep it."""
        panel = self._current_panel_obj()
        if panel is not None:
            panel.focus_first()

    def open_panel(self, panel_id: str, focus: bool = True) -> None:
        pid, _, page = panel_id.partition("/")
        if pid not in self._classes:
            pid = self._order[0] if self._order else ""
            page = ""
        if not pid:
            return
        panel = self._panel(pid)
        self.stack.setCurrentWidget(self._scrolls[pid])
        if page:
            panel.open_page(page)
        self._arrived(panel, focus)

    # Read access for whoever looks at the view (the tests, as a person reads the screen).
    def flow(self) -> list[str]:
        """The panel ids of this interview's flow, in the order the CSW works them
        (youth or caregiver panels, by the interviewee type)."""
        return list(self._order)

    def panel(self, panel_id: str) -> Panel:
        """The panel ``panel_id`` of the flow, built now if it has not been shown yet.

        Raises KeyError if the flow has no such panel (e.g. "caregiver" while the
        interviewee is the youth)."""
        if panel_id not in self._classes:
            raise KeyError(panel_id)
        return self._panel(panel_id)

    def shown_panel(self) -> Panel | None:
        """The panel on screen now (``current_panel()`` is its location as text)."""
        return self._current_panel_obj()

    def panel_scroll(self, panel_id: str) -> QScrollArea:
        """The scroll area that holds panel ``panel_id`` in the view's stack."""
        self.panel(panel_id)
        return self._scrolls[panel_id]

    def refresh(self) -> None:
        """Bring the heading, navigator, banners and shown panel up to date now; the
        view does this itself 120 ms after an edit and once a minute."""
        self._refresh()

    # Building.
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.tr("Interview"))
        top.addWidget(self.heading)
        self.save_state = QLabel(self.tr("All changes saved"), self)
        self.save_state.setAccessibleName(self.tr("Save status"))
        # Wide enough for its longest message, so the heading does not jump.
        metrics = self.save_state.fontMetrics()
        self.save_state.setMinimumWidth(
            max(
                metrics.horizontalAdvance(t)
                for t in (
                    self.tr("All changes saved"),
                    self.tr("Saving…"),
                    self.tr("Not saved yet"),
                )
            )
            + 8
        )
        # Issue 13: the banners sit in a strip of fixed height beside the heading, so one
        # appearing (a tick that makes OTIP due) never pushes the panel under the mouse.
        self.banners = BannerArea(self, lines=2)
        self.otip_banner = self.banners.add("warning")
        self.runaway_banner = self.banners.add("info")
        self.save_banner = self.banners.add("error")
        top.addWidget(self.banners, 1)
        top.addWidget(self.save_state)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.navigator = Navigator(splitter)
        self.navigator.location_chosen.connect(self.open_panel)
        self.stack = QStackedWidget(splitter)
        self.stack.setAccessibleName(self.tr("Current section"))
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        # About 30 characters of the navigator's text, so its titles show at 200 % text.
        navigator_width = max(300, self.navigator.fontMetrics().averageCharWidth() * 30)
        splitter.setSizes([navigator_width, 1000])
        splitter.setChildrenCollapsible(False)
        self.navigator.setMinimumWidth(220)
        layout.addWidget(splitter, 1)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        bottom = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("Previous (Ctrl+Shift+Enter)"), self)
        self.prev_button.setAccessibleName(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("Next (Ctrl+Enter)"), self)
        self.next_button.setAccessibleName(self.tr("Next"))
        self.close_button = QPushButton(self.tr("Close interview"), self)
        self.close_button.setAccessibleName(self.tr("Close interview"))
        bottom.addWidget(self.close_button)
        # The contact summary export (ui/export): Ctrl+E from anywhere in the interview.
        self.export_button = QPushButton(self.tr("Export summary… (Ctrl+E)"), self)
        self.export_button.setAccessibleName(self.tr("Export summary"))
        self.export_button.clicked.connect(self.export_summary)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.next_button)
        layout.addLayout(bottom)
        # Tab in reading order (issue 16): the bottom row left to right (made in another
        # order); each panel goes between the navigator and this row (``_panel``).
        QWidget.setTabOrder(self.navigator, self.close_button)
        QWidget.setTabOrder(self.close_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.prev_button)
        QWidget.setTabOrder(self.prev_button, self.next_button)
        self.prev_button.clicked.connect(lambda: self.go(False))
        self.next_button.clicked.connect(lambda: self.go(True))
        self.close_button.clicked.connect(self._close)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, forward in (
            ("Ctrl+Return", True),
            ("Ctrl+Enter", True),
            ("Alt+Right", True),
            ("Ctrl+Shift+Return", False),
            ("Ctrl+Shift+Enter", False),
            ("Alt+Left", False),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(lambda f=forward: self.go(f))
        export = QShortcut(QKeySequence("Ctrl+E"), self)
        export.setContext(context)
        export.activated.connect(self.export_summary)

    def export_summary(self) -> None:
        from ui.export import open_export  # noqa: PLC0415 - reportlab, on first use

        open_export(self)

    def reload_panels(self) -> None:
        """Rebuild the panels from the in-memory interview (text changed outside them,
        e.g. an export's wording fixes), staying where the CSW was."""
        for pid in list(self._panels):
            scroll = self._scrolls.pop(pid)
            self.stack.removeWidget(scroll)
            scroll.deleteLater()
            del self._panels[pid]
        where, self._current = self._current, ""
        self.open_panel(where)
        self._refresh()

    def _rebuild_flow(self) -> None:
        """(Re)build the flow; the interviewee type chooses youth or caregiver panels.

        Panels are only declared here; each is built the first time it is shown.
        """
        classes = flow_for(self.ctx.interview, self.bank)
        wanted = [c.panel_id for c in classes]
        for pid in list(self._panels):
            if pid not in wanted:
                scroll = self._scrolls.pop(pid)
                self.stack.removeWidget(scroll)
                scroll.deleteLater()
                del self._panels[pid]
        self._classes = {c.panel_id: c for c in classes}
        self._order = wanted

    def _panel(self, panel_id: str) -> Panel:
        panel = self._panels.get(panel_id)
        if panel is None:
            with app_filters.paused():  # built in one go: no input meanwhile (issue 17)
                panel = self._make_panel(panel_id)
        return panel

    def _make_panel(self, panel_id: str) -> Panel:
        # The scroll area first and the panel made inside it: the two are together
        # in the focus chain, in the panel's own order (Tab order, below).
        scroll = QScrollArea(self.stack)
        panel = self._classes[panel_id].widget_class()(self.ctx, scroll.viewport())
        panel.edited.connect(self._changed)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        scroll.setAccessibleName(panel.display_title())
        self._panels[panel_id] = panel
        self._scrolls[panel_id] = scroll
        self.stack.addWidget(scroll)
        self._read_after_navigator(scroll)
        return panel

    def keep_tab_order(self) -> None:
        """Put the shown panel back between the navigator and the bottom row; for a
        window that adds its own parts after the view was built (training's side)."""
        scroll = self.stack.currentWidget()
        if isinstance(scroll, QScrollArea):
            self._read_after_navigator(scroll)

    def _read_after_navigator(self, scroll: QScrollArea) -> None:
        """Tab from the navigator into the panel, then on to the bottom row (issue 16).
        A new panel and its fields sit together at the end of the window's focus chain
        (made inside ``scroll``); the navigator is put just before them and the bottom
        row just after. The panel's own fields are not moved one by one: a field with a
        focus proxy (a date's box) would stay behind and Tab would loop back to it."""
        # Qt's setTabOrder does nothing for a widget that takes no focus (a label).
        takes = Qt.FocusPolicy.NoFocus
        last, widget = scroll, scroll.nextInFocusChain()
        while scroll.isAncestorOf(widget):
            if widget.focusPolicy() != takes:
                last = widget
            widget = widget.nextInFocusChain()
        anchor = scroll.previousInFocusChain()
        while anchor.focusPolicy() == takes and anchor is not scroll:
            anchor = anchor.previousInFocusChain()
        QWidget.setTabOrder(anchor, self.navigator)
        before: QWidget = last
        for button in (self.close_button, self.export_button, self.prev_button, self.next_button):
            QWidget.setTabOrder(before, button)
            before = button

    # Moving around.
    def _current_panel_obj(self) -> Panel | None:
        pid = self._current.partition("/")[0]
        return self._panels.get(pid)

    def go(self, forward: bool) -> None:
        panel = self._current_panel_obj()
        if panel is None:
            return
        if panel.step(forward):
            self._arrived(panel)
            return
        idx = self._order.index(panel.panel_id) + (1 if forward else -1)
        if not 0 <= idx < len(self._order):
            return
        target = self._panel(self._order[idx])
        target.enter(forward)
        self.stack.setCurrentWidget(self._scrolls[target.panel_id])
        self._arrived(target)

    def _arrived(self, panel: Panel, focus: bool = True) -> None:
        page = panel.current_page()
        location = f"{panel.panel_id}/{page}" if page else panel.panel_id
        panel.refresh()
        if location != self._current:
            self._current = location
            self.location_changed.emit(location)
            if location != self.ctx.interview.last_panel:
                self.ctx.interview.last_panel = location
                self.ctx.save("last_panel", self.store.set_last_panel, location)
        self.navigator.select_location(location)
        self.prev_button.setEnabled(
            not (
                self._order
                and panel.panel_id == self._order[0]
                and not self._can_step(panel, False)
            )
        )
        if focus:
            panel.focus_first()

    @staticmethod
    def _can_step(panel: Panel, forward: bool) -> bool:
        pages = panel.pages()
        if not pages:
            return False
        keys = [p.key for p in pages]
        here = keys.index(panel.current_page()) if panel.current_page() in keys else 0
        return here > 0 if not forward else here < len(keys) - 1

    # Live updates.
    def _changed(self) -> None:
        # Clicks and ticks are saved before this runs; only waiting text says "Saving…".
        if self.autosave.is_failing():
            self.save_state.setText(self.tr("Not saved yet"))
        elif self.autosave.pending():
            self.save_state.setText(self.tr("Saving…"))
        else:
            self.save_state.setText(self.tr("All changes saved"))
        self._refresh_timer.start()

    def _refresh(self) -> None:
        interview = self.ctx.interview
        if [c.panel_id for c in flow_for(interview, self.bank)] != self._order:
            self._rebuild_flow()
        youth = interview.youth.name or self.tr("(no name yet)")
        self.heading.setText(
            self.tr("{youth} — {who} interview").format(
                youth=youth, who=live.interviewee_label(interview.interviewee.type)
            )
        )
        current = self._current_panel_obj()
        if current is not None:
            current.refresh()
        self.navigator.update_panels(
            [self._classes[p] for p in self._order], self.ctx, self._current
        )
        now = datetime.now(UTC)
        self.otip_banner.show_text(*live.otip_banner(interview, self.bank, now))
        self.runaway_banner.show_text(live.runaway_banner(interview, self.bank, now), "info")

    def _save_problem(self, key: object, message: str, kind: str) -> None:
        self._problems[key] = (message, kind)
        self.save_banner.show_text(message, kind)
        self.save_state.setText(self.tr("Not saved yet"))

    def _saved_one(self, key: object) -> None:
        # A problem clears when that same field (or record) saves.
        if self._problems.pop(key, None) is None:
            return
        if self._problems:
            message, kind = next(reversed(self._problems.values()))
            self.save_banner.show_text(message, kind)
        else:
            self.save_banner.show_text("")

    def _all_saved(self) -> None:
        self.save_state.setText(self.tr("All changes saved"))

    def _close(self) -> None:
        if self.flush():
            self.closed.emit()
        else:
            self._save_problem(
                "close",
                QCoreApplication.translate(
                    "InterviewView",
                    "Some edits are not saved yet; the interview stays open until they are.",
                ),
                "error",
            )

    def release(self) -> None:
        """Forget the interview once the window has closed this view (after ``flush``).

        The widgets go with ``deleteLater``; but a Python wrapper can outlive its
        widget (a signal connection or a cycle through the panels keeps it), and with
        it the whole interview. So the view's only link to the record is cut here:
        after a lock nothing of the interview stays reachable (tests/helpers/memscan.py).
        """
        self._refresh_timer.stop()
        self._clock.stop()
        self.ctx.interview = Interview()  # (the store stays: locked, it holds no key)
        self._problems.clear()
