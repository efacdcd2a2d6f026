"""Who or what an assessment is about, as the assessment screens show it.

Every assessment screen may end up on a projector, so they name a case by its code and hide
the child's names in free text (`domain.redact`). This module reads the case once and hands
the screens what they need: the words to show, the names to hide, the series of assessments
of the same case or team to compare with.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rondom_tui.domain.assessment.stats import previous_of, same_subject
from rondom_tui.domain.cases.redact import without_names
from rondom_tui.domain.models import Assessment, Case, Party
from rondom_tui.i18n import t
from rondom_tui.store.errors import NotFound
from rondom_tui.store.repository import Store


@dataclass(frozen=True, slots=True)
class Subject:
    """A case (by its code) or a team or school (by its label)."""

    case_id: str | None
    label: str
    """The team or school; empty for a case."""
    code: str
    """The case code; empty for a team."""
    names: tuple[str, ...] = field(default=(), repr=False)
    """The child's given and family name, to be kept off the screen."""
    full_name: str = field(default="", repr=False)
    """For exports without privacy only."""
    parties: tuple[Party, ...] = field(default=(), repr=False)
    """The case's parties: a private export names an action owner who is one by role."""

    @property
    def shown(self) -> str:
        """What the screens show: the code of a case, the label of a team."""
        if self.case_id is None:
            return self.label
        return self.code or t("assessment.export.case_without_code")

    def masked(self, assessment: Assessment) -> Assessment:
        """`assessment` for display: the child's names replaced by the case code."""
        return without_names(assessment, self.names, self.shown)


def case_subject(store: Store, case_id: str) -> Subject:
    """The subject of a case's assessments; `NotFound` when the case is gone."""
    case: Case = store.cases.get(case_id)
    names = tuple(n for n in (case.full_name, case.given_name, case.family_name) if n)
    return Subject(case.id, "", case.code, names, case.full_name, tuple(case.parties))


def team_subject(label: str) -> Subject:
    return Subject(None, label.strip(), "")


def subject_of(store: Store, assessment: Assessment) -> Subject:
    """The subject of `assessment` (a removed case shows as "case without a code")."""
    if assessment.case_id is None:
        return team_subject(assessment.label)
    try:
        return case_subject(store, assessment.case_id)
    except NotFound:
        return Subject(assessment.case_id, "", "")


def series_of(store: Store, assessment: Assessment) -> list[Assessment]:
    """All assessments of the same case or team, oldest first (including `assessment`)."""
    if assessment.case_id is not None:
        return store.assessments.for_case(assessment.case_id)
    return [a for a in store.assessments.list() if same_subject(a, assessment)]


def previous_in_store(store: Store, assessment: Assessment) -> Assessment | None:
    """The finished assessment of the same subject just before `assessment`, if any."""
    return previous_of(assessment, series_of(store, assessment))
