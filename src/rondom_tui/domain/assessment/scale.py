"""The 1-5 scale of the seven-keys self-assessment, its anchors, and "weet niet".

Every assessment uses the same scale so that a later assessment can be compared with an
earlier one. A score is an `int` from 1 to 5; "weet niet" (don't know) is `None`, as in
`KeyScores.scores`. The anchor words live in the message catalog (`i18n/assessment.py`) so
that Dutch and English stay side by side; this module holds the numbers and the ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from rondom_tui.i18n.texts import translate

SCALE_MIN = 1
SCALE_MAX = 5
SCALE_VALUES: tuple[int, ...] = tuple(range(SCALE_MIN, SCALE_MAX + 1))
"""The scores a participant can give, lowest first."""

DONT_KNOW_KEYS = frozenset({"0", "-", "minus"})
"""Keys that record "weet niet": the digit zero, or minus (Textual names it ``minus``)."""


@dataclass(frozen=True, slots=True)
class ScaleAnchor:
    """One point of the scale with its words, e.g. 3 = "deels"."""

    value: int
    """1..5."""
    message_id: str
    """The catalog id of the anchor words."""

    def label(self, *, lang: str) -> str:
        """The anchor words in `lang`."""
        return translate(lang, self.message_id)


SCALE: tuple[ScaleAnchor, ...] = tuple(
    ScaleAnchor(value, f"assessment.scale.{value}") for value in SCALE_VALUES
)
"""The whole scale, 1 (nog niet) to 5 (helemaal)."""

DONT_KNOW_MESSAGE_ID = "assessment.scale.dont_know"


def is_score(value: object) -> bool:
    """True for a valid score 1..5 (bool is not a score, although it is an int)."""
    return (
        isinstance(value, int) and not isinstance(value, bool) and SCALE_MIN <= value <= SCALE_MAX
    )


def anchor_label(score: int | None, *, lang: str) -> str:
    """The words for a score, or "weet niet" for `None`, in `lang`."""
    if score is None:
        return translate(lang, DONT_KNOW_MESSAGE_ID)
    if not is_score(score):
        raise ValueError("score out of range")
    return SCALE[score - SCALE_MIN].label(lang=lang)


@dataclass(frozen=True, slots=True)
class ScoreChoice:
    """What one key press in the meeting means: a score, or "weet niet" when `score` is None."""

    score: int | None


def score_from_key(key: str) -> ScoreChoice | None:
    """The choice a single key press makes: ``1``-``5`` a score, ``0``/``-`` "weet niet".

    Any other key is no choice (None), so the caller can let it through to other bindings.
    """
    if len(key) == 1 and key.isdigit() and is_score(int(key)):
        return ScoreChoice(int(key))
    if key in DONT_KNOW_KEYS:
        return ScoreChoice(None)
    return None


def round_half_up(value: float, decimals: int = 0) -> float:
    """`value` rounded half away from zero, as people round by hand, rather than Python's
    banker's rounding."""
    scale: int = 10**decimals
    magnitude = int(abs(value) * scale + 0.5 + 1e-9) / scale
    return -magnitude if value < 0 and magnitude else magnitude


def format_number(value: float | None, *, decimals: int = 1, lang: str) -> str:
    """A mean or delta as people read it: ``3,4`` in Dutch, ``3.4`` in English, ``–`` for none."""
    if value is None:
        return "–"
    text = f"{round_half_up(value, decimals):.{decimals}f}"
    return text.replace(".", ",") if lang == "nl" else text
