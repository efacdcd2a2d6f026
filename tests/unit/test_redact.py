"""Meeting mode keeps the child's name off the projector, also in what people typed."""

from __future__ import annotations

from datetime import date

from rondom_tui.domain.assessment import flow as flow
from rondom_tui.domain.cases.redact import hide_names, kept_unless_edited, without_names

NAMES = ("Noor van Lierop", "Noor", "van Lierop")


def test_whole_words_are_replaced_ignoring_case_and_spacing() -> None:
    text = "Moeder van NOOR zegt: noor  van   lierop wil meedoen; Noortje niet."
    assert hide_names(text, NAMES, "K-7F3A") == (
        "Moeder van K-7F3A zegt: K-7F3A wil meedoen; Noortje niet."
    )


def test_punctuation_around_a_name_stays() -> None:
    assert hide_names("(Noor), Noor's plan", ["Noor"], "K-1") == "(K-1), K-1's plan"


def test_initials_and_empty_names_change_nothing() -> None:
    assert hide_names("N. de Vries en A", ["N", " ", ""], "K-1") == "N. de Vries en A"
    assert hide_names("", NAMES, "K-1") == ""


def test_names_with_regex_characters_are_taken_literally() -> None:
    assert hide_names("a+b en ab", ["a+b"], "K") == "K en ab"


def test_without_names_masks_participants_notes_and_actions_and_keeps_ids() -> None:
    a = flow.start_assessment(
        date(2026, 3, 14),
        case_id="c1",
        facilitator="begeleider van Noor",
        participants=[("moeder van Noor", "ouder"), ("", "leerkracht")],
    )
    a = flow.set_score(a, a.participants[0].id, 1, 4)
    a = flow.set_note(a, 1, "Noor voelt zich gehoord")
    a = flow.add_action(a, 2, "Noor mag kiezen", owner="Noor van Lierop")
    shown = without_names(a, NAMES, "K-7F3A")
    assert [p.label for p in shown.participants] == ["moeder van K-7F3A", ""]
    assert shown.facilitator == "begeleider van K-7F3A"
    assert shown.keys[0].note == "K-7F3A voelt zich gehoord"
    assert (shown.actions[0].text, shown.actions[0].owner) == ("K-7F3A mag kiezen", "K-7F3A")
    assert [p.id for p in shown.participants] == [p.id for p in a.participants]
    assert shown.keys[0].scores == a.keys[0].scores and shown.id == a.id
    assert a.participants[0].label == "moeder van Noor"  # the original is untouched
    assert without_names(a, (), "K-7F3A") is a


def test_an_editor_left_unchanged_keeps_the_stored_text_with_its_names() -> None:
    stored = "Noor voelt zich gehoord"
    shown = hide_names(stored, NAMES, "K-7F3A")
    assert kept_unless_edited(stored, shown, shown) == stored
    assert kept_unless_edited(stored, shown, f"  {shown}\n") == stored  # white space only


def test_an_edited_text_is_stored_as_edited_with_the_code_where_the_name_was() -> None:
    stored = "Noor voelt zich gehoord"
    shown = hide_names(stored, NAMES, "K-7F3A")
    edited = shown + ", ook door school"
    assert kept_unless_edited(stored, shown, edited) == "K-7F3A voelt zich gehoord, ook door school"
    assert kept_unless_edited(stored, shown, "") == ""  # emptied on purpose
