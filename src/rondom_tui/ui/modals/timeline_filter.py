"""The dialog that chooses what the timeline shows: lanes, valences, keys and categories.

Nothing ticked in a row means no limit there; the screen's header then says which filter is
on and how many events it hides, so nobody takes a partial picture for the whole.
"""

from __future__ import annotations

from typing import Any

from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.models import Category, Lane
from rondom_tui.domain.timeline.analysis import Disputed, TimelineFilter
from rondom_tui.i18n import t
from rondom_tui.ui.modals.event_form import (
    category_options,
    lane_options,
    valence_options,
)
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.widgets.form_fields import FieldSpec, worded_choices


def filter_fields() -> list[FieldSpec]:
    return [
        FieldSpec(
            "lanes",
            "timeline.filter_form.lanes",
            kind="multi",
            translate_options=False,
            options=lane_options(),
        ),
        FieldSpec(
            "valences",
            "timeline.filter_form.valences",
            kind="multi",
            translate_options=False,
            options=valence_options(),
        ),
        FieldSpec("keys", "timeline.filter_form.keys", kind="keys"),
        FieldSpec(
            "categories",
            "timeline.filter_form.categories",
            kind="multi",
            translate_options=False,
            options=category_options(),
        ),
        FieldSpec(
            "disputed",
            "timeline.filter_form.disputed",
            kind="select",
            options=worded_choices("timeline.filter_form.disputed", Disputed),
        ),
    ]


def filter_values(current: TimelineFilter) -> dict[str, Any]:
    return {
        "lanes": [lane.value for lane in current.lanes],
        "valences": list(current.valences),
        "keys": list(current.keys),
        "categories": [c.value for c in current.categories],
        "disputed": current.disputed.value,
    }


def build_filter(values: dict[str, Any], errors: FieldErrors) -> TimelineFilter:
    return TimelineFilter(
        lanes=frozenset(Lane(v) for v in values["lanes"]),
        valences=frozenset(int(v) for v in values["valences"]),
        keys=frozenset(int(v) for v in values["keys"]),
        categories=frozenset(Category(v) for v in values["categories"]),
        disputed=Disputed(values["disputed"] or Disputed.ALL.value),
    )


def filter_modal(current: TimelineFilter) -> FormModal[TimelineFilter]:
    """Change the filter; dismisses with the new one, or None when cancelled."""
    title = f"{t('timeline.filter_form.title')}  ·  {t('timeline.filter_form.hint')}"
    return FormModal(title, filter_fields(), filter_values(current), build_filter, holds_data=False)
