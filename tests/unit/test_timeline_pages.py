"""The Tijdlijn's print drawing is pages of exactly A4 or A3 landscape: the picture fitted to
the first page, the list of events on further pages where it does not fit, every title in
the SVG file."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest

from rondom_tui.domain.demo import demo_cases
from rondom_tui.domain.models import Case, Event, Lane
from rondom_tui.report.timeline_files import ExportFormat, export_text
from rondom_tui.report.timeline_picture import FONT, MARGIN, ROW
from rondom_tui.report.timeline_svg import PAPER_MM, Paper, timeline_pages, timeline_svg
from tests.unit.timeline_strategies import TODAY, event

SVG = "{http://www.w3.org/2000/svg}"
POINT = 25.4 / 72
"""One typographic point in millimetres."""


def crowded() -> tuple[Case, list[Event]]:
    """Sixty events in one school year, each with its own title: many rows of words."""
    case = Case(code="K-DRUK", given_name="Fictief", family_name="Voorbeeld")
    events = [
        event(
            f"{1 + day % 28:02d}-{1 + day // 28 % 12:02d}-2024",
            lane=list(Lane)[day % len(Lane)],
            valence=(-1, 0, 1)[day % 3],
            title=f"Gebeurtenis nummer {day} met een lange titel",
            id=f"e{day}",
        )
        for day in range(60)
    ]
    return case, events


def stacked() -> tuple[Case, list[Event]]:
    """Ten periods over the same years in every lane: a picture taller than any page at 3 mm."""
    case = Case(code="K-HOOG", given_name="Fictief", family_name="Voorbeeld")
    events = [
        event(
            f"01-{1 + n:02d}-2019",
            end=f"01-{1 + n:02d}-2024",
            lane=lane,
            valence=(-1, 0, 1)[n % 3],
            title=f"Periode {lane.value} {n}",
            id=f"{lane.value}-{n}",
        )
        for lane in Lane
        for n in range(10)
    ]
    return case, events


def demo_case() -> tuple[Case, list[Event]]:
    """The demo's story case with the most events."""
    cases, events, _ = demo_cases(12, today=TODAY)
    case = max(cases, key=lambda c: sum(e.case_id == c.id for e in events))
    return case, [e for e in events if e.case_id == case.id]


def page_bottom(svg: str) -> float:
    """The lowest point anything on the page reaches, in millimetres: the texts outside the
    picture, and the picture's own rows scaled as its group is."""
    root = ElementTree.fromstring(svg.encode())
    lowest = max(float(t.get("y", "0")) for t in root.findall(f"{SVG}text"))
    for group in root.findall(f"{SVG}g"):
        top, scale = map(
            float,
            re.fullmatch(
                r"translate\([\d.]+ ([\d.]+)\) scale\(([\d.]+)\) translate\(-[\d.]+ 0\)",
                group.get("transform", ""),
            ).groups(),  # type: ignore[union-attr]
        )
        inner = [float(e.get("y", "0")) for e in group.iter() if e.get("y") is not None]
        lowest = max(lowest, top + (max(inner) + ROW) * scale)
    return lowest


def scale_of(svg: str) -> float:
    found = re.search(r"scale\(([\d.]+)\)", svg)
    assert found is not None
    return float(found.group(1))


@pytest.mark.parametrize("paper", list(Paper))
@pytest.mark.parametrize("story", [crowded, stacked, demo_case])
def test_every_page_is_exactly_the_paper_and_nothing_falls_off_it(story, paper: Paper) -> None:  # type: ignore[no-untyped-def]
    case, events = story()
    width, height = PAPER_MM[paper]
    pages = timeline_pages(events, case, today=TODAY, private=False, lang="nl", paper=paper)
    for svg in [*pages, timeline_svg(events, case, today=TODAY, lang="nl", paper=paper)]:
        root = ElementTree.fromstring(svg.encode())
        assert root.get("width") == f"{width:g}mm" and root.get("height") == f"{height:g}mm"
        assert root.get("viewBox") == f"0 0 {width:g} {height:g}"
        assert page_bottom(svg) <= height - MARGIN + 0.01, page_bottom(svg)


def test_a_crowded_case_goes_on_to_further_pages_each_numbered() -> None:
    case, events = crowded()
    pages = timeline_pages(events, case, today=TODAY, private=False, lang="nl")
    assert len(pages) > 1
    for number, svg in enumerate(pages, start=1):
        assert f"blad {number} van {len(pages)}" in svg
        assert "K-DRUK" in svg  # every page says whose it is


def test_the_svg_file_is_the_first_page_and_still_holds_every_title() -> None:
    case, events = crowded()
    svg = timeline_svg(events, case, today=TODAY, private=False, lang="nl")
    root = ElementTree.fromstring(svg.encode())
    said = " ".join(root.itertext())
    for item in events:
        assert item.title in said, item.title
    assert "de HTML-export drukt alle bladen af" in svg


def test_the_html_page_embeds_every_page() -> None:
    case, events = crowded()
    drawn = timeline_pages(events, case, today=TODAY, private=True, lang="nl", list_events=False)
    listed = timeline_pages(events, case, today=TODAY, private=True, lang="nl")
    page = export_text(events, case, ExportFormat.HTML, today=TODAY, private=True, lang="nl")
    # Every page of the drawing, but not the list of events: the page's table holds them.
    assert page.count('height="210mm"') == len(drawn) < len(listed)


def test_the_demo_case_at_a4_keeps_its_picture_text_at_six_points_or_more() -> None:
    case, events = demo_case()
    svg = timeline_svg(events, case, today=TODAY, private=True, lang="nl", paper=Paper.A4)
    assert FONT * scale_of(svg) >= 6 * POINT - 0.01


@pytest.mark.parametrize("paper", list(Paper))
def test_a_picture_taller_than_the_page_is_scaled_down_to_fit_it(paper: Paper) -> None:
    case, events = stacked()
    svg = timeline_svg(events, case, today=TODAY, lang="nl", paper=paper)
    assert scale_of(svg) < 1
    said = " ".join(ElementTree.fromstring(svg.encode()).itertext())
    assert all(item.title in said for item in events)
