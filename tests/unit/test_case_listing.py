"""The case list as data: search, filter and sort over 10,000 rows on every key press.

`CaseIndex` keeps what a search matches and each sort order; whatever it keeps, it must select
exactly what the plain definition selects: every word of the query in the folded code, school,
group (and names, unless in privacy mode), then sorted.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from rondom_tui.domain.cases.listing import (
    CaseIndex,
    CaseSummary,
    SortKey,
    StatusFilter,
    fold,
    search_text,
)
from rondom_tui.domain.models import CaseStatus

QUERIES = ["", "zoe", "no", "noor s", "eva", "viii", "strasse", "k-00", "wilg", "ibn-", " "]
NAMES = ["Zoë", "Noor", "Sem", "Éva", "Ⅷ", "straße", "Ibn-Ali", "", "de Wilg"]


def _row(n: int, given: str, family: str, school: str, status: CaseStatus, day: int) -> CaseSummary:
    return CaseSummary(
        id=f"id-{n}",
        code=f"K-{n:04d}",
        given_name=given,
        family_name=family,
        school=school,
        group="groep 5",
        status=status,
        events=n % 7,
        updated_at=datetime(2026, 1, 1 + day, tzinfo=UTC),
    )


rows_strategy = st.lists(
    st.tuples(
        st.sampled_from(NAMES),
        st.sampled_from(NAMES),
        st.sampled_from(NAMES),
        st.sampled_from(list(CaseStatus)),
        st.integers(0, 5),
    ),
    max_size=30,
).map(lambda specs: [_row(n, *spec) for n, spec in enumerate(specs)])


def _plainly(
    rows: list[CaseSummary],
    query: str,
    status: StatusFilter,
    sort: SortKey,
    descending: bool | None,
    names: bool,
) -> list[CaseSummary]:
    """What the case list shows, by its definition: filter, then sort."""
    words = fold(query).split()
    chosen = [
        r
        for r in rows
        if (status is StatusFilter.ALL or r.status.value == status.value)
        and all(w in search_text(r, names=names) for w in words)
    ]
    if descending is None:
        descending = sort in (SortKey.UPDATED, SortKey.EVENTS)
    if sort is SortKey.NAME and not names:
        sort = SortKey.CODE
    keys = {
        SortKey.UPDATED: lambda r: (r.updated_at, r.code),
        SortKey.CODE: lambda r: (r.code,),
        SortKey.NAME: lambda r: (fold(r.family_name), fold(r.given_name), r.code),
        SortKey.SCHOOL: lambda r: (fold(r.school), fold(r.group), r.code),
        SortKey.EVENTS: lambda r: (r.events, r.code),
    }
    return sorted(chosen, key=keys[sort], reverse=descending)


@settings(max_examples=150, deadline=None)
@given(
    rows=rows_strategy,
    searches=st.lists(st.tuples(st.sampled_from(QUERIES), st.booleans()), min_size=1, max_size=4),
    status=st.sampled_from(list(StatusFilter)),
    sort=st.sampled_from(list(SortKey)),
    descending=st.sampled_from([None, True, False]),
)
def test_the_index_selects_what_the_definition_selects_query_after_query(
    rows: list[CaseSummary],
    searches: list[tuple[str, bool]],
    status: StatusFilter,
    sort: SortKey,
    descending: bool | None,
) -> None:
    index = CaseIndex(rows)
    for query, names in searches:  # one index, key press after key press, privacy on and off
        assert index.select(
            query=query, status=status, sort=sort, descending=descending, names=names
        ) == _plainly(rows, query, status, sort, descending, names)


def test_search_is_blind_to_accents_and_case_and_names_stay_out_in_privacy_mode() -> None:
    rows = [_row(1, "Zoë", "Molen", "De Wilg", CaseStatus.OPEN, 1)]
    index = CaseIndex(rows)
    assert index.select(query="ZOE mol") == rows
    assert index.select(query="zoe", names=False) == []
    assert index.select(query="wilg", names=False) == rows


def test_folding_takes_accents_off_and_keeps_ascii_as_lower_case() -> None:
    assert fold("Zoë Ångström") == "zoe angstrom"
    assert fold("Straße") == "strasse"
    assert fold("K-7F3A De Wilg") == "k-7f3a de wilg"


@settings(max_examples=150, deadline=None)
@given(
    rows=rows_strategy,
    typed=st.sampled_from(["noor wilg", "zoë s", "k-00 eva", "ibn-ali de", "sem  viii"]),
    backspaces=st.integers(0, 3),
    status=st.sampled_from(list(StatusFilter)),
    names=st.booleans(),
)
def test_typing_a_query_character_by_character_narrows_to_what_the_definition_selects(
    rows: list[CaseSummary], typed: str, backspaces: int, status: StatusFilter, names: bool
) -> None:
    """Each key press filters what the one before found (issue 14); a backspace starts over."""
    index = CaseIndex(rows)
    queries = [typed[:n] for n in range(len(typed) + 1)]
    queries += [typed[: len(typed) - n] for n in range(1, backspaces + 1)]
    for query in queries:
        assert index.select(query=query, status=status, names=names) == _plainly(
            rows, query, status, SortKey.UPDATED, None, names
        )
