"""Red flags: the chart's indicators, filterable by category, each tickable with
its sources; live tallies per category and the categories they point to."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.content.bank import CATEGORIES
from app.model import RedFlagObservation, Source
from ui.interview import live
from ui.panels.base import Panel, PanelContext, register
from ui.panels.binding import show_sources
from ui.panels.declared import RedFlags
from ui.widgets.banner import Banner, BannerSlot, FittedLabel
from ui.widgets.mark_list import MarkList
from ui.widgets.spelling import enable_spelling


@register
class RedFlagsPanel(Panel):
    declared = RedFlags

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        names = live.category_names(ctx.bank)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("Sh&ow"), self)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show red flags for"))
        label.setBuddy(self.filter)
        self.filter.addItem(self.tr("All categories"), "")
        for cat in CATEGORIES:
            self.filter.addItem(names[cat], cat)
        self.filter.addItem(self.tr("Ticked only"), "ticked")
        top.addWidget(label)
        top.addWidget(self.filter, 1)
        layout.addLayout(top)
        # Issue 13: the tallies and the banner keep a fixed height (space kept while
        # hidden), so a tick never moves the list under the mouse.
        self.tallies = FittedLabel(self, lines=2)
        self.tallies.setAccessibleName(self.tr("Red flag tallies"))
        layout.addWidget(self.tallies)
        # The rules' common_flags prompt: these flags alone do not tell the forms apart.
        self.common = Banner(self, "info", lines=3)  # space kept: what is below stays put
        placeholder = self.tr("Prompts about the flags you tick appear here.")
        layout.addWidget(BannerSlot(self.common, placeholder, self))

        sources_box = QGroupBox(self.tr("Learned from"), self)
        row = QVBoxLayout(sources_box)
        self.sources: dict[Source, QCheckBox] = {}
        for source, text in (
            (Source.OBSERVED, self.tr("Observed by you")),
            (Source.YOUTH, self.tr("The youth")),
            (Source.CAREGIVER, self.tr("A caregiver")),
            (Source.COLLATERAL, self.tr("A collateral contact")),
            (Source.RECORD, self.tr("Records")),
        ):
            box = QCheckBox(text, sources_box)
            box.setAccessibleName(self.tr("Learned from: {source}").format(source=text))
            box.toggled.connect(self._sources_changed)
            self.sources[source] = box
            row.addWidget(box)
        # Short tags in the list keep each flag on one or two lines; the filter
        # and the tallies use the chart's full category names.
        short = {
            "csec": self.tr("CSEC"),
            "labor": self.tr("Labor"),
            "criminal": self.tr("Criminal activity"),
        }
        entries = []
        for flag in ctx.bank.red_flags:
            cats = " · ".join(short.get(c, c) for c in CATEGORIES if c in flag.categories)
            entries.append((flag.id, f"{flag.text}  [{cats}]"))
        self.marks = MarkList(self.tr("Red flags"), entries, self, extra=sources_box)
        layout.addWidget(self.marks, 1)
        enable_spelling(self.marks.note, ctx)
        self._loading = False
        for flag_id in ctx.interview.red_flags:
            self.marks.set_checked(flag_id, True)
        self.marks.toggled.connect(self._toggled)
        self.marks.note_edited.connect(self._note)
        self.marks.current_changed.connect(self._show_current)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self._show_current(self.marks.current_id())
        self.refresh()

    def _apply_filter(self) -> None:
        want = self.filter.currentData()
        flags = {f.id: f for f in self.ctx.bank.red_flags}
        if want == "ticked":
            self.marks.filter(lambda fid: fid in self.ctx.interview.red_flags)
        else:
            self.marks.filter(lambda fid: not want or want in flags[fid].categories)

    def _show_current(self, flag_id: str) -> None:
        obs = self.ctx.interview.red_flags.get(flag_id)
        self._loading = True
        for source, box in self.sources.items():
            box.setChecked(obs is not None and source in obs.sources)
        self._loading = False
        self.marks.set_note(obs.note if obs else "")

    def _save(self, flag_id: str, now: bool) -> None:
        obs = self.ctx.interview.red_flags.get(flag_id)
        self.ctx.save(
            ("red_flag", flag_id),
            self.ctx.store.set_red_flag,
            flag_id,
            obs,
            now=now,
            texts=(obs.note,) if obs else (),
        )
        self.refresh()
        self.edited.emit()

    def _toggled(self, flag_id: str, on: bool) -> None:
        if on:
            self.ctx.interview.red_flags.setdefault(flag_id, RedFlagObservation())
        else:
            self.ctx.interview.red_flags.pop(flag_id, None)
        if flag_id == self.marks.current_id():
            self._show_current(flag_id)
        self._save(flag_id, now=True)

    def _ensure(self, flag_id: str) -> RedFlagObservation:
        if flag_id not in self.ctx.interview.red_flags:
            self.ctx.interview.red_flags[flag_id] = RedFlagObservation()
            self.marks.set_checked(flag_id, True)
        return self.ctx.interview.red_flags[flag_id]

    def _sources_changed(self) -> None:
        flag_id = self.marks.current_id()
        if self._loading or not flag_id:
            return
        chosen = [s for s, box in self.sources.items() if box.isChecked()]
        if not chosen and flag_id not in self.ctx.interview.red_flags:
            return
        self._ensure(flag_id).sources = chosen
        self._save(flag_id, now=True)

    def _note(self, flag_id: str, text: str) -> None:
        self._ensure(flag_id).note = text
        self._save(flag_id, now=False)

    def refresh(self) -> None:
        # A flag is also ticked from its CSE step-1 indicator (CSW responsibilities): one record.
        for flag in self.ctx.bank.red_flags:
            ticked = flag.id in self.ctx.interview.red_flags
            if self.marks.is_checked(flag.id) != ticked:
                self.marks.set_checked(flag.id, ticked)
        show_sources(self.ctx, self.marks, self.ctx.interview.red_flags)
        self.tallies.set_full_text(live.tallies_text(self.ctx.interview, self.ctx.bank))
        self.common.show_text(live.common_flags_text(self.ctx.interview, self.ctx.bank))

    def focus_first(self) -> None:
        self.marks.list.setFocus()
