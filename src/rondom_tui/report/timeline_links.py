""" "May explain" links in the Tijdlijn's exports: the section "Mogelijke verklaringen" of the
Markdown and HTML files and of the SVG drawing's list, and the marks in the drawing.

Only links whose events are all in the export are shown (a filtered export leaves out the rest,
as it leaves out those events), numbered among themselves, so the marks in the drawing and the
list agree. With `private`, titles and wording have names replaced as every free text has.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import msgspec

from rondom_tui.domain.links import Link, link_line, marked_words, numbered
from rondom_tui.domain.models import Case, Event
from rondom_tui.report.timeline import redact


def links_among(links: Iterable[Link], events: Iterable[Event]) -> list[Link]:
    """The links whose causes and effect are all among `events`, oldest first."""
    ids = {e.id for e in events}
    kept = [link for link in links if all(event_id in ids for event_id in link.event_ids)]
    return sorted(kept, key=lambda link: (link.created_at, link.id))


def link_lines(
    links: Sequence[Link], events: Sequence[Event], case: Case, *, private: bool, lang: str
) -> list[str]:
    """One line per link among `events`: ``1. A + B → C · ouders · “wording” · ⚠ betwist``."""
    shown = links_among(links, events)
    titles = {e.id: redact(e.title, case) if private else e.title for e in events}
    numbers = numbered(shown)
    lines = []
    for link in shown:
        wording = " ".join((redact(link.wording, case) if private else link.wording).split())
        told = msgspec.structs.replace(link, wording=wording)
        lines.append(link_line(told, numbers[link.id], titles, lang=lang))
    return lines


def marked(
    words: Mapping[str, str], links: Sequence[Link], events: Sequence[Event]
) -> dict[str, str]:
    """The drawing's words with the marks of the links among `events` in front."""
    return marked_words(words, links_among(links, events))
