"""The whole Tijdlijn for the meeting: a chronological Markdown table and a rich picture.

Text is built here; writing it anywhere is the caller's business (and the app warns that such a
file is not encrypted). With `private` (the default) the child is named by the case code, names
known from the case (the child, the parties) are replaced in free text and the source column,
which tends to name people, is left out. Free text can still hold names nobody recorded, which
the header says. Rich is allowed below the UI; the picture becomes SVG or HTML through
`Console(record=True)` in the UI.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from rondom_tui.domain.dates import format_day
from rondom_tui.domain.models import Case, Event
from rondom_tui.domain.timeline.analysis import hindering_clusters, waiting_times
from rondom_tui.domain.timeline.grid import ZOOM_LEVELS, Window
from rondom_tui.domain.timeline.labels import category_name, lane_name, valence_name
from rondom_tui.domain.timeline.layout import GLYPHS, Frame, Paint, WaitSpan, layout
from rondom_tui.domain.timeline.navigation import extent_of, fit, order_key
from rondom_tui.i18n.texts import translate

PRINT_PAINTS: Mapping[Paint, str] = MappingProxyType(
    {
        Paint.BLANK: "",
        Paint.PROMOTING: "bold green",
        Paint.HINDERING: "bold red",
        Paint.NEUTRAL: "blue",
        Paint.UNCERTAIN: "dim",
        Paint.TODAY: "magenta",
        Paint.WAITING: "bold yellow",
        Paint.SELECTED: "reverse",
        Paint.CURSOR: "reverse",
        Paint.AXIS: "bold",
        Paint.AGE: "italic",
    }
)
"""The print palette's style for each paint of the picture."""


@dataclass(frozen=True, slots=True)
class TimelinePalette:
    """The rich styles the picture is drawn in: one per paint (what a cell means) and one per
    kind of text around it. The defaults are the print palette: fixed colours on white, because
    an export is read outside the terminal and its theme. A caller that draws for a screen
    passes its theme's styles instead."""

    paints: Mapping[Paint, str] = field(default_factory=lambda: PRINT_PAINTS)
    """Paint -> style of the cells painted with it."""
    title: str = "bold underline"
    header: str = "italic"
    """The lines under the title: when it was made, the filter, the privacy note."""
    muted: str = "dim"
    """The zoom level and the legend."""
    heading: str = "bold"
    """The heading of the waiting times."""
    lane: str = "bold"
    """The lane labels left of the picture."""


PRINT_PALETTE = TimelinePalette()
"""The palette of SVG and HTML files."""

_FREE_TEXT_COLUMNS = frozenset({"title", "source", "note"})
"""Columns of the picture's table that wrap; the others hold short words that fit."""

EXPORT_COLUMNS = 160
"""The picture's widest time area, unless even the coarsest zoom needs more."""
MIN_EXPORT_COLUMNS = 60
"""The picture's narrowest time area, so a short history still has a readable axis."""

_NAME_PARTICLES = frozenset({"van", "der", "den", "de", "het", "ter", "ten", "von", "la", "le"})


def who(case: Case, private: bool) -> str:
    """How the child is named in an export."""
    return case.code if private or not case.full_name else case.full_name


def redact(text: str, case: Case) -> str:
    """`text` with the names recorded in the case replaced: the child's by the case code, a
    party's by their role. Whole words only, ignoring case; longer names first."""
    replacements: dict[str, str] = {}
    people = [(case.full_name, case.code), (case.given_name, case.code)]
    people += [(case.family_name, case.code)]
    people += [(p.name, p.role or "…") for p in case.parties]
    for name, replacement in people:
        name = name.strip()
        if not name:
            continue
        replacements.setdefault(name.lower(), replacement)
        for word in name.replace(".", " ").split():
            if len(word) >= 3 and word.lower() not in _NAME_PARTICLES:
                replacements.setdefault(word.lower(), replacement)
    if not replacements:
        return text
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(n) for n in sorted(replacements, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )
    return pattern.sub(lambda m: replacements[m.group(1).lower()], text)


def _columns(private: bool) -> list[str]:
    names = ["start", "end", "lane", "category", "title", "valence", "keys"]
    if not private:
        names.append("source")
    return [*names, "disputed", "note"]


def _cells(event: Event, case: Case, private: bool, lang: str) -> list[str]:
    """One event as the cells of `_columns`, in `lang`; in a private export the title and the
    note have known names replaced."""
    if event.end is not None:
        end = event.end.display(lang)
    elif event.ongoing:
        end = translate(lang, "timeline.export.ongoing")
    else:
        end = ""
    text = (lambda s: redact(s, case)) if private else (lambda s: s)
    cells = [
        event.start.display(lang),
        end,
        lane_name(event.lane, lang=lang),
        category_name(event.category, lang=lang),
        text(event.title),
        f"{GLYPHS[event.valence]} {valence_name(event.valence, lang=lang)}",
        ", ".join(str(k) for k in sorted(set(event.keys))),
    ]
    if not private:
        cells.append(event.source)
    cells.append(translate(lang, "timeline.export.yes") if event.disputed else "")
    cells.append(text(event.note))
    return cells


def _markdown_cell(text: str) -> str:
    """A table cell: one line, pipes escaped, no raw HTML for renderers that allow it."""
    flat = " ".join(text.split())
    return flat.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def _header_lines(
    case: Case, made_on: date, private: bool, filter_text: str | None, lang: str
) -> list[str]:
    lines = [translate(lang, "timeline.export.made_on", day=format_day(made_on))]
    if filter_text:
        lines.append(filter_text)
    if private:
        lines.append(translate(lang, "timeline.export.private_note", code=case.code))
    return lines


def _wait_lines(
    events: Sequence[Event], case: Case, today: date, private: bool, lang: str
) -> list[str]:
    """``┄ 02-09-2020 · Aanmelding jeugdteam: wachttijd 14 weken`` per waiting time, by date;
    the referral's title redacted as titles are."""
    titles = {e.id: redact(e.title, case) if private else e.title for e in events}
    waits = sorted(waiting_times(events, today), key=lambda w: (w.referred_on, w.referral_id))
    return [
        f"{GLYPHS['wait']} "
        + translate(
            lang,
            "timeline.summary.wait_line",
            day=format_day(wait.referred_on),
            title=titles.get(wait.referral_id, "—"),
            wait=wait.text(lang=lang),
        )
        for wait in waits
    ]


def _analysis_lines(
    events: Sequence[Event], case: Case, today: date, private: bool, lang: str
) -> list[str]:
    """Waiting times and hindering clusters as Markdown sections (empty when there are none)."""
    lines: list[str] = []
    waits = _wait_lines(events, case, today, private, lang)
    if waits:
        lines += ["", f"## {translate(lang, 'timeline.export.waits')}", ""]
        lines += [f"- {_markdown_cell(line)}" for line in waits]
    clusters = hindering_clusters(events)
    if clusters:
        lines += ["", f"## {translate(lang, 'timeline.export.clusters')}", ""]
        lines += [f"- {cluster.text(lang=lang)}" for cluster in clusters]
    return lines


def markdown_table(
    events: Iterable[Event],
    case: Case,
    *,
    today: date,
    private: bool = True,
    with_analysis: bool = True,
    filter_text: str | None = None,
    lang: str,
) -> str:
    """The events in time order as a Markdown document in `lang`: title, notes, table (with
    each event's note), analysis.

    `filter_text` (from `TimelineFilter.describe`) goes under the title when the events are a
    filtered selection, so a reader knows the picture is partial.
    """
    ordered = sorted(events, key=order_key)
    lines = [f"# {translate(lang, 'timeline.export.title', who=who(case, private))}", ""]
    lines += _header_lines(case, today, private, filter_text, lang)
    lines.append("")
    if not ordered:
        lines.append(translate(lang, "timeline.export.no_events"))
        return "\n".join(lines) + "\n"
    names = _columns(private)
    lines.append(
        "| " + " | ".join(translate(lang, f"timeline.export.col.{n}") for n in names) + " |"
    )
    lines.append("|" + "|".join("---" for _ in names) + "|")
    for event in ordered:
        cells = _cells(event, case, private, lang)
        lines.append("| " + " | ".join(_markdown_cell(c) for c in cells) + " |")
    if with_analysis:
        lines += _analysis_lines(ordered, case, today, private, lang)
    return "\n".join(lines) + "\n"


def whole_window(
    events: Sequence[Event], today: date, columns: int = EXPORT_COLUMNS
) -> tuple[Window, int]:
    """A window and width that show every event and waiting time: the finest zoom at which the
    case fits in `columns`, cut to what it uses (at least `MIN_EXPORT_COLUMNS`, so the axis can
    speak); at the coarsest zoom as wide as the case needs."""
    waits = _wait_spans(events, today)
    window = fit(events, columns, today, waits)
    extent = extent_of(events, today, waits)
    if extent is None:
        return window, columns
    return window, max(window.column_of(extent[1]) + 2, MIN_EXPORT_COLUMNS)


def _wait_spans(events: Sequence[Event], today: date) -> list[WaitSpan]:
    return [wait.span for wait in waiting_times(events, today)]


def frame_text(frame: Frame, palette: TimelinePalette = PRINT_PALETTE) -> list[Text]:
    """A painted frame as rich lines in `palette`, lane labels in a gutter as wide as the
    longest."""
    gutter = max((len(row.label) for row in frame.rows), default=0) + 1
    lines: list[Text] = []
    for row in frame.rows:
        line = Text(row.label.rjust(gutter - 1) + " ", style=palette.lane)
        for span in row.spans:
            line.append(span.text, style=palette.paints[span.paint])
        lines.append(line)
    return lines


def timeline_renderable(
    events: Iterable[Event],
    case: Case,
    *,
    today: date,
    private: bool = True,
    filter_text: str | None = None,
    columns: int = EXPORT_COLUMNS,
    with_table: bool = True,
    lang: str,
    palette: TimelinePalette = PRINT_PALETTE,
) -> RenderableType:
    """The whole timeline as a rich renderable in `lang`, drawn in `palette`: title, the
    picture (empty lanes hidden, waiting times drawn), the legend, the waiting times and, with
    `with_table`, the events in time order with their titles and notes (cells wrap; nothing is
    cut off)."""
    events = sorted(events, key=order_key)
    window, width = whole_window(events, today, columns)
    frame = layout(
        events,
        window,
        width,
        today=today,
        date_of_birth=case.date_of_birth,
        waits=_wait_spans(events, today),
        hide_empty=True,
        lang=lang,
    )
    parts: list[RenderableType] = [
        Text(translate(lang, "timeline.export.title", who=who(case, private)), style=palette.title),
        *(
            Text(line, style=palette.header)
            for line in _header_lines(case, today, private, filter_text, lang)
        ),
        Text(translate(lang, ZOOM_LEVELS[window.zoom].name_id), style=palette.muted),
        *frame_text(frame, palette),
        Text(translate(lang, "timeline.legend"), style=palette.muted),
    ]
    waits = _wait_lines(events, case, today, private, lang)
    if waits:
        parts.append(Text(translate(lang, "timeline.export.waits"), style=palette.heading))
        parts += [Text(line, style=palette.paints[Paint.WAITING]) for line in waits]
    if with_table and events:
        table = Table(show_lines=False)
        for name in _columns(private):
            # Free text wraps, and a word too long for its cell folds onto the next line:
            # nothing is cut off. The short columns (dates, names of lanes and kinds) keep
            # their words whole, so the free text gets the room that is left.
            free = name in _FREE_TEXT_COLUMNS
            table.add_column(
                translate(lang, f"timeline.export.col.{name}"), overflow="fold", no_wrap=not free
            )
        for event in events:
            table.add_row(*(Text(c) for c in _cells(event, case, private, lang)))
        parts.append(table)
    return Group(*parts)
