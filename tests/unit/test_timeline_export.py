"""Exports for the meeting: the Markdown table, the SVG drawing and the HTML page."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Case, Category, Event, Lane, Party
from rondom_tui.domain.timeline.layout import GLYPHS
from rondom_tui.i18n import translate
from rondom_tui.report.timeline import markdown_table, redact
from rondom_tui.report.timeline_files import ExportFormat, export_text
from rondom_tui.report.timeline_svg import PAPER_MM, Paper, timeline_svg
from tests.unit.timeline_strategies import TODAY, event

GIVEN, FAMILY = "Wobbelientje", "Quaakernaat"
"""Fictional names that must not appear in a private export."""


@pytest.fixture
def case() -> Case:
    return Case(
        code="K-7F3A",
        given_name=GIVEN,
        family_name=FAMILY,
        date_of_birth=PartialDate.parse("12-05-2014"),
        parties=[Party(role="moeder", name="Anna Quaakernaat"), Party(role="mentor", name="")],
    )


@pytest.fixture
def events() -> list[Event]:
    return [
        event(
            "09-12-2020",
            lane=Lane.JEUGDHULP,
            category=Category.HELP_STARTED,
            ongoing=True,
            valence=1,
            title="Gezinsbegeleiding gestart",
            id="help",
        ),
        event(
            "14-03-2019",
            lane=Lane.SCHOOL,
            category=Category.SCHOOL_CHANGE,
            valence=1,
            title=f"{GIVEN} naar een nieuwe school",
            keys=(2, 1),
            id="school",
        ),
        event(
            "2019",
            end="~2021",
            lane=Lane.GEZIN,
            category=Category.LIFE_EVENT,
            valence=-1,
            title="Scheiding | ouders",
            id="divorce",
        ),
        event(
            "02-09-2020",
            lane=Lane.JEUGDHULP,
            category=Category.REFERRAL,
            title="Aanmelding jeugdteam",
            id="referral",
        ),
    ]


def table_rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("| ") and "---" not in line][1:]


def test_private_markdown_uses_the_code_and_hides_names_and_sources(
    case: Case, events: list[Event]
) -> None:
    events[0].source = "Anna Quaakernaat"
    events[0].note = f"{GIVEN} is blij"
    text = markdown_table(events, case, today=TODAY, lang="nl")
    assert text.startswith("# Tijdlijn van K-7F3A\n")
    assert GIVEN not in text and FAMILY not in text and "Anna" not in text
    assert "Bron" not in text
    assert "K-7F3A naar een nieuwe school" in text and "K-7F3A is blij" in text


def test_named_markdown_shows_the_name_and_the_source(case: Case, events: list[Event]) -> None:
    events[0].source = "jeugdteam"
    text = markdown_table(events, case, today=TODAY, private=False, lang="nl")
    assert text.startswith(f"# Tijdlijn van {GIVEN} {FAMILY}\n")
    assert "| Bron |" in text and "jeugdteam" in text


def test_markdown_rows_are_in_time_order_with_dutch_dates(case: Case, events: list[Event]) -> None:
    rows = table_rows(markdown_table(events, case, today=TODAY, lang="nl"))
    assert [row.split(" | ")[0].removeprefix("| ") for row in rows] == [
        "14-03-2019",
        "2019",
        "02-09-2020",
        "09-12-2020",
    ]
    school, divorce, _, helped = rows
    assert (
        "ca. 2021" in divorce and "- belemmerend" in divorce and "Scheiding \\| ouders" in divorce
    )
    assert "| 1, 2 |" in school and "+ bevorderend" in school
    assert "| loopt nog |" in helped


def test_markdown_lists_waits_and_shows_the_filter(case: Case, events: list[Event]) -> None:
    text = markdown_table(
        events, case, today=TODAY, filter_text="Filter: baan Jeugdhulp", lang="nl"
    )
    assert "## Wachttijden" in text
    assert "- ┄ 02-09-2020 · Aanmelding jeugdteam: wachttijd 14 weken" in text
    assert "Filter: baan Jeugdhulp" in text.split("|")[0]
    assert "## Wachttijden" not in markdown_table(
        events, case, today=TODAY, with_analysis=False, lang="nl"
    )


def test_markdown_cells_cannot_break_the_table_or_carry_html(case: Case) -> None:
    tricky = event("2020", title="regel 1\nregel 2 <script>", id="x")
    row = table_rows(markdown_table([tricky], case, today=TODAY, lang="nl"))[0]
    assert "regel 1 regel 2 &lt;script&gt;" in row and "<" not in row


def test_markdown_in_english_and_without_events(case: Case) -> None:
    text = markdown_table([], case, today=TODAY, lang="en")
    assert text.startswith("# Timeline of K-7F3A") and "No events." in text


def test_redact_replaces_whole_names_only(case: Case) -> None:
    assert redact(f"{GIVEN}je en {GIVEN.upper()}", case) == f"{GIVEN}je en K-7F3A"
    assert redact("gesprek met Anna Quaakernaat", case) == "gesprek met moeder"
    assert redact("de mentor belde", case) == "de mentor belde"


def test_markdown_has_a_note_column_redacted_like_the_titles(
    case: Case, events: list[Event]
) -> None:
    events[1].note = f"{GIVEN} vond de eerste week spannend\nen sliep slecht | moe"
    private = markdown_table(events, case, today=TODAY, lang="nl")
    header = next(line for line in private.splitlines() if line.startswith("| Datum"))
    assert header.rstrip(" |").endswith("Notitie")
    [school] = [row for row in table_rows(private) if "nieuwe school" in row]
    assert school.endswith("| K-7F3A vond de eerste week spannend en sliep slecht \\| moe |")
    named = markdown_table(events, case, today=TODAY, private=False, lang="nl")
    assert f"| {GIVEN} vond de eerste week spannend en sliep slecht" in named


def svg_of(events: list[Event], case: Case, **options: object) -> str:
    return timeline_svg(events, case, today=TODAY, lang="nl", **options)  # type: ignore[arg-type]


def svg_text(svg: str) -> str:
    """Everything the drawing says in words, as a parser reads it (entities decoded)."""
    return " ".join("".join(node.itertext()) for node in ElementTree.fromstring(svg.encode()))


@pytest.mark.parametrize("paper", list(Paper))
def test_the_drawing_holds_every_title_and_parses_as_xml(
    case: Case, events: list[Event], paper: Paper
) -> None:
    svg = svg_of(events, case, private=False, paper=paper)
    root = ElementTree.fromstring(svg.encode())
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    width, _ = PAPER_MM[paper]
    assert root.get("width") == f"{width:g}mm"
    said = svg_text(svg)
    for item in events:
        assert item.title in said
    assert GIVEN in said and "K-7F3A" in said  # names were allowed: name and code
    assert "wachttijd" in said and "jr" in said  # the measured wait, the age row
    assert translate("nl", "timeline.legend") in said


def test_a_private_drawing_holds_no_names_and_no_sources(case: Case, events: list[Event]) -> None:
    events[2].source = "Anna Quaakernaat"
    svg = svg_of(events, case, private=True)
    for name in (GIVEN, FAMILY, "Anna"):
        assert name not in svg
    said = svg_text(svg)
    assert "K-7F3A naar een nieuwe school" in said


def test_hostile_text_is_escaped_and_the_drawing_still_parses(case: Case) -> None:
    hostile = '<script>alert("x")</script> & \x1b]0;titel\x07 \x00 ]]>'
    svg = svg_of([event("14-03-2019", title=hostile, id="h")], case, private=False)
    assert "<script>" not in svg and "\x1b" not in svg and "\x00" not in svg
    assert "&lt;script&gt;" in svg
    assert "alert" in svg_text(svg)


def test_the_drawing_has_no_terminal_frame_and_calls_out_to_nobody(
    case: Case, events: list[Event]
) -> None:
    svg = svg_of(events, case)
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")
    assert "<circle" not in svg  # rich's window buttons


def test_the_html_page_embeds_the_drawing_with_the_table_under_it(
    case: Case, events: list[Event]
) -> None:
    events[1].note = "<b>vet</b> & zo"
    page = export_text(events, case, ExportFormat.HTML, today=TODAY, private=True, lang="nl")
    assert page.startswith("<!DOCTYPE html>") and "<?xml" not in page
    assert page.index("<svg") < page.index("<table")
    assert "&lt;b&gt;vet&lt;/b&gt; &amp; zo" in page and "<b>vet" not in page
    assert GIVEN not in page


def test_the_legend_names_every_glyph_the_picture_draws() -> None:
    legend = translate("nl", "timeline.legend") + translate("nl", "timeline.legend.marks")
    drawn = [key for key in GLYPHS if key not in ("cursor", "open", "close")]
    assert all(GLYPHS[key] in legend for key in drawn)
