"""The steps of a seven-keys meeting: scoring, completion, finishing, reopening, actions."""

from __future__ import annotations

from datetime import date

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.assessment.flow import (
    AssessmentReadOnly,
    MeetingPosition,
    UnknownAction,
    UnknownParticipant,
)
from rondom_tui.domain.assessment.stats import key_stats
from rondom_tui.domain.codec import from_document, to_document
from rondom_tui.domain.errors import ValidationError
from rondom_tui.domain.models import Assessment, AssessmentStatus


def meeting(*people: tuple[str, str]) -> Assessment:
    return flow.start_assessment(
        date(2026, 3, 14),
        case_id="case-fictional-7",
        facilitator="Xqgespreksleider",
        participants=people or [("Xqmoeder", "ouder"), ("Xqjuf", "leerkracht")],
    )


def ids(assessment: Assessment) -> list[str]:
    return [p.id for p in assessment.participants]


# -- starting ---------------------------------------------------------------------------


def test_a_new_assessment_is_a_draft_with_all_seven_keys():
    a = meeting()
    assert a.status is AssessmentStatus.DRAFT
    assert [ks.key for ks in a.keys] == [1, 2, 3, 4, 5, 6, 7]
    assert [(p.label, p.role) for p in a.participants] == [
        ("Xqmoeder", "ouder"),
        ("Xqjuf", "leerkracht"),
    ]


def test_a_team_assessment_needs_a_label_and_a_participant_a_name_or_role():
    team = flow.start_assessment(date(2026, 1, 1), label=" Team Noord ", participants=[("", "ib")])
    assert (team.case_id, team.label) == (None, "Team Noord")
    with pytest.raises(ValidationError) as caught:
        flow.start_assessment(date(2026, 1, 1))
    assert caught.value.field == "label"
    with pytest.raises(ValidationError):
        flow.start_assessment(date(2026, 1, 1), label="Team", participants=[(" ", "")])


def test_a_new_assessment_survives_the_store_codec():
    a = meeting()
    a = flow.set_score(a, ids(a)[0], 1, 3)
    a = flow.add_action(a, 1, "Kennismaking plannen", owner="Xqjuf", due=date(2026, 4, 1))
    assert from_document(to_document(a), Assessment) == a


# -- scoring ----------------------------------------------------------------------------


def test_set_score_returns_a_new_assessment_and_leaves_the_old_one_alone():
    before = meeting()
    mother = ids(before)[0]
    after = flow.set_score(before, mother, 2, 4)
    assert after is not before
    assert after.keys[1].scores == {mother: 4}
    assert before.keys[1].scores == {}


def test_dont_know_is_recorded_as_none_and_counts_as_answered():
    a = meeting()
    mother, teacher = ids(a)
    a = flow.set_score(a, mother, 1, None)
    assert a.keys[0].scores == {mother: None}
    assert flow.completion(a).keys[0].unanswered == (teacher,)
    assert key_stats(a, 1).dont_know == 1


def test_a_later_score_replaces_the_earlier_one_and_clear_takes_it_back():
    a = meeting()
    mother = ids(a)[0]
    a = flow.set_score(flow.set_score(a, mother, 3, 2), mother, 3, 5)
    assert a.keys[2].scores[mother] == 5
    a = flow.clear_score(a, mother, 3)
    assert mother not in a.keys[2].scores


@pytest.mark.parametrize(
    ("key", "score", "error"),
    [
        (0, 3, ValidationError),
        (8, 3, ValidationError),
        (1, 0, ValidationError),
        (1, 6, ValidationError),
        (1, True, ValidationError),
    ],
)
def test_scores_off_the_scale_or_keys_off_the_list_are_refused(key, score, error):
    a = meeting()
    with pytest.raises(error):
        flow.set_score(a, ids(a)[0], key, score)


def test_a_stranger_cannot_score():
    with pytest.raises(UnknownParticipant):
        flow.set_score(meeting(), "not-a-participant", 1, 3)


def test_notes_are_kept_per_key_and_limited_in_length():
    a = flow.set_note(meeting(), 4, "Afspraken over vervanging ontbreken.")
    assert a.keys[3].note == "Afspraken over vervanging ontbreken."
    with pytest.raises(ValidationError) as caught:
        flow.set_note(a, 4, "x" * (flow.LONG_TEXT_MAX + 1))
    assert "x" * 10 not in caught.value.text(lang="nl")


def test_removing_a_participant_removes_their_scores():
    a = meeting()
    mother, teacher = ids(a)
    a = flow.set_score(flow.set_score(a, mother, 1, 2), teacher, 1, 4)
    a = flow.remove_participant(a, mother)
    assert ids(a) == [teacher]
    assert a.keys[0].scores == {teacher: 4}
    a = flow.add_participant(a, "", "jeugdhulpverlener")
    assert a.participants[-1].role == "jeugdhulpverlener"


# -- completion -------------------------------------------------------------------------


def test_completion_names_the_keys_and_people_still_to_answer():
    a = meeting()
    mother, teacher = ids(a)
    assert flow.completion(a).answered == 0
    assert flow.completion(a).expected == 14
    for key in range(1, 8):
        a = flow.set_score(a, mother, key, 3)
        if key != 5:
            a = flow.set_score(a, teacher, key, None)
    done = flow.completion(a)
    assert not done.complete
    assert done.incomplete_keys == (5,)
    assert done.keys[4].unanswered == (teacher,)
    assert flow.completion(flow.set_score(a, teacher, 5, 1)).complete


@given(
    st.lists(
        st.tuples(st.integers(0, 2), st.integers(1, 7), st.one_of(st.none(), st.integers(1, 5))),
        max_size=30,
    )
)
def test_any_run_of_key_presses_leaves_the_last_answer_of_each_person(presses):
    a = meeting(("Xqa", "ouder"), ("Xqb", "ib"), ("Xqc", "leerkracht"))
    people = ids(a)
    last: dict[tuple[str, int], int | None] = {}
    for who, key, score in presses:
        a = flow.set_score(a, people[who], key, score)
        last[(people[who], key)] = score
    assert flow.completion(a).answered == len(last)
    for (pid, key), score in last.items():
        assert a.keys[key - 1].scores[pid] == score


# -- finishing and reopening ------------------------------------------------------------


def test_a_final_assessment_is_read_only_until_reopened():
    a = meeting()
    mother = ids(a)[0]
    final = flow.finalise(flow.set_score(a, mother, 1, 4))
    assert final.status is AssessmentStatus.FINAL
    for change in (
        lambda x: flow.set_score(x, mother, 1, 2),
        lambda x: flow.clear_score(x, mother, 1),
        lambda x: flow.set_note(x, 1, "later"),
        lambda x: flow.add_action(x, 1, "later"),
        lambda x: flow.add_participant(x, "Xqopa", "grootouder"),
        lambda x: flow.remove_participant(x, mother),
    ):
        with pytest.raises(AssessmentReadOnly) as caught:
            change(final)
        assert "Xq" not in caught.value.text(lang="nl")
    reopened = flow.reopen(final)
    assert reopened.status is AssessmentStatus.DRAFT
    assert flow.set_score(reopened, mother, 1, 2).keys[0].scores[mother] == 2


def test_finalise_needs_participants_and_is_idempotent():
    empty = flow.start_assessment(date(2026, 1, 1), label="Team")
    with pytest.raises(ValidationError):
        flow.finalise(empty)
    final = flow.finalise(meeting())
    assert flow.finalise(final) is final
    draft = meeting()
    assert flow.reopen(draft) is draft


def test_finalise_fills_in_keys_missing_from_an_old_document():
    a = msgspec.structs.replace(meeting(), keys=[])
    assert [ks.key for ks in flow.finalise(a).keys] == [1, 2, 3, 4, 5, 6, 7]


# -- actions ----------------------------------------------------------------------------


def test_actions_are_added_updated_ticked_and_removed():
    a = flow.add_action(meeting(), 2, "  Huisbezoek plannen ", owner=" Xqjuf ")
    action = a.actions[-1]
    assert (action.key, action.text, action.owner, action.done) == (
        2,
        "Huisbezoek plannen",
        "Xqjuf",
        False,
    )
    a = flow.update_action(a, action.id, key=7, text="Schuldhulp erbij halen", due=date(2026, 5, 1))
    assert (a.actions[0].key, a.actions[0].due) == (7, date(2026, 5, 1))
    a = flow.set_action_done(a, action.id)
    assert a.actions[0].done
    assert flow.remove_action(a, action.id).actions == []


def test_an_action_needs_text_and_a_real_key():
    with pytest.raises(ValidationError):
        flow.add_action(meeting(), 1, "   ")
    with pytest.raises(ValidationError):
        flow.add_action(meeting(), 9, "Iets doen")
    with pytest.raises(UnknownAction):
        flow.set_action_done(meeting(), "no-such-action")


def test_actions_can_be_ticked_done_after_the_meeting_is_final():
    a = flow.add_action(meeting(), 3, "Scholing samenwerken")
    final = flow.finalise(a)
    ticked = flow.set_action_done(final, a.actions[0].id)
    assert ticked.actions[0].done and ticked.status is AssessmentStatus.FINAL
    with pytest.raises(AssessmentReadOnly):
        flow.remove_action(final, a.actions[0].id)


def test_open_actions_over_several_assessments_oldest_first():
    old = flow.add_action(meeting(), 1, "Oud actiepunt")
    old.held_on = date(2025, 1, 1)
    new = flow.add_action(flow.add_action(meeting(), 2, "Nieuw"), 3, "Al gedaan")
    new = flow.set_action_done(new, new.actions[1].id)
    listed = flow.open_actions([new, old])
    assert [action.text for _, action in listed] == ["Oud actiepunt", "Nieuw"]


# -- moving through the meeting ---------------------------------------------------------


def test_position_moves_between_keys_and_participants_within_bounds():
    start = MeetingPosition()
    assert (start.key, start.participant, start.is_first_key) == (1, 0, True)
    assert start.previous_key() == start
    last = MeetingPosition(7, 2)
    assert last.next_key() == MeetingPosition(7, 0) and last.is_last_key
    assert MeetingPosition(3, 2).next_key() == MeetingPosition(4, 0)
    assert MeetingPosition(3, 1).next_participant(3) == MeetingPosition(3, 2)
    assert MeetingPosition(3, 2).next_participant(3) == MeetingPosition(3, 2)
    assert MeetingPosition(3, 0).next_participant(0) == MeetingPosition(3, 0)
    assert MeetingPosition(3, 0).previous_participant() == MeetingPosition(3, 0)
