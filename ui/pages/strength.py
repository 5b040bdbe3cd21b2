"""The passphrase strength meter, shown while the CSW types a new passphrase.

It shows zxcvbn's estimate (``app.passphrase_rules.estimate``), the same one the
store enforces: how long someone with a copy of the notes file would need to
find the passphrase, and zxcvbn's advice. A passphrase the store would refuse is
never shown as anything better than "Too easy to guess". Used by the welcome
page and the Change passphrase dialog.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.passphrase_rules import MIN_LENGTH, estimate

# Above the store's threshold by this much (10^14 guesses): "Very strong".
VERY_STRONG_LOG10 = 14.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Strength", text)


@dataclass(frozen=True)
class Rating:
    level: int  # 0 (nothing / too short) .. 4, the bar's value
    label: str  # "", "Too short", "Too easy to guess", "Strong", "Very strong"
    advice: str  # the estimate in time, and zxcvbn's warning and suggestions
    acceptable: bool  # what the store will decide


def rate(passphrase: str) -> Rating:
    if not passphrase:
        return Rating(0, "", "", False)
    if len(passphrase) < MIN_LENGTH:
        return Rating(
            0,
            _tr("Too short"),
            _tr("At least {n} characters; a few unrelated words work well.").format(n=MIN_LENGTH),
            False,
        )
    rated = estimate(passphrase)
    time = _tr("Someone with a copy of the notes file would need {time} to find it.")
    parts = [time.format(time=rated.crack_time)]
    if rated.warning:
        parts.append(rated.warning)
    if not rated.acceptable:
        more = _tr("Add another word or two. Uncommon words are better.")
        parts.extend(rated.suggestions or (more,))
        return Rating(1, _tr("Too easy to guess"), " ".join(parts), False)
    if rated.guesses_log10 < VERY_STRONG_LOG10:
        return Rating(3, _tr("Strong"), " ".join(parts), True)
    return Rating(4, _tr("Very strong"), " ".join(parts), True)


class StrengthMeter(QWidget):
    """A bar, a one-word rating and the advice under it; ``update_for(text)`` on each key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strengthMeter")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(_tr("Passphrase strength"))
        self.label = QLabel(self)
        self.label.setAccessibleName(_tr("Passphrase strength"))
        self.advice = QLabel(self)
        self.advice.setObjectName("strengthAdvice")
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(_tr("Passphrase advice"))
        # Room for three lines from the start: the form does not jump (or overlap)
        # when the advice appears or grows while the CSW types.
        self.advice.setMinimumHeight(self.advice.fontMetrics().lineSpacing() * 3)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.label)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.advice)
        self.rating = rate("")
        self.update_for("")

    def update_for(self, passphrase: str, mismatch: bool = False) -> Rating:
        self.rating = rating = rate(passphrase)
        self.bar.setValue(rating.level)
        label = rating.label
        if label and mismatch:
            label = _tr("{strength}; the two do not match yet").format(strength=label)
        self.label.setText(label)
        self.advice.setText(rating.advice)
        self.bar.setAccessibleDescription(label)
        return rating
