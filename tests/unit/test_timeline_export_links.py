""" "May explain" links in the Tijdlijn's exports: a section "Mogelijke verklaringen" in Markdown
and HTML, marks and a list in the SVG drawing; names replaced in privacy mode; a filtered
export keeps only the links among its events. Fictional data."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest

from rondom_tui.cli.program import main
from rondom_tui.domain.links import Link, ViewHolder
from rondom_tui.report.timeline_files import ExportFormat, export_text
from rondom_tui.store.repository import Store
from tests.conftest import PASSPHRASE, SECRET_NAME
from tests.ui.timeline_data import CODE, NAMED_EVENT, TODAY, store_with_timeline, timeline_case

CASE, EVENTS = timeline_case()
FIRST = Link(
    case_id=CASE.id,
    causes=["event-06", "event-07"],
    effect="event-08",
    wording=f"{SECRET_NAME} voelt de geldzorgen <thuis>",
    holder=ViewHolder.PARENTS,
    created_at=datetime(2026, 1, 5, tzinfo=UTC),
)
SECOND = Link(
    case_id=CASE.id,
    causes=["event-08"],
    effect=NAMED_EVENT,
    disputed=True,
    created_at=datetime(2026, 1, 6, tzinfo=UTC),
)


def export(fmt: ExportFormat, *, private: bool = False, events: list | None = None) -> str:  # type: ignore[type-arg]
    return export_text(
        EVENTS if events is None else events,
        CASE,
        fmt,
        today=TODAY,
        private=private,
        lang="nl",
        links=[SECOND, FIRST],
    )


def test_markdown_lists_the_links_numbered_with_whose_view_and_dispute() -> None:
    text = export(ExportFormat.MARKDOWN)
    section = text.split("## Mogelijke verklaringen", 1)[1]
    lines = [line for line in section.splitlines() if line.startswith("- ")]
    assert lines[0].startswith(
        "- 1. Schulden: betalingsachterstand huur + Onrust in de klas, moeite met concentratie"
        " → Ruzie op het schoolplein · ouders · “"
    )
    assert lines[1].endswith("· samen · ⚠ betwist")


def test_html_escapes_the_wording_and_svg_marks_the_events() -> None:
    page = export(ExportFormat.HTML)
    assert "<h2>Mogelijke verklaringen</h2>" in page and "&lt;thuis&gt;" in page
    svg = export(ExportFormat.SVG)
    ElementTree.fromstring(svg.encode())
    assert "→¹·²Ruzie" in svg and "¹Schulden" in svg and "Mogelijke verklaringen" in svg
    assert "¹Verhuizing kan →¹Onrust verklaren" in svg  # the legend


def test_privacy_replaces_names_in_the_wording_and_titles() -> None:
    for fmt in ExportFormat:
        text = export(fmt, private=True)
        assert "Mogelijke verklaringen" in text
        assert SECRET_NAME not in text, fmt


def test_a_filtered_export_keeps_only_the_links_among_its_events() -> None:
    without_named = [e for e in EVENTS if e.id != NAMED_EVENT]
    text = export(ExportFormat.MARKDOWN, events=without_named)
    assert "1. Schulden" in text and "2. " not in text.split("Mogelijke verklaringen")[1]
    none = [e for e in EVENTS if e.id not in ("event-08",)]
    assert "Mogelijke verklaringen" not in export(ExportFormat.MARKDOWN, events=none)
    assert "Mogelijke verklaringen" not in export(ExportFormat.SVG, events=none)


@pytest.mark.writes_names("*/tijdlijn.md")  # the file with names the test asks for
def test_rondom_timeline_writes_the_cases_links(store: Store, tmp_path: Path) -> None:
    case = store_with_timeline(store)
    store.links.add(Link(case_id=case.id, causes=["event-06"], effect="event-08", wording="geld"))
    path = store.path
    store.close()
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n")
    out = tmp_path / "tijdlijn.md"
    args = ["--store", str(path), "--passphrase-file", str(secret), "timeline", CODE]
    assert main([*args, "-o", str(out)]) == 0
    assert "- 1. Schulden: betalingsachterstand huur → Ruzie op het schoolplein" in out.read_text()
