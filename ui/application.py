"""Start the window: QApplication, translators, main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def run_window(args: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *args])
    window = QMainWindow()
    window.setWindowTitle(QApplication.translate("MainWindow", "CEC Interview Assistant"))
    window.setCentralWidget(QLabel(QApplication.translate("MainWindow", "Starting…")))
    window.resize(1024, 700)
    window.show()
    return app.exec()
