""" "May explain" links between events on the Tijdlijn: the explanatory analysis of a case
("the move and the debts may explain the unrest at school"), in the words of whoever holds
that view, and marked disputed when others see it differently.

A `Link` joins one or more events (`causes`) to the event they may explain (`effect`), all of
one case. Pure rules, each a named error the UI turns into one sentence:

- a link needs at least one cause, each named once (`LinkInvalid`);
- an event never explains itself (`LinkToItself`);
- every event named must be one of the case's (`LinkEventMissing`);
- links never go round: the links of a case, read as arrows from cause to effect, may not
  lead from an event back to itself (`LinkCycle`). "A may explain B, B may explain A" is not
  an explanation: where people disagree on the direction, one view is recorded and marked
  disputed, with the other view in its wording.

When an event is deleted its links go with it, nothing dangles (`without_event`): a link whose
effect is deleted is removed; a cause is dropped from a link that keeps other causes, and a
link left without causes is removed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import Annotated

import msgspec

from rondom_tui.domain.errors import ValidationError
from rondom_tui.domain.models import Ident, Model, ShortText, new_id, utc_now
from rondom_tui.i18n.texts import translate

MAX_CAUSES = 50
"""Events one link may join to its effect: far more than a meeting names."""


class ViewHolder(StrEnum):
    """Who holds the view that these events may explain that one."""

    SCHOOL = "school"
    PARENTS = "parents"
    YOUTH_CARE = "youth_care"
    CHILD = "child"
    TOGETHER = "together"
    """Agreed by those around the table."""
    OTHER = "other"


Causes = Annotated[list[Ident], msgspec.Meta(min_length=1, max_length=MAX_CAUSES)]


class Link(Model, kw_only=True):
    """These events (`causes`) may explain that one (`effect`), in someone's view."""

    id: Ident = msgspec.field(default_factory=new_id)
    case_id: Ident = ""
    causes: Causes
    effect: Ident
    wording: ShortText = ""
    """The view in a few words: "verhuizing en schulden geven onrust"."""
    holder: ViewHolder = ViewHolder.TOGETHER
    disputed: bool = False
    """Others see it differently (as an event can be disputed)."""
    created_at: datetime = msgspec.field(default_factory=utc_now)
    updated_at: datetime = msgspec.field(default_factory=utc_now)

    @property
    def event_ids(self) -> tuple[str, ...]:
        """Every event the link names: its causes, then its effect."""
        return (*self.causes, self.effect)


class LinkInvalid(ValidationError):
    """A link without causes, or naming a cause twice."""

    message_id = "links.error.invalid"


class LinkToItself(ValidationError):
    """An event named as explaining itself."""

    message_id = "links.error.itself"


class LinkEventMissing(ValidationError):
    """A link names an event that is not one of the case's (deleted meanwhile)."""

    message_id = "links.error.missing"


class LinkCycle(ValidationError):
    """The link would make the links of the case go round."""

    message_id = "links.error.cycle"


def check_link(link: Link, others: Iterable[Link], event_ids: Iterable[str]) -> None:
    """Raise the named error for what is wrong with `link` among the case's `others` (a link
    with the same id is the one being edited and does not count) and its events' ids."""
    if not link.causes or len(set(link.causes)) != len(link.causes):
        raise LinkInvalid("links.error.invalid", field="causes")
    if link.effect in link.causes:
        raise LinkToItself("links.error.itself", field="causes")
    known = set(event_ids)
    if any(event_id not in known for event_id in link.event_ids):
        raise LinkEventMissing("links.error.missing", field="causes")
    arrows = _arrows(other for other in others if other.id != link.id)
    # A new arrow cause -> effect closes a round when the effect already leads to a cause.
    if _reaches(arrows, link.effect, set(link.causes)):
        raise LinkCycle("links.error.cycle", field="causes")


def _arrows(links: Iterable[Link]) -> dict[str, set[str]]:
    arrows: dict[str, set[str]] = {}
    for link in links:
        for cause in link.causes:
            arrows.setdefault(cause, set()).add(link.effect)
    return arrows


def _reaches(arrows: Mapping[str, set[str]], start: str, targets: set[str]) -> bool:
    """Whether following `arrows` from `start` arrives at one of `targets`."""
    seen, todo = {start}, [start]
    while todo:
        for following in arrows.get(todo.pop(), ()):
            if following in targets:
                return True
            if following not in seen:
                seen.add(following)
                todo.append(following)
    return False


def has_cycle(links: Iterable[Link]) -> bool:
    """Whether the arrows of `links` go round anywhere (never, for links that were checked)."""
    arrows = _arrows(links)
    return any(_reaches(arrows, event_id, {event_id}) for event_id in arrows)


def without_event(links: Iterable[Link], event_id: str) -> tuple[list[Link], list[str]]:
    """The links as they are once `event_id` is deleted: (links changed, ids of links
    removed). A link whose effect it was, or whose only cause, is removed; a link that keeps
    other causes loses it."""
    changed: list[Link] = []
    removed: list[str] = []
    for link in links:
        if event_id not in link.event_ids:
            continue
        causes = [cause for cause in link.causes if cause != event_id]
        if link.effect == event_id or not causes:
            removed.append(link.id)
        else:
            changed.append(msgspec.structs.replace(link, causes=causes, updated_at=utc_now()))
    return changed, removed


def links_of_event(links: Iterable[Link], event_id: str) -> list[Link]:
    """The links that name `event_id`, as a cause or as the effect."""
    return [link for link in links if event_id in link.event_ids]


# -- numbers and marks: how a link is shown on the line, in lists and in exports ---------------

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
EFFECT_ARROW = "→"


def numbered(links: Iterable[Link]) -> dict[str, int]:
    """Link id -> its number (1, 2, ...), oldest first: the same number on the line, in the
    analysis panel and in exports."""
    ordered = sorted(links, key=lambda link: (link.created_at, link.id))
    return {link.id: number for number, link in enumerate(ordered, start=1)}


def event_marks(links: Iterable[Link], *, plain: bool = False) -> dict[str, str]:
    """Event id -> the mark written before its title on the line: the numbers of its links,
    superscript and apart (``¹·²``), and ``→`` before the number of a link it is the effect
    of (``→³``); so a monochrome screen pairs causes and effect by number. `plain` (a console
    without superscripts, `ui/glyphs.py`): ``[1,2]`` and ``[>3]``."""
    links = list(links)
    numbers = numbered(links)
    parts: dict[str, list[tuple[int, bool]]] = {}
    for link in links:
        for cause in link.causes:
            parts.setdefault(cause, []).append((numbers[link.id], False))
        parts.setdefault(link.effect, []).append((numbers[link.id], True))
    marks = {}
    for event_id, found in parts.items():
        found.sort()
        if plain:
            marks[event_id] = "[" + ",".join(f"{'>' if e else ''}{n}" for n, e in found) + "]"
        else:
            # ¹·² rather than ¹², which reads as twelve; →¹·² as the effect of 1, cause of 2
            marks[event_id] = "·".join(
                f"{EFFECT_ARROW if e else ''}{str(n).translate(SUPERSCRIPT)}" for n, e in found
            )
    return marks


def marked_words(
    words: Mapping[str, str], links: Iterable[Link], *, plain: bool = False
) -> dict[str, str]:
    """The words written beside the events with each linked event's mark in front
    (``¹Verhuizing``, ``→¹Onrust in de klas``): the marks are part of the words, so the
    drawing and its cache (keyed by the words) follow the links."""
    marks = event_marks(links, plain=plain)
    return {
        event_id: f"{marks[event_id]}{text}" if event_id in marks else text
        for event_id, text in words.items()
    }


def holder_name(holder: ViewHolder, *, lang: str) -> str:
    """``ouders``, ``school``...: who holds the view, in words."""
    return translate(lang, f"links.holder.{holder.value}")


def describe(link: Link, titles: Mapping[str, str], *, lang: str) -> str:
    """``Verhuizing + Schulden → Onrust in de klas``: the link in titles (as they may be
    shown: `titles` by event id)."""
    causes = " + ".join(titles.get(cause, "—") for cause in link.causes)
    return f"{causes} {EFFECT_ARROW} {titles.get(link.effect, '—')}"


def link_line(link: Link, number: int | None, titles: Mapping[str, str], *, lang: str) -> str:
    """``1. Verhuizing + Schulden → Onrust · ouders · "geeft onrust" · betwist``: one link in
    a list (the analysis panel, the exports), with its number as on the line (None: without)."""
    prefix = f"{number}. " if number is not None else ""
    parts = [f"{prefix}{describe(link, titles, lang=lang)}", holder_name(link.holder, lang=lang)]
    if link.wording:
        parts.append(f"“{link.wording}”")
    if link.disputed:
        parts.append(translate(lang, "links.disputed"))
    return " · ".join(parts)
