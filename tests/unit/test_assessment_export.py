"""Exports of an assessment: Markdown and HTML summaries, CSV scores, and what privacy hides."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import date
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.models import Party
from rondom_tui.report.assessment import (
    CsvDialect,
    csv_cell,
    export_csv,
    export_html,
    export_markdown,
    md_escape,
)
from rondom_tui.report.assessment_summary import ReportOptions, build_report
from rondom_tui.report.csv_dialect import csv_bytes
from tests.unit.assessment_data import MISSING, assessments, build, free_text

CODE = "K-7F3A"
CHILD = "Xqsam Xqjansen"
CHILD_NAMES = (CHILD, "Xqsam", "Xqjansen")


def meeting():
    a = build(
        {1: [4, 2, None], 2: [5, 5, 4], 3: [MISSING, 3, 3]},
        people=[("Xqmoeder", "ouder"), ("Xqjuf", "leerkracht"), ("Xqcoach", "")],
        notes={2: "Ouders voelen zich gehoord."},
    )
    a.facilitator = "Xqleider"
    a = flow.add_action(a, 2, "Wekelijks belmoment", owner="Xqmoeder", due=date(2026, 4, 1))
    return flow.add_action(a, 1, "Huisbezoek", owner="Xqbuurvrouw")


PRIVATE = ReportOptions(privacy=True, case_code=CODE, case_name=CHILD, child_names=CHILD_NAMES)
OPEN = ReportOptions(privacy=False, case_code=CODE, case_name=CHILD, child_names=CHILD_NAMES)


def naming_the_child():
    """A meeting where people typed the child's names into a role, a note and an action."""
    a = build(
        {1: [4, 2]},
        people=[("Xqmoeder", "moeder van Xqsam"), ("Xqjuf", "leerkracht")],
        notes={1: "XQSAM voelt zich gehoord; thuis bij Xqsam  Xqjansen gaat het beter."},
    )
    return flow.add_action(a, 1, "Xqjansen thuis bezoeken", owner="Xqsam", due=date(2026, 4, 1))


# -- what privacy hides -----------------------------------------------------------------


@pytest.mark.parametrize("export", [export_markdown, export_html])
def test_privacy_shows_the_case_code_and_roles_never_names(export):
    text = export(meeting(), PRIVATE, lang="nl")
    assert CODE in text
    assert "Xq" not in text
    assert "ouder" in text and "leerkracht" in text
    assert "deelnemer 3" in text
    assert "naam weggelaten" in text  # the owner who is not a participant
    assert "Controleer notities en actiepunten" in text


@pytest.mark.parametrize("export", [export_markdown, export_html])
def test_without_privacy_names_and_code_are_shown(export):
    text = export(meeting(), OPEN, lang="nl")
    assert f"{CHILD} ({CODE})" in text
    assert "Xqmoeder (ouder)" in text and "Xqcoach" in text and "Xqleider" in text


@pytest.mark.parametrize("export", [export_markdown, export_html])
def test_privacy_puts_the_code_where_the_childs_name_was_typed(export):
    text = export(naming_the_child(), PRIVATE, lang="nl")
    assert "xqsam" not in text.casefold() and "xqjansen" not in text.casefold()
    assert f"{CODE} voelt zich gehoord; thuis bij {CODE} gaat het beter." in text
    assert f"{CODE} thuis bezoeken" in text
    assert f"moeder van {CODE}" in text  # the role, as privacy shows participants
    assert "naam weggelaten" in text  # the owner typed as the child's name


def test_without_privacy_the_typed_text_is_exported_as_typed():
    text = export_markdown(naming_the_child(), OPEN, lang="nl")
    assert "XQSAM voelt zich gehoord" in text and "Xqjansen thuis bezoeken" in text


def test_privacy_in_the_report_leaves_the_assessment_itself_as_typed():
    a = naming_the_child()
    build_report(a, PRIVATE, lang="nl")
    assert a.keys[0].note.startswith("XQSAM") and a.actions[0].owner == "Xqsam"


def test_action_owner_who_takes_part_is_shown_by_role_under_privacy():
    report = build_report(meeting(), PRIVATE, lang="nl")
    owners = {a.text: a.owner for a in report.actions}
    assert owners == {"Wekelijks belmoment": "ouder", "Huisbezoek": "naam weggelaten"}


def test_a_team_assessment_is_named_by_its_label():
    team = build({1: [3]}, case_id=None, label="Team Zuid")
    assert "Team Zuid" in export_markdown(team, PRIVATE, lang="nl")
    assert CODE not in export_markdown(team, PRIVATE, lang="nl")


@given(assessments(anonymous=True), st.booleans())
def test_anonymous_exports_never_name_a_participant(assessment, privacy):
    options = ReportOptions(privacy=privacy, case_code=CODE)
    outputs = [
        export_markdown(assessment, options, lang="nl"),
        export_html(assessment, options, lang="nl"),
        export_csv(assessment, options, lang="nl").decode("utf-8-sig"),
    ]
    for person in assessment.participants:
        for text in outputs:
            assert person.label not in text


# -- Markdown ---------------------------------------------------------------------------


def test_markdown_has_the_overview_bars_keys_and_actions():
    text = export_markdown(meeting(), OPEN, previous=build({1: [1, 1]}), lang="nl")
    assert "| 1. Investeren in relaties | 3,0 | 2–4 |" in text
    assert "▲ +2,0" in text
    assert "```text" in text and "█" in text
    assert "- Xqjuf (leerkracht): 2 – een beetje" in text
    assert "- Xqcoach: weet niet" in text
    assert "> Ouders voelen zich gehoord." in text
    assert (
        "| 2. Kind centraal in (gezins)context | Wekelijks belmoment | Xqmoeder | 01-04-2026 |"
        in text
    )


def test_markdown_export_follows_the_language():
    text = export_markdown(meeting(), OPEN, lang="en")
    assert "Investing in relationships" in text and "Actions" in text
    assert '<html lang="en">' in export_html(meeting(), OPEN, lang="en")
    assert "Investeren in relaties" in export_markdown(meeting(), OPEN, lang="nl")


def _unescaped_pipes(line: str) -> int:
    return line.replace("\\\\", "").count("|") - line.replace("\\\\", "").count("\\|")


@given(free_text, free_text)
def test_user_text_cannot_break_a_markdown_table_or_add_markup(action_text, owner):
    a = flow.add_action(build({1: [3]}), 1, "x" + action_text, owner=owner.strip())
    text = export_markdown(a, OPEN, lang="nl")
    rows = [line for line in text.splitlines() if line.startswith("| 1. Investeren")]
    overview, action = rows
    assert _unescaped_pipes(overview) == 10
    assert _unescaped_pipes(action) == 6
    assert "<" not in md_escape(action_text).replace("\\<", "")


# -- HTML -------------------------------------------------------------------------------

TEMPLATE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "dl", "dt", "dd",
    "p", "strong", "em", "table", "tr", "th", "td", "ul", "li", "pre", "blockquote", "span",
}  # fmt: skip


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_markup_in_notes_names_and_actions():
    a = build({1: [2, 4]}, people=[("<script>alert(1)</script>", "ouder"), ("A & B", "")])
    a = flow.set_note(a, 1, '<img src=x onerror="x()">')
    a = flow.add_action(a, 1, "<b>vet</b>", owner='"quote"')
    text = export_html(a, OPEN, lang="nl")
    assert "<script>" not in text and "<img" not in text and "<b>" not in text
    assert "&lt;script&gt;" in text and "A &amp; B" in text and "&quot;quote&quot;" in text


@given(free_text.map(lambda s: "<" + s), free_text.map(lambda s: s + "</td>"))
def test_html_has_no_markup_from_user_text(note, label):
    a = flow.set_note(build({2: [3]}, people=[(label, "ouder")]), 2, note)
    a = flow.add_action(a, 2, note)
    parser = _Tags()
    parser.feed(export_html(a, OPEN, lang="nl"))
    assert parser.tags <= TEMPLATE_TAGS
    text = "".join(parser.text)
    assert " ".join(note.split()) in " ".join(text.split())


# -- CSV --------------------------------------------------------------------------------


def _rows(data: bytes) -> list[list[str]]:
    """The rows of a CSV in the default dialect: a Dutch Excel's (BOM, semicolons)."""
    assert data.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_csv_has_one_row_per_key_per_participant():
    a = meeting()
    rows = _rows(export_csv(a, OPEN, lang="nl"))
    assert rows[0] == [
        "zelfevaluatie", "dossier of team", "datum", "sleutel", "titel", "deelnemer", "rol",
        "score", "antwoord",
    ]  # fmt: skip
    assert len(rows) == 1 + 7 * 3
    assert rows[1] == [
        a.id,
        CODE,
        "14-03-2026",
        "1",
        "Investeren in relaties",
        "Xqmoeder (ouder)",
        "ouder",
        "4",
        "score",
    ]
    assert rows[3][5:] == ["Xqcoach", "", "", "weet niet"]
    assert rows[7][5:] == ["Xqmoeder (ouder)", "ouder", "", "niet ingevuld"]


def test_csv_with_privacy_names_roles_only():
    data = export_csv(meeting(), PRIVATE, lang="nl")
    assert "Xq" not in data.decode("utf-8-sig")
    assert _rows(data)[3][5] == "deelnemer 3"


@pytest.mark.parametrize("options", [OPEN, PRIVATE])
def test_merged_csv_rows_keep_their_assessment_and_case_code_never_the_name(options):
    first, second = naming_the_child(), meeting()
    merged = (
        _rows(export_csv(first, options, lang="nl"))
        + _rows(export_csv(second, options, lang="nl"))[1:]
    )
    ids = {row[0] for row in merged[1:]}
    assert ids == {first.id, second.id}
    assert {row[1] for row in merged[1:]} == {CODE}
    assert all(row[0] == first.id for row in merged[1:15])  # 7 keys x 2 participants
    assert "xqsam" not in "".join(row[1] for row in merged).casefold()


def test_csv_with_privacy_puts_the_code_where_a_role_names_the_child():
    rows = _rows(export_csv(naming_the_child(), PRIVATE, lang="nl"))
    assert rows[1][5:7] == [f"moeder van {CODE}", f"moeder van {CODE}"]
    assert "xqsam" not in str(rows).casefold()


def test_a_team_csv_names_the_team_in_every_row():
    team = build({1: [3]}, case_id=None, label="Team Zuid")
    assert {row[1] for row in _rows(export_csv(team, PRIVATE, lang="nl"))[1:]} == {"Team Zuid"}


def test_anonymous_csv_sorts_each_key_so_rows_cannot_be_tied_to_a_person():
    a = build({1: [5, 1, None, 3], 2: [1, 5, 2, MISSING]}, anonymous=True)
    rows = _rows(export_csv(a, lang="nl"))[1:]
    key1 = [r for r in rows if r[3] == "1"]
    assert [r[7] for r in key1] == ["1", "3", "5", ""]
    assert all(r[5] == r[6] == "" for r in rows)
    assert [r[8] for r in rows if r[3] == "2"] == ["score", "score", "score", "niet ingevuld"]


def test_a_cell_that_looks_like_a_formula_is_defused():
    assert csv_cell("=SUM(A1)") == "'=SUM(A1)"
    assert csv_cell("-1") == "'-1"
    assert csv_cell("ouder") == "ouder"


@given(assessments(anonymous=False), st.booleans())
def test_csv_round_trips_through_the_csv_module(assessment, privacy):
    options = ReportOptions(privacy=privacy, case_code=CODE)
    rows = _rows(export_csv(assessment, options, lang="nl"))
    people = assessment.participants
    assert len(rows) == 1 + 7 * len(people)
    for number, row in enumerate(rows[1:]):
        assert len(row) == 9
        assert row[:2] == [assessment.id, CODE]
        key, person = int(row[3]), people[number % len(people)]
        stored = assessment.keys[key - 1].scores.get(person.id)
        assert row[7] == ("" if stored is None else str(stored))
        assert row[6] == csv_cell(person.role)
        if not privacy:
            assert row[5].startswith(person.label)


def test_anonymous_summary_shows_how_often_each_score_was_given():
    a = build({1: [5, 5, 2, None]}, anonymous=True)
    text = export_markdown(a, OPEN, lang="nl")
    assert "- 5 – helemaal: 2" in text
    assert "- 2 – een beetje: 1" in text
    assert "- weet niet: 1" in text
    assert "- niet ingevuld: 0" in text
    assert "**Deelnemers:** 4\n" in text
    assert "Anoniem gescoord" in text


@pytest.mark.parametrize("anonymous", [False, True])
def test_dont_know_and_not_answered_yet_are_counted_apart(anonymous):
    a = build({1: [5, None, MISSING, MISSING]}, anonymous=anonymous)
    key1 = build_report(a, lang="nl").keys[0]
    assert (key1.dont_know, key1.missing) == (1, 2)
    text = export_markdown(a, OPEN, lang="nl")
    assert "| Weet niet | Niet ingevuld |" in text
    assert "| 1. Investeren in relaties | 5,0 | 5–5 | 0 | 0,0 | 1 | 2 |" in text
    if anonymous:
        assert "- weet niet: 1" in text and "- niet ingevuld: 2" in text
    html = export_html(a, OPEN, lang="nl")
    assert "<th>Weet niet</th><th>Niet ingevuld</th>" in html


# -- CSV dialects: a Dutch Excel by default, plain CSV on request ------------------------


def test_csv_opens_in_a_dutch_excel_by_default():
    a = build({1: [4]}, people=[("Xqzoë", "coördinator; school")])
    data = export_csv(a, OPEN, lang="nl")
    assert data.startswith(codecs.BOM_UTF8)  # else Excel reads Windows-1252: "coÃ¶rdinator"
    first_line = data.decode("utf-8-sig").splitlines()[0]
    assert first_line.count(";") == 8 and "," not in first_line
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[1][5:8] == ["Xqzoë (coördinator; school)", "coördinator; school", "4"]


def test_plain_csv_has_commas_and_no_bom():
    a = build({1: [4]}, people=[("Xqzoë", "coördinator, school")])
    data = export_csv(a, OPEN, lang="nl", dialect=CsvDialect.COMMA)
    assert not data.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert len(rows[0]) == 9
    assert rows[1][5:8] == ["Xqzoë (coördinator, school)", "coördinator, school", "4"]


@pytest.mark.parametrize(
    ("dialect", "delimiter", "numbers"),
    [
        (CsvDialect.EXCEL_NL, ";", ["3,5", "-0,25", "2"]),
        (CsvDialect.COMMA, ",", ["3.5", "-0.25", "2"]),
    ],
)
def test_numbers_use_the_dialects_decimal_separator_and_stay_numbers(dialect, delimiter, numbers):
    data = csv_bytes(
        [["gem.", "verschil", "n", "leeg", "tekst"], [3.5, -0.25, 2, None, "-1"]], dialect
    )
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    assert rows[1] == [*numbers, "", "'-1"]  # a negative number is a number, text "-1" defused
    assert text.endswith("\r\n")


# -- one meaning of "spreiding", overdue actions, owners who are parties -------------------


def test_spreiding_is_the_range_as_on_screen_and_the_standard_deviation_has_its_own_name():
    text = export_markdown(meeting(), OPEN, lang="nl")
    header = next(line for line in text.splitlines() if line.startswith("| Sleutel"))
    assert "| Spreiding |" in header and "| Standaardafwijking |" in header
    assert "(sd)" not in text
    # key 1: scores 4 and 2 (and a "weet niet"): the range is 2, the standard deviation 1,0
    assert "| 1. Investeren in relaties | 3,0 | 2–4 | 2 | 1,0 |" in text
    english = export_html(meeting(), OPEN, lang="en")
    assert "<th>Spread</th>" in english and "<th>Standard deviation</th>" in english


def _with_actions():
    a = build({1: [3]})
    a = flow.add_action(a, 1, "Te laat gebeld", owner="leerkracht", due=date(2026, 3, 1))
    a = flow.add_action(a, 1, "Vandaag bellen", owner="leerkracht", due=date(2026, 3, 14))
    a = flow.add_action(a, 1, "Klaar, maar laat", owner="leerkracht", due=date(2026, 2, 1))
    a = flow.set_action_done(a, a.actions[2].id)
    return flow.add_action(a, 1, "Zonder datum", owner="leerkracht")


def test_exports_flag_the_actions_overdue_on_the_day_given():
    options = ReportOptions(today=date(2026, 3, 14))
    text = export_markdown(_with_actions(), options, lang="nl")
    flagged = [line for line in text.splitlines() if "⚠ te laat" in line]
    assert len(flagged) == 1 and "Te laat gebeld" in flagged[0] and "01-03-2026 ⚠ te laat" in text
    assert "01-03-2026 ⚠ te laat" in export_html(_with_actions(), options, lang="nl")
    assert "01-03-2026 ⚠ overdue" in export_markdown(_with_actions(), options, lang="en")


def test_an_ascii_export_flags_overdue_without_the_symbol():
    options = ReportOptions(today=date(2026, 3, 14), ascii=True)
    html = export_html(_with_actions(), options, lang="nl")
    assert "<td>01-03-2026 ! te laat</td>" in html and "⚠" not in html
    markdown = export_markdown(_with_actions(), options, lang="nl")
    assert "01-03-2026 \\! te laat" in markdown and "⚠" not in markdown


def test_without_a_day_no_action_is_flagged():
    assert "te laat" not in export_markdown(_with_actions(), ReportOptions(), lang="nl")


def test_an_owner_who_is_a_party_of_the_case_is_exported_as_the_partys_role():
    a = flow.add_action(build({1: [3]}), 1, "Huisbezoek", owner="  xqanouk   de vries ")
    a = flow.add_action(a, 1, "Bellen", owner="Xqonbekend")
    a = flow.add_action(a, 1, "Ophalen", owner="Xqvader Xqjansen")  # shares the child's name
    parties = (
        Party(role="schoolmaatschappelijk werker", name="Xqanouk de Vries"),
        Party(role="", name="Xqzonderrol"),
        Party(role="vader van Xqsam", name="Xqvader Xqjansen"),
    )
    options = ReportOptions(
        privacy=True, case_code=CODE, case_name=CHILD, child_names=CHILD_NAMES, parties=parties
    )
    owners = {a.text: a.owner for a in build_report(a, options, lang="nl").actions}
    assert owners == {
        "Huisbezoek": "schoolmaatschappelijk werker",
        "Bellen": "naam weggelaten",
        "Ophalen": f"vader van {CODE}",
    }
    assert "Xq" not in export_markdown(a, options, lang="nl")
