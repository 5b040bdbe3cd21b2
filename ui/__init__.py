"""The window (Qt widgets). Depends on ``app``; ``app`` never depends on this."""
