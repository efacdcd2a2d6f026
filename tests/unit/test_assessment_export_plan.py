"""The seven keys' export lists, per key, the case's plan items that serve it (issue 15), with
the child's names replaced by the case code when privacy is on, as in the notes. Fictional."""

from __future__ import annotations

import dataclasses

import pytest

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.report.assessment import export_html, export_markdown
from tests.unit.test_assessment_export import CHILD, CODE, OPEN, PRIVATE, meeting

PLAN = (
    PlanItem(
        case_id="c",
        goal=f"Driegesprek met {CHILD} elke zes weken",
        keys=[1, 2],
        start=PartialDate(2026, 4),
    ),
    PlanItem(case_id="c", goal="Scholing voor het team", keys=[3]),
)


def _section(text: str, key: int) -> str:
    """The part of a Markdown export about one key, up to the next key's heading."""
    start = text.index(f"### {key}. ")
    end = text.find("### ", start + 4)
    return text[start : end if end != -1 else len(text)]


def test_each_key_lists_the_plan_items_that_serve_it() -> None:
    text = export_markdown(meeting(), dataclasses.replace(OPEN, plan=PLAN), lang="nl")
    assert "Plan: doelen voor deze sleutel" in _section(text, 1)
    assert f"- Driegesprek met {CHILD} elke zes weken · vanaf apr 2026" in _section(text, 2)
    assert "Scholing voor het team" in _section(text, 3)
    assert "Scholing" not in _section(text, 1)


@pytest.mark.parametrize("export", [export_markdown, export_html])
def test_privacy_puts_the_code_where_a_plan_item_names_the_child(export) -> None:  # type: ignore[no-untyped-def]
    text = export(meeting(), dataclasses.replace(PRIVATE, plan=PLAN), lang="en")
    assert "Plan: items serving this key" in text
    assert f"Driegesprek met {CODE} elke zes weken" in text
    assert "Xqsam" not in text and "Xqjansen" not in text


def test_without_a_plan_no_key_mentions_one() -> None:
    assert "Plan:" not in export_markdown(meeting(), OPEN, lang="nl")
