"""The dialog for one timeline event: what, where, when (partial dates), how it weighed, which
keys it bears on, who says so.

Dates are typed the way people remember them (``2019``, ``03-2019``, ``~2019``, ``<03-2019``);
the checks are those a meeting would make: the start is required, the end may not lie before
the start, and a period that is still going on has no end. Errors appear next to the field.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import msgspec

from rondom_tui.domain.cases import rules as rules
from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import (
    HINDERING,
    NEUTRAL,
    PROMOTING,
    Category,
    Event,
    Lane,
    period_problem,
)
from rondom_tui.domain.timeline.labels import category_name, lane_name, valence_name
from rondom_tui.domain.timeline.layout import GLYPHS
from rondom_tui.i18n import current_language, t
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.widgets.form_fields import FieldSpec

NOTE_LIMIT = 20_000


Options = tuple[tuple[str, Any], ...]


def lane_options() -> Options:
    lang = current_language()
    return tuple((lane_name(lane, lang=lang), lane.value) for lane in Lane)


def category_options() -> Options:
    lang = current_language()
    return tuple((category_name(c, lang=lang), c.value) for c in Category)


def valence_options() -> Options:
    """``+ bevorderend`` ...: the glyph with the word, as on the timeline."""
    lang = current_language()
    return tuple(
        (f"{GLYPHS[v]} {valence_name(v, lang=lang)}", v) for v in (PROMOTING, HINDERING, NEUTRAL)
    )


def event_fields() -> list[FieldSpec]:
    """The form's fields, with option texts in the current language."""
    return [
        FieldSpec("title", "timeline.event.title"),
        FieldSpec(
            "lane",
            "timeline.event.lane",
            kind="select",
            translate_options=False,
            options=lane_options(),
        ),
        FieldSpec(
            "category",
            "timeline.event.category",
            kind="select",
            translate_options=False,
            options=category_options(),
        ),
        FieldSpec("start", "timeline.event.start", placeholder="timeline.event.date_placeholder"),
        FieldSpec("end", "timeline.event.end", placeholder="timeline.event.date_placeholder"),
        FieldSpec("ongoing", "timeline.event.ongoing", kind="checkbox"),
        FieldSpec(
            "valence",
            "timeline.event.valence",
            kind="select",
            translate_options=False,
            options=valence_options(),
        ),
        FieldSpec("keys", "timeline.event.keys", kind="keys"),
        FieldSpec("source", "timeline.event.source"),
        FieldSpec("disputed", "timeline.event.disputed", kind="checkbox"),
        FieldSpec("note", "timeline.event.note", kind="textarea"),
    ]


def event_values(event: Event) -> dict[str, Any]:
    """The form's raw values for an event."""
    return {
        "title": event.title,
        "lane": event.lane.value,
        "category": event.category.value,
        "start": event.start.input_text(),
        "end": event.end.input_text() if event.end is not None else "",
        "ongoing": event.ongoing,
        "valence": event.valence,
        "keys": list(event.keys),
        "source": event.source,
        "disputed": event.disputed,
        "note": event.note,
    }


def check_period(
    start: PartialDate | None, end: PartialDate | None, ongoing: bool, errors: FieldErrors
) -> None:
    """The end may not lie wholly before the start; an ongoing period has no end (the rule
    of `period_problem`, which an import follows as well)."""
    if (problem := period_problem(start, end, ongoing)) is not None:
        errors.add("end", problem)


def build_event(
    values: dict[str, Any], errors: FieldErrors, *, original: Event, today: date
) -> Event:
    """The event the form describes (a copy of `original` with the fields changed)."""
    start = rules.partial_date(values["start"], "start", errors, today=today, required=True)
    end = rules.partial_date(values["end"], "end", errors, today=today)
    ongoing = bool(values["ongoing"])
    check_period(start, end, ongoing, errors)
    changes: dict[str, Any] = {
        "title": rules.text(values["title"], "title", errors, required=True),
        "lane": Lane(values["lane"] or original.lane.value),
        "category": Category(values["category"] or original.category.value),
        "end": end,
        "ongoing": ongoing,
        "valence": values["valence"] if values["valence"] is not None else NEUTRAL,
        "keys": rules.key_numbers(values["keys"], "keys", errors),
        "source": rules.text(values["source"], "source", errors),
        "disputed": bool(values["disputed"]),
        "note": rules.text(values["note"], "note", errors, limit=NOTE_LIMIT),
    }
    if start is not None:
        changes["start"] = start
    return msgspec.structs.replace(original, **changes)


def event_modal(
    event: Event | None,
    *,
    case_id: str,
    today: date,
    lane: Lane = Lane.OVERIG,
    start: PartialDate | None = None,
) -> FormModal[Event]:
    """Edit `event`, or describe a new one at `lane` and `start` (the timeline's cursor)."""
    if event is None:
        original = Event(case_id=case_id, lane=lane, start=start or PartialDate.from_date(today))
        title = t("timeline.event.new")
    else:
        original = event
        title = t("timeline.event.edit")
    values = event_values(original)
    if event is None:
        values["title"] = ""

    def build(raw: dict[str, Any], errors: FieldErrors) -> Event:
        return build_event(raw, errors, original=original, today=today)

    return FormModal(title, event_fields(), values, build)
