"""The dialog for a "may explain" link (`k` on the Tijdlijn): from the selected event, tick with
the keyboard the events that may explain it (or the one it may explain), say it in a few
words, say whose view it is and whether it is disputed.

The rules are `domain.links.check_link`'s (no event explaining itself, no links going round,
no event that is gone), checked here so the error stands next to the list, and again by the
store when it saves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import msgspec

from rondom_tui.domain.cases import rules
from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.errors import ValidationError
from rondom_tui.domain.links import Link, ViewHolder, check_link
from rondom_tui.domain.models import Event
from rondom_tui.domain.timeline.grid import GLYPHS
from rondom_tui.domain.timeline.navigation import order_key
from rondom_tui.i18n import current_language, t
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.widgets.form_fields import FieldSpec, worded_choices

EXPLAINED_BY, EXPLAINS = "explained_by", "explains"
"""The two directions from the chosen event: others may explain it, or it may explain one."""


def link_fields(
    anchor: Event, others: Sequence[Event], tell: Callable[[str], str]
) -> list[FieldSpec]:
    """The form's fields; the events to tick in time order, each with its date and glyph."""
    lang = current_language()
    choices = tuple(
        (f"{e.start.display(lang)}  {GLYPHS[e.valence]} {tell(e.title) or '—'}", e.id)
        for e in sorted(others, key=order_key)
    )
    return [
        FieldSpec(
            "direction",
            "links.form.direction",
            kind="select",
            options=(("links.form.explained_by", EXPLAINED_BY), ("links.form.explains", EXPLAINS)),
        ),
        FieldSpec(
            "others", "links.form.others", kind="multi", options=choices, translate_options=False
        ),
        FieldSpec("wording", "links.form.wording", placeholder="links.form.wording_placeholder"),
        FieldSpec(
            "holder",
            "links.form.holder",
            kind="select",
            options=worded_choices("links.holder", ViewHolder),
        ),
        FieldSpec("disputed", "links.form.disputed", kind="checkbox"),
    ]


def build_link(
    values: dict[str, Any],
    errors: FieldErrors,
    *,
    original: Link,
    anchor: Event,
    links: Sequence[Link],
    event_ids: Sequence[str],
) -> Link:
    """The link the form describes (a copy of `original`), checked against the case's other
    links and events; a broken rule is shown under the list of events."""
    ticked = [str(value) for value in values["others"] or ()]
    if not ticked:
        errors.add("others", "links.form.choose")
    if values["direction"] == EXPLAINS:
        if len(ticked) > 1:
            errors.add("others", "links.form.one_effect")
        causes, effect = [anchor.id], (ticked[0] if ticked else "")
    else:
        causes, effect = ticked, anchor.id
    changes: dict[str, Any] = {
        "causes": causes,
        "effect": effect,
        "wording": rules.text(values["wording"] or "", "wording", errors),
        "holder": ViewHolder(values["holder"] or original.holder.value),
        "disputed": bool(values["disputed"]),
    }
    link = msgspec.structs.replace(original, **changes)
    if not errors:
        try:
            check_link(link, links, event_ids)
        except ValidationError as refused:
            errors.add("others", refused.message_id)
    return link


def link_modal(
    anchor: Event,
    events: Sequence[Event],
    links: Sequence[Link],
    *,
    tell: Callable[[str], str],
    link: Link | None = None,
) -> FormModal[Link]:
    """A new link from `anchor` (the selected event), or `link` edited from its effect's side.
    `events` are all the case's events, `links` all its links."""
    others = [e for e in events if e.id != anchor.id]
    if link is None:
        original = Link(case_id=anchor.case_id, causes=[anchor.id], effect=anchor.id)
        values: dict[str, Any] = {
            "direction": EXPLAINED_BY,
            "others": [],
            "wording": "",
            "holder": ViewHolder.TOGETHER.value,
            "disputed": False,
        }
        title = t("links.form.new", title=tell(anchor.title) or "—")
    else:
        original = link
        values = {
            "direction": EXPLAINED_BY,
            "others": list(link.causes),
            "wording": link.wording,
            "holder": link.holder.value,
            "disputed": link.disputed,
        }
        title = t("links.form.edit", title=tell(anchor.title) or "—")
    event_ids = [e.id for e in events]

    def build(raw: dict[str, Any], errors: FieldErrors) -> Link:
        return build_link(
            raw, errors, original=original, anchor=anchor, links=links, event_ids=event_ids
        )

    return FormModal(title, link_fields(anchor, others, tell), values, build)
