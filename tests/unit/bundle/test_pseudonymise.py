"""Pseudonymisation (pure): what is removed, reduced, kept and flagged."""

from __future__ import annotations

import msgspec
from bundle_fixtures import MARKER, fictional_assessment, fictional_case, fictional_events

from rondom_tui.domain.cases.pseudonymise import (
    FLAGGED_FIELDS,
    REDUCED_FIELDS,
    REMOVED_FIELDS,
    pseudonymise_case,
)
from rondom_tui.domain.codec import to_builtins
from rondom_tui.domain.dates import PartialDate, Qualifier
from rondom_tui.domain.models import Action, Event, Participant, Party


def sample():
    case = fictional_case(code="K-7F3A")
    return case, fictional_events(case, 3), [fictional_assessment(case)]


def test_names_contacts_and_group_are_removed() -> None:
    case, events, assessments = sample()
    result = pseudonymise_case(case, events, assessments).case
    assert (result.given_name, result.family_name, result.group) == ("", "", "")
    assert all(p.name == "" and p.contact == "" for p in result.parties)
    assert all(c.given_by == "" for c in result.consents)


def test_the_facilitator_and_participants_names_are_removed_not_just_flagged() -> None:
    case, events, assessments = sample()
    out = pseudonymise_case(case, events, assessments)
    assessment = out.assessments[0]
    assert assessment.facilitator == ""
    assert [p.label for p in assessment.participants] == ["", ""]
    assert [p.role for p in assessment.participants] == ["ouder", "leerkracht"]
    assert [p.id for p in assessment.participants] == [p.id for p in assessments[0].participants]
    flagged = {f.field for f in out.to_review if f.record == "assessment"}
    assert "facilitator" not in flagged and not any(f.startswith("participants") for f in flagged)
    everything = msgspec.json.encode(to_builtins(out.assessments))
    for name in ("Anouk", "Uitgedacht", "Bram", "Bedacht", "Els"):
        assert name.encode() not in everything, name


def test_every_person_name_field_of_the_models_is_removed_or_reduced() -> None:
    # The fields of the models that hold who someone is; each must be emptied or reduced.
    person_fields = {
        "case.given_name",
        "case.family_name",
        "case.parties[].name",
        "case.parties[].contact",
        "case.consents[].given_by",
        "assessment.facilitator",
        "assessment.participants[].label",
        "assessment.actions[].owner",
    }
    assert person_fields <= set(REMOVED_FIELDS) | set(REDUCED_FIELDS)
    assert not person_fields & set(FLAGGED_FIELDS)


def test_an_action_owner_keeps_only_a_role() -> None:
    case, events, assessments = sample()
    assessment = assessments[0]
    mother, teacher = assessment.participants
    assessment.participants.append(Participant(label="Fenna Fantasie", role=""))
    owners = [
        "Bram Bedacht",  # a participant: his role
        "bram  bedacht",  # the same, typed differently
        "Els Fictiefsma",  # a participant and a party
        "Leerkracht",  # a role: kept as typed
        "Anouk Uitgedacht",  # the facilitator: no role to show
        "Meneer Verzinsel",  # nobody known: removed
        "Fenna Fantasie",  # a participant without a role
        "Sanne",  # the child: her code
        "",
    ]
    assessment.actions = [Action(key=1, text="Bellen.", owner=owner) for owner in owners]
    out = pseudonymise_case(case, events, assessments).assessments[0]
    assert [a.owner for a in out.actions] == [
        "[leerkracht]",
        "[leerkracht]",
        "[moeder]",
        "Leerkracht",
        "",
        "",
        "",
        "[K-7F3A]",
        "",
    ]
    assert (mother.role, teacher.role) == ("ouder", "leerkracht")


def test_names_of_the_facilitator_participants_and_owners_are_replaced_in_free_text() -> None:
    case, events, assessments = sample()
    assessment = assessments[0]
    assessment.actions.append(Action(key=3, text="Mail.", owner="Meneer Verzinsel"))
    note = "Anouk Uitgedacht leidde; Bram zei dat meneer verzinsel belt. Fenna Fantasie kwam niet."
    assessment.keys[0].note = note
    assessment.participants.append(Participant(label="Fenna Fantasie", role="oma van Sanne"))
    out = pseudonymise_case(case, events, assessments).assessments[0]
    assert out.keys[0].note == (
        "[…] leidde; [leerkracht] zei dat […] belt. [oma van [K-7F3A]] kwam niet."
    )
    assert out.participants[2].role == "oma van [K-7F3A]"


def test_child_is_shown_by_code_and_born_in_a_year() -> None:
    case, events, assessments = sample()
    result = pseudonymise_case(case, events, assessments).case
    assert result.code == "K-7F3A" and result.id == case.id
    assert result.date_of_birth == PartialDate(2015)
    case.date_of_birth = PartialDate(2015, 3, qualifier=Qualifier.APPROXIMATE)
    assert pseudonymise_case(case, [], []).case.date_of_birth == PartialDate(
        2015, qualifier=Qualifier.APPROXIMATE
    )


def test_what_is_kept() -> None:
    case, events, assessments = sample()
    out = pseudonymise_case(case, events, assessments)
    assert out.case.school == case.school and out.case.opened_on == case.opened_on
    assert [p.role for p in out.case.parties] == ["moeder", "leerkracht"]
    assert [c.scope for c in out.case.consents] == [c.scope for c in case.consents]
    for before, after in zip(events, out.events, strict=True):
        assert (after.id, after.start, after.end, after.valence, after.keys, after.lane) == (
            before.id,
            before.start,
            before.end,
            before.valence,
            before.keys,
            before.lane,
        )
    assert out.assessments[0].keys[0].scores == assessments[0].keys[0].scores


def test_removed_names_are_replaced_in_free_text() -> None:
    case, events, assessments = sample()
    out = pseudonymise_case(case, events, assessments)
    assert out.case.question == "Hoe helpen we [K-7F3A] om weer graag naar school te gaan?"
    assert out.events[0].note.startswith("[K-7F3A] vertelde")
    assert out.assessments[0].keys[0].note == "Goed gesprek."
    assert out.assessments[0].actions[0].owner == "[leerkracht]"
    everything = msgspec.json.encode(
        [to_builtins(out.case), to_builtins(out.events), to_builtins(out.assessments)]
    )
    for name in (MARKER, "Sanne", "Els", "Bram Bedacht", "06-00000000"):
        assert name.encode() not in everything, name


def test_whole_names_match_in_any_case_parts_only_as_written_and_roles_are_not_names() -> None:
    case = fictional_case(code="K-AAAA")
    case.parties.append(Party(role="Moeder", name="moeder"))
    note = "sanne en moeder; Sanne en Moeder; els fictiefsma, Els; fictiefsma of Fictiefsma."
    events = [Event(case_id=case.id, start=PartialDate(2020), note=note)]
    out = pseudonymise_case(case, events, [])
    # The child's given and family names are whole names: any case. "Els" is only part of
    # the mother's name "Els Fictiefsma": as written. A party "named" by her role is no name.
    assert out.events[0].note == (
        "[K-AAAA] en moeder; [K-AAAA] en Moeder; [moeder], [moeder]; [K-AAAA] of [K-AAAA]."
    )


def test_every_non_empty_free_text_field_is_flagged() -> None:
    case, events, assessments = sample()
    out = pseudonymise_case(case, events, assessments)
    flagged = {(f.record, f.field) for f in out.to_review}
    assert {
        ("case", "question"),
        ("case", "goals[0].text"),
        ("case", "parties[1].organisation"),
        ("case", "consents[0].note"),
        ("case", "tags[0]"),
        ("event", "title"),
        ("event", "note"),
        ("event", "source"),
        ("assessment", "keys[0].note"),
        ("assessment", "actions[0].text"),
    } <= flagged
    # Empty fields are not flagged: party 0 has no organisation, key 2 has no note.
    assert ("case", "parties[0].organisation") not in flagged
    assert ("assessment", "keys[1].note") not in flagged
    assert {f.id for f in out.to_review if f.record == "event"} == {e.id for e in events}
    documented = {f.replace("[]", "") for f in FLAGGED_FIELDS}
    for flag in out.to_review:
        field = flag.field.split("[")[0] + (
            "." + flag.field.split(".")[-1] if "]." in flag.field else ""
        )
        assert f"{flag.record}.{field}" in documented, flag


def test_inputs_are_not_changed() -> None:
    case, events, assessments = sample()
    before = msgspec.json.encode([to_builtins(case), to_builtins(events), to_builtins(assessments)])
    pseudonymise_case(case, events, assessments)
    after = msgspec.json.encode([to_builtins(case), to_builtins(events), to_builtins(assessments)])
    assert before == after


def test_repr_never_shows_content() -> None:
    case, events, assessments = sample()
    assert MARKER not in repr(pseudonymise_case(case, events, assessments))
