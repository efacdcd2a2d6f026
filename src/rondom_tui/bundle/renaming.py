"""A bundle's records under the ids they get in this store: a copy's records are new, a
record whose id the store already uses elsewhere gets a fresh one, and the links and plan items
follow the events and links they name. Each change goes through `Checked.replaced`, so a
record stays checked without being checked again in full."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from rondom_tui.domain.codec import Checked
from rondom_tui.domain.links import Link
from rondom_tui.domain.models import Assessment, Event, new_id
from rondom_tui.domain.plan.models import PlanItem, PlanVersion

Rec = TypeVar("Rec", Event, Assessment, Link, PlanItem, PlanVersion)


def moved(
    records: list[Checked[Rec]],
    owner: Mapping[str, str | None],
    case_id: str,
    fresh: bool,
    replacing: str | None,
) -> list[Checked[Rec]]:
    """A case's events or assessments under `case_id`, with free ids (as they are when
    nothing changes: most records of a new case)."""
    result: list[Checked[Rec]] = []
    for record in records:
        model = record.model
        ident = free_id(model.id, owner, fresh=fresh, replacing=replacing)
        if ident != model.id or model.case_id != case_id:
            record = record.replaced(case_id=case_id, id=ident)
        result.append(record)
    return result


def renamed_link(link: Checked[Link], renamed: Mapping[str, str]) -> Checked[Link]:
    """`link` naming its events by the ids they have in the store (a copy's are new)."""
    model = link.model
    causes = [renamed.get(cause, cause) for cause in model.causes]
    effect = renamed.get(model.effect, model.effect)
    if (causes, effect) == (model.causes, model.effect):
        return link
    return link.replaced(causes=causes, effect=effect)


def answering(
    item: Checked[PlanItem], renamed: Mapping[str, str], renamed_links: Mapping[str, str]
) -> Checked[PlanItem]:
    """`item` pointing at the events and links it answers under their ids in this store."""
    model = item.model
    events = tuple(renamed.get(ident, ident) for ident in model.events)
    links = tuple(renamed_links.get(ident, ident) for ident in model.links)
    if (events, links) == (model.events, model.links):
        return item
    return item.replaced(events=events, links=links)


def free_id(
    ident: str, owner: Mapping[str, str | None], *, fresh: bool, replacing: str | None
) -> str:
    """`ident`, unless it must be new: in a copy, or when the store already uses it (other
    than for the case being replaced, whose records are removed first)."""
    if fresh or (ident in owner and (replacing is None or owner[ident] != replacing)):
        return new_id()
    return ident


def grouped(items: list[Checked[Rec]], key: Callable[[Rec], str]) -> dict[str, list[Checked[Rec]]]:
    groups: dict[str, list[Checked[Rec]]] = {}
    for item in items:
        groups.setdefault(key(item.model), []).append(item)
    return groups
