"""Text can be read in every palette (issue 16, "Seeing"; WCAG 2.1 1.4.3 and 1.4.1).

The contrast ratio (WCAG relative luminance, computed here on its own) of every text role
the window uses against what it is drawn on, >= 4.5:1 (3:1 for large text), in four
palettes: the system's light one (Qt's Fusion palette, offscreen), a dark one (as a
system in dark mode gives), and "Contrast: high" on each. The palette the window uses is
the one ``ui.palette`` derives and sets, read back from the application; then every label,
button, field placeholder and table cell shown on the window's pages and a contact's
panels is measured against the background it is drawn on. The colours the code sets
itself (alert red, banners' tints, the training band, the debrief's marks, the body map's
marks) are measured against theirs. Colour is never the only signal: what is red says so
in words, the at-risk result is words, a banner says in words what its tint says.

Qt's offscreen platform cannot switch the system to dark, so the tests give ``ui.palette``
the system palette to start from (``install(system=...)``), and switch it with the signal
and the event a real desktop sends (``colorSchemeChanged``, ``ThemeChange``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QFontInfo, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from app.model import (
    Associate,
    Interview,
    Interviewee,
    IntervieweeType,
    SpecialConsiderations,
    YesNoUnknown,
    Youth,
)
from app.training.debrief import EXTRA, FOUND, MISSED, RIGHT, WRONG
from tests import person
from tests.helpers import PASSPHRASE
from tests.helpers.screens import dark_palette
from tests.helpers.window import open_window, type_passphrase
from ui import dialogs, palette, settings
from ui.main_window import Mode
from ui.pages.common import alert_color
from ui.training.banner import BAND, INK
from ui.training.debrief_page import STATUS_COLOUR, status_colour
from ui.widgets.body_map import BodyMap, Mark

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen's own warning

TEXT, LARGE = 4.5, 3.0
ROOT = Path(__file__).resolve().parents[1]
Role, Group = QPalette.ColorRole, QPalette.ColorGroup


def _lum(c: QColor) -> float:
    def ch(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())


def _over(fg: QColor, bg: QColor) -> QColor:
    """``fg`` as it shows over ``bg`` (a placeholder's alpha blended in)."""
    a = fg.alphaF()
    return QColor.fromRgbF(*(f * a + b * (1 - a) for f, b in zip(_rgb(fg), _rgb(bg), strict=True)))


def _rgb(c: QColor) -> tuple[float, float, float]:
    return c.redF(), c.greenF(), c.blueF()


def ratio(fg: QColor, bg: QColor) -> float:
    fg = _over(fg, bg)
    hi, lo = sorted((_lum(fg), _lum(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# What each text role is drawn on, in the window (Qt's styles draw them so).
PAIRS = (
    (Role.WindowText, Role.Window),  # labels, check boxes, group titles
    (Role.Text, Role.Base),  # fields, lists, tables
    (Role.Text, Role.AlternateBase),  # a table's other rows
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),  # the chosen row, selected text
    (Role.PlaceholderText, Role.Base),  # a field's hint
    (Role.ToolTipText, Role.ToolTipBase),
)
DIMMED = (  # disabled labels that still say something (a hint, the review note)
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
)


def palette_shortfalls(p: QPalette) -> list[tuple[str, str, str, float]]:
    out = []
    for group in (Group.Active, Group.Inactive):
        for fg, bg in PAIRS:
            r = ratio(p.color(group, fg), p.color(group, bg))
            if r < TEXT:
                out.append((group.name, fg.name, bg.name, round(r, 2)))
    for fg, bg in DIMMED:
        r = ratio(p.color(Group.Disabled, fg), p.color(Group.Disabled, bg))
        if r < TEXT:
            out.append(("Disabled", fg.name, bg.name, round(r, 2)))
    return out


def _system_light() -> QPalette:
    app = QApplication.instance()
    app.setPalette(QPalette())
    return QPalette(app.palette())


SETUPS = {  # name: (the system's palette, Preferences' contrast)
    "light": ("light", "system"),
    "dark": ("dark", "system"),
    "high contrast on light": ("light", "high"),
    "high contrast on dark": ("dark", "high"),
}


@pytest.fixture(params=list(SETUPS))
def look(request: pytest.FixtureRequest, qapp, ini_settings) -> Iterator[str]:  # noqa: ANN001
    """The application's palette as ``ui.palette`` derives it from that system palette."""
    palette.remove()
    system_name, choice = SETUPS[request.param]
    system = _system_light() if system_name == "light" else dark_palette()
    ini_settings.set(settings.CONTRAST, choice)
    palette.install(qapp, choice, system=lambda: QPalette(system))
    yield request.param
    palette.remove()


@pytest.fixture
def switchable(qapp) -> Iterator[list[QPalette]]:  # noqa: ANN001
    """A system palette the test can switch (light first), followed by ``ui.palette``."""
    palette.remove()
    system = [_system_light()]
    palette.install(qapp, "system", system=lambda: QPalette(system[0]))
    yield system
    palette.remove()


# --- the palettes ------------------------------------------------------------------------


def test_the_check_finds_what_the_system_palettes_lack(qapp) -> None:  # noqa: ANN001
    """Measured on the system palettes as they come (so the tests below can fail):
    Fusion's selection, placeholder and dimmed text; the dark palette's links."""
    palette.remove()
    light = palette_shortfalls(_system_light())
    assert ("Active", "HighlightedText", "Highlight", 3.69) in light
    assert ("Active", "PlaceholderText", "Base", 4.0) in light
    assert ("Disabled", "WindowText", "Window", 1.62) in light
    raw_dark = dark_palette()
    assert ratio(raw_dark.color(Role.Link), raw_dark.color(Role.Base)) < TEXT


def test_every_text_role_reads_on_its_ground(look: str) -> None:
    used = QApplication.palette()
    assert palette_shortfalls(used) == [], look
    for link in (Role.Link, Role.LinkVisited):
        assert ratio(used.color(link), used.color(Role.Base)) >= TEXT, (look, link.name)


def test_high_contrast_is_white_on_black_or_black_on_white(look: str) -> None:
    used = QApplication.palette()
    window, text = used.color(Role.Window).name(), used.color(Role.WindowText).name()
    if look == "high contrast on dark":
        assert (window, text) == ("#000000", "#ffffff")
        assert used.color(Role.Highlight).name() == "#ffff00"  # a yellow selection
        assert used.color(Role.HighlightedText).name() == "#000000"
    elif look == "high contrast on light":
        assert (window, text) == ("#ffffff", "#000000")
    else:  # the system's own colours, kept where they read
        assert used.color(Role.Window) == (
            dark_palette() if look == "dark" else _system_light()
        ).color(Role.Window)
        assert used.color(Role.WindowText) == (
            dark_palette() if look == "dark" else _system_light()
        ).color(Role.WindowText)


def test_the_style_sheet_sets_no_colour_of_its_own() -> None:
    """Colours come from the palette (checked above); a colour in app.qss would need
    its own check here."""
    qss = (ROOT / "resources" / "styles" / "app.qss").read_text(encoding="utf-8")
    body = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    assert not re.search(r"(?<![-\w])(color|background(-color)?|border(-color)?)\s*:", body)


# Every colour literal the window's code sets, and where it is measured in this file.
CODE_COLOURS = {
    "#ff8a80": "alert red on dark grounds (ui/pages/common.py)",
    "#b3261e": "alert red on light grounds (ui/pages/common.py, list_model.py)",
    "#5b2a86": "training band (ui/training/banner.py)",
    "#ffffff": "training band's text; readable()'s last resort (ui/colours.py)",
    "#000000": "readable()'s last resort: black or white, the better (ui/colours.py)",
    "#2e7d32": "debrief: found / right",
    "#c62828": "debrief: missed / wrong",
    "#b26a00": "debrief: extra",
    "#c4161c": "spelling underline (non-text, 3:1: test_the_spelling_underline_...)",
}


def test_every_colour_the_code_sets_is_one_this_file_checks() -> None:
    found = set()
    for path in (ROOT / "ui").rglob("*.py"):
        if path.name == "palette.py" or path.parent.name == "export":  # printing: paper
            continue
        found |= {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", path.read_text())}
    assert found <= set(CODE_COLOURS), found - set(CODE_COLOURS)


def test_the_colours_the_code_sets_read_on_their_grounds(look: str) -> None:
    used = QApplication.palette()
    probe = QLabel("probe")
    grounds = [used.color(Role.Window), used.color(Role.Base), used.color(Role.AlternateBase)]
    red = QColor(alert_color(probe))
    assert min(ratio(red, g) for g in grounds) >= TEXT, (look, red.name())
    assert ratio(INK, BAND) >= TEXT  # the training band: its own colours, any palette
    base = used.color(Role.Base)
    for status in (FOUND, RIGHT, MISSED, WRONG, EXTRA):
        assert STATUS_COLOUR[status]  # each status has its colour, and says its word too
        shown = QColor(status_colour(status, base))
        assert ratio(shown, base) >= TEXT, (look, status, shown.name())


# --- the window ----------------------------------------------------------------------------


def _ground(widget: QWidget, group: QPalette.ColorGroup) -> QColor:
    """The colour behind ``widget``: the nearest widget (itself or a parent) that fills
    its background, in that widget's palette."""
    w: QWidget | None = widget
    while w is not None:
        if w.autoFillBackground() or w.isWindow():
            return w.palette().color(group, w.backgroundRole())
        w = w.parentWidget()
    return widget.palette().color(group, Role.Window)


def _large(widget: QWidget) -> bool:
    px = QFontInfo(widget.font()).pixelSize()
    return px >= 24 or (widget.font().bold() and px >= 18.66)


def unreadable(window: QWidget) -> list[tuple[str, str, float]]:
    """Every text on the window's shown widgets below its minimum contrast."""
    out = []
    for w in [window, *window.findChildren(QWidget)]:
        if not w.isVisibleTo(window) or w.visibleRegion().isEmpty():
            continue
        group = Group.Active if w.isEnabled() else Group.Disabled
        pal = w.palette()
        pairs: list[tuple[QColor, QColor, str]] = []
        if isinstance(w, QLabel) and w.text():
            pairs.append((pal.color(group, w.foregroundRole()), _ground(w, group), w.text()))
        elif isinstance(w, QCheckBox | QRadioButton | QGroupBox):
            text = w.title() if isinstance(w, QGroupBox) else w.text()
            pairs.append((pal.color(group, Role.WindowText), _ground(w, group), text))
        elif isinstance(w, QPushButton) and w.text() and not w.isFlat():
            pairs.append(
                (pal.color(group, Role.ButtonText), pal.color(group, Role.Button), w.text())
            )
        elif isinstance(w, QLineEdit) and w.placeholderText() and not w.text():
            pairs.append(
                (pal.color(group, Role.PlaceholderText), pal.color(group, Role.Base), "placeholder")
            )
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            cells = (
                model.index(row, col)
                for row in range(50)
                for col in range(12)
                if model.hasIndex(row, col)  # a list model's column count is private
            )
            for index in cells:
                brush = index.data(Qt.ItemDataRole.ForegroundRole)
                if brush is None or not index.data():
                    continue
                fg = brush if isinstance(brush, QColor) else brush.color()
                for bg in (pal.color(group, Role.Base), pal.color(group, Role.AlternateBase)):
                    pairs.append((fg, bg, str(index.data())))
        minimum = LARGE if _large(w) else TEXT
        for fg, bg, text in pairs:
            r = ratio(fg, bg)
            if r < minimum:
                out.append((type(w).__name__, " ".join(text.split())[:40], round(r, 2)))
    return out


def _overdue_store(store) -> None:  # noqa: ANN001
    """The template's interviews plus one whose OTIP notice is overdue (30 h since the
    suspicion): a red deadline in the list, an error banner in the contact."""
    late = Interview(
        youth=Youth(name="Rowan Q. Fictional", referral_number="0400-7777-8888"),
        interviewee=Interviewee(type=IntervieweeType.YOUTH, relationship="self"),
        special=SpecialConsiderations(  # a foreign national: the OTIP notice is due in 24 h
            foreign_national=YesNoUnknown.YES, suspicion_at=datetime.now(UTC) - timedelta(hours=30)
        ),
    )
    store.create_interview(late)
    other = Interview(youth=Youth(name="Sky Q. Fictional", referral_number="0500-1212-3434"))
    store.create_interview(other)
    for iv in (late, other):  # one nickname in two cases: the associates panel's pointer
        store.save_associate(iv.id, Associate(name="Andre", nicknames=["Dre"]))
    store.lock()


def _unlocked(qtbot, store, new_store_path, ini_settings, check: bool = False):  # noqa: ANN001, ANN202
    _overdue_store(store)
    window = open_window(qtbot, new_store_path, ini_settings)
    assert window.mode == Mode.UNLOCK
    type_passphrase(qtbot, window, "not the passphrase")  # the red error line, shown
    assert window.unlock_page.error.isVisible()
    assert not check or unreadable(window) == []
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    return window


def _label_texts(window: QWidget) -> list[str]:
    return [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]


def _overdue_row(window) -> int:  # noqa: ANN001
    model = window.list_page.table.model()
    for row in range(model.rowCount()):
        if "overdue" in str(model.index(row, model.columnCount() - 1).data()):
            return row
    raise AssertionError("no overdue row")


def test_every_text_on_every_page_and_panel_reads(
    qtbot, store, new_store_path, ini_settings, look
) -> None:  # noqa: ANN001
    window = _unlocked(qtbot, store, new_store_path, ini_settings, check=True)
    page = window.list_page
    page.table.selectRow(_overdue_row(window))
    assert unreadable(window) == [], (look, "list")
    window.open_case(page.current_id())
    assert window.mode == Mode.CASE
    assert unreadable(window) == [], (look, "case")
    window.open_interview(window.case_page.current_contact_id())
    view = window.page(Mode.INTERVIEW)
    assert view.otip_banner.has_message() and view.otip_banner.kind == "error"
    for panel_id in view.flow():
        view.open_panel(panel_id)
        QApplication.processEvents()
        assert unreadable(window) == [], (look, panel_id)


def test_a_switch_of_the_systems_colours_is_followed(
    qtbot, store, new_store_path, ini_settings, switchable
) -> None:  # noqa: ANN001
    window = _unlocked(qtbot, store, new_store_path, ini_settings)
    window.list_page.table.selectRow(_overdue_row(window))
    window.open_case(window.list_page.current_id())
    window.open_interview(window.case_page.current_contact_id())
    view = window.page(Mode.INTERVIEW)
    assert view.otip_banner.has_message()
    view.open_panel("associates")  # its pointer: "Dre" also appears in 1 other case
    qtbot.waitUntil(lambda: "also appears in 1 other case" in " ".join(_label_texts(window)))
    light_system = switchable[0]
    light_used = QApplication.palette().color(Role.Highlight)
    assert light_used != light_system.color(Role.Highlight)  # derived: a darker selection
    # The desktop turns dark: Qt says so with colorSchemeChanged.
    switchable[0] = dark_palette()
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: QApplication.palette().color(Role.Window).name() == "#202124")
    QApplication.processEvents()
    assert palette_shortfalls(QApplication.palette()) == []
    assert unreadable(window) == []  # the banner's tint follows, under light text
    # Back to light: a theme change reaches the windows as an event.
    switchable[0] = light_system
    QApplication.sendEvent(window.windowHandle(), QEvent(QEvent.Type.ThemeChange))
    qtbot.waitUntil(lambda: QApplication.palette().color(Role.Highlight) == light_used)
    QApplication.processEvents()
    assert palette_shortfalls(QApplication.palette()) == []
    assert unreadable(window) == []


def _choose_contrast(qtbot, window, steps: int) -> None:  # noqa: ANN001
    """Preferences, Contrast: moved ``steps`` down (up if negative) by keys, then saved."""

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, dialogs.PreferencesDialog)
        dialog.contrast.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.contrast)
        person.press(qtbot, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up, times=abs(steps))
        person.press(qtbot, Qt.Key.Key_Return)  # the dialog's default button: save

    QTimer.singleShot(100, choose)
    window.preferences_action.trigger()


def test_preferences_contrast_high_then_back_to_the_system(
    qtbot, store, new_store_path, ini_settings, switchable
) -> None:  # noqa: ANN001
    window = _unlocked(qtbot, store, new_store_path, ini_settings)
    _choose_contrast(qtbot, window, 1)
    assert ini_settings.get(settings.CONTRAST) == "high"
    used = QApplication.palette()
    assert (used.color(Role.Window).name(), used.color(Role.WindowText).name()) == (
        "#ffffff",
        "#000000",
    )  # the system is light: black on white
    assert unreadable(window) == []
    _choose_contrast(qtbot, window, -1)
    assert ini_settings.get(settings.CONTRAST) == "system"
    assert QApplication.palette().color(Role.Window) == _system_light().color(Role.Window)


# --- colour is never the only signal ----------------------------------------------------------


def test_a_red_deadline_says_overdue_in_words_and_in_bold(
    qtbot, store, new_store_path, ini_settings
) -> None:  # noqa: ANN001
    window = _unlocked(qtbot, store, new_store_path, ini_settings)
    model = window.list_page.table.model()
    col = model.columnCount() - 1
    red = [
        r
        for r in range(model.rowCount())
        if model.index(r, col).data(Qt.ItemDataRole.ForegroundRole) is not None
    ]
    assert red  # the overdue case is drawn in the alert colour
    for r in red:
        index = model.index(r, col)
        assert index.data(Qt.ItemDataRole.FontRole).bold()
        words = str(index.data())
        assert "overdue" in words or "due" in words, words
    assert "overdue" in str(model.index(_overdue_row(window), col).data())


def test_the_otip_banner_says_in_words_what_its_tint_says(
    qtbot, store, new_store_path, ini_settings
) -> None:  # noqa: ANN001
    window = _unlocked(qtbot, store, new_store_path, ini_settings)
    window.list_page.table.selectRow(_overdue_row(window))
    window.open_case(window.list_page.current_id())
    window.open_interview(window.case_page.current_contact_id())
    banner = window.page(Mode.INTERVIEW).otip_banner
    assert banner.kind == "error"  # the red tint
    assert "overdue; notify now" in banner.text()


def test_the_at_risk_result_is_words_in_the_text_colour(qtbot, store_path, ini_settings) -> None:  # noqa: ANN001
    window = open_window(qtbot, store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    window.open_case(window.list_page.current_id())
    window.open_interview(window.case_page.current_contact_id())
    view = window.page(Mode.INTERVIEW)
    view.open_panel("at_risk")
    panel = view.panel("at_risk")
    result = panel.determination
    before = result.text()
    assert before.startswith("Not assessed")
    listing = panel.indicators.list
    listing.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is listing)
    listing.setCurrentRow(0)
    person.press(qtbot, Qt.Key.Key_Space)  # tick indicator A
    qtbot.waitUntil(lambda: result.text() != before)
    assert result.text().startswith("Meets the at-risk definition for CSE.")
    # No colour of its own: the words carry it (and bold), in the palette's text colour.
    assert result.palette().color(Role.WindowText) == window.palette().color(Role.WindowText)


def test_buttons_and_labels_use_no_colour_of_their_own(qtbot, store_path, ini_settings) -> None:
    """No control marks a state (required, chosen, wrong) by a colour set in code: the only
    code colours are the ones listed and checked above."""
    window = open_window(qtbot, store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    sheets = {
        type(w).__name__
        for w in window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit) and "color" in w.styleSheet()
    }
    assert sheets == set()


# --- high contrast: the edges of the controls ---------------------------------------------


def _edge_contrast(widget: QWidget, ground: QColor) -> float:
    """The highest contrast, against ``ground``, of the pixels on the widget's edges
    (its outer two pixels all round): where a field's or a box's outline is drawn."""
    image = widget.grab().toImage()
    w, h = image.width(), image.height()
    edge = [(x, y) for x in range(w) for y in (0, 1, h - 2, h - 1)]
    edge += [(x, y) for y in range(h) for x in (0, 1, w - 2, w - 1)]
    return max(ratio(image.pixelColor(x, y), ground) for x, y in edge)


@pytest.mark.parametrize("system_name", ["light", "dark"])
def test_high_contrast_outlines_fields_and_tick_boxes(qtbot, qapp, system_name: str) -> None:  # noqa: ANN001
    """Fusion draws a field's frame and an unticked box's edge from the window colour:
    on high contrast's black, black (1:1). ``Contrast: high`` outlines them in the text
    colour (WCAG 1.4.11: >= 3:1 against what is around them)."""
    palette.remove()
    system = _system_light() if system_name == "light" else dark_palette()
    host = QWidget()
    qtbot.addWidget(host)
    box, field = QCheckBox(host), QLineEdit(host)
    box.setText("")
    box.resize(box.sizeHint())
    field.resize(200, field.sizeHint().height())
    host.show()
    qtbot.waitExposed(host)
    try:
        QApplication.setPalette(palette.high_contrast(system_name == "dark"))  # no outlines
        QApplication.processEvents()
        ground = QApplication.palette().color(Role.Window)
        if system_name == "dark":  # the shortfall, as it was before
            assert _edge_contrast(box, ground) < 1.5 and _edge_contrast(field, ground) < 1.5
        palette.install(qapp, "high", system=lambda: QPalette(system))
        QApplication.processEvents()
        assert _edge_contrast(box, ground) >= 3.0
        assert _edge_contrast(field, ground) >= 3.0
    finally:
        palette.remove()
    QApplication.processEvents()
    assert _edge_contrast(box, QApplication.palette().color(Role.Window)) < 3.0  # given back


def test_the_systems_palette_has_field_and_box_edges_of_3_to_1(qtbot, qapp) -> None:  # noqa: ANN001
    """Fusion's own field frame and tick box edge on its light palette are a light grey
    (about 2:1 against the window); the outlined style draws them at 3:1 or more."""
    palette.remove()
    host = QWidget()
    qtbot.addWidget(host)
    box, field = QCheckBox(host), QLineEdit(host)
    box.resize(box.sizeHint())
    field.resize(200, field.sizeHint().height())
    host.show()
    qtbot.waitExposed(host)
    try:
        ground = QApplication.palette().color(Role.Window)
        assert _edge_contrast(field, ground) < 3.0  # Fusion's frame, as it comes
        palette.install(qapp, "system")
        QApplication.processEvents()
        ground = QApplication.palette().color(Role.Window)
        assert _edge_contrast(box, ground) >= 3.0
        assert _edge_contrast(field, ground) >= 3.0
        assert _edge_contrast(field, QApplication.palette().color(Role.Base)) >= 3.0
    finally:
        palette.remove()


@pytest.mark.parametrize("look_name", ["high contrast on dark", "dark", "light"])
def test_the_body_maps_chosen_mark_number_reads_on_the_selection(
    qtbot, qapp, look_name: str
) -> None:  # noqa: ANN001
    """The chosen mark is filled with the selection colour: its number is drawn in the
    selection's text colour (white on high contrast's yellow was 1.07:1)."""
    system_name, choice = SETUPS[look_name]
    palette.remove()
    system = _system_light() if system_name == "light" else dark_palette()
    palette.install(qapp, choice, system=lambda: QPalette(system))
    try:
        body = BodyMap()
        qtbot.addWidget(body)
        body.resize(420, 460)
        body.set_marks([Mark("t1", 7, "front", 0.5, 0.3)], current="t1")
        body.show()
        qtbot.waitExposed(body)
        image = body.grab().toImage()
        ratio_px = image.width() / body.width()
        centre = body.figure_rect("front")
        cx = (centre.left() + 0.5 * centre.width()) * ratio_px
        cy = (centre.top() + 0.3 * centre.height()) * ratio_px
        fill = body.palette().color(Role.Highlight)
        r = int(4 * ratio_px)  # the digit's strokes, inside the disc
        inside = [
            image.pixelColor(int(cx) + dx, int(cy) + dy)
            for dx in range(-r, r + 1)
            for dy in range(-r, r + 1)
        ]
        assert max(ratio(c, fill) for c in inside) >= TEXT, look_name
    finally:
        palette.remove()


def test_the_spelling_underline_can_be_seen_on_the_field(
    qtbot, store, new_store_path, ini_settings, look
) -> None:  # noqa: ANN001
    """An unknown word's red wavy line: 3:1 against the field (non-text, WCAG 1.4.11);
    the fixed red was 2.3:1 on a dark field."""
    window = _unlocked(qtbot, store, new_store_path, ini_settings)
    window.list_page.table.selectRow(_overdue_row(window))
    window.open_case(window.list_page.current_id())
    window.open_interview(window.case_page.current_contact_id())
    view = window.page(Mode.INTERVIEW)
    view.open_panel("at_risk")
    note = view.panel("at_risk").indicators.note
    note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is note)
    person.type_keys(qtbot, "Thsi is wrng")
    qtbot.waitUntil(lambda: len(note.extraSelections()) == 2, timeout=10_000)
    base = note.palette().color(Role.Base)
    for selection in note.extraSelections():
        assert ratio(selection.format.underlineColor(), base) >= LARGE, look
