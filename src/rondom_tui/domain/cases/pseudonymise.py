"""Pseudonymising a case for a case review (casusbespreking): pure, no I/O.

What happens to each field is fixed here and documented in docs/FORMAT.md (Case bundles):

- removed (emptied): every field that holds a person's name or contact: the child's given and
  family name, the group (class), the parties' names and contact details, who gave each
  consent, an assessment's facilitator and its participants' names (labels);
- reduced: the date of birth keeps only its year (and its qualifier, e.g. "ca."); an action's
  owner keeps only a role: ``[<role>]`` when the owner is a participant or party of the case,
  the owner as typed when it is one of their roles ("leerkracht"), else nothing;
- kept: the code (the child is shown by it), school, dates, lanes, categories, valence, keys,
  scores, statuses, party and participant roles and consent scopes;
- flagged for manual review: every non-empty free-text field, because a name can hide in any
  sentence. Before flagging, the names that were removed are replaced where they occur word
  for word: the child's names by ``[<code>]``, a party's or participant's name by ``[<role>]``,
  other removed names (the facilitator, an owner) by ``[…]``. Roles get the same replacement.
  That catches the obvious cases; a person still reads every flagged field before the bundle
  is used.

The input models are never changed; copies are returned.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from rondom_tui.domain.codec import from_document, to_document
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.links import Link
from rondom_tui.domain.models import Assessment, Case, Event
from rondom_tui.domain.plan.models import PlanItem, PlanVersion

T = TypeVar("T")

REMOVED_FIELDS = (
    "case.given_name",
    "case.family_name",
    "case.group",
    "case.parties[].name",
    "case.parties[].contact",
    "case.consents[].given_by",
    "assessment.facilitator",
    "assessment.participants[].label",
)
"""Fields emptied by pseudonymisation: every field that holds a person's name or contact."""
REDUCED_FIELDS = ("case.date_of_birth", "assessment.actions[].owner")
"""Fields reduced to less precision: the year of birth; an action owner's role."""
FLAGGED_FIELDS = (
    "case.question",
    "case.goals[].text",
    "case.parties[].organisation",
    "case.consents[].note",
    "case.tags[]",
    "event.title",
    "event.note",
    "event.source",
    "assessment.label",
    "assessment.keys[].note",
    "assessment.actions[].text",
    "link.wording",
    "plan.goal",
    "plan.action",
    "plan.by_whom",
    "plan.parents_view",
    "plan_version.items[].goal",
    "plan_version.items[].action",
    "plan_version.items[].by_whom",
    "plan_version.items[].parents_view",
)
"""Free-text fields kept but flagged for manual review (when not empty)."""

_UNKNOWN_ROLE = "[…]"
_MIN_TOKEN = 3


@dataclass(frozen=True, slots=True)
class FieldToReview:
    """A free-text field a person must read before the pseudonymised case is used."""

    record: str
    """``case``, ``event``, ``assessment``, ``link``, ``plan`` or ``plan_version``."""
    id: str
    """The record's id."""
    field: str
    """The path inside the record: ``question``, ``goals[0].text``, ``actions[1].owner``."""


@dataclass(frozen=True, slots=True)
class PseudonymisedCase:
    """A case with its events and assessments, pseudonymised, and what to review."""

    case: Case
    events: list[Event]
    assessments: list[Assessment]
    to_review: list[FieldToReview]
    links: list[Link] = field(default_factory=list)
    plans: list[PlanItem] = field(default_factory=list)
    plan_versions: list[PlanVersion] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"PseudonymisedCase(id={self.case.id!r})"


PLAN_TEXTS = ("goal", "action", "by_whom", "parents_view")
"""The free texts of a plan item, flagged like every other free text."""


def pseudonymise_case(
    case: Case,
    events: list[Event],
    assessments: list[Assessment],
    *,
    links: Sequence[Link] = (),
    plans: Sequence[PlanItem] = (),
    plan_versions: Sequence[PlanVersion] = (),
) -> PseudonymisedCase:
    """Pseudonymise one case and everything that belongs to it (see the module docstring)."""
    names = _NameReplacer(case, assessments)
    flags: list[FieldToReview] = []

    def review(record: str, ident: str) -> Callable[[str, str], str]:
        def flag(field: str, value: str) -> str:
            if not value.strip():
                return value
            flags.append(FieldToReview(record=record, id=ident, field=field))
            return names.replace(value)

        return flag

    out = _copy(case, Case)
    out.given_name = out.family_name = out.group = ""
    if out.date_of_birth is not None:
        born = out.date_of_birth
        out.date_of_birth = PartialDate(born.year, qualifier=born.qualifier)
    text = review("case", out.id)
    out.question = text("question", out.question)
    for index, goal in enumerate(out.goals):
        goal.text = text(f"goals[{index}].text", goal.text)
    for index, party in enumerate(out.parties):
        party.name = party.contact = ""
        party.role = names.replace(party.role)
        party.organisation = text(f"parties[{index}].organisation", party.organisation)
    for index, consent in enumerate(out.consents):
        consent.given_by = ""
        consent.note = text(f"consents[{index}].note", consent.note)
    out.tags = [text(f"tags[{index}]", tag) for index, tag in enumerate(out.tags)]

    out_events = []
    for event in events:
        copy = _copy(event, Event)
        text = review("event", copy.id)
        copy.title = text("title", copy.title)
        copy.note = text("note", copy.note)
        copy.source = text("source", copy.source)
        out_events.append(copy)

    out_assessments = []
    for assessment in assessments:
        copy_a = _copy(assessment, Assessment)
        text = review("assessment", copy_a.id)
        copy_a.label = text("label", copy_a.label)
        copy_a.facilitator = ""
        for participant in copy_a.participants:
            participant.label = ""
            participant.role = names.replace(participant.role)
        for index, key in enumerate(copy_a.keys):
            key.note = text(f"keys[{index}].note", key.note)
        for index, action in enumerate(copy_a.actions):
            action.text = text(f"actions[{index}].text", action.text)
            action.owner = names.owner(action.owner)
        out_assessments.append(copy_a)

    out_links = []
    for link in links:
        copy_l = _copy(link, Link)
        copy_l.wording = review("link", copy_l.id)("wording", copy_l.wording)
        out_links.append(copy_l)

    def plan_texts(item: PlanItem, text: Callable[[str, str], str], prefix: str) -> None:
        for name in PLAN_TEXTS:
            setattr(item, name, text(f"{prefix}{name}", getattr(item, name)))

    out_plans = []
    for item in plans:
        copy_p = _copy(item, PlanItem)
        plan_texts(copy_p, review("plan", copy_p.id), "")
        out_plans.append(copy_p)
    out_versions = []
    for version in plan_versions:
        copy_v = _copy(version, PlanVersion)
        text = review("plan_version", copy_v.id)
        for index, kept in enumerate(copy_v.items):
            plan_texts(kept, text, f"items[{index}].")
        out_versions.append(copy_v)

    return PseudonymisedCase(
        case=out,
        events=out_events,
        assessments=out_assessments,
        to_review=flags,
        links=out_links,
        plans=out_plans,
        plan_versions=out_versions,
    )


class _NameReplacer:
    """Replaces the names removed from a case where they occur word for word in free text.

    The names are the child's, the parties' and participants' (shown as ``[<role>]``), and
    those of whoever gave a consent, facilitated an assessment or owns an action without being
    a participant or party (``[…]``). Roles are kept, but one may hold a name ("moeder van
    Sanne"): placeholders are made from roles whose names were replaced already, so a name never
    comes back inside the brackets.
    """

    def __init__(self, case: Case, assessments: list[Assessment]) -> None:
        people = [(party.name, party.role) for party in case.parties]
        people += [(p.label, p.role) for a in assessments for p in a.participants]
        self._roles = {_normal(role) for _, role in people if role.strip()}
        others = [consent.given_by for consent in case.consents]
        others += [a.facilitator for a in assessments]
        others += [
            action.owner
            for a in assessments
            for action in a.actions
            if _normal(action.owner) not in self._roles
        ]
        child = f"[{case.code}]" if case.code else _UNKNOWN_ROLE
        children = (case.full_name, case.given_name, case.family_name)

        bare = _Names(self._roles)  # only to take names out of roles
        for name in children:
            bare.add(name, child)
        for name in [name for name, _ in people] + others:
            bare.add(name, _UNKNOWN_ROLE)
        self._bare = bare

        names = _Names(self._roles)
        for name in children:
            names.add(name, child)
        for name, role in people:
            names.add(name, f"[{bare.replace(role.strip())}]" if role.strip() else _UNKNOWN_ROLE)
        for name in others:
            names.add(name, _UNKNOWN_ROLE)
        self._names = names

    def replace(self, text: str) -> str:
        return self._names.replace(text)

    def owner(self, owner: str) -> str:
        """An action's owner reduced to a role: ``[<role>]`` for a participant or party (the
        child's code for the child), the owner as typed (names replaced) when it is a role,
        else nothing."""
        known = self._names.placeholder(owner)
        if known is not None:
            return "" if known == _UNKNOWN_ROLE else known
        if _normal(owner) in self._roles:
            return self._bare.replace(owner)
        return ""


class _Names:
    """Names to replace, each by its placeholder.

    Whole names (a full name, or a given or family name on its own) match regardless of
    case; parts of a longer name ("Voorbeeld" in "Jan Voorbeeld") only as written, capitalised.
    Anything shorter than three letters, or equal to a role ("Moeder"), is left alone: it is a
    word, not a name. The first placeholder given for a name wins.
    """

    def __init__(self, roles: set[str]) -> None:
        self._roles = roles
        self._whole: dict[str, str] = {}
        self._parts: dict[str, str] = {}
        self._patterns: tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None = None

    def add(self, name: str, placeholder: str) -> None:
        name = " ".join(name.split())
        if len(name) < _MIN_TOKEN or _normal(name) in self._roles:
            return  # too short to match safely, or a role ("moeder") rather than a name
        self._whole.setdefault(_normal(name), placeholder)
        for token in name.split(" "):
            if len(token) >= _MIN_TOKEN and token[0].isupper() and token.lower() not in self._roles:
                self._parts.setdefault(token, placeholder)
        self._patterns = None

    def placeholder(self, name: str) -> str | None:
        """The placeholder of `name` as a whole name, or None when it is not one."""
        return self._whole.get(_normal(name))

    def replace(self, text: str) -> str:
        if self._patterns is None:
            self._patterns = (
                _alternation(self._whole, re.IGNORECASE),
                _alternation(self._parts, 0),
            )
        whole, parts = self._patterns
        if whole is not None:
            text = whole.sub(lambda m: self._whole[_normal(m.group(0))], text)
        if parts is not None:
            text = parts.sub(lambda m: self._parts[m.group(0)], text)
        return text


def _normal(name: str) -> str:
    return " ".join(name.lower().split())


def _alternation(names: dict[str, str], flags: int) -> re.Pattern[str] | None:
    if not names:
        return None
    ordered = sorted(names, key=len, reverse=True)
    body = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


def _copy(model: T, kind: type[T]) -> T:
    return from_document(to_document(model), kind)  # type: ignore[arg-type]
