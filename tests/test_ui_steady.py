"""Issue 13, finding 5: banners and tallies appear without moving what the user points at.

A person takes the places of three red flags on the screen once, then clicks them
in a row; a banner that pushed the list down would make the later clicks tick the
wrong flags. The note typed after the ticks must land on the last flag ticked.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListWidget, QStyle, QStyleOptionViewItem

from tests.helpers.interview import make_interview, open_view, reopen
from tests.person import click, click_at, type_keys

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
CHECKED = Qt.CheckState.Checked


def _indicator_point(listw: QListWidget, row: int) -> QPoint:
    """Where a person clicks to tick row ``row``: the middle of its check box."""
    item = listw.item(row)
    rect = listw.visualItemRect(item)
    option = QStyleOptionViewItem()
    option.initFrom(listw)
    option.rect = rect
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = listw.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, listw
    )
    centre = box.center() if box.isValid() else QPoint(rect.left() + 10, rect.center().y())
    return listw.viewport().mapToGlobal(centre)


def test_three_flags_clicked_in_a_row_are_the_three_ticked(qtbot, store, bank) -> None:  # noqa: F811
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    view.open_panel("red_flags")
    qtbot.wait(50)
    panel = view.panel("red_flags")
    listw = panel.marks.list
    role = Qt.ItemDataRole.UserRole + 1
    ids = [listw.item(n).data(role) for n in range(listw.count())]
    # The first flag (it makes OTIP due: a banner at the top), a flag seen in all three
    # forms (the rules' common-flags banner) and the one under it.
    common = next(f.id for f in bank.red_flags if len(f.categories) == 3)
    rows = [0, ids.index(common), ids.index(common) + 1]
    points = [_indicator_point(listw, r) for r in rows]  # looked at once, before any click
    wanted = [ids[r] for r in rows]
    for point in points:
        click_at(qtbot, point)
        qtbot.wait(200)  # the live refresh (tallies, banners) runs
    ticked = [ids[n] for n in range(listw.count()) if listw.item(n).checkState() == CHECKED]
    assert ticked == sorted(wanted, key=ids.index)
    assert panel.common.has_message() and view.otip_banner.isVisible()  # the banners did come
    # The detail pane belongs to the flag just ticked.
    assert panel.marks.current_id() == wanted[-1]
    click(qtbot, panel.marks.note)
    type_keys(qtbot, "said the older friend drives her")
    assert view.flush()
    loaded = reopen(store, bank, interview_id)
    assert sorted(loaded.red_flags) == sorted(wanted)
    assert loaded.red_flags[wanted[-1]].note == "said the older friend drives her"
    assert all(not loaded.red_flags[w].note for w in wanted[:-1])
