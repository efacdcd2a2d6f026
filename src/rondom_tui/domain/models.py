"""The case file's data model: cases, timeline events, assessments and audit entries.

Every model is a `msgspec.Struct` that refuses unknown fields, so stored documents and bundles
are decoded straight into typed values (see `domain.codec`). `__repr__` and `__rich_repr__`
show identifiers only: a model printed in a log line or a traceback never shows a person's data.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any

import msgspec

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.names import full_name
from rondom_tui.domain.text import LINE_PATTERN, TEXT_PATTERN

# Text fields refuse control and bidi characters when decoded (a bundle, the store, the
# repository's check before a write): the one cleaning rule of `domain.text`.
LINE_MAX = 200
"""The longest one-line text (`ShortText`, `Ident`)."""
CODE_MAX = 16
CODE_PATTERN = r"^[A-Za-z0-9-]*$"
"""A case code's characters (`CaseCode`)."""
ShortText = Annotated[str, msgspec.Meta(max_length=LINE_MAX, pattern=LINE_PATTERN)]
"""One line of text: a name, a school, a title."""
LongText = Annotated[str, msgspec.Meta(max_length=20_000, pattern=TEXT_PATTERN)]
"""A free text of several lines: a question, a note."""
Ident = Annotated[str, msgspec.Meta(max_length=LINE_MAX, pattern=LINE_PATTERN)]
"""A record's id (uuid4 when made here; a bundle's are checked more strictly on import)."""
KeyNumber = Annotated[int, msgspec.Meta(ge=1, le=7)]
CaseCode = Annotated[str, msgspec.Meta(max_length=CODE_MAX, pattern=CODE_PATTERN)]
"""A case code such as K-7F3A: letters, digits and dashes only (it is shown everywhere)."""


def new_id() -> str:
    """A fresh random identifier (uuid4, as text)."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """Now, in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


class Model(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Base of every stored model: hides its content from repr."""

    def __repr__(self) -> str:
        ident = getattr(self, "id", None)
        return f"{type(self).__name__}(id={ident!r})" if ident else f"{type(self).__name__}(…)"

    def __rich_repr__(self) -> list[tuple[str, Any]]:
        ident = getattr(self, "id", None)
        return [("id", ident)] if ident else []


# -- cases ------------------------------------------------------------------------------


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ConsentScope(StrEnum):
    """What parents agreed to."""

    EXCHANGE = "exchange"
    """Information may be exchanged with the parties involved."""
    TRANSFER = "transfer"
    """The case file may be handed over to another school or organisation."""
    REVIEW = "review"
    """The case may be discussed, pseudonymised, in a case review."""
    OTHER = "other"


SHARING_SCOPES = frozenset({ConsentScope.EXCHANGE, ConsentScope.TRANSFER})
"""Scopes that cover handing the case to a colleague elsewhere."""


class GoalStatus(StrEnum):
    OPEN = "open"
    ACTIVE = "active"
    ACHIEVED = "achieved"
    STOPPED = "stopped"


class Party(Model, kw_only=True):
    """Someone involved around the child: a parent, a teacher, a youth-care worker."""

    role: ShortText = ""
    name: ShortText = ""
    organisation: ShortText = ""
    contact: ShortText = ""


class Consent(Model, kw_only=True):
    """A consent given by a parent or guardian."""

    given_by: ShortText = ""
    given_on: date | None = None
    scope: ConsentScope = ConsentScope.EXCHANGE
    until: date | None = None
    note: ShortText = ""

    def covers_sharing(self, on: date) -> bool:
        """True when this consent allows handing the case over on `on`."""
        if self.scope not in SHARING_SCOPES:
            return False
        if self.given_on is not None and self.given_on > on:
            return False
        return self.until is None or self.until >= on


class Goal(Model, kw_only=True):
    """A goal in the child's plan, linked to the keys it bears on."""

    text: LongText = ""
    keys: list[KeyNumber] = msgspec.field(default_factory=list)
    status: GoalStatus = GoalStatus.OPEN


class Case(Model, kw_only=True):
    """One child's case file."""

    id: Ident = msgspec.field(default_factory=new_id)
    code: CaseCode = ""
    given_name: ShortText = ""
    family_name: ShortText = ""
    date_of_birth: PartialDate | None = None
    school: ShortText = ""
    group: ShortText = ""
    status: CaseStatus = CaseStatus.OPEN
    opened_on: date | None = None
    closed_on: date | None = None
    question: LongText = ""
    parties: list[Party] = msgspec.field(default_factory=list)
    consents: list[Consent] = msgspec.field(default_factory=list)
    goals: list[Goal] = msgspec.field(default_factory=list)
    retention_until: date | None = None
    tags: list[ShortText] = msgspec.field(default_factory=list)
    created_at: datetime = msgspec.field(default_factory=utc_now)
    updated_at: datetime = msgspec.field(default_factory=utc_now)
    revision: int = 0

    @property
    def full_name(self) -> str:
        """``Liv de Ruiter`` (Dutch name rules: `domain/names.py`)."""
        return full_name(self.given_name, self.family_name)

    def has_sharing_consent(self, on: date) -> bool:
        """True when a recorded consent covers handing this case over on `on`."""
        return any(c.covers_sharing(on) for c in self.consents)


# -- timeline events --------------------------------------------------------------------


class Lane(StrEnum):
    """The rows of the Tijdlijn, in display order."""

    KIND = "kind"
    GEZIN = "gezin"
    SCHOOL = "school"
    JEUGDHULP = "jeugdhulp"
    BESTAANSZEKERHEID = "bestaanszekerheid"
    OVERIG = "overig"


class Category(StrEnum):
    LIFE_EVENT = "life_event"
    SCHOOL_CHANGE = "school_change"
    REFERRAL = "referral"
    WAITING = "waiting"
    HELP_STARTED = "help_started"
    HELP_ENDED = "help_ended"
    MEETING = "meeting"
    PLAN = "plan"
    EVALUATION = "evaluation"
    INCIDENT = "incident"
    OBSERVATION = "observation"
    OTHER = "other"


# Valence: +1 bevorderend (promoting), -1 belemmerend (hindering), 0 neutraal.
PROMOTING = 1
HINDERING = -1
NEUTRAL = 0
ValenceValue = Annotated[int, msgspec.Meta(ge=-1, le=1)]


class Event(Model, kw_only=True):
    """Something in the child's life, placed on the timeline: a point or a period."""

    id: Ident = msgspec.field(default_factory=new_id)
    case_id: Ident = ""
    lane: Lane = Lane.OVERIG
    category: Category = Category.OTHER
    title: ShortText = ""
    note: LongText = ""
    start: PartialDate
    end: PartialDate | None = None
    ongoing: bool = False
    """A period that has not ended: drawn from `start` to today."""
    valence: ValenceValue = NEUTRAL
    keys: list[KeyNumber] = msgspec.field(default_factory=list)
    source: ShortText = ""
    disputed: bool = False
    created_at: datetime = msgspec.field(default_factory=utc_now)
    updated_at: datetime = msgspec.field(default_factory=utc_now)

    @property
    def is_period(self) -> bool:
        return self.end is not None or self.ongoing

    def period_problem(self) -> str | None:
        """Why this event's period cannot be (a message id), or None."""
        return period_problem(self.start, self.end, self.ongoing)


def period_problem(start: PartialDate | None, end: PartialDate | None, ongoing: bool) -> str | None:
    """The end may not lie wholly before the start; an ongoing period has no end. Returns the
    message id of what is wrong, or None (the event form and a bundle's import both ask).

    Uncertain dates are compared by the days they may stand for, so ``2020`` to ``03-2020``
    is fine, but ``01-2020`` to ``~2018`` is not."""
    if end is not None and ongoing:
        return "timeline.event.end_and_ongoing"
    if start is not None and end is not None and end.latest() < start.earliest():
        return "timeline.event.end_before_start"
    return None


# -- seven-keys self-assessment ---------------------------------------------------------


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class Participant(Model, kw_only=True):
    """Someone who scores in an assessment (a name or just a role)."""

    id: Ident = msgspec.field(default_factory=new_id)
    label: ShortText = ""
    role: ShortText = ""


Score = Annotated[int, msgspec.Meta(ge=1, le=5)]


class KeyScores(Model, kw_only=True):
    """The scores and shared note for one key. A missing or None score is "weet niet"."""

    key: KeyNumber
    scores: dict[Ident, Score | None] = msgspec.field(default_factory=dict)
    note: LongText = ""


class Action(Model, kw_only=True):
    """An agreed action (actiepunt) under a key."""

    id: Ident = msgspec.field(default_factory=new_id)
    key: KeyNumber
    text: LongText = ""
    owner: ShortText = ""
    due: date | None = None
    done: bool = False


class Assessment(Model, kw_only=True):
    """A seven-keys self-assessment of a case's collaboration, or of a team or school."""

    id: Ident = msgspec.field(default_factory=new_id)
    case_id: Ident | None = None
    label: ShortText = ""
    """The team or school assessed when there is no case."""
    held_on: date
    facilitator: ShortText = ""
    participants: list[Participant] = msgspec.field(default_factory=list)
    keys: list[KeyScores] = msgspec.field(default_factory=list)
    actions: list[Action] = msgspec.field(default_factory=list)
    anonymous: bool = False
    status: AssessmentStatus = AssessmentStatus.DRAFT
    created_at: datetime = msgspec.field(default_factory=utc_now)
    updated_at: datetime = msgspec.field(default_factory=utc_now)


# -- audit ------------------------------------------------------------------------------


class AuditAction(StrEnum):
    OPEN = "open"
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    EXPORT = "export"
    IMPORT = "import"
    PASSWD = "passwd"
    LOCK = "lock"
    ERASE = "erase"
    """A case erased for good (its retention ended): the entry keeps its code, nothing else."""
    RESTORE = "restore"


class AuditEntry(Model, kw_only=True):
    """Who did what to which case, when. Never content."""

    at: datetime = msgspec.field(default_factory=utc_now)
    user: ShortText = ""
    action: AuditAction
    case_id: Ident | None = None
    detail: ShortText = ""
    """A fixed code without case data, e.g. ``consent=yes``."""
    host: ShortText = ""
    """The computer the action came from (entries written before it was recorded have none)."""
