"""Dutch name rules: "Liv de Ruiter", but "De Ruiter" without a first name."""

from __future__ import annotations

from datetime import date

from rondom_tui.domain.demo import demo_cases
from rondom_tui.domain.models import Case
from rondom_tui.domain.names import family_name_alone, full_name

TUSSENVOEGSELS = {"de", "den", "der", "het", "'t", "te", "ter", "ten", "van", "in", "op", "uit"}


def test_a_tussenvoegsel_is_lower_case_after_a_first_name_and_capitalised_alone() -> None:
    assert full_name("Liv", "de Ruiter") == "Liv de Ruiter"
    assert full_name("", "de Ruiter") == "De Ruiter"
    assert full_name(" ", "van der Meer") == "Van der Meer"
    assert family_name_alone("van Lierop") == "Van Lierop"
    assert full_name("Sem", "") == "Sem"


def test_a_name_typed_with_a_capital_stays_as_typed() -> None:
    assert full_name("Lotte", "De Smet") == "Lotte De Smet"  # Flemish: always a capital


def test_a_case_shows_its_child_by_the_dutch_rules() -> None:
    assert Case(given_name="Liv", family_name="de Ruiter").full_name == "Liv de Ruiter"
    assert Case(given_name="", family_name="de Ruiter").full_name == "De Ruiter"


def test_the_demo_writes_tussenvoegsels_in_lower_case_after_the_first_name() -> None:
    cases, _, _ = demo_cases(16, today=date(2026, 3, 14))
    names = {case.full_name for case in cases}
    assert "Liv de Ruiter" in names and "Liv De Ruiter" not in names
    for case in cases:
        first_word = case.family_name.split()[0]
        if first_word.casefold() in TUSSENVOEGSELS:
            assert first_word.islower(), case.family_name
