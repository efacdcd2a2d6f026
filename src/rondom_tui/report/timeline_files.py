"""The Tijdlijn as a file for the meeting: the text of an SVG drawing, an HTML page or a
Markdown document.

The SVG is the first page of the drawing of `report.timeline_svg` (A4 or A3 landscape); the
HTML page embeds every page of it and puts the events in date order under them, as a table
with their notes; Markdown is the table alone. Encrypting and writing the file is
`bundle.export_files`' business.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path

from rondom_tui.domain.links import Link
from rondom_tui.domain.models import Case, Event
from rondom_tui.domain.text import clean_text
from rondom_tui.domain.timeline.analysis import hindering_clusters
from rondom_tui.domain.timeline.navigation import order_key
from rondom_tui.i18n.texts import translate
from rondom_tui.report.timeline import (
    header_lines,
    markdown_table,
    table_cells,
    table_columns,
    wait_lines,
    who,
)
from rondom_tui.report.timeline_links import link_lines
from rondom_tui.report.timeline_svg import Paper, inline_svg, timeline_pages, timeline_svg

AGE_SUFFIX = ".age"

_PAGE_STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #111; }
svg { width: 100%; height: auto; border: 1px solid #ddd; display: block; margin-bottom: 1em; }
table { border-collapse: collapse; margin-top: 1em; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
th { background: #f3f4f6; }
@media print { svg { border: none; break-after: page; margin: 0; } }
"""


class ExportFormat(StrEnum):
    SVG = "svg"
    HTML = "html"
    MARKDOWN = "md"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


NAMED_FORMATS = {
    ".svg": ExportFormat.SVG,
    ".html": ExportFormat.HTML,
    ".htm": ExportFormat.HTML,
    ".md": ExportFormat.MARKDOWN,
    ".markdown": ExportFormat.MARKDOWN,
}
"""File name endings that say what a file holds."""


def named_format(path: Path) -> ExportFormat | None:
    """The format a file name promises: its suffix, or for an age file the suffix before
    ``.age`` (``tijdlijn.md.age``); None when the name says nothing (``tijdlijn.age``)."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] == AGE_SUFFIX:
        suffixes.pop()
    return NAMED_FORMATS.get(suffixes[-1]) if suffixes else None


def export_text(
    events: Sequence[Event],
    case: Case,
    fmt: ExportFormat,
    *,
    today: date,
    private: bool,
    filter_text: str | None = None,
    lang: str,
    paper: Paper = Paper.A4,
    links: Sequence[Link] = (),
) -> str:
    """The whole timeline in `lang` as an SVG drawing, an HTML page (the drawing and the table)
    or a Markdown document: plain text only, no control character from the data. `links` are
    the case's "may explain" links: marked in the drawing, listed under "Mogelijke
    verklaringen" (those among `events`)."""
    lines = link_lines(links, events, case, private=private, lang=lang)
    if fmt is ExportFormat.MARKDOWN:
        return clean_text(
            markdown_table(
                events,
                case,
                today=today,
                private=private,
                filter_text=filter_text,
                lang=lang,
                links=lines,
            )
        )
    if fmt is ExportFormat.SVG:
        return clean_text(
            timeline_svg(
                events,
                case,
                today=today,
                private=private,
                filter_text=filter_text,
                lang=lang,
                paper=paper,
                links=links,
            )
        )
    # The HTML page lists every event in its table: its drawing's pages do not list them again.
    pages = timeline_pages(
        events,
        case,
        today=today,
        private=private,
        filter_text=filter_text,
        lang=lang,
        paper=paper,
        links=links,
        list_events=False,
    )
    page = timeline_html(
        pages,
        events,
        case,
        today=today,
        private=private,
        filter_text=filter_text,
        lang=lang,
        links=lines,
    )
    return clean_text(page)


def timeline_html(
    pages: Sequence[str],
    events: Sequence[Event],
    case: Case,
    *,
    today: date,
    private: bool,
    filter_text: str | None,
    lang: str,
    links: Sequence[str] = (),
) -> str:
    """A page holding the drawing's `pages` and, under them, every event in date order with its
    note, the waiting times, the periods of many hindering events and the "may explain" `links` (as
    lines). All text escaped."""
    ordered = sorted(events, key=order_key)
    title = html.escape(translate(lang, "timeline.export.title", who=who(case, private)))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(lang)}">',
        '<head><meta charset="utf-8">',
        f"<title>{title}</title><style>{_PAGE_STYLE}</style></head>",
        f"<body><h1>{title}</h1>",
        *(
            f"<p>{html.escape(line)}</p>"
            for line in header_lines(case, today, private, filter_text, lang)
        ),
        *(inline_svg(page) for page in pages),
    ]
    if ordered:
        parts.append(f"<h2>{html.escape(translate(lang, 'timeline.export.all_events'))}</h2>")
        names = table_columns(private)
        head = "".join(
            f"<th>{html.escape(translate(lang, f'timeline.export.col.{n}'))}</th>" for n in names
        )
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>")
        for event in ordered:
            cells = table_cells(event, case, private, lang)
            parts.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
        parts.append("</tbody></table>")
    waits = wait_lines(ordered, case, today, private, lang)
    if waits:
        parts.append(f"<h2>{html.escape(translate(lang, 'timeline.export.waits'))}</h2><ul>")
        parts += [f"<li>{html.escape(line)}</li>" for line in waits]
        parts.append("</ul>")
    clusters = hindering_clusters(ordered)
    if clusters:
        parts.append(f"<h2>{html.escape(translate(lang, 'timeline.export.clusters'))}</h2><ul>")
        parts += [f"<li>{html.escape(c.text(lang=lang))}</li>" for c in clusters]
        parts.append("</ul>")
    if links:
        parts.append(f"<h2>{html.escape(translate(lang, 'links.heading'))}</h2><ul>")
        parts += [f"<li>{html.escape(line)}</li>" for line in links]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
