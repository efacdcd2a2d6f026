"""Pseudonymising a case for a case review (casusbespreking): pure, no I/O.

What happens to each field is fixed here and documented in docs/FORMAT.md (Case bundles):

- removed (emptied): the child's given and family name, the group (class), the parties' names
  and contact details, and who gave each consent;
- reduced: the date of birth keeps only its year (and its qualifier, e.g. "ca.");
- kept: the code (the child is shown by it), school, dates, lanes, categories, valence, keys,
  scores, statuses, party roles and consent scopes;
- flagged for manual review: every non-empty free-text field, because a name can hide in any
  sentence. Before flagging, the names that were removed are replaced where they occur word
  for word: the child's names by ``[<code>]``, a party's name by ``[<role>]``. That catches
  the obvious cases; a person still reads every flagged field before the bundle is used.

The input models are never changed; copies are returned.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from rondom_tui.domain.codec import from_document, to_document
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Assessment, Case, Event

T = TypeVar("T")

REMOVED_FIELDS = (
    "case.given_name",
    "case.family_name",
    "case.group",
    "case.parties[].name",
    "case.parties[].contact",
    "case.consents[].given_by",
)
"""Fields emptied by pseudonymisation."""
REDUCED_FIELDS = ("case.date_of_birth",)
"""Fields reduced to less precision (the year)."""
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
    "assessment.facilitator",
    "assessment.participants[].label",
    "assessment.keys[].note",
    "assessment.actions[].text",
    "assessment.actions[].owner",
)
"""Free-text fields kept but flagged for manual review (when not empty)."""

_UNKNOWN_ROLE = "[…]"
_MIN_TOKEN = 3


@dataclass(frozen=True, slots=True)
class FieldToReview:
    """A free-text field a person must read before the pseudonymised case is used."""

    record: str
    """``case``, ``event`` or ``assessment``."""
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

    def __repr__(self) -> str:
        return f"PseudonymisedCase(id={self.case.id!r})"


def pseudonymise_case(
    case: Case, events: list[Event], assessments: list[Assessment]
) -> PseudonymisedCase:
    """Pseudonymise one case and everything that belongs to it (see the module docstring)."""
    names = _NameReplacer(case)
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
        copy_a.facilitator = text("facilitator", copy_a.facilitator)
        for index, participant in enumerate(copy_a.participants):
            participant.label = text(f"participants[{index}].label", participant.label)
        for index, key in enumerate(copy_a.keys):
            key.note = text(f"keys[{index}].note", key.note)
        for index, action in enumerate(copy_a.actions):
            action.text = text(f"actions[{index}].text", action.text)
            action.owner = text(f"actions[{index}].owner", action.owner)
        out_assessments.append(copy_a)

    return PseudonymisedCase(
        case=out, events=out_events, assessments=out_assessments, to_review=flags
    )


class _NameReplacer:
    """Replaces the names removed from a case where they occur word for word in free text.

    Whole names (a full name, or a given or family name on its own) match regardless of
    case; parts of a longer name ("Voorbeeld" in "Jan Voorbeeld") only as written, capitalised.
    Anything shorter than three letters, or equal to a party's role ("Moeder"), is left
    alone: it is a word, not a name.
    """

    def __init__(self, case: Case) -> None:
        child = f"[{case.code}]" if case.code else _UNKNOWN_ROLE
        roles = {party.role.strip().lower() for party in case.parties if party.role.strip()}
        whole: dict[str, str] = {}
        parts: dict[str, str] = {}

        def add(name: str, placeholder: str) -> None:
            name = " ".join(name.split())
            if len(name) < _MIN_TOKEN or _normal(name) in roles:
                return  # too short to match safely, or a role ("moeder") rather than a name
            whole.setdefault(_normal(name), placeholder)
            for token in name.split(" "):
                if len(token) >= _MIN_TOKEN and token[0].isupper() and token.lower() not in roles:
                    parts.setdefault(token, placeholder)

        add(case.full_name, child)
        add(case.given_name, child)
        add(case.family_name, child)
        for party in case.parties:
            add(party.name, f"[{party.role.strip()}]" if party.role.strip() else _UNKNOWN_ROLE)
        for consent in case.consents:
            add(consent.given_by, _UNKNOWN_ROLE)
        self._whole = whole
        self._parts = parts
        self._whole_re = _alternation(whole, re.IGNORECASE)
        self._parts_re = _alternation(parts, 0)

    def replace(self, text: str) -> str:
        if self._whole_re is not None:
            text = self._whole_re.sub(lambda m: self._whole[_normal(m.group(0))], text)
        if self._parts_re is not None:
            text = self._parts_re.sub(lambda m: self._parts[m.group(0)], text)
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
