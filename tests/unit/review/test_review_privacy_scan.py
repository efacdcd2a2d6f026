"""A board report and an extract made from the demo store hold none of its names, codes,
notes, titles or days: pseudonymised by construction, checked by reading every byte."""

from __future__ import annotations

import re
from datetime import date

import pytest
from review_data import TODAY

from rondom_tui.bundle.crypto import decrypt
from rondom_tui.bundle.keys import parse_recipient, store_identity, store_recipient
from rondom_tui.bundle.review_extract import demo_extract, write_extract
from rondom_tui.domain.demo.stories import WORKERS
from rondom_tui.domain.review.extracts import as_extract, merged_overview
from rondom_tui.domain.review.figures import overview
from rondom_tui.domain.review.models import PolicyAction
from rondom_tui.domain.review.policy import add_action, start_review
from rondom_tui.domain.review.selection import Selection
from rondom_tui.report.review import review_csv, review_html, review_markdown
from rondom_tui.store.repository import Store

FULL_DAY = re.compile(r"\b(\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\b")


def _secrets(store: Store) -> set[str]:
    """Every name, code, note, title and free text of the store's cases."""
    found: set[str] = set(WORKERS)
    for case in store.cases.list():
        found |= {case.given_name, case.family_name, case.full_name, case.code, case.question}
        found |= {p.name for p in case.parties} | {p.contact for p in case.parties}
        found |= {g.text for g in case.goals} | {c.given_by for c in case.consents}
        for event in store.events.for_case(case.id):
            found |= {event.title, event.note, event.source}
    for item in store.assessments.list():
        found |= {item.facilitator} | {p.label for p in item.participants}
        found |= {k.note for k in item.keys} | {a.text for a in item.actions}
    return {s for s in found if len(s.strip()) >= 3}


def _days(store: Store) -> set[str]:
    days: set[date] = set()
    for case in store.cases.list():
        days |= {d for d in (case.opened_on, case.closed_on) if d}
        if case.date_of_birth and case.date_of_birth.day:
            days.add(case.date_of_birth.first_day())
    return {f"{d:%d-%m-%Y}" for d in days} | {d.isoformat() for d in days}


def _outputs(store: Store) -> dict[str, str]:
    recipient = parse_recipient(store_recipient(store))
    data, _ = write_extract(store, Selection(), recipients=[recipient], today=TODAY)
    extract = decrypt(data, identities=[store_identity(store)]).decode()
    review = add_action(
        start_review(None, TODAY, Selection()),
        PolicyAction(bottleneck="Wachttijd jeugdhulp", action="Overbrugging", owner="gemeente"),
    )
    made = overview(store.reviews.caseload(), Selection(), TODAY)
    merged = merged_overview([as_extract(made, "0" * 16)], Selection(), made.made_on)
    demo = decrypt(demo_extract(store, TODAY), identities=[store_identity(store)]).decode()
    outputs = {"extract": extract, "demo extract": demo}
    for lang in ("nl", "en"):
        for name, render in (("md", review_markdown), ("html", review_html), ("csv", review_csv)):
            for what, shown in ((f"{name} {lang}", made), (f"{name} {lang} merged", merged)):
                text = render(shown, review, lang=lang)
                outputs[what] = text.decode("utf-8-sig") if isinstance(text, bytes) else text
    return outputs


def test_no_name_code_note_or_day_reaches_a_report_or_an_extract(demo_store: Store) -> None:
    secrets = _secrets(demo_store)
    days = _days(demo_store)
    assert len(secrets) > 100 and days  # the scan has something to find
    for what, text in _outputs(demo_store).items():
        for secret in secrets:
            assert not re.search(rf"(?<!\w){re.escape(secret)}(?!\w)", text), (what, secret)
        for day in days:
            assert day not in text, (what, day)
        assert not FULL_DAY.search(text), (what, FULL_DAY.search(text))


def test_the_scan_finds_a_name_when_one_slips_through(demo_store: Store) -> None:
    """The scan itself can fail: a report that did carry a child's name is caught."""
    secrets = _secrets(demo_store)
    case = demo_store.cases.list()[0]
    leaked = (
        review_markdown(
            overview(demo_store.reviews.caseload(), Selection(), TODAY), None, lang="nl"
        )
        + f"\n{case.given_name}\n"
    )
    with pytest.raises(AssertionError):
        for secret in secrets:
            assert not re.search(rf"(?<!\w){re.escape(secret)}(?!\w)", leaked), secret
