"""The demo's "may explain" links: a few on the first story cases, each keeping the rules of
`domain.links` (fictional, like every demo event)."""

from __future__ import annotations

from datetime import date

from rondom_tui.domain.demo import demo_cases
from rondom_tui.domain.demo.links import LINKED_CASES, demo_links
from rondom_tui.domain.links import check_link, has_cycle

TODAY = date(2026, 3, 2)


def test_the_first_story_cases_get_a_few_valid_links() -> None:
    cases, events, _ = demo_cases(12, today=TODAY, seed=7)
    links = demo_links(cases, events)
    linked = {link.case_id for link in links}
    assert linked and linked <= {case.id for case in cases[:LINKED_CASES]}
    assert 1 <= len(links) <= 3 * LINKED_CASES
    for case_id in linked:
        own = [link for link in links if link.case_id == case_id]
        ids = [e.id for e in events if e.case_id == case_id]
        assert not has_cycle(own)
        for link in own:
            check_link(link, own, ids)
    assert any(link.disputed for link in links) and any(link.wording for link in links)
