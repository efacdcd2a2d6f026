"""The Tijdlijn's axis rows: calendar labels at the current zoom, and the child's age.

Labels are placed left to right wherever they fit with a blank column to spare; one that would
collide is left out rather than overprinted, so what is shown is always readable. The first row
also labels the window's left edge (the year or month it starts in), so the user never has to
scroll to learn where they are. Pure, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from enum import StrEnum

from rondom_tui.domain.dates import MONTHS_EN_SHORT, MONTHS_NL_SHORT, PartialDate, age_in_years
from rondom_tui.domain.timeline.grid import GLYPHS, Paint, Unit, Window
from rondom_tui.i18n.texts import translate

_STEP_MONTHS = {Unit.MONTH: 1, Unit.QUARTER: 3, Unit.HALF: 6, Unit.YEAR: 12}


class AxisRowKind(StrEnum):
    MAJOR = "major"
    MINOR = "minor"
    AGE = "age"


AxisRow = tuple[AxisRowKind, str, list[Paint]]
"""Kind, exactly `columns` characters, and the paint of each."""


def axis_row_count(date_of_birth: PartialDate | None) -> int:
    """How many rows `axis_rows` makes: the calendar's two, and the age's when known."""
    return 3 if date_of_birth is not None else 2


def axis_rows(
    window: Window, columns: int, today: date, date_of_birth: PartialDate | None, *, lang: str
) -> list[AxisRow]:
    """The major and minor calendar rows, plus an age row when the date of birth is known;
    month names and ages in `lang`."""
    first, last = window.day_of(0), window.last_day(columns)
    level = window.level
    major = [
        (window.column_of(day), _label(level.major, day, major=True, lang=lang))
        for day in _ticks(level.major, first, last)
    ]
    rows = [
        _row(
            AxisRowKind.MAJOR,
            columns,
            major,
            _label(level.major, first, major=True, lang=lang),
            Paint.AXIS,
            window.column_of(today),
        )
    ]
    minor = [
        (window.column_of(day), _label(level.minor, day, major=False, lang=lang))
        for day in _ticks(level.minor, first, last)
    ]
    rows.append(_row(AxisRowKind.MINOR, columns, minor, None, Paint.AXIS, window.column_of(today)))
    if date_of_birth is not None:
        born = date_of_birth.anchor()
        ages = [
            (
                window.column_of(day),
                translate(lang, "timeline.axis.age", years=day.year - born.year),
            )
            for day in _birthdays(born, first, last)
        ]
        start_age = age_in_years(born, first)
        leading = translate(lang, "timeline.axis.age", years=start_age) if start_age >= 0 else None
        rows.append(
            _row(AxisRowKind.AGE, columns, ages, leading, Paint.AGE, window.column_of(today))
        )
    return rows


def _row(
    kind: AxisRowKind,
    columns: int,
    labels: list[tuple[int, str]],
    leading: str | None,
    paint: Paint,
    today_column: int,
) -> AxisRow:
    chars = [" "] * columns
    paints = [Paint.BLANK] * columns
    placed = list(labels)
    if leading is not None and (not labels or labels[0][0] > len(leading)):
        placed.insert(0, (0, leading))
    free = 0
    for column, text in placed:
        if column < free or column + len(text) > columns:
            continue
        chars[column : column + len(text)] = text
        paints[column : column + len(text)] = [paint] * len(text)
        free = column + len(text) + 1
    if 0 <= today_column < columns and paints[today_column] is Paint.BLANK:
        chars[today_column], paints[today_column] = GLYPHS["today"], Paint.TODAY
    return kind, "".join(chars), paints


def _ticks(unit: Unit, first: date, last: date) -> Iterator[date]:
    """The days in `first..last` on which a `unit` begins."""
    if unit is Unit.NONE:
        return
    if unit is Unit.WEEK:
        day = first + timedelta(days=(7 - first.weekday()) % 7)
        while day <= last:
            yield day
            day += timedelta(days=7)
        return
    step = _STEP_MONTHS[unit]
    index = first.year * 12 + (first.month - 1) // step * step
    while True:
        day = date(index // 12, index % 12 + 1, 1)
        if day > last:
            return
        if day >= first:
            yield day
        index += step


def _label(unit: Unit, day: date, *, major: bool, lang: str) -> str:
    if unit is Unit.YEAR:
        return str(day.year)
    if unit is Unit.WEEK:
        return str(day.day)
    months = MONTHS_NL_SHORT if lang == "nl" else MONTHS_EN_SHORT
    name = months[day.month - 1]
    return f"{name} {day.year}" if major else name


def _birthdays(born: date, first: date, last: date) -> Iterator[date]:
    for year in range(max(first.year, born.year), last.year + 1):
        day = _birthday(born, year)
        if first <= day <= last:
            yield day


def _birthday(born: date, year: int) -> date:
    """The birthday in `year`; 29 February is kept on 28 February in other years."""
    try:
        return born.replace(year=year)
    except ValueError:
        return date(year, 2, 28)
