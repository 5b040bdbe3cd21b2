"""The pages of the main window's stack, one per ``ui.main_window.Mode``."""
