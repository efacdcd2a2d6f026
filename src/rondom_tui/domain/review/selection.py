"""Which cases, and which part of their history, a review looks at.

The rules, simple enough to say in a meeting:
- A case is selected by school, status and tag (an empty choice takes every value; of several
  tags one is enough). Schools and tags match without regard to capitals or extra spaces.
- A period runs from its first month to its last, both included; either end may be open.
- An event counts in the month of its anchor day (the middle of what its date may mean:
  ``2019`` counts in July 2019, ``~mrt 2019`` in March), so every event counts in one month
  only and the reviews of two adjacent periods add up. A waiting time counts in the month of
  its referral, a self-assessment in the month it was held.
- With a period, a selected case counts when something of it falls in the period (an event, a
  referral, a self-assessment); without one, every selected case counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rondom_tui.domain.errors import ValidationError
from rondom_tui.domain.models import CaseStatus
from rondom_tui.domain.review.facts import CaseFact
from rondom_tui.domain.review.months import Month
from rondom_tui.i18n.texts import translate


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(frozen=True, slots=True)
class Selection:
    """What a review covers. The default covers every case and all time."""

    schools: frozenset[str] = field(default_factory=frozenset)
    since: Month | None = None
    until: Month | None = None
    status: CaseStatus | None = None
    tags: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.since is not None and self.until is not None and self.since > self.until:
            raise ValidationError("review.selection.backwards")

    @property
    def has_period(self) -> bool:
        return self.since is not None or self.until is not None

    def takes_case(self, case: CaseFact) -> bool:
        if self.status is not None and case.status is not self.status:
            return False
        if self.schools and _folded(case.school) not in {_folded(s) for s in self.schools}:
            return False
        if self.tags:
            wanted = {_folded(t) for t in self.tags}
            return any(_folded(tag) in wanted for tag in case.tags)
        return True

    def takes_school(self, school: str) -> bool:
        """For extracts, whose units are schools."""
        return not self.schools or _folded(school) in {_folded(s) for s in self.schools}

    def in_period(self, month: Month) -> bool:
        return (self.since is None or month >= self.since) and (
            self.until is None or month <= self.until
        )

    def describe(self, *, lang: str) -> list[tuple[str, str]]:
        """(what, chosen) for the header of a review: schools, period, status, tags."""
        every = translate(lang, "review.selection.all")
        schools = ", ".join(sorted(self.schools)) or every
        return [
            (translate(lang, "review.selection.schools"), schools),
            (translate(lang, "review.selection.period"), self.period_text(lang=lang)),
            (
                translate(lang, "review.selection.status"),
                translate(lang, f"status.{self.status.value}") if self.status else every,
            ),
            (translate(lang, "review.selection.tags"), ", ".join(sorted(self.tags)) or every),
        ]

    def period_text(self, *, lang: str) -> str:
        """``mrt 2024 – dec 2024``, ``vanaf mrt 2024``, ``t/m dec 2024`` or ``alle tijd``."""
        if self.since and self.until:
            return translate(
                lang,
                "review.period.between",
                since=self.since.display(lang),
                until=self.until.display(lang),
            )
        if self.since:
            return translate(lang, "review.period.since", since=self.since.display(lang))
        if self.until:
            return translate(lang, "review.period.until", until=self.until.display(lang))
        return translate(lang, "review.period.all")
