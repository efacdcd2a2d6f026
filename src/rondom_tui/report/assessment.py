"""An assessment as Markdown, HTML or CSV text. Building text only: the caller writes it.

What is shown, and what privacy hides, is decided in `assessment_report`; this module only lays
the `Report` out, and the CSV goes through the same `private_view`. Every piece of user text is
escaped for its format (HTML through `html.escape`), so a note cannot inject markup, and CSV
cells that a spreadsheet would run as a formula are defused.
"""

from __future__ import annotations

import html
import re

from rondom_tui.domain.assessment.stats import Answer, key_stats
from rondom_tui.domain.dates import format_day
from rondom_tui.domain.keys import SEVEN_KEYS
from rondom_tui.domain.models import Assessment
from rondom_tui.domain.text import clean_text
from rondom_tui.i18n.texts import translate
from rondom_tui.report.assessment_summary import (
    Report,
    ReportAction,
    ReportOptions,
    build_report,
    participant_name,
    private_view,
    subject_code,
)
from rondom_tui.report.csv_dialect import (
    DEFAULT_CSV_DIALECT,
    Cell,
    CsvDialect,
    csv_bytes,
    csv_cell,
)
from rondom_tui.report.html_page import page_start

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#~!])")
_MD_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])")


# -- Markdown ---------------------------------------------------------------------------


def md_escape(text: str) -> str:
    """User text as literal Markdown on one line: punctuation escaped, newlines as spaces."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_quote(text: str) -> list[str]:
    """Free text as a block quote, line by line; a line cannot start a list or a heading."""
    lines = []
    for line in text.splitlines():
        body = _MD_LINE_START.sub(r"\1\\\2", md_escape(line))
        lines.append(f"> {body}" if body else ">")
    return lines


def _md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _yes(flag: bool, lang: str) -> str:
    return translate(lang, "assessment.export.yes") if flag else ""


def render_markdown(report: Report) -> str:
    """The report as a Markdown document, in the report's language."""
    lang = report.lang
    out = [f"# {md_escape(report.title)}", ""]
    out += [f"- **{md_escape(label)}:** {md_escape(value)}" for label, value in report.facts]
    out.append("")
    for notice in report.notices:
        out += [f"> {md_escape(notice)}", ""]
    out += [f"## {md_escape(translate(lang, 'assessment.export.overview'))}", ""]
    out += _md_table(
        _overview_header(lang),
        [
            [
                md_escape(f"{k.number}. {k.title}"),
                k.mean,
                k.low_high,
                k.spread,
                k.stdev,
                str(k.dont_know),
                str(k.missing),
                "!" if k.disagreement else "",
                k.change,
            ]
            for k in report.keys
        ],
    )
    out.append("")
    out += [f"- **{md_escape(label)}:** {md_escape(value)}" for label, value in _picture(report)]
    out += ["", "```text", *report.bars, "```", ""]
    out += [f"## {md_escape(translate(lang, 'assessment.export.per_key'))}", ""]
    for k in report.keys:
        out += [f"### {k.number}. {md_escape(k.title)}", "", f"_{md_escape(k.description)}_", ""]
        out += [f"- {md_escape(who)}: {md_escape(answer)}" for who, answer in k.answers]
        if k.note.strip():
            out += [
                "",
                f"**{md_escape(translate(lang, 'assessment.export.note'))}:**",
                "",
                *_md_quote(k.note),
            ]
        if k.plan:
            out += ["", f"**{md_escape(translate(lang, 'plan.assessment.serving'))}:**", ""]
            out += [f"- {md_escape(line)}" for line in k.plan]
        out.append("")
    out += [f"## {md_escape(translate(lang, 'assessment.export.actions'))}", ""]
    if report.actions:
        out += _md_table(
            _action_header(lang),
            [
                [
                    md_escape(f"{a.key}. {a.key_title}"),
                    md_escape(a.text),
                    md_escape(a.owner),
                    md_escape(_due(a)),
                    _yes(a.done, lang),
                ]
                for a in report.actions
            ],
        )
    else:
        out.append(md_escape(translate(lang, "assessment.export.no_actions")))
    out.append("")
    return "\n".join(out)


def _overview_header(lang: str) -> list[str]:
    return [
        translate(lang, "assessment.export.col.key"),
        translate(lang, "assessment.export.col.mean"),
        translate(lang, "assessment.export.col.low_high"),
        translate(lang, "assessment.export.col.spread"),
        translate(lang, "assessment.export.col.stdev"),
        translate(lang, "assessment.export.col.dont_know"),
        translate(lang, "assessment.export.col.missing"),
        translate(lang, "assessment.export.col.disagreement"),
        translate(lang, "assessment.export.col.change"),
    ]


def _action_header(lang: str) -> list[str]:
    return [
        translate(lang, "assessment.export.col.key"),
        translate(lang, "assessment.export.col.action"),
        translate(lang, "assessment.export.col.owner"),
        translate(lang, "assessment.export.col.due"),
        translate(lang, "assessment.export.col.done"),
    ]


def _due(action: ReportAction) -> str:
    """The due date, with ``⚠ te laat`` after it when the action is overdue."""
    return f"{action.due} {action.overdue}".strip()


def _picture(report: Report) -> list[tuple[str, str]]:
    lang = report.lang
    return [
        (translate(lang, "assessment.summary.strongest"), report.strongest),
        (translate(lang, "assessment.summary.weakest"), report.weakest),
        (translate(lang, "assessment.summary.disagreements"), report.disagreements),
    ]


# -- HTML -------------------------------------------------------------------------------

_STYLE = (
    "body{font-family:sans-serif;max-width:60rem;margin:2rem auto;color:#000;background:#fff}"
    "table{border-collapse:collapse}td,th{border:1px solid #000;padding:.2rem .5rem;"
    "text-align:left;vertical-align:top}pre{font-size:.9rem}blockquote{border-left:3px solid"
    " #000;margin-left:0;padding-left:1rem;white-space:pre-wrap}.flag{font-weight:bold}"
)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _html_table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A table of already escaped cells."""
    out = ["<table>", "<tr>" + "".join(f"<th>{_e(h)}</th>" for h in header) + "</tr>"]
    out += ["<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows]
    out.append("</table>")
    return out


def render_html(report: Report) -> str:
    """The report as a standalone HTML page (no scripts, no external resources), in the
    report's language."""
    lang = report.lang
    out = page_start(report.title, lang, _STYLE, report.facts)
    out += [f"<p><strong>{_e(notice)}</strong></p>" for notice in report.notices]
    out.append(f"<h2>{_e(translate(lang, 'assessment.export.overview'))}</h2>")
    out += _html_table(
        _overview_header(lang),
        [
            [
                _e(f"{k.number}. {k.title}"),
                _e(k.mean),
                _e(k.low_high),
                _e(k.spread),
                _e(k.stdev),
                _e(str(k.dont_know)),
                _e(str(k.missing)),
                '<span class="flag">!</span>' if k.disagreement else "",
                _e(k.change),
            ]
            for k in report.keys
        ],
    )
    out.append("<ul>")
    out += [
        f"<li><strong>{_e(label)}:</strong> {_e(value)}</li>" for label, value in _picture(report)
    ]
    out.append("</ul>")
    out.append("<pre>" + _e("\n".join(report.bars)) + "</pre>")
    out.append(f"<h2>{_e(translate(lang, 'assessment.export.per_key'))}</h2>")
    for k in report.keys:
        out += [f"<h3>{k.number}. {_e(k.title)}</h3>", f"<p><em>{_e(k.description)}</em></p>"]
        out.append("<ul>")
        out += [f"<li>{_e(who)}: {_e(answer)}</li>" for who, answer in k.answers]
        out.append("</ul>")
        if k.note.strip():
            out.append(f"<p><strong>{_e(translate(lang, 'assessment.export.note'))}:</strong></p>")
            out.append(f"<blockquote>{_e(k.note)}</blockquote>")
        if k.plan:
            out.append(f"<p><strong>{_e(translate(lang, 'plan.assessment.serving'))}:</strong></p>")
            out += ["<ul>", *(f"<li>{_e(line)}</li>" for line in k.plan), "</ul>"]
    out.append(f"<h2>{_e(translate(lang, 'assessment.export.actions'))}</h2>")
    if report.actions:
        out += _html_table(
            _action_header(lang),
            [
                [
                    _e(f"{a.key}. {a.key_title}"),
                    _e(a.text),
                    _e(a.owner),
                    _e(_due(a)),
                    _e(_yes(a.done, lang)),
                ]
                for a in report.actions
            ],
        )
    else:
        out.append(f"<p>{_e(translate(lang, 'assessment.export.no_actions'))}</p>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# -- convenience ------------------------------------------------------------------------


def export_markdown(
    assessment: Assessment,
    options: ReportOptions | None = None,
    *,
    previous: Assessment | None = None,
    lang: str,
) -> str:
    """Summary and actions of `assessment` as Markdown in `lang`, plain text only (no control
    character from the data, whatever reached it)."""
    return clean_text(
        render_markdown(build_report(assessment, options, previous=previous, lang=lang))
    )


def export_html(
    assessment: Assessment,
    options: ReportOptions | None = None,
    *,
    previous: Assessment | None = None,
    lang: str,
) -> str:
    """Summary and actions of `assessment` as an HTML page in `lang`, plain text only."""
    return clean_text(render_html(build_report(assessment, options, previous=previous, lang=lang)))


# -- CSV --------------------------------------------------------------------------------


def csv_header(*, lang: str) -> list[str]:
    return [
        translate(lang, "assessment.csv.assessment"),
        translate(lang, "assessment.csv.subject"),
        translate(lang, "assessment.csv.held_on"),
        translate(lang, "assessment.csv.key"),
        translate(lang, "assessment.csv.key_title"),
        translate(lang, "assessment.csv.participant"),
        translate(lang, "assessment.csv.role"),
        translate(lang, "assessment.csv.score"),
        translate(lang, "assessment.csv.answer"),
    ]


def export_csv(
    assessment: Assessment,
    options: ReportOptions | None = None,
    *,
    lang: str,
    dialect: CsvDialect = DEFAULT_CSV_DIALECT,
) -> bytes:
    """The scores in `lang`, one row per key per participant, as a CSV file in `dialect` (a
    Dutch Excel unless told otherwise); an empty score cell is no score.

    Every row starts with the assessment's id and its case code (or team or school), so rows
    of several files merged into one still say which assessment they belong to; the child's
    name is never in that column. With privacy a participant is named by role, and the child's
    names typed into a label or role become the case code. In an anonymous assessment the
    participant and role cells are empty and each key's rows are sorted by score, so row order
    cannot tie the scores of different keys to one person.
    """
    options = options or ReportOptions()
    assessment = private_view(assessment, options, lang=lang)
    privacy = options.privacy
    rows: list[list[Cell]] = [list(csv_header(lang=lang))]
    subject = subject_code(assessment, options, lang=lang)
    held_on = format_day(assessment.held_on)
    for key in SEVEN_KEYS:
        stats = key_stats(assessment, key.number)
        answers: list[tuple[str, str, int | None, Answer]]
        if assessment.anonymous:
            scored = [i + 1 for i, n in enumerate(stats.distribution) for _ in range(n)]
            answers = [("", "", s, Answer.SCORED) for s in scored]
            answers += [("", "", None, Answer.DONT_KNOW)] * stats.dont_know
            answers += [("", "", None, Answer.MISSING)] * stats.missing
        else:
            answers = [
                (
                    participant_name(person, number, privacy=privacy, lang=lang),
                    person.role,
                    answer.score,
                    answer.answer,
                )
                for number, (person, answer) in enumerate(
                    zip(assessment.participants, stats.by_participant, strict=True), start=1
                )
            ]
        for who, role, score, answer in answers:
            rows.append(
                [
                    assessment.id,
                    subject,
                    held_on,
                    key.number,
                    key.title(lang),
                    who,
                    role,
                    score,
                    translate(lang, f"assessment.answer.{answer.value}"),
                ]
            )
    return csv_bytes(rows, dialect)


__all__ = [
    "CsvDialect",
    "ReportOptions",
    "csv_cell",
    "csv_header",
    "export_csv",
    "export_html",
    "export_markdown",
    "md_escape",
    "render_html",
    "render_markdown",
]
