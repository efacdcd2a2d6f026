"""Partial dates: a year, a month or a day, exact or approximate, before or after.

People remember a child's history as "around 2019" or "before the summer of 2021"; the
timeline must be able to hold that without inventing precision. A `PartialDate` keeps what is
known and offers a defined anchor day for ordering and layout, plus the range of days it may
stand for so that the uncertainty can be drawn.

Text forms:
- storage (ISO-like, stable): ``2019``, ``2019-03``, ``2019-03-14``, prefixed with ``~`` (about),
  ``<`` (before) or ``>`` (after).
- input (Dutch first): ``2019``, ``03-2019``, ``3-2019``, ``14-03-2019``, ``14-3-2019``,
  ``mrt 2019``, ``maart 2019``, ISO forms too, with ``~``/``ca.``/``ongeveer``, ``<``/``voor``,
  ``>``/``na`` in front.
- display: ``14-03-2019``, ``mrt 2019``, ``2019``, ``ca. 2019``, ``vóór mrt 2019``,
  ``na mrt 2019`` (English: ``14-03-2019``, ``Mar 2019``, ``c. 2019``, ``before Mar 2019``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from enum import StrEnum
from functools import total_ordering

from rondom_tui.domain.errors import ValidationError
from rondom_tui.i18n.texts import translate

MIN_YEAR = 1900
MAX_YEAR = 2100


class Qualifier(StrEnum):
    """How sure the date is."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    BEFORE = "before"
    AFTER = "after"


_PREFIX_TO_QUALIFIER = {"~": Qualifier.APPROXIMATE, "<": Qualifier.BEFORE, ">": Qualifier.AFTER}
_QUALIFIER_TO_PREFIX = {v: k for k, v in _PREFIX_TO_QUALIFIER.items()}
_WORD_PREFIXES: tuple[tuple[str, Qualifier], ...] = (
    ("ongeveer", Qualifier.APPROXIMATE),
    ("rond", Qualifier.APPROXIMATE),
    ("ca.", Qualifier.APPROXIMATE),
    ("ca", Qualifier.APPROXIMATE),
    ("circa", Qualifier.APPROXIMATE),
    ("c.", Qualifier.APPROXIMATE),
    ("about", Qualifier.APPROXIMATE),
    ("vóór", Qualifier.BEFORE),
    ("voor", Qualifier.BEFORE),
    ("before", Qualifier.BEFORE),
    ("na", Qualifier.AFTER),
    ("after", Qualifier.AFTER),
)

MONTHS_NL_SHORT = (
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
)
MONTHS_EN_SHORT = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_MONTH_WORDS: dict[str, int] = {}
for _i, _names in enumerate(
    zip(
        MONTHS_NL_SHORT,
        MONTHS_EN_SHORT,
        (
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ),
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        strict=True,
    ),
    start=1,
):
    for _name in _names:
        _MONTH_WORDS[_name.lower()] = _i
_MONTH_WORDS["mar"] = 3
_MONTH_WORDS["maa"] = 3
_MONTH_WORDS["okt"] = 10
_MONTH_WORDS["sept"] = 9

_DUTCH_NUMERIC = re.compile(r"^(?:(\d{1,2})[-/.])?(?:(\d{1,2})[-/.])?(\d{4})$")
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_MONTH_WORD = re.compile(r"^(?:(\d{1,2})\s+)?([a-zé]+)\.?\s+(\d{4})$")

# How far an approximate, before or after date may lie from what was written.
_APPROX_SPREAD = {"year": 365, "month": 45, "day": 7}
_OPEN_SIDE_SPREAD = {"year": 365, "month": 91, "day": 30}


@total_ordering
class PartialDate:
    """A date known to the year, month or day, with a qualifier. Immutable."""

    __slots__ = ("_hash", "_key", "day", "month", "qualifier", "year")

    _key: tuple[date, int, str]
    _hash: int
    year: int
    month: int | None
    day: int | None
    qualifier: Qualifier

    def __init__(
        self,
        year: int,
        month: int | None = None,
        day: int | None = None,
        qualifier: Qualifier = Qualifier.EXACT,
    ) -> None:
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValidationError("date.year_range", min=MIN_YEAR, max=MAX_YEAR)
        if month is None and day is not None:
            raise ValidationError("date.day_without_month")
        if month is not None and not 1 <= month <= 12:
            raise ValidationError("date.invalid_month")
        if day is not None:
            assert month is not None
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise ValidationError("date.invalid_day", day=day, last=last)
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "month", month)
        object.__setattr__(self, "day", day)
        object.__setattr__(self, "qualifier", Qualifier(qualifier))
        object.__setattr__(self, "_key", (self.anchor(), self.precision_rank(), self.iso()))
        object.__setattr__(self, "_hash", hash(self._fields()))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("PartialDate is immutable")

    def __copy__(self) -> PartialDate:
        return self

    def __deepcopy__(self, memo: object) -> PartialDate:
        return self

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (PartialDate.from_iso, (self.iso(),))

    # -- construction -------------------------------------------------------------------

    @classmethod
    def from_date(cls, value: date, qualifier: Qualifier = Qualifier.EXACT) -> PartialDate:
        return cls(value.year, value.month, value.day, qualifier)

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Read the storage form (``~2019-03``); raises `ValidationError` on anything else."""
        if not isinstance(text, str) or not text:
            raise ValidationError("date.unreadable")
        qualifier = Qualifier.EXACT
        if text[0] in _PREFIX_TO_QUALIFIER:
            qualifier = _PREFIX_TO_QUALIFIER[text[0]]
            text = text[1:]
        match = _ISO.match(text)
        if not match:
            raise ValidationError("date.unreadable")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        return cls(year, month, day, qualifier)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read what a person typed, Dutch style first. Raises `ValidationError`."""
        raw = " ".join(text.strip().lower().split())
        if not raw:
            raise ValidationError("date.empty")
        qualifier = Qualifier.EXACT
        if raw[0] in _PREFIX_TO_QUALIFIER:
            qualifier = _PREFIX_TO_QUALIFIER[raw[0]]
            raw = raw[1:].strip()
        else:
            for word, word_qualifier in _WORD_PREFIXES:
                if raw.startswith(word + " ") or (word.endswith(".") and raw.startswith(word)):
                    qualifier = word_qualifier
                    raw = raw[len(word) :].strip()
                    break
        if match := _ISO.match(raw):
            year, month, day = (int(g) if g else None for g in match.groups())
            assert year is not None
            return cls(year, month, day, qualifier)
        if match := _DUTCH_NUMERIC.match(raw):
            first, second, year_text = match.groups()
            if first is not None and second is not None:
                return cls(int(year_text), int(second), int(first), qualifier)
            return cls(int(year_text), int(first) if first else None, None, qualifier)
        if match := _MONTH_WORD.match(raw):
            day_text, month_word, year_text = match.groups()
            month = _MONTH_WORDS.get(month_word)
            if month is None:
                raise ValidationError("date.unknown_month")
            return cls(int(year_text), month, int(day_text) if day_text else None, qualifier)
        raise ValidationError("date.unreadable")

    # -- what it stands for -------------------------------------------------------------

    @property
    def precision(self) -> str:
        """``year``, ``month`` or ``day``."""
        if self.day is not None:
            return "day"
        return "year" if self.month is None else "month"

    def precision_rank(self) -> int:
        return {"year": 0, "month": 1, "day": 2}[self.precision]

    def first_day(self) -> date:
        """The first day of the period written (ignoring the qualifier)."""
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        """The last day of the period written (ignoring the qualifier)."""
        if self.day is not None:
            assert self.month is not None
            return date(self.year, self.month, self.day)
        if self.month is not None:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, 12, 31)

    def earliest(self) -> date:
        """The earliest day this date may stand for, the qualifier included."""
        if self.qualifier is Qualifier.APPROXIMATE:
            return _clamp(self.first_day() - timedelta(days=_APPROX_SPREAD[self.precision]))
        if self.qualifier is Qualifier.BEFORE:
            return _clamp(self.first_day() - timedelta(days=_OPEN_SIDE_SPREAD[self.precision]))
        if self.qualifier is Qualifier.AFTER:
            return _clamp(self.last_day() + timedelta(days=1))
        return self.first_day()

    def latest(self) -> date:
        """The latest day this date may stand for, the qualifier included."""
        if self.qualifier is Qualifier.APPROXIMATE:
            return _clamp(self.last_day() + timedelta(days=_APPROX_SPREAD[self.precision]))
        if self.qualifier is Qualifier.BEFORE:
            return _clamp(self.first_day() - timedelta(days=1))
        if self.qualifier is Qualifier.AFTER:
            return _clamp(self.last_day() + timedelta(days=_OPEN_SIDE_SPREAD[self.precision]))
        return self.last_day()

    def anchor(self) -> date:
        """The day used for ordering and for drawing a point: the middle of its range."""
        first, last = self.earliest(), self.latest()
        return first + (last - first) // 2

    @property
    def is_uncertain(self) -> bool:
        """True unless this is an exact day."""
        return self.qualifier is not Qualifier.EXACT or self.day is None

    # -- text ---------------------------------------------------------------------------

    def iso(self) -> str:
        """The storage form, e.g. ``~2019-03``."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return _QUALIFIER_TO_PREFIX.get(self.qualifier, "") + text

    def input_text(self) -> str:
        """The form a person would type back into a field, e.g. ``~03-2019``."""
        if self.day is not None:
            text = f"{self.day:02d}-{self.month:02d}-{self.year:04d}"
        elif self.month is not None:
            text = f"{self.month:02d}-{self.year:04d}"
        else:
            text = f"{self.year:04d}"
        return _QUALIFIER_TO_PREFIX.get(self.qualifier, "") + text

    def display(self, lang: str = "nl") -> str:
        """Dutch style ``14-03-2019``, ``mrt 2019``, ``ca. 2019``; English alike."""
        if self.day is not None:
            body = f"{self.day:02d}-{self.month:02d}-{self.year:04d}"
        elif self.month is not None:
            months = MONTHS_NL_SHORT if lang == "nl" else MONTHS_EN_SHORT
            body = f"{months[self.month - 1]} {self.year}"
        else:
            body = str(self.year)
        prefix = {
            Qualifier.EXACT: ("", ""),
            Qualifier.APPROXIMATE: ("ca. ", "c. "),
            Qualifier.BEFORE: ("vóór ", "before "),
            Qualifier.AFTER: ("na ", "after "),
        }[self.qualifier][0 if lang == "nl" else 1]
        return prefix + body

    # -- value semantics ----------------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._fields() == other._fields()

    def __lt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return bool(self._key < other._key)

    def __hash__(self) -> int:
        # Worked out once, without building the text: the timeline looks its dates up in a
        # cache thousands of times per picture. Equal fields, equal text (`iso`) and the other
        # way round.
        return self._hash

    @property
    def order(self) -> tuple[date, int, str]:
        """How dates sort (`<`): the anchor, then the more precise first, then the text; worked
        out once when the date is made (sorting thousands of events compares these)."""
        return self._key

    def _fields(self) -> tuple[int, int | None, int | None, Qualifier]:
        return self.year, self.month, self.day, self.qualifier

    def __repr__(self) -> str:
        return f"PartialDate({self.iso()!r})"

    def __str__(self) -> str:
        return self.iso()


def _clamp(value: date) -> date:
    return max(date(MIN_YEAR, 1, 1), min(date(MAX_YEAR, 12, 31), value))


def age_in_years(born: date, on: date) -> int:
    """Whole years between `born` and `on` (negative before birth)."""
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


def describe_age(born: PartialDate | None, today: date, *, lang: str) -> str:
    """``(9 jr)``, or ``(ca. 9 jr)`` when the date of birth is not an exact day; empty when it
    is unknown or lies after `today`."""
    if born is None:
        return ""
    years = age_in_years(born.anchor(), today)
    if years < 0:
        return ""
    return translate(lang, "case.age_about" if born.is_uncertain else "case.age", years=years)


def parse_day(text: str) -> date:
    """A full date typed Dutch style (``14-03-2019``) or ISO; raises `ValidationError`."""
    value = PartialDate.parse(text)
    if value.day is None or value.qualifier is not Qualifier.EXACT:
        raise ValidationError("date.need_full_day")
    return value.first_day()


def format_day(value: date | None, lang: str = "nl") -> str:
    """``14-03-2019`` (same in both languages); empty for None."""
    return "" if value is None else value.strftime("%d-%m-%Y")
