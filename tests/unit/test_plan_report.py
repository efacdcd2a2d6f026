"""The plan on paper: Markdown, HTML and the print SVG, with the Tijdlijn picture and the
planned future drawn; privacy names the child by code; user text escaped; marks and words."""

from __future__ import annotations

from datetime import date
from xml.etree import ElementTree

import msgspec

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.links import Link
from rondom_tui.domain.plan.models import Agreement, PlanItem, next_version
from rondom_tui.report.plan import PlanReport, plan_html, plan_markdown, plan_svg
from tests.conftest import SECRET_FAMILY, SECRET_NAME
from tests.ui.timeline_data import CODE, TODAY, timeline_case

HOSTILE = "<script>alert(1)</script> *vet* | pijp"


def report(**changes: object) -> PlanReport:
    case, events = timeline_case()
    effect = next(e for e in events if e.valence == -1)
    link = Link(case_id=case.id, causes=[events[0].id], effect=effect.id, wording="verhuizing")
    item = PlanItem(
        id="plan-1",
        case_id=case.id,
        goal=f"{SECRET_NAME} gaat met plezier naar school",
        action=HOSTILE,
        by_whom="mentor",
        start=PartialDate(2026, 4),
        until=PartialDate(2026, 7),
        evaluate_on=PartialDate(2026, 2, 1),
        keys=[2],
        events=(effect.id,),
        links=(link.id,),
        agreement=Agreement.AGREED,
        parents_view=f"Moeder {SECRET_FAMILY} is blij",
    )
    first = next_version([], [item], case_id=case.id, saved_on=date(2026, 1, 10))
    later = msgspec.structs.replace(item, evaluate_on=PartialDate(2026, 2, 1))
    fields: dict[str, object] = {
        "case": case,
        "events": events,
        "items": [later],
        "versions": [first],
        "links": [link],
        "today": TODAY,
    }
    return PlanReport(**(fields | changes))  # type: ignore[arg-type]


def test_markdown_lists_every_item_with_its_facts_and_marks() -> None:
    text = plan_markdown(report(), private=False, lang="nl")
    assert text.startswith(f"# Plan van {SECRET_NAME} {SECRET_FAMILY}")
    assert f"## 1. {SECRET_NAME} gaat met plezier naar school" in text
    assert "- **Afspraak:** ✓ akkoord" in text
    assert "- **Evaluatie:** evalueren op 01-02-2026 · ⚠ te laat" in text
    assert "- **Verklaringen:** verhuizing" in text
    assert "Laatst bewaard: versie 1 van 10-01-2026" in text
    assert "<script>" not in text and "\\<script\\>" in text  # escaped, shown as typed


def test_privacy_names_the_child_by_code_everywhere() -> None:
    for render in (plan_markdown, plan_html, plan_svg):
        text = render(report(), private=True, lang="en")  # type: ignore[operator]
        assert SECRET_NAME not in text and SECRET_FAMILY not in text, render
        assert CODE in text


def test_the_svg_draws_the_planned_future_beside_the_items() -> None:
    text = plan_svg(report(), private=True, lang="nl")
    ElementTree.fromstring(text.encode())
    assert 'fill="#6c3483"' in text  # the planned period drawn, in the planned paint
    assert "Doelen" in text and "gaat met plezier naar school" in text


def test_the_html_page_is_standalone_and_escaped() -> None:
    text = plan_html(report(), private=False, lang="nl")
    assert text.startswith("<!DOCTYPE html>") and "<svg" in text
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "<dt>Ouders</dt>" in text


def test_an_empty_plan_says_so() -> None:
    text = plan_markdown(report(items=[], versions=[]), private=True, lang="en")
    assert "No items in the plan yet." in text
