"""Issue 8, finding 1 in the files made for people: Markdown, HTML, SVG and CSV of the Tijdlijn
and of a self-assessment hold no control character, even from models that were never
cleaned (made here directly, past every check a store or a bundle would make)."""

from __future__ import annotations

from datetime import date

import pytest

from rondom_tui.domain.assessment import flow
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Case, Event, Lane
from rondom_tui.report.assessment import export_csv, export_html, export_markdown
from rondom_tui.report.assessment_summary import ReportOptions
from rondom_tui.report.csv_dialect import CsvDialect
from rondom_tui.report.timeline_files import ExportFormat, export_text
from tests.hostile_data import HOSTILE, UNSAFE

TODAY = date(2026, 3, 2)


def _case() -> Case:
    return Case(id="c1", code="K-AAAA", given_name="Eva" + HOSTILE, school=HOSTILE)


@pytest.mark.parametrize("fmt", list(ExportFormat))
@pytest.mark.parametrize("private", [True, False])
def test_every_timeline_file_is_plain_text(fmt: ExportFormat, private: bool) -> None:
    events = [
        Event(
            case_id="c1",
            lane=Lane.SCHOOL,
            title="Start" + HOSTILE,
            note="Regel\n" + HOSTILE,
            source=HOSTILE,
            start=PartialDate(2024, 9),
            end=PartialDate(2025, 2),
        )
    ]
    text = export_text(events, _case(), fmt, today=TODAY, private=private, lang="nl")
    assert "PWNED" in text and not UNSAFE.search(text)


@pytest.mark.parametrize("privacy", [True, False])
def test_every_self_assessment_file_is_plain_text(privacy: bool) -> None:
    people = [("Moeder" + HOSTILE, "ouder" + HOSTILE), ("Juf", "leerkracht")]
    draft = flow.start_assessment(
        date(2026, 1, 5), case_id="c1", facilitator=HOSTILE, participants=people
    )
    for person in draft.participants:
        draft = flow.set_score(draft, person.id, 1, 3)
    draft = flow.set_note(draft, 1, "Notitie\n" + HOSTILE)
    draft = flow.add_action(draft, 1, "Bellen" + HOSTILE, owner="Juf" + HOSTILE)
    options = ReportOptions(privacy=privacy, case_code="K-AAAA", case_name="Eva")
    files = [
        export_markdown(draft, options, lang="nl"),
        export_html(draft, options, lang="nl"),
        *(
            export_csv(draft, options, lang="nl", dialect=dialect).decode("utf-8-sig")
            for dialect in CsvDialect
        ),
    ]
    for text in files:
        assert "PWNED" in text and not UNSAFE.search(text.replace("\r\n", "\n"))
