"""Needs and services: the factors in this child's needs, and services referred (with a date)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.model import ServiceReferral
from ui.panels.base import Panel, PanelContext, register
from ui.panels.binding import bind_marks, show_sources
from ui.panels.declared import NeedsServices
from ui.widgets.date_field import DateField
from ui.widgets.mark_list import MarkList
from ui.widgets.spelling import enable_spelling


@register
class NeedsServicesPanel(Panel):
    declared = NeedsServices

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        bank, interview = ctx.bank, ctx.interview
        self._loading = False
        layout = QHBoxLayout(self)
        needs_box = QGroupBox(self.tr("Needs noted"), self)
        needs_layout = QVBoxLayout(needs_box)
        needs = bank.section("needs.factors") if "needs.factors" in bank.sections else None
        if needs is not None and needs.intro:
            intro = QLabel(needs.intro, needs_box)
            intro.setWordWrap(True)
            needs_layout.addWidget(intro)
        self.needs = MarkList(
            self.tr("Needs"), [(i.id, i.text) for i in needs.items] if needs else [], needs_box
        )
        needs_layout.addWidget(self.needs)
        enable_spelling(self.needs.note, ctx)
        layout.addWidget(needs_box, 1)

        services_box = QGroupBox(self.tr("Services referred"), self)
        services_layout = QVBoxLayout(services_box)
        extra = QWidget(services_box)
        form = QFormLayout(extra)
        form.setContentsMargins(0, 0, 0, 0)
        self.referred_on = DateField(self.tr("Referred on"), extra)  # typed (issue 13)
        form.addRow(self.tr("&Referred on"), self.referred_on)
        services = bank.section("services") if "services" in bank.sections else None
        self.services = MarkList(
            self.tr("Services"),
            [(i.id, i.text) for i in services.items] if services else [],
            services_box,
            extra=extra,
        )
        services_layout.addWidget(self.services)
        enable_spelling(self.services.note, ctx)
        layout.addWidget(services_box, 1)

        bind_marks(ctx, self.needs, interview.needs, ctx.store.set_need, self.edited.emit)
        for service_id in interview.services:
            self.services.set_checked(service_id, True)
        self.services.current_changed.connect(self._show_service)
        self.services.toggled.connect(self._service_toggled)
        self.services.note_edited.connect(lambda sid, _t: self._service_edited(sid, False))
        self.referred_on.changed.connect(
            lambda: self._service_edited(self.services.current_id(), True)
        )
        self._show_service(self.services.current_id())
        show_sources(ctx, self.services, interview.services)

    def _show_service(self, service_id: str) -> None:
        referral = self.ctx.interview.services.get(service_id)
        self._loading = True
        d = referral.referred_on if referral else None
        self.referred_on.set_value(d)
        self._loading = False
        self.services.set_note(referral.note if referral else "")

    def _service_toggled(self, service_id: str, on: bool) -> None:
        if on:
            self.ctx.interview.services.setdefault(
                service_id, ServiceReferral(referred_on=date.today())
            )
        else:
            self.ctx.interview.services.pop(service_id, None)
        if service_id == self.services.current_id():
            self._show_service(service_id)
        self._save(service_id, True)

    def _service_edited(self, service_id: str, now: bool) -> None:
        if self._loading or not service_id:
            return
        services = self.ctx.interview.services
        if service_id not in services:
            services[service_id] = ServiceReferral()
            self.services.set_checked(service_id, True)
        services[service_id].referred_on = self.referred_on.value()
        services[service_id].note = self.services.note.toPlainText()
        self._save(service_id, now)

    def _save(self, service_id: str, now: bool) -> None:
        referral = self.ctx.interview.services.get(service_id)
        self.ctx.save(
            ("service", service_id),
            self.ctx.store.set_service,
            service_id,
            referral,
            now=now,
            texts=(referral.note,) if referral else (),
        )
        show_sources(self.ctx, self.services, self.ctx.interview.services)
        self.edited.emit()

    def focus_first(self) -> None:
        self.needs.list.setFocus()
