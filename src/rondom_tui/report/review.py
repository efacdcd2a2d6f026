"""The casusreview for the board: Markdown, HTML (charts as inline SVG) and CSV of the figures.

Pseudonymised by construction: what goes in are the review's figures in the board's view
(`domain.review.sections` with ``board=True``: every figure on fewer than 5 cases ``<5``), our
own words for keys, lanes and categories, the school labels, and the months of the selection.
No name, no case code, no note or title of a case, no day: the report is made from an
`Overview`, which holds none of them. A header states the selection, the number of cases and
schools and the month. Policy action points, typed in the review meeting itself, close it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rondom_tui.domain.keys import key_by_number
from rondom_tui.domain.review.bars import bar_text, wait_bar_text
from rondom_tui.domain.review.figures import Overview
from rondom_tui.domain.review.models import Review
from rondom_tui.domain.review.policy import progress_text
from rondom_tui.domain.review.schools import SchoolPanel, header_facts, school_panels
from rondom_tui.domain.review.sections import (
    Figure,
    Section,
    sections,
)
from rondom_tui.domain.review.suppression import THRESHOLD
from rondom_tui.i18n.texts import translate
from rondom_tui.report.assessment import md_escape
from rondom_tui.report.csv_dialect import DEFAULT_CSV_DIALECT, Cell, CsvDialect, csv_bytes
from rondom_tui.report.html_page import escape, page_start
from rondom_tui.report.review_svg import bar_chart, school_multiples, trend_multiples, wait_chart

TEXT_BAR = 16
"""Cells of a bar in the Markdown tables."""


@dataclass(frozen=True, slots=True)
class BoardReport:
    """What the board report shows, in words, whatever its format."""

    lang: str
    title: str
    facts: list[tuple[str, str]]
    notices: list[str]
    sections: tuple[Section, ...]
    panels: tuple[SchoolPanel, ...]
    policy_title: str
    policy: list[list[str]]
    """Per point: key, bottleneck, action, owner, due month, status with progress."""


def _policy_rows(review: Review | None, lang: str) -> list[list[str]]:
    if review is None:
        return []
    rows = []
    for point in review.actions:
        key = f"{point.key} {key_by_number(point.key).title(lang)}" if point.key else "–"
        due = point.due_month()
        rows.append(
            [
                key,
                point.bottleneck,
                point.action,
                point.owner,
                due.display(lang) if due else "–",
                progress_text(point, lang=lang),
            ]
        )
    return rows


def board_report(overview: Overview, review: Review | None = None, *, lang: str) -> BoardReport:
    notices = [translate(lang, "review.report.threshold", threshold=THRESHOLD)]
    if overview.from_extracts:
        notices.append(translate(lang, "review.report.merged"))
    return BoardReport(
        lang=lang,
        title=translate(lang, "review.report.title"),
        facts=header_facts(overview, board=True, lang=lang),
        notices=notices,
        sections=sections(overview, board=True, lang=lang),
        panels=school_panels(overview, board=True, lang=lang),
        policy_title=(
            translate(lang, "review.policy.held", month=review.month.display(lang))
            if review
            else translate(lang, "review.section.policy")
        ),
        policy=_policy_rows(review, lang),
    )


def _policy_header(lang: str) -> list[str]:
    return [
        translate(lang, f"review.policy.col.{name}")
        for name in ("key", "bottleneck", "action", "owner", "due", "status")
    ]


def _table(section: Section, lang: str) -> tuple[list[str], list[list[Figure | str]]]:
    """A section as a header and rows of cells: a figure's value, or the cases beside it."""
    cases = translate(lang, "review.col.cases")
    header = [section.columns[0]]
    for i, heading in enumerate(section.columns[1:]):
        header.append(heading)
        if section.cases == "each" or (section.cases == "once" and i == 0):
            header.append(cases)
    rows: list[list[Figure | str]] = []
    for row in section.rows:
        cells: list[Figure | str] = [row.label]
        for i, figure in enumerate(row.figures):
            cells.append(figure)
            if section.cases == "each" or (section.cases == "once" and i == 0):
                cells.append(figure.cases)
        rows.append(cells)
    return header, rows


# -- Markdown -------------------------------------------------------------------------------


def _md_cell(cell: Figure | str, section: Section, first: bool) -> str:
    if isinstance(cell, str):
        return md_escape(cell)
    if section.cases == "inline" and cell.cases:
        return md_escape(f"{cell.value} ({cell.cases})")
    if section.ident == "waits" and first:
        return md_escape(f"{wait_bar_text(cell, TEXT_BAR).rstrip()} {cell.value}".strip())
    if cell.share is not None:
        return md_escape(f"{cell.sign} {bar_text(cell, TEXT_BAR).rstrip()} {cell.value}".strip())
    return md_escape(f"{cell.sign} {cell.value}".strip())


def _md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def render_markdown(report: BoardReport) -> str:
    lang = report.lang
    out = [f"# {md_escape(report.title)}", ""]
    out += [f"- **{md_escape(label)}:** {md_escape(value)}" for label, value in report.facts]
    out.append("")
    out += [line for notice in report.notices for line in (f"> {md_escape(notice)}", "")]
    for section in report.sections:
        out += [f"## {md_escape(section.title)}", ""]
        if section.rows:
            header, rows = _table(section, lang)
            header = [md_escape(h) for h in header]
            out += _md_table(
                header,
                [[_md_cell(cell, section, i == 1) for i, cell in enumerate(row)] for row in rows],
            )
            out.append("")
        if section.note:
            out += [f"_{md_escape(section.note)}_", ""]
    if report.panels:
        out += [f"## {md_escape(translate(lang, 'review.section.schools'))}", ""]
        school_header, school_rows = _school_table(report)
        out += _md_table(
            [md_escape(h) for h in school_header], [[md_escape(c) for c in r] for r in school_rows]
        )
        out.append("")
    out += [f"## {md_escape(report.policy_title)}", ""]
    if report.policy:
        out += _md_table(
            [md_escape(h) for h in _policy_header(lang)],
            [[md_escape(c) for c in row] for row in report.policy],
        )
    else:
        out.append(md_escape(translate(lang, "review.policy.none")))
    out.append("")
    return "\n".join(out)


def _school_table(report: BoardReport) -> tuple[list[str], list[list[str]]]:
    """Schools as columns: their cases, then per key hindering (-) and promoting (+)."""
    lang = report.lang
    header = [translate(lang, "review.col.figure"), *(p.school for p in report.panels)]
    rows = [[translate(lang, "review.header.cases"), *(p.cases.value for p in report.panels)]]
    for index, row in enumerate(report.panels[0].rows):
        for which, figure in enumerate(row.figures):
            label = f"{row.label} {figure.sign} " + translate(
                lang, "review.col.hindering" if which == 0 else "review.col.promoting"
            )
            rows.append([label, *(p.rows[index].figures[which].value for p in report.panels)])
    return header, rows


# -- HTML -----------------------------------------------------------------------------------

_STYLE = (
    "body{font-family:sans-serif;max-width:62rem;margin:2rem auto;color:#000;background:#fff}"
    "table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #000;"
    "padding:.2rem .5rem;text-align:left;vertical-align:top}td.n{text-align:right}"
    ".note{font-style:italic}figure{margin:.5rem 0}"
)


_e = escape


def _html_cell(cell: Figure | str, section: Section) -> str:
    if isinstance(cell, str):
        return f"<td>{_e(cell)}</td>"
    text = (
        f"{cell.value} ({cell.cases})" if section.cases == "inline" and cell.cases else cell.value
    )
    return f'<td class="n">{_e(f"{cell.sign} {text}".strip())}</td>'


def _chart(section: Section, number: int) -> str:
    if not section.rows:
        return ""
    if section.ident == "waits":
        return wait_chart(section, number)
    if section.ident == "trend":
        return trend_multiples(section, number)
    return bar_chart(section, number)


def render_html(report: BoardReport) -> str:
    """A standalone page: no scripts, no external resources."""
    lang = report.lang
    out = page_start(report.title, lang, _STYLE, report.facts)
    out += [f"<p><strong>{_e(notice)}</strong></p>" for notice in report.notices]
    for number, section in enumerate(report.sections, start=1):
        out.append(f"<h2>{_e(section.title)}</h2>")
        if section.rows:
            out.append(f"<figure>{_chart(section, number)}</figure>")
            header, rows = _table(section, lang)
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{_e(h)}</th>" for h in header) + "</tr>")
            out += ["<tr>" + "".join(_html_cell(c, section) for c in row) + "</tr>" for row in rows]
            out.append("</table>")
        if section.note:
            out.append(f'<p class="note">{_e(section.note)}</p>')
    if report.panels:
        title = translate(lang, "review.section.schools")
        out.append(f"<h2>{_e(title)}</h2>")
        out.append(f"<figure>{school_multiples(title, report.panels, 99)}</figure>")
        school_header, school_rows = _school_table(report)
        out.append("<table>")
        out.append("<tr>" + "".join(f"<th>{_e(h)}</th>" for h in school_header) + "</tr>")
        out += ["<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in school_rows]
        out.append("</table>")
    out.append(f"<h2>{_e(report.policy_title)}</h2>")
    if report.policy:
        out.append("<table>")
        out.append("<tr>" + "".join(f"<th>{_e(h)}</th>" for h in _policy_header(lang)) + "</tr>")
        out += [
            "<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in report.policy
        ]
        out.append("</table>")
    else:
        out.append(f"<p>{_e(translate(lang, 'review.policy.none'))}</p>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# -- CSV ------------------------------------------------------------------------------------


_INTEGER = {"nl": re.compile(r"^\d{1,3}(?:\.\d{3})*$"), "en": re.compile(r"^\d{1,3}(?:,\d{3})*$")}
_DECIMAL = {"nl": re.compile(r"^\d+,\d+$"), "en": re.compile(r"^\d+\.\d+$")}


def csv_value(shown: str, lang: str) -> Cell:
    """A figure as the report shows it, as a spreadsheet cell: a number stays a number
    (``1.234`` and ``3,4`` in Dutch, ``1,234`` and ``3.4`` in English), anything else
    (``<5``, ``≥13``, ``–``) stays the text it is."""
    if _INTEGER[lang].match(shown):
        return int(shown.replace("." if lang == "nl" else ",", ""))
    if _DECIMAL[lang].match(shown):
        return float(shown.replace(",", "."))
    return shown


def render_csv(report: BoardReport, dialect: CsvDialect = DEFAULT_CSV_DIALECT) -> bytes:
    """One line per figure: section, row, figure, school (empty: all together), value, cases,
    as a CSV file in `dialect` (a Dutch Excel unless told otherwise).

    The values are those the report shows (``<5`` included), so a spreadsheet made from the
    file cannot show more than the report; numbers are numbers in it."""
    lang = report.lang
    rows: list[list[Cell]] = [
        [
            translate(lang, f"review.col.{name}")
            for name in ("section", "row", "figure", "school", "value", "cases")
        ]
    ]
    for section in report.sections:
        for row in section.rows:
            for heading, figure in zip(section.columns[1:], row.figures, strict=False):
                rows.append(
                    [section.title, row.label, heading, None,
                     csv_value(figure.value, lang), csv_value(figure.cases, lang)]
                )  # fmt: skip
    schools = translate(lang, "review.section.schools")
    for panel in report.panels:
        cases = csv_value(panel.cases.value, lang)
        rows.append(
            [schools, translate(lang, "review.header.cases"), None, panel.school, cases, cases]
        )
        for row in panel.rows:
            title = f"{row.label} {key_by_number(int(row.label)).title(lang)}"
            for heading, figure in zip(("hindering", "promoting"), row.figures, strict=True):
                rows.append(
                    [schools, title, translate(lang, f"review.col.{heading}"), panel.school,
                     csv_value(figure.value, lang), csv_value(figure.cases, lang)]
                )  # fmt: skip
    return csv_bytes(rows, dialect)


# -- convenience ------------------------------------------------------------------------------


def review_markdown(overview: Overview, review: Review | None = None, *, lang: str) -> str:
    return render_markdown(board_report(overview, review, lang=lang))


def review_html(overview: Overview, review: Review | None = None, *, lang: str) -> str:
    return render_html(board_report(overview, review, lang=lang))


def review_csv(
    overview: Overview,
    review: Review | None = None,
    *,
    lang: str,
    dialect: CsvDialect = DEFAULT_CSV_DIALECT,
) -> bytes:
    return render_csv(board_report(overview, review, lang=lang), dialect)
