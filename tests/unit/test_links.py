""" "May explain" links (domain/links.py): one or more events may explain another, in someone's
view; never an event itself, never round in a circle, nothing left dangling when an event goes."""

from __future__ import annotations

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rondom_tui.domain.codec import DocumentInvalid, from_document, to_document
from rondom_tui.domain.links import (
    Link,
    LinkCycle,
    LinkEventMissing,
    LinkInvalid,
    LinkToItself,
    ViewHolder,
    check_link,
    describe,
    event_marks,
    has_cycle,
    holder_name,
    links_of_event,
    marked_words,
    without_event,
)
from tests.unit.timeline_strategies import SETTINGS

EVENTS = [f"e{n}" for n in range(8)]


def link(causes: list[str], effect: str, **changes: object) -> Link:
    return Link(case_id="case", causes=causes, effect=effect, **changes)  # type: ignore[arg-type]


def test_a_link_names_its_causes_then_its_effect() -> None:
    made = link(["e1", "e2"], "e3", wording="verhuizing en schulden", holder=ViewHolder.PARENTS)
    assert made.event_ids == ("e1", "e2", "e3")
    check_link(made, [], EVENTS)


def test_an_event_never_explains_itself() -> None:
    with pytest.raises(LinkToItself):
        check_link(link(["e1", "e2"], "e2"), [], EVENTS)


def test_a_link_needs_a_cause_and_names_each_once() -> None:
    with pytest.raises(LinkInvalid):
        check_link(link(["e1", "e1"], "e2"), [], EVENTS)
    with pytest.raises(LinkInvalid):
        check_link(msgspec.structs.replace(link(["e1"], "e2"), causes=[]), [], EVENTS)


def test_a_link_to_an_event_that_is_gone_is_refused() -> None:
    with pytest.raises(LinkEventMissing):
        check_link(link(["e1"], "deleted"), [], EVENTS)
    with pytest.raises(LinkEventMissing):
        check_link(link(["deleted"], "e1"), [], EVENTS)


def test_links_going_round_are_refused_by_name() -> None:
    first = link(["e1"], "e2")
    second = link(["e2"], "e3")
    with pytest.raises(LinkCycle) as refused:
        check_link(link(["e3", "e5"], "e1"), [first, second], EVENTS)
    assert refused.value.message_id == "links.error.cycle"
    check_link(link(["e1"], "e3"), [first, second], EVENTS)  # a shortcut is no circle


def test_editing_a_link_is_checked_without_its_old_self() -> None:
    first = link(["e1"], "e2")
    turned = msgspec.structs.replace(first, causes=["e2"], effect="e1")
    check_link(turned, [first], EVENTS)  # the old direction is what is being replaced


def test_a_link_decodes_only_with_causes_and_an_effect() -> None:
    made = link(["e1"], "e2", wording="onrust", disputed=True)
    assert from_document(to_document(made), Link) == made
    document = to_document(made) | {"causes": []}
    with pytest.raises(DocumentInvalid):
        from_document(document, Link)
    with pytest.raises(DocumentInvalid):
        from_document(to_document(made) | {"wording": "onrust\x1b[2J"}, Link)


def test_deleting_the_effect_removes_the_link_and_a_cause_is_dropped() -> None:
    both = link(["e1", "e2"], "e3")
    only = link(["e1"], "e4")
    other = link(["e5"], "e6")
    changed, removed = without_event([both, only, other], "e1")
    assert [c.causes for c in changed] == [["e2"]] and removed == [only.id]
    changed, removed = without_event([both, only, other], "e3")
    assert changed == [] and removed == [both.id]
    assert links_of_event([both, only, other], "e1") == [both, only]


# -- properties -------------------------------------------------------------------------

pairs = st.lists(
    st.tuples(
        st.lists(st.sampled_from(EVENTS), min_size=1, max_size=3, unique=True),
        st.sampled_from(EVENTS),
    ),
    max_size=12,
)


def accepted(drawn: list[tuple[list[str], str]]) -> list[Link]:
    """The links of `drawn` that `check_link` lets in, added one after another."""
    kept: list[Link] = []
    for causes, effect in drawn:
        candidate = link(causes, effect)
        try:
            check_link(candidate, kept, EVENTS)
        except (LinkCycle, LinkToItself):
            continue
        kept.append(candidate)
    return kept


@SETTINGS
@given(pairs)
def test_links_that_are_let_in_never_go_round(drawn: list[tuple[list[str], str]]) -> None:
    kept = accepted(drawn)
    assert not has_cycle(kept)
    for made in kept:
        assert made.effect not in made.causes


@SETTINGS
@given(pairs, st.lists(st.sampled_from(EVENTS), min_size=1, max_size=3, unique=True))
def test_a_refused_link_would_have_gone_round(
    drawn: list[tuple[list[str], str]], causes: list[str]
) -> None:
    kept = accepted(drawn)
    for effect in EVENTS:
        candidate = link(causes, effect)
        try:
            check_link(candidate, kept, EVENTS)
        except LinkToItself:
            assert effect in causes
        except LinkCycle:
            assert has_cycle([*kept, candidate])
        else:
            assert not has_cycle([*kept, candidate])


@SETTINGS
@given(pairs, st.sampled_from(EVENTS))
def test_nothing_dangles_once_an_event_is_deleted(
    drawn: list[tuple[list[str], str]], deleted: str
) -> None:
    kept = accepted(drawn)
    changed, removed = without_event(kept, deleted)
    by_id = {made.id: made for made in kept} | {made.id: made for made in changed}
    after = [made for ident, made in by_id.items() if ident not in removed]
    assert all(deleted not in made.event_ids and made.causes for made in after)
    assert len(after) + len(removed) == len(kept)
    rest = [e for e in EVENTS if e != deleted]
    for made in after:
        check_link(made, after, rest)


# -- marks ------------------------------------------------------------------------------


def test_marks_pair_causes_and_effect_by_number() -> None:
    first = link(["e1", "e2"], "e3")
    second = link(["e3"], "e4")
    second.created_at = first.created_at.replace(year=first.created_at.year + 1)
    marks = event_marks([second, first])
    assert marks == {"e1": "¹", "e2": "¹", "e3": "→¹·²", "e4": "→²"}
    assert event_marks([first, second], plain=True)["e3"] == "[>1,2]"
    words = marked_words({"e1": "Verhuizing", "e3": "Onrust", "e7": "Geboorte"}, [first, second])
    assert words == {"e1": "¹Verhuizing", "e3": "→¹·²Onrust", "e7": "Geboorte"}
    assert describe(first, {"e1": "A", "e2": "B", "e3": "C"}, lang="nl") == "A + B → C"
    assert holder_name(ViewHolder.PARENTS, lang="nl") == "ouders"


def test_numbers_past_nine_stay_readable() -> None:
    made = [link(["e1"], f"e{2 + n % 6}") for n in range(12)]
    for n, item in enumerate(made):
        item.created_at = item.created_at.replace(microsecond=n)
    assert event_marks(made)["e1"].startswith("¹·²·³·⁴·⁵·⁶·⁷·⁸·⁹·¹⁰·¹¹·¹²")
