"""Small numbers stay inside the team: the threshold at 4 and 5 cases, withheld parts beside a
total, extracts that keep only what may leave, and merged figures that bracket the truth."""

from __future__ import annotations

from datetime import date

import msgspec
from hypothesis import given
from review_data import SCHOOLS, SETTINGS, TODAY, assessment, case, caseloads, event, load

from rondom_tui.domain.models import HINDERING
from rondom_tui.domain.review import cells as ids
from rondom_tui.domain.review.cells import Count, Score, Waits, merge
from rondom_tui.domain.review.extracts import as_extract, merged_overview
from rondom_tui.domain.review.facts import caseload_of
from rondom_tui.domain.review.figures import overview, review_figures
from rondom_tui.domain.review.schools import school_panels
from rondom_tui.domain.review.sections import sections
from rondom_tui.domain.review.selection import Selection
from rondom_tui.domain.review.suppression import (
    cases_text,
    count_text,
    is_withheld,
    mean_text,
    shareable,
    withheld_parts,
)


def _hindering_on_key_4(cases: int) -> list:  # type: ignore[type-arg]
    made = [case(n) for n in range(cases)]
    return [made, [event(c.id, keys=(4,)) for c in made]]


def _key_4_text(cases: int, *, board: bool) -> tuple[str, str]:
    made, events = _hindering_on_key_4(cases)
    view = sections(overview(load(made, events), Selection(), TODAY), board=board, lang="nl")
    figure = view[0].rows[3].figures[0]
    return figure.value, figure.cases


def test_the_threshold_lies_between_four_and_five_cases() -> None:
    assert _key_4_text(4, board=True) == ("<5", "<5")
    assert _key_4_text(5, board=True) == ("5", "5")
    assert _key_4_text(4, board=False) == ("4", "4")  # the team sees every number
    assert count_text(Count(0, 0), lang="nl") == "0"  # zero tells nothing about a child
    assert count_text(Count(40, 4), lang="nl") == "<5"  # 40 events, but in 4 cases
    assert count_text(Count(1234, 600), lang="nl") == "1.234"


def test_a_withheld_figure_has_no_bar_and_names_no_cases() -> None:
    made, events = _hindering_on_key_4(3)
    board = sections(overview(load(made, events), Selection(), TODAY), board=True, lang="nl")
    figure = board[0].rows[3].figures[0]
    assert figure.share is None and figure.case_ids == frozenset()
    team = sections(overview(load(made, events), Selection(), TODAY), board=False, lang="nl")
    assert team[0].rows[3].figures[0].case_ids == {c.id for c in made}


def test_means_and_waits_on_fewer_than_five_cases_are_not_shown() -> None:
    assert mean_text(Score(1200, 4), lang="nl") == "<5"
    assert mean_text(Score(1500, 5), lang="nl") == "3,0"
    assert mean_text(Score(), lang="nl") == "–"
    cases = [case(n) for n in range(4)]
    found = [assessment(c.id, date(2025, 5, 1), {1: (3,)}) for c in cases]
    view = sections(overview(load(cases, [], found), Selection(), TODAY), board=True, lang="nl")
    assert view[4].rows[0].figures[0].value == "<5"


def test_a_single_withheld_school_beside_a_total_takes_another_with_it() -> None:
    parts = [Count(10, 8), Count(3, 2), Count(12, 9)]
    total = Count(25, 19)
    assert withheld_parts(parts, total) == {0, 1}  # 2 alone would be 19 - 8 - 9
    assert withheld_parts([Count(3, 3), Count(4, 4), Count(20, 9)], Count(27, 16)) == {0, 1}
    assert withheld_parts([Count(1, 1), Count(2, 2), Count(9, 9)], Count(12, 12)) == {0, 1, 2}
    assert withheld_parts([Count(6, 6), Count(7, 7)], Count(13, 13)) == set()
    # a withheld total gives nothing away
    assert withheld_parts([Count(1, 1), Count(0, 0)], Count(1, 1)) == {0}


def test_school_panels_never_let_a_withheld_school_be_worked_out() -> None:
    cases = [case(n, school=SCHOOLS[0]) for n in range(6)] + [case(10, school=SCHOOLS[1])]
    events = [event(c.id, keys=(4,)) for c in cases]
    panels = school_panels(overview(load(cases, events), Selection(), TODAY), board=True, lang="nl")
    values = {p.school: p.rows[3].figures[0].value for p in panels}
    assert values == {SCHOOLS[0]: "<5", SCHOOLS[1]: "<5"}  # 7 together, shown; neither school
    assert {p.school: p.cases.value for p in panels} == {SCHOOLS[0]: "<5", SCHOOLS[1]: "<5"}


def test_an_extract_keeps_only_what_may_leave() -> None:
    cases = [case(n) for n in range(6)]
    events = [event(c.id, keys=(4,)) for c in cases] + [event(cases[0].id, keys=(7,))]
    figures = review_figures(load(cases, events), Selection(), TODAY)
    shared = shareable(figures)
    assert shared.count(ids.key_id(4, HINDERING)) == Count(6, 6)  # no case ids
    assert shared.count(ids.key_id(7, HINDERING)) == Count(hidden=1)
    assert all(not c.case_ids for c in shared.counts.values())


def test_merged_figures_with_hidden_parts_read_at_least() -> None:
    merged = Count(12, 9) + Count(hidden=1)
    assert count_text(merged, lang="nl") == "≥13"
    assert cases_text(merged, lang="nl") == "≥10"
    assert count_text(Count(hidden=1), lang="nl") == "<5"  # one part of 1 to 4 cases
    assert count_text(Count(hidden=2), lang="nl") == "≥2"  # 2 to 8: may be 5 or more
    assert is_withheld(Waits(hidden=1))


def _rename(loaded, prefix: str):  # type: ignore[no-untyped-def]
    cases, events, assessments = loaded
    new = {c.id: prefix + c.id for c in cases}
    return (
        [msgspec.structs.replace(c, id=new[c.id]) for c in cases],
        [msgspec.structs.replace(e, id=prefix + e.id, case_id=new[e.case_id]) for e in events],
        [
            msgspec.structs.replace(a, id=prefix + a.id, case_id=new[a.case_id or ""])
            for a in assessments
        ],
    )


@SETTINGS
@given(caseloads(), caseloads())
def test_merged_extracts_bracket_the_review_of_all_cases(first, second) -> None:  # type: ignore[no-untyped-def]
    """Each figure of the merged extracts: exact where no school withheld it, and otherwise a
    lower bound whose withheld parts held 1 to 4 cases each."""
    parts = [_rename(first, "a-"), _rename(second, "b-")]
    loads = [caseload_of(*p) for p in parts]
    (c1, e1, a1), (c2, e2, a2) = parts
    union = review_figures(caseload_of(c1 + c2, e1 + e2, a1 + a2), Selection(), TODAY)
    extracts = [
        as_extract(overview(c, Selection(), TODAY), f"{n:016x}") for n, c in enumerate(loads)
    ]
    merged = merged_overview(extracts, Selection(), extracts[0].made_in).together
    for ident, true in union.counts.items():
        got = merged.count(ident)
        if got.hidden == 0:
            assert (got.count, got.cases) == (true.count, true.cases)
        else:
            assert got.count + got.hidden <= true.count
            assert got.cases + got.hidden <= true.cases <= got.cases + 4 * got.hidden
    for ident, true_wait in union.waits.items():
        wait = merged.wait(ident)
        if wait.hidden == 0:
            assert (wait.weeks, wait.cases) == (true_wait.weeks, true_wait.cases)
    assert set(merged.counts) == set(union.counts)
    unsuppressed = merge(review_figures(c, Selection(), TODAY) for c in loads)
    assert unsuppressed == union
