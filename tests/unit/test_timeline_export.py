"""Exports for the meeting: the Markdown table and the whole-timeline picture."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from rich.console import Console

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Case, Category, Event, Lane, Party
from rondom_tui.domain.timeline.layout import GLYPHS, Paint, arrange, paint
from rondom_tui.i18n import translate
from rondom_tui.report.timeline import (
    PRINT_PALETTE,
    TimelinePalette,
    markdown_table,
    redact,
    timeline_renderable,
    whole_window,
)
from rondom_tui.report.timeline_files import MIN_PICTURE_WIDTH
from tests.unit.timeline_strategies import SETTINGS, TODAY, event, event_lists

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


def test_picture_shows_the_whole_timeline_with_legend_and_table(
    case: Case, events: list[Event]
) -> None:
    console = Console(record=True, width=220, color_system="truecolor")
    console.print(timeline_renderable(events, case, today=TODAY, lang="nl"))
    text = console.export_text()
    assert "Tijdlijn van K-7F3A" in text and GIVEN not in text
    assert "+ bevorderend" in text and "░" in text and ">" in text
    lanes = [
        line.split()[0]
        for line in text.splitlines()
        if line.strip().startswith(("Gezin", "School", "Jeugdhulp", "Kind"))
    ]
    assert lanes == ["Gezin", "School", "Jeugdhulp"]
    assert "Gezinsbegeleiding gestart" in text and "Aanmelding jeugdteam" in text
    svg = Console(record=True, width=220)
    svg.print(timeline_renderable(events, case, today=TODAY, lang="nl"))
    assert GIVEN not in svg.export_svg(clear=False)
    assert "K-7F3A" in svg.export_html()


@SETTINGS
@given(event_lists(30))
def test_the_export_window_holds_every_event(events: list[Event]) -> None:
    window, columns = whole_window(events, TODAY)
    arrangement = arrange(events, window.zoom, TODAY)
    frame = paint(arrangement, window, columns, lang="nl")
    assert set(frame.extents) == {e.id for e in events}
    for placed in arrangement.placements.values():
        assert window.first_column <= placed.first
        assert placed.last < window.first_column + columns


def test_export_of_a_case_without_events_still_renders(case: Case) -> None:
    console = Console(record=True, width=120)
    console.print(timeline_renderable([], case, today=date(2026, 1, 5), lang="nl"))
    assert "Tijdlijn van K-7F3A" in console.export_text()


# -- notes and waiting times in every export ------------------------------------------------

NOTE = "Moeder en mentor spreken af om elke vrijdag samen te bellen over de voortgang"


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


def picture_text(
    events: list[Event], case: Case, *, private: bool = True, width: int = MIN_PICTURE_WIDTH
) -> str:
    """The picture as the export prints it, at its narrowest width, as plain text."""
    console = Console(record=True, width=width, color_system=None)
    console.print(timeline_renderable(events, case, today=TODAY, private=private, lang="nl"))
    return console.export_text()


def test_the_picture_table_shows_whole_notes_and_titles_wrapped_not_cut(
    case: Case, events: list[Event]
) -> None:
    events[0].note = f"{GIVEN}: {NOTE}"
    events[1].title = "Overstap naar een nieuwe school na een lang gesprek met het zorgteam"
    text = picture_text(events, case)
    assert "…" not in text
    assert "Notitie" in text and GIVEN not in text
    words = " ".join(line for line in text.splitlines() if line.startswith("│")).split()
    for word in (*NOTE.split(), *events[1].title.split()):
        assert word in words, word
    assert "K-7F3A:" in words
    events[0].source = "gezinsbegeleidingstrajectcoordinatoren-overleg"
    named = picture_text(events, case, private=False)
    assert "…" not in named and "Bron" in named and f"{GIVEN}:" in named


def test_the_picture_draws_and_lists_the_waiting_time(case: Case, events: list[Event]) -> None:
    text = picture_text(events, case)
    youth = [line for line in text.splitlines() if "┄" in line and "wachttijd" not in line]
    assert len(youth) == 1 and "┄┄" in youth[0]
    assert "┄ wachttijd" in text, "the legend names the glyph"
    assert "┄ 02-09-2020 · Aanmelding jeugdteam: wachttijd 14 weken" in text


def test_the_picture_is_wide_enough_for_a_wait_that_goes_on(case: Case) -> None:
    referral = event("02-09-2025", lane=Lane.JEUGDHULP, category=Category.REFERRAL, id="r")
    window, columns = whole_window([referral], TODAY)
    assert window.column_of(TODAY) < columns
    text = picture_text([referral], case)
    [line] = [line for line in text.splitlines() if line.rstrip().endswith(">")]
    assert "┄┄" in line


def test_the_legend_names_every_glyph_the_picture_draws() -> None:
    legend = translate("nl", "timeline.legend")
    drawn = [key for key in GLYPHS if key != "cursor"]
    assert all(f"{GLYPHS[key]} " in legend for key in drawn)


def _styles_drawn(events: list[Event], case: Case, palette: TimelinePalette) -> set[str]:
    """Every style the picture's segments are drawn in, as rich writes it."""
    console = Console(width=MIN_PICTURE_WIDTH, color_system="truecolor")
    renderable = timeline_renderable(events, case, today=TODAY, lang="nl", palette=palette)
    return {str(s.style) for s in console.render(renderable) if s.style and s.text.strip()}


def test_the_picture_is_drawn_in_the_palette_it_is_given(case: Case, events: list[Event]) -> None:
    printed = _styles_drawn(events, case, PRINT_PALETTE)
    assert "bold green" in printed and "bold red" in printed, "the print palette by default"
    screen = TimelinePalette(
        paints={paint: "#0000aa" for paint in Paint}, title="#00aa00", lane="#aa0000"
    )
    drawn = _styles_drawn(events, case, screen)
    assert {"#0000aa", "#00aa00", "#aa0000"} <= drawn
    assert not any("green" in style or "red" in style for style in drawn)
