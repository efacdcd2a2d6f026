"""The steps of a seven-keys meeting, as pure functions over `Assessment`.

Contract: no function changes the assessment it is given. Each returns a new `Assessment`
(made with `msgspec.structs.replace`) with fresh lists where something changed; unchanged
nested parts may be shared with the input, so treat assessments as values. That makes every
step safe to run on the UI thread, easy to undo (keep the old value) and easy to save as a
draft after each key press.

Answers: a score is 1..5, "weet niet" an explicit `None`, and a participant without an entry
has not answered yet. Completion is about answers, so "weet niet" counts as answered.

A final assessment is read-only: scores, notes, participants and actions raise
`AssessmentReadOnly` until it is reopened. Only ticking an action done stays possible, because
follow-up happens weeks after the meeting and must not reopen what the meeting agreed.

Navigation state (which key, which participant) is not stored: `MeetingPosition` holds it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import msgspec

from rondom_tui.domain.assessment.scale import is_score
from rondom_tui.domain.errors import RondomError, ValidationError
from rondom_tui.domain.keys import KEY_NUMBERS, SEVEN_KEYS
from rondom_tui.domain.models import (
    Action,
    Assessment,
    AssessmentStatus,
    KeyScores,
    Participant,
    utc_now,
)

SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 20_000
"""The same limits as the model's `ShortText` and `LongText`, checked on every change because
msgspec checks them only when decoding."""

FIRST_KEY = min(KEY_NUMBERS)
LAST_KEY = max(KEY_NUMBERS)


class AssessmentReadOnly(RondomError):
    """A change to a final assessment; reopen it first."""

    message_id = "assessment.error.read_only"


class UnknownParticipant(RondomError):
    """A participant id that is not in this assessment."""

    message_id = "assessment.error.unknown_participant"


class UnknownAction(RondomError):
    """An action id that is not in this assessment."""

    message_id = "assessment.error.unknown_action"


# -- checks -----------------------------------------------------------------------------


def _require_draft(assessment: Assessment) -> None:
    if assessment.status is AssessmentStatus.FINAL:
        raise AssessmentReadOnly()


def _check_key(key: int) -> None:
    if key not in KEY_NUMBERS:
        raise ValidationError("assessment.error.key", field="key")


def _check_text(text: str, limit: int, field: str) -> str:
    if len(text) > limit:
        raise ValidationError("assessment.error.too_long", field=field, max=limit)
    return text


def _check_participant(assessment: Assessment, participant_id: str) -> None:
    if all(p.id != participant_id for p in assessment.participants):
        raise UnknownParticipant()


def _changed(assessment: Assessment, **fields: object) -> Assessment:
    return msgspec.structs.replace(assessment, updated_at=utc_now(), **fields)


def _all_keys(existing: Iterable[KeyScores] = ()) -> list[KeyScores]:
    """Seven `KeyScores`, one per key in order, reusing those that exist."""
    by_key = {ks.key: ks for ks in existing}
    return [by_key.get(k.number) or KeyScores(key=k.number) for k in SEVEN_KEYS]


def _with_key(assessment: Assessment, key: int, entry: KeyScores) -> Assessment:
    keys = [entry if ks.key == key else ks for ks in _all_keys(assessment.keys)]
    return _changed(assessment, keys=keys)


def _key_entry(assessment: Assessment, key: int) -> KeyScores:
    return next((ks for ks in assessment.keys if ks.key == key), KeyScores(key=key))


# -- starting ---------------------------------------------------------------------------


def start_assessment(
    held_on: date,
    *,
    case_id: str | None = None,
    label: str = "",
    facilitator: str = "",
    participants: Iterable[tuple[str, str]] = (),
    anonymous: bool = False,
) -> Assessment:
    """A new draft for a case (`case_id`) or a team or school (`label`), with all seven keys.

    `participants` are (label, role) pairs; either may be empty but not both.
    """
    if not case_id and not label.strip():
        raise ValidationError("assessment.error.subject", field="label")
    _check_text(label, SHORT_TEXT_MAX, "label")
    _check_text(facilitator, SHORT_TEXT_MAX, "facilitator")
    people = [_new_participant(name, role) for name, role in participants]
    return Assessment(
        case_id=case_id or None,
        label=label.strip(),
        held_on=held_on,
        facilitator=facilitator.strip(),
        participants=people,
        keys=_all_keys(),
        anonymous=anonymous,
    )


def _new_participant(label: str, role: str) -> Participant:
    label, role = label.strip(), role.strip()
    if not label and not role:
        raise ValidationError("assessment.error.participant_empty", field="participant")
    _check_text(label, SHORT_TEXT_MAX, "participant")
    _check_text(role, SHORT_TEXT_MAX, "role")
    return Participant(label=label, role=role)


def add_participant(assessment: Assessment, label: str, role: str = "") -> Assessment:
    """The assessment with one more participant, last in the list."""
    _require_draft(assessment)
    person = _new_participant(label, role)
    return _changed(assessment, participants=[*assessment.participants, person])


def remove_participant(assessment: Assessment, participant_id: str) -> Assessment:
    """The assessment without this participant and without their scores."""
    _require_draft(assessment)
    _check_participant(assessment, participant_id)
    people = [p for p in assessment.participants if p.id != participant_id]
    keys = [
        msgspec.structs.replace(
            ks, scores={pid: s for pid, s in ks.scores.items() if pid != participant_id}
        )
        for ks in _all_keys(assessment.keys)
    ]
    return _changed(assessment, participants=people, keys=keys)


# -- scoring ----------------------------------------------------------------------------


def set_score(
    assessment: Assessment, participant_id: str, key: int, score: int | None
) -> Assessment:
    """Record a participant's answer on a key: 1..5, or None for "weet niet"."""
    _require_draft(assessment)
    _check_key(key)
    _check_participant(assessment, participant_id)
    if score is not None and not is_score(score):
        raise ValidationError("assessment.error.score", field="score")
    entry = _key_entry(assessment, key)
    scores = {**entry.scores, participant_id: score}
    return _with_key(assessment, key, msgspec.structs.replace(entry, scores=scores))


def clear_score(assessment: Assessment, participant_id: str, key: int) -> Assessment:
    """Take back an answer: the participant has not answered this key again."""
    _require_draft(assessment)
    _check_key(key)
    _check_participant(assessment, participant_id)
    entry = _key_entry(assessment, key)
    scores = {pid: s for pid, s in entry.scores.items() if pid != participant_id}
    return _with_key(assessment, key, msgspec.structs.replace(entry, scores=scores))


def set_note(assessment: Assessment, key: int, note: str) -> Assessment:
    """Replace the shared note of a key."""
    _require_draft(assessment)
    _check_key(key)
    _check_text(note, LONG_TEXT_MAX, "note")
    entry = _key_entry(assessment, key)
    return _with_key(assessment, key, msgspec.structs.replace(entry, note=note))


# -- completion -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeyCompletion:
    """Who has not answered one key yet."""

    key: int
    unanswered: tuple[str, ...]
    """Participant ids, in participant order."""

    @property
    def complete(self) -> bool:
        return not self.unanswered


@dataclass(frozen=True, slots=True)
class Completion:
    """How far the meeting is: answers given out of answers expected."""

    keys: tuple[KeyCompletion, ...]
    answered: int
    expected: int

    @property
    def complete(self) -> bool:
        return self.answered == self.expected

    @property
    def incomplete_keys(self) -> tuple[int, ...]:
        return tuple(k.key for k in self.keys if not k.complete)


def completion(assessment: Assessment) -> Completion:
    """Which keys still lack answers, and from whom. "Weet niet" is an answer."""
    per_key = []
    for k in SEVEN_KEYS:
        given = _key_entry(assessment, k.number).scores
        missing = tuple(p.id for p in assessment.participants if p.id not in given)
        per_key.append(KeyCompletion(k.number, missing))
    expected = len(assessment.participants) * len(SEVEN_KEYS)
    answered = expected - sum(len(k.unanswered) for k in per_key)
    return Completion(tuple(per_key), answered, expected)


# -- finishing --------------------------------------------------------------------------


def finalise(assessment: Assessment) -> Assessment:
    """The assessment made final (read-only).

    Unanswered keys stay unanswered (the statistics count them as no score, like "weet
    niet"): the meeting may end before every key is discussed, and inventing answers would
    misstate it. The screen shows `completion` before asking to finish. At least one
    participant is needed: a final assessment nobody took part in says nothing.
    """
    if assessment.status is AssessmentStatus.FINAL:
        return assessment
    if not assessment.participants:
        raise ValidationError("assessment.error.no_participants", field="participants")
    return _changed(assessment, status=AssessmentStatus.FINAL, keys=_all_keys(assessment.keys))


def reopen(assessment: Assessment) -> Assessment:
    """A final assessment made a draft again, so it can be changed."""
    if assessment.status is AssessmentStatus.DRAFT:
        return assessment
    return _changed(assessment, status=AssessmentStatus.DRAFT)


# -- actions ----------------------------------------------------------------------------


def add_action(
    assessment: Assessment, key: int, text: str, *, owner: str = "", due: date | None = None
) -> Assessment:
    """The assessment with a new action (actiepunt) under `key`, last in the list."""
    text = _checked_action(assessment, key, text, owner)
    action = Action(key=key, text=text, owner=owner.strip(), due=due)
    return _changed(assessment, actions=[*assessment.actions, action])


def _checked_action(assessment: Assessment, key: int, text: str, owner: str) -> str:
    """The action text, stripped, after the checks every action change shares."""
    _require_draft(assessment)
    _check_key(key)
    text = text.strip()
    if not text:
        raise ValidationError("assessment.error.action_empty", field="text")
    _check_text(text, LONG_TEXT_MAX, "text")
    _check_text(owner, SHORT_TEXT_MAX, "owner")
    return text


def _replace_action(assessment: Assessment, action_id: str, **fields: object) -> Assessment:
    if all(a.id != action_id for a in assessment.actions):
        raise UnknownAction()
    actions = [
        msgspec.structs.replace(a, **fields) if a.id == action_id else a for a in assessment.actions
    ]
    return _changed(assessment, actions=actions)


def update_action(
    assessment: Assessment,
    action_id: str,
    *,
    key: int,
    text: str,
    owner: str = "",
    due: date | None = None,
) -> Assessment:
    """Replace an action's key, text, owner and due date (its done mark stays)."""
    text = _checked_action(assessment, key, text, owner)
    return _replace_action(assessment, action_id, key=key, text=text, owner=owner.strip(), due=due)


def set_action_done(assessment: Assessment, action_id: str, done: bool = True) -> Assessment:
    """Tick an action done (or not). Allowed on a final assessment: see the module notes."""
    return _replace_action(assessment, action_id, done=done)


def remove_action(assessment: Assessment, action_id: str) -> Assessment:
    """The assessment without this action."""
    _require_draft(assessment)
    if all(a.id != action_id for a in assessment.actions):
        raise UnknownAction()
    return _changed(assessment, actions=[a for a in assessment.actions if a.id != action_id])


def open_actions(assessments: Iterable[Assessment]) -> tuple[tuple[Assessment, Action], ...]:
    """Actions not yet done over several assessments (e.g. all of one case), oldest first."""
    ordered = sorted(assessments, key=lambda a: (a.held_on, a.created_at))
    return tuple((a, action) for a in ordered for action in a.actions if not action.done)


# -- moving through the meeting ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeetingPosition:
    """Where the meeting is: the key on screen and the participant whose turn it is."""

    key: int = FIRST_KEY
    participant: int = 0
    """Index into the assessment's participants."""

    def next_key(self) -> MeetingPosition:
        """The next key, first participant again; stays on the last key."""
        return MeetingPosition(min(self.key + 1, LAST_KEY), 0)

    def previous_key(self) -> MeetingPosition:
        """The previous key, first participant again; stays on the first key."""
        return MeetingPosition(max(self.key - 1, FIRST_KEY), 0)

    def next_participant(self, count: int) -> MeetingPosition:
        """The next participant of `count`; stays on the last one."""
        return MeetingPosition(self.key, max(0, min(self.participant + 1, count - 1)))

    def previous_participant(self) -> MeetingPosition:
        return MeetingPosition(self.key, max(0, self.participant - 1))

    @property
    def is_first_key(self) -> bool:
        return self.key == FIRST_KEY

    @property
    def is_last_key(self) -> bool:
        return self.key == LAST_KEY
