"""Opening training mode: from ``main.py --training`` or the first page's "Training" entry."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance

from ui import dialogs, settings

if TYPE_CHECKING:
    from ui.training.window import TrainingWindow


class Shell(Protocol):
    """What training needs of the real window (``ui.main_window.MainWindow`` is one);
    declared here so that nothing in ui/training imports the window."""

    settings: settings.Settings
    training_requested: SignalInstance
    mode_changed: SignalInstance

    def show(self) -> None: ...
    def hide(self) -> None: ...


# Windows opened from the shell, kept referenced while open (Qt does not own them).
_open: list[TrainingWindow] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("Training", text)


def open_training_window(
    app_settings: settings.Settings | None = None, store_path: Path | None = None
) -> TrainingWindow | None:
    """Open the training store (``store_path`` or its default, beside the real folder) and
    show the training window; None, after saying why, if training cannot start."""
    from app import training as T
    from app.content import load_content
    from app.store import StoreError
    from ui.training.window import TrainingWindow

    try:
        bank = load_content()
        scenarios = T.load_scenarios(bank)
        store = T.open_training_store(store_path)
    except (StoreError, T.ScenarioError, OSError) as exc:
        from ui import app_messages  # noqa: PLC0415 - only when it failed
        from ui.window_support import user_message  # noqa: PLC0415 - likewise

        dialogs.inform(
            None,
            _tr("Training mode"),
            _tr("Training mode could not start: {reason}").format(reason=user_message(exc)),
            details=app_messages.details(exc),
        )
        return None
    window = TrainingWindow(store, bank, scenarios, app_settings)
    window.show()
    return window


def open_windows() -> list[TrainingWindow]:
    """The training windows opened from the shell and not closed yet."""
    return list(_open)


def start_from_shell(main_window: Shell, store_path: Path | None = None) -> None:
    """The first page's "Practice in training mode": the real window steps aside (it holds
    no store on those pages) and comes back when training is closed."""
    window = open_training_window(main_window.settings, store_path)
    if window is None:
        return
    _open.append(window)
    main_window.hide()

    def back() -> None:
        if window in _open:
            _open.remove(window)
        main_window.show()

    window.closed.connect(back)


def wire_shell(main_window: Shell) -> None:
    """Hook the real window (called by ``run_window``, not by MainWindow itself, so tests
    that build a bare MainWindow open no training store and meet no tour)."""

    def first_list(mode: object) -> None:
        # The first-run tour, once the CSW first reaches the interview list.
        if getattr(mode, "value", "") == "list":
            from ui.training.tour import show_first_run

            show_first_run(main_window, main_window.settings)  # type: ignore[arg-type]

    main_window.training_requested.connect(lambda: start_from_shell(main_window))
    main_window.mode_changed.connect(first_list)
