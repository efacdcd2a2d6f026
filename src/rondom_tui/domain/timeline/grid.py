"""The grid of the Tijdlijn: zoom levels, the window of time on screen, what a cell can show.

Columns are counted from a fixed epoch (1 January 1900) in whole "days per column", so a day
falls in the same absolute column however the window moves; a window is just a zoom level and
the absolute column at its left edge. Pure, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from rondom_tui.domain.dates import MAX_YEAR, MIN_YEAR
from rondom_tui.domain.models import HINDERING, NEUTRAL, PROMOTING

EPOCH = date(MIN_YEAR, 1, 1)
"""Absolute column 0 starts here at every zoom level."""
LAST_DAY = date(MAX_YEAR, 12, 31)
"""No date of a case lies later; windows are kept between `EPOCH` and this day."""


class Paint(StrEnum):
    """What a cell means; the widget maps each to a theme colour, the export to a style."""

    BLANK = "blank"
    PROMOTING = "promoting"
    HINDERING = "hindering"
    NEUTRAL = "neutral"
    UNCERTAIN = "uncertain"
    TODAY = "today"
    WAITING = "waiting"
    """A measured waiting time (referral to the start of help)."""
    PLANNED = "planned"
    """A period or an evaluation of the case's plan: what is to come, not what happened."""
    SELECTED = "selected"
    """The selected event: its glyphs, its words and the brackets around it."""
    LABEL = "label"
    """An event's words beside its glyph."""
    DISPUTED = "disputed"
    """The mark in front of a disputed event's words."""
    MORE = "more"
    """How many events here have no room for their words ("+3")."""
    CURSOR = "cursor"
    AXIS = "axis"
    AGE = "age"


VALENCE_PAINT = {PROMOTING: Paint.PROMOTING, HINDERING: Paint.HINDERING, NEUTRAL: Paint.NEUTRAL}
"""The paint of an event's body by its valence."""

GLYPHS: dict[int | str, str] = {
    PROMOTING: "+",
    HINDERING: "-",
    NEUTRAL: "o",
    "uncertain": "░",
    "ongoing": ">",
    "wait": "┄",
    "planned": "═",
    "evaluation": "◇",
    "today": "┊",
    "cursor": "│",
    "disputed": "!",
    "open": "[",
    "close": "]",
}
"""Every glyph painted for events and markers; `timeline.legend` in the catalog names them.
The meaning is in the glyph as well as in the colour, so a monochrome terminal loses nothing."""


class Unit(StrEnum):
    """A calendar step the axis can label."""

    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class ZoomLevel:
    """How much time one column stands for, and which calendar steps the axis labels."""

    days_per_column: int
    major: Unit
    """Labelled on the first axis row (years, or months with their year when zoomed in)."""
    minor: Unit
    """Labelled on the second axis row where the labels fit."""
    name_id: str
    """Catalog id of the level's name for the header, e.g. ``1 maand per kolom``."""


ZOOM_LEVELS: tuple[ZoomLevel, ...] = (
    ZoomLevel(1, Unit.MONTH, Unit.WEEK, "timeline.zoom.day"),
    ZoomLevel(2, Unit.MONTH, Unit.WEEK, "timeline.zoom.two_days"),
    ZoomLevel(4, Unit.YEAR, Unit.MONTH, "timeline.zoom.four_days"),
    ZoomLevel(7, Unit.YEAR, Unit.MONTH, "timeline.zoom.week"),
    ZoomLevel(10, Unit.YEAR, Unit.MONTH, "timeline.zoom.ten_days"),
    ZoomLevel(14, Unit.YEAR, Unit.QUARTER, "timeline.zoom.two_weeks"),
    ZoomLevel(21, Unit.YEAR, Unit.QUARTER, "timeline.zoom.three_weeks"),
    ZoomLevel(30, Unit.YEAR, Unit.HALF, "timeline.zoom.month"),
    ZoomLevel(35, Unit.YEAR, Unit.NONE, "timeline.zoom.five_weeks"),
    ZoomLevel(42, Unit.YEAR, Unit.NONE, "timeline.zoom.six_weeks"),
    ZoomLevel(49, Unit.YEAR, Unit.NONE, "timeline.zoom.seven_weeks"),
    ZoomLevel(61, Unit.YEAR, Unit.NONE, "timeline.zoom.two_months"),
    ZoomLevel(76, Unit.YEAR, Unit.NONE, "timeline.zoom.eleven_weeks"),
    ZoomLevel(91, Unit.YEAR, Unit.NONE, "timeline.zoom.quarter"),
    ZoomLevel(106, Unit.YEAR, Unit.NONE, "timeline.zoom.fifteen_weeks"),
    ZoomLevel(122, Unit.YEAR, Unit.NONE, "timeline.zoom.four_months"),
)
"""Finest first. From a month per column up, each level is at most a quarter coarser than the
one before, so the picture that fits a child's life (`LifeSpan.fit`) leaves little of the
width empty; below it the steps are larger, for zooming in on a few weeks. At 66 columns (an
80-column terminal minus the lane labels) the finest shows about nine weeks, the coarsest
about twenty-two years: a whole childhood."""

DEFAULT_ZOOM = 7
"""One month per column: about five years on an 80-column terminal."""


def absolute_column(day: date, zoom: int) -> int:
    """The absolute column of `day` at `zoom` (days since the epoch, per column, floored)."""
    return (day - EPOCH).days // ZOOM_LEVELS[zoom].days_per_column


@dataclass(frozen=True, slots=True)
class Window:
    """The part of time on screen: a zoom level and the absolute column at the left edge."""

    zoom: int
    """Index into `ZOOM_LEVELS`; 0 is the finest."""
    first_column: int
    """Absolute column shown in the leftmost cell."""

    def __post_init__(self) -> None:
        if not 0 <= self.zoom < len(ZOOM_LEVELS):
            raise ValueError(f"zoom level {self.zoom} does not exist")

    @property
    def level(self) -> ZoomLevel:
        return ZOOM_LEVELS[self.zoom]

    @property
    def first_day(self) -> date:
        return self.day_of(0)

    def column_of(self, day: date) -> int:
        """The column of `day` relative to the left edge (may be off screen)."""
        return absolute_column(day, self.zoom) - self.first_column

    def day_of(self, column: int) -> date:
        """The first day of a relative column."""
        return EPOCH + timedelta(days=(self.first_column + column) * self.level.days_per_column)

    def last_day(self, columns: int) -> date:
        """The last day shown when the window is `columns` wide."""
        return self.day_of(max(columns, 1)) - timedelta(days=1)

    @classmethod
    def showing(cls, day: date, zoom: int, column: int = 0) -> Window:
        """The window at `zoom` that shows `day` in relative column `column`."""
        return cls(zoom, absolute_column(day, zoom) - column)

    def clamped(self, columns: int) -> Window:
        """This window moved, if needed, so it shows no day before `EPOCH` or after `LAST_DAY`
        (when it is narrower than that whole range)."""
        lowest = 0
        highest = max(lowest, absolute_column(LAST_DAY, self.zoom) - max(columns, 1) + 1)
        first = min(max(self.first_column, lowest), highest)
        return self if first == self.first_column else Window(self.zoom, first)
