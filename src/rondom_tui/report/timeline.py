"""The whole Tijdlijn for the meeting as text: a chronological Markdown table, and the parts
the drawing (`report.timeline_svg`) and the HTML page (`report.timeline_files`) share.

Text is built here; writing it anywhere is the caller's business (and the app warns that such a
file is not encrypted). With `private` (the default) the child is named by the case code, names
known from the case (the child, the parties) are replaced in free text and the source column,
which tends to name people, is left out. Free text can still hold names nobody recorded, which
the header says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from rondom_tui.domain.dates import format_day
from rondom_tui.domain.models import Case, Event
from rondom_tui.domain.timeline.analysis import hindering_clusters, waiting_times
from rondom_tui.domain.timeline.grid import GLYPHS
from rondom_tui.domain.timeline.labels import category_name, lane_name, valence_name
from rondom_tui.domain.timeline.navigation import order_key
from rondom_tui.i18n.texts import translate

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


def table_columns(private: bool) -> list[str]:
    names = ["start", "end", "lane", "category", "title", "valence", "keys"]
    if not private:
        names.append("source")
    return [*names, "disputed", "note"]


def table_cells(event: Event, case: Case, private: bool, lang: str) -> list[str]:
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


def header_lines(
    case: Case, made_on: date, private: bool, filter_text: str | None, lang: str
) -> list[str]:
    lines = [translate(lang, "timeline.export.made_on", day=format_day(made_on))]
    if filter_text:
        lines.append(filter_text)
    if private:
        lines.append(translate(lang, "timeline.export.private_note", code=case.code))
    return lines


def wait_lines(
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
    waits = wait_lines(events, case, today, private, lang)
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
    links: Sequence[str] = (),
) -> str:
    """The events in time order as a Markdown document in `lang`: title, notes, table (with
    each event's note), analysis.

    `filter_text` (from `TimelineFilter.describe`) goes under the title when the events are a
    filtered selection, so a reader knows the picture is partial. `links` are the lines of the
    section "Mogelijke verklaringen" (`report.timeline_links.link_lines`).
    """
    ordered = sorted(events, key=order_key)
    lines = [f"# {translate(lang, 'timeline.export.title', who=who(case, private))}", ""]
    lines += header_lines(case, today, private, filter_text, lang)
    lines.append("")
    if not ordered:
        lines.append(translate(lang, "timeline.export.no_events"))
        return "\n".join(lines) + "\n"
    names = table_columns(private)
    lines.append(
        "| " + " | ".join(translate(lang, f"timeline.export.col.{n}") for n in names) + " |"
    )
    lines.append("|" + "|".join("---" for _ in names) + "|")
    for event in ordered:
        cells = table_cells(event, case, private, lang)
        lines.append("| " + " | ".join(_markdown_cell(c) for c in cells) + " |")
    if with_analysis:
        lines += _analysis_lines(ordered, case, today, private, lang)
    if links:
        lines += ["", f"## {translate(lang, 'links.heading')}", ""]
        lines += [f"- {_markdown_cell(line)}" for line in links]
    return "\n".join(lines) + "\n"
