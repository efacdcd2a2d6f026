"""What an exported assessment says, decided once for every output format.

`build_report` turns an assessment into a `Report` of plain, already translated strings;
`assessment_export` only lays it out as Markdown, HTML or CSV. The privacy decisions live here,
so no format can forget one:

- privacy on: the case shows as its code, never the child's name, also where someone typed the
  child's given, family or full name into a note, an action, a participant or a role (they
  become the code, as on the meeting screen); participants show as their role (or
  "deelnemer 2"); the facilitator is left out; an action owner who is a participant or one of
  the case's parties shows as that role, any other owner as "naam weggelaten"; a notice asks to
  check free text (notes, actions), which may still name other people.
- anonymous assessment: per key only the distribution of scores, never who gave which, and
  only the number of participants, not their names or roles.

"Spreiding" (spread) means one thing everywhere, as on the summary screen: the highest score
minus the lowest. The population standard deviation is exported too, under its own name.
An action not done by its due date is flagged (`domain/assessment/overdue.py`), judged on
`ReportOptions.today`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import msgspec

from rondom_tui.domain.assessment.bars import change_text, summary_lines
from rondom_tui.domain.assessment.overdue import is_overdue, overdue_mark
from rondom_tui.domain.assessment.scale import SCALE_VALUES, anchor_label, format_number
from rondom_tui.domain.assessment.stats import (
    Answer,
    AssessmentSummary,
    KeyStats,
    compare,
    summarise,
)
from rondom_tui.domain.cases.redact import hide_names, without_names
from rondom_tui.domain.dates import format_day
from rondom_tui.domain.keys import key_by_number
from rondom_tui.domain.models import Action, Assessment, AssessmentStatus, Participant, Party
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.domain.plan.words import describe_period
from rondom_tui.i18n.texts import translate


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """Choices for one export."""

    privacy: bool = False
    """Case code instead of the child's name, roles instead of people's names."""
    case_code: str = ""
    """The case's pseudonym, e.g. ``K-7F3A``."""
    case_name: str = field(default="", repr=False)
    """The child's name; shown only when `privacy` is off."""
    child_names: tuple[str, ...] = field(default=(), repr=False)
    """The child's given, family and full name: with `privacy` each becomes the case code
    wherever it was typed (notes, actions, participants)."""
    parties: tuple[Party, ...] = field(default=(), repr=False)
    """The case's parties: with `privacy` an action owner who is one of them shows as the
    party's role."""
    today: date | None = None
    """The day by which overdue actions are judged; None flags none."""
    ascii: bool = False
    """Bars, arrows and marks in plain ASCII."""
    bar_width: int = 80
    """Columns of the text bars."""
    plan: tuple[PlanItem, ...] = field(default=(), repr=False)
    """The case's plan: each key lists the items that serve it (names hidden as above)."""


@dataclass(frozen=True, slots=True)
class ReportKey:
    """One key's section."""

    number: int
    title: str
    description: str
    mean: str
    low_high: str
    """e.g. ``2–5``, empty without scores."""
    spread: str
    """Highest minus lowest score (``3``), as on screen; ``–`` without scores."""
    stdev: str
    """The standard deviation (``1,2``), named so, never "spreiding"."""
    dont_know: int
    """Answers "weet niet"."""
    missing: int
    """Participants who have not answered yet."""
    disagreement: bool
    change: str
    """e.g. ``▲ +0,5``; empty without a previous assessment."""
    answers: tuple[tuple[str, str], ...] = field(repr=False)
    """(who, answer) pairs, or (score anchor, count) pairs in anonymous mode."""
    note: str = field(repr=False)
    plan: tuple[str, ...] = field(default=(), repr=False)
    """The plan items that serve this key: goal, period, evaluation, one line each."""


@dataclass(frozen=True, slots=True)
class ReportAction:
    key: int
    key_title: str
    text: str = field(repr=False)
    owner: str = field(repr=False)
    due: str
    done: bool
    overdue: str
    """``⚠ te laat`` when not done by its due date, else empty."""


@dataclass(frozen=True, slots=True)
class Report:
    """Everything an export shows, as translated plain strings."""

    title: str
    facts: tuple[tuple[str, str], ...] = field(repr=False)
    """(label, value) lines under the title: subject, date, facilitator, participants..."""
    keys: tuple[ReportKey, ...]
    strongest: str
    weakest: str
    disagreements: str
    bars: tuple[str, ...]
    actions: tuple[ReportAction, ...]
    notices: tuple[str, ...]
    """Sentences to show before the content (anonymous mode, privacy check)."""
    anonymous: bool
    lang: str
    """The language every string above is in."""


def participant_name(person: Participant, number: int, *, privacy: bool, lang: str) -> str:
    """How a participant is named in an export. `number` counts from 1."""
    if privacy:
        return person.role or translate(lang, "assessment.participant.numbered", n=number)
    if person.label and person.role:
        return f"{person.label} ({person.role})"
    return (
        person.label or person.role or translate(lang, "assessment.participant.numbered", n=number)
    )


def _same_words(a: str, b: str) -> bool:
    return bool(a.strip()) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def owner_name(
    owner: str,
    participants: list[Participant],
    *,
    parties: tuple[Party, ...] = (),
    privacy: bool,
    lang: str,
) -> str:
    """An action owner; with privacy only a role, never a name typed as free text: the role of
    the participant or the case's party the owner names (or is the role of), else "naam
    weggelaten"."""
    if not privacy or not owner:
        return owner
    people = [(p.label, p.role) for p in participants] + [(p.name, p.role) for p in parties]
    for name, role in people:
        if _same_words(name, owner) and role.strip():
            return role
        if _same_words(role, owner):
            return role
    return translate(lang, "assessment.export.name_withheld")


def subject_text(assessment: Assessment, options: ReportOptions, *, lang: str) -> str:
    """The case (code, plus the name when privacy is off) or the team or school."""
    if assessment.case_id is None or options.privacy or not options.case_name:
        return subject_code(assessment, options, lang=lang)
    if options.case_code:
        return f"{options.case_name} ({options.case_code})"
    return options.case_name


def subject_code(assessment: Assessment, options: ReportOptions, *, lang: str) -> str:
    """The case code (never the child's name) or the team or school: which subject a row is."""
    if assessment.case_id is None:
        return assessment.label
    return options.case_code or translate(lang, "assessment.export.case_without_code")


def _plan_lines(
    assessment: Assessment, options: ReportOptions, key: int, *, lang: str
) -> tuple[str, ...]:
    """The items of `options.plan` that serve `key`, one line each; with privacy the child's
    names replaced by the case code, as in the notes."""
    lines = []
    for item in options.plan:
        if key in item.keys:
            goal = item.goal.splitlines()[0] if item.goal.strip() else "…"
            lines.append(" · ".join(p for p in (goal, describe_period(item, lang=lang)) if p))
    if not options.privacy:
        return tuple(lines)
    names, code = (
        (*options.child_names, options.case_name),
        subject_code(assessment, options, lang=lang),
    )
    return tuple(hide_names(line, names, code) for line in lines)


def private_view(assessment: Assessment, options: ReportOptions, *, lang: str) -> Assessment:
    """`assessment` as an export shows it: with privacy, the child's names in every typed text
    (participants, roles, notes, actions) replaced by the case code (a case without a code by
    the words for that, in `lang`), and each action's owner as `shown_owner` names it; else
    unchanged."""
    if not options.privacy:
        return assessment
    names = (*options.child_names, options.case_name)
    shown = without_names(assessment, names, subject_code(assessment, options, lang=lang))
    owners = [shown_owner(a, assessment, options, lang=lang) for a in assessment.actions]
    actions = [
        msgspec.structs.replace(action, owner=owner)
        for action, owner in zip(shown.actions, owners, strict=True)
    ]
    return msgspec.structs.replace(shown, actions=actions)


def shown_owner(
    action: Action, assessment: Assessment, options: ReportOptions, *, lang: str
) -> str:
    """The owner of `action` (one of `assessment`'s, as typed) as an export shows it: with
    privacy the role of the participant or party the owner names (the child's names in that
    role replaced by the case code), else "naam weggelaten"; without privacy as typed.

    The owner is looked up as typed, before the child's names are taken out: a parent who shares
    the child's family name must still be found among the parties."""
    if not options.privacy:
        return action.owner
    role = owner_name(
        action.owner, assessment.participants, parties=options.parties, privacy=True, lang=lang
    )
    names = (*options.child_names, options.case_name)
    return hide_names(role, names, subject_code(assessment, options, lang=lang))


def _answers(
    assessment: Assessment, stats: KeyStats, privacy: bool, lang: str
) -> tuple[tuple[str, str], ...]:
    if assessment.anonymous:
        counts = [
            (f"{value} – {anchor_label(value, lang=lang)}", str(stats.distribution[i]))
            for i, value in enumerate(SCALE_VALUES)
        ]
        counts.append((anchor_label(None, lang=lang), str(stats.dont_know)))
        counts.append((translate(lang, "assessment.answer.missing"), str(stats.missing)))
        return tuple(counts)
    rows = []
    for number, (person, answer) in enumerate(
        zip(assessment.participants, stats.by_participant, strict=True), start=1
    ):
        if answer.answer is Answer.SCORED:
            text = f"{answer.score} – {anchor_label(answer.score, lang=lang)}"
        elif answer.answer is Answer.DONT_KNOW:
            text = anchor_label(None, lang=lang)
        else:
            text = translate(lang, "assessment.answer.missing")
        rows.append((participant_name(person, number, privacy=privacy, lang=lang), text))
    return tuple(rows)


def _key_list(numbers: tuple[int, ...], lang: str) -> str:
    if not numbers:
        return translate(lang, "assessment.export.none")
    return "; ".join(f"{n}. {key_by_number(n).title(lang)}" for n in numbers)


def _facts(
    assessment: Assessment, summary: AssessmentSummary, options: ReportOptions, lang: str
) -> tuple[tuple[str, str], ...]:
    subject_label = "assessment.export.case" if assessment.case_id else "assessment.export.team"
    facts = [
        (translate(lang, subject_label), subject_text(assessment, options, lang=lang)),
        (translate(lang, "assessment.export.held_on"), format_day(assessment.held_on)),
    ]
    if assessment.facilitator and not options.privacy:
        facts.append((translate(lang, "assessment.export.facilitator"), assessment.facilitator))
    # Anonymous: only how many took part; with one participant or one "ouder", a list of
    # names or roles next to the distribution would say who gave which score.
    people = str(summary.participants)
    if assessment.participants and not assessment.anonymous:
        people += ": " + ", ".join(
            participant_name(p, i, privacy=options.privacy, lang=lang)
            for i, p in enumerate(assessment.participants, start=1)
        )
    facts.append((translate(lang, "assessment.export.participants"), people))
    status = "final" if assessment.status is AssessmentStatus.FINAL else "draft"
    facts.append(
        (
            translate(lang, "assessment.export.status"),
            translate(lang, f"assessment.status.{status}"),
        )
    )
    facts.append(
        (
            translate(lang, "assessment.export.overall"),
            format_number(summary.overall_mean, lang=lang),
        )
    )
    return tuple(facts)


def build_report(
    assessment: Assessment,
    options: ReportOptions | None = None,
    *,
    previous: Assessment | None = None,
    lang: str,
) -> Report:
    """The export content of `assessment` in `lang`, compared with `previous` when given."""
    options = options or ReportOptions()
    assessment = private_view(assessment, options, lang=lang)
    summary = summarise(assessment)
    changes = compare(summary, summarise(previous)) if previous is not None else None
    keys = []
    for stats in summary.keys:
        key = key_by_number(stats.key)
        change = changes[stats.key - 1] if changes else None
        keys.append(
            ReportKey(
                number=stats.key,
                title=key.title(lang),
                description=key.description(lang),
                mean=format_number(stats.mean, lang=lang),
                low_high=(f"{stats.minimum}–{stats.maximum}" if stats.minimum is not None else ""),
                spread="–" if stats.spread is None else str(stats.spread),
                stdev=format_number(stats.stdev, lang=lang),
                dont_know=stats.dont_know,
                missing=stats.missing,
                disagreement=stats.disagreement,
                change=change_text(change, lang=lang, ascii=options.ascii),
                answers=_answers(assessment, stats, options.privacy, lang),
                note=stats.note,
                plan=_plan_lines(assessment, options, stats.key, lang=lang),
            )
        )
    actions = tuple(
        ReportAction(
            key=a.key,
            key_title=key_by_number(a.key).title(lang),
            text=a.text,
            owner=a.owner,
            due=format_day(a.due),
            done=a.done,
            overdue=(
                overdue_mark(lang=lang, plain=options.ascii)
                if options.today is not None and is_overdue(a, options.today)
                else ""
            ),
        )
        for a in sorted(assessment.actions, key=lambda a: a.key)
    )
    notices = []
    if assessment.anonymous:
        notices.append(translate(lang, "assessment.export.anonymous_notice"))
    if options.privacy:
        notices.append(translate(lang, "assessment.export.privacy_notice"))
    title = translate(lang, "assessment.export.title")
    return Report(
        title=title,
        facts=_facts(assessment, summary, options, lang),
        keys=tuple(keys),
        strongest=_key_list(summary.strongest, lang),
        weakest=_key_list(summary.weakest, lang),
        disagreements=_key_list(summary.disagreements, lang),
        bars=summary_lines(
            summary,
            lang=lang,
            total_width=options.bar_width,
            changes=changes,
            ascii=options.ascii,
        ),
        actions=actions,
        notices=tuple(notices),
        anonymous=assessment.anonymous,
        lang=lang,
    )
