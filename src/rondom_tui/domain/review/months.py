"""Months: the finest grain of time a review shows or an extract holds.

A review never names a day: a selection runs from one month to another, an event counts in the
month of its anchor day, and a trend is drawn per quarter. `Month` is a plain value, ordered,
written ``2024-03`` (storage and the command line) or ``mrt 2024`` (people).
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from rondom_tui.domain.dates import MAX_YEAR, MIN_YEAR, MONTHS_EN_SHORT, MONTHS_NL_SHORT
from rondom_tui.domain.errors import ValidationError

_MONTH_TEXT = re.compile(r"^(\d{4})-(\d{1,2})$")


class Month(NamedTuple):
    """A calendar month; ordered as tuples are."""

    year: int
    month: int

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @classmethod
    def parse(cls, text: str) -> Month:
        """``2024-03`` (also ``2024-3``); raises `ValidationError` ``review.month.unreadable``."""
        match = _MONTH_TEXT.match(text.strip())
        if not match:
            raise ValidationError("review.month.unreadable")
        year, month = int(match.group(1)), int(match.group(2))
        if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
            raise ValidationError("review.month.unreadable")
        return cls(year, month)

    def iso(self) -> str:
        """``2024-03``."""
        return f"{self.year:04d}-{self.month:02d}"

    def display(self, lang: str) -> str:
        """``mrt 2024`` or ``Mar 2024``."""
        names = MONTHS_NL_SHORT if lang == "nl" else MONTHS_EN_SHORT
        return f"{names[self.month - 1]} {self.year}"

    @property
    def quarter(self) -> str:
        """``2024-Q1``: the grain of a trend."""
        return f"{self.year:04d}-Q{(self.month - 1) // 3 + 1}"


QUARTER_TEXT = re.compile(r"^\d{4}-Q[1-4]$")
"""What `Month.quarter` writes."""


def quarter_display(quarter: str, lang: str) -> str:
    """``2024-Q1`` as people write it: ``K1 2024`` in Dutch, ``Q1 2024`` in English."""
    year, number = quarter.split("-Q")
    return f"{'K' if lang == 'nl' else 'Q'}{number} {year}"
