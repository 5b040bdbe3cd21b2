"""The passphrase strength meter, shown while the CSW types a new passphrase.

It shows zxcvbn's estimate (``app.passphrase_rules.estimate``), the same one the
store enforces: how long someone with a copy of the notes file would need to
find the passphrase, and zxcvbn's advice. A passphrase the store would refuse is
never shown as anything better than "Too easy to guess". Used by the welcome
page and the Change passphrase dialog.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.passphrase_rules import MIN_LENGTH, estimate

# Above the store's threshold by this much (10^14 guesses): "Very strong".
VERY_STRONG_LOG10 = 14.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Strength", text)


# zxcvbn's advice (its feedback module, in English), marked so that each sentence is
# translated where it is shown; one a later zxcvbn adds shows in English until added.
ZXCVBN_ADVICE = (
    QT_TRANSLATE_NOOP("Strength", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("Strength", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP(
        "Strength", "Predictable substitutions like '@' instead of 'a' don't help very much."
    ),
    QT_TRANSLATE_NOOP("Strength", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("Strength", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("Strength", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("Strength", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("Strength", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("Strength", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("Strength", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("Strength", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("Strength", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("Strength", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP(
        "Strength", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
    ),
    QT_TRANSLATE_NOOP("Strength", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("Strength", "This is a very common password."),
    QT_TRANSLATE_NOOP("Strength", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("Strength", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("Strength", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("Strength", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("Strength", "Avoid sequences."),
    QT_TRANSLATE_NOOP("Strength", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("Strength", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("Strength", "Avoid recent years."),
    QT_TRANSLATE_NOOP("Strength", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("Strength", "Avoid dates and years that are associated with you."),
)
# The estimate in time, as zxcvbn's display_time buckets it, in whole sentences.
_SPANS = (
    (
        60,
        1,
        QT_TRANSLATE_NOOP("Strength", "1 second"),
        QT_TRANSLATE_NOOP("Strength", "{n} seconds"),
    ),
    (
        3600,
        60,
        QT_TRANSLATE_NOOP("Strength", "1 minute"),
        QT_TRANSLATE_NOOP("Strength", "{n} minutes"),
    ),
    (
        86400,
        3600,
        QT_TRANSLATE_NOOP("Strength", "1 hour"),
        QT_TRANSLATE_NOOP("Strength", "{n} hours"),
    ),
    (
        2678400,
        86400,
        QT_TRANSLATE_NOOP("Strength", "1 day"),
        QT_TRANSLATE_NOOP("Strength", "{n} days"),
    ),
    (
        32140800,
        2678400,
        QT_TRANSLATE_NOOP("Strength", "1 month"),
        QT_TRANSLATE_NOOP("Strength", "{n} months"),
    ),
    (
        3214080000,
        32140800,
        QT_TRANSLATE_NOOP("Strength", "1 year"),
        QT_TRANSLATE_NOOP("Strength", "{n} years"),
    ),
)


def translated(advice: str) -> str:
    """One of zxcvbn's sentences (ZXCVBN_ADVICE) in the window's language."""
    return _tr(advice)


def crack_time(guesses_log10: float) -> str:
    """How long an offline attack on the file's slow key (10^4 guesses a second, the
    estimate the store uses) needs, in the window's language (zxcvbn's own display
    is English)."""
    seconds = 10 ** min(guesses_log10, 30.0) / 1e4
    if seconds < 1:
        return _tr("less than a second")
    for below, unit, one, many in _SPANS:
        if seconds < below:
            n = round(seconds / unit)
            return _tr(one) if n == 1 else _tr(many).format(n=n)
    return _tr("centuries")


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
    parts = [time.format(time=crack_time(rated.guesses_log10))]
    if rated.warning:
        parts.append(_tr(rated.warning))
    if not rated.acceptable:
        more = _tr("Add another word or two. Uncommon words are better.")
        parts.extend(_tr(text) for text in rated.suggestions or (more,))
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
