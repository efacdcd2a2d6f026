"""Partial dates: what people type, what is stored, what is shown, how they sort."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rondom_tui.domain.dates import (
    PartialDate,
    Qualifier,
    age_in_years,
    describe_age,
    parse_day,
)
from rondom_tui.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("2016", "2016"),
        ("03-2016", "2016-03"),
        ("3-2016", "2016-03"),
        ("14-03-2016", "2016-03-14"),
        ("14-3-2016", "2016-03-14"),
        ("14/03/2016", "2016-03-14"),
        ("2016-03-14", "2016-03-14"),
        ("~2016", "~2016"),
        ("ca. 2016", "~2016"),
        ("ongeveer 03-2016", "~2016-03"),
        ("<03-2019", "<2019-03"),
        ("voor 2019", "<2019"),
        (">2019", ">2019"),
        ("na 14-03-2019", ">2019-03-14"),
        ("mrt 2019", "2019-03"),
        ("maart 2019", "2019-03"),
        ("14 maart 2019", "2019-03-14"),
        ("  2016  ", "2016"),
    ],
)
def test_typed_dates_are_understood(typed: str, iso: str) -> None:
    assert PartialDate.parse(typed).iso() == iso


@pytest.mark.parametrize(
    ("typed", "message_id"),
    [
        ("31-02-2016", "date.invalid_day"),
        ("29-02-2019", "date.invalid_day"),
        ("13-2016", "date.invalid_month"),
        ("gisteren", "date.unreadable"),
        ("", "date.empty"),
        ("1850", "date.year_range"),
        ("14-03-16", "date.unreadable"),
        ("xyz 2019", "date.unknown_month"),
    ],
)
def test_invalid_dates_get_a_named_reason(typed: str, message_id: str) -> None:
    with pytest.raises(ValidationError) as caught:
        PartialDate.parse(typed)
    assert caught.value.message_id == message_id
    assert caught.value.text(lang="nl")  # a sentence, in Dutch


def test_leap_day_is_accepted() -> None:
    assert PartialDate.parse("29-02-2016").first_day() == date(2016, 2, 29)


def test_dutch_and_english_display() -> None:
    cases = {
        "2019-03-14": ("14-03-2019", "14-03-2019"),
        "2019-03": ("mrt 2019", "Mar 2019"),
        "~2019": ("ca. 2019", "c. 2019"),
        "<2019-03": ("vóór mrt 2019", "before Mar 2019"),
        ">2019": ("na 2019", "after 2019"),
    }
    for iso, (nl, en) in cases.items():
        value = PartialDate.from_iso(iso)
        assert value.display("nl") == nl
        assert value.display("en") == en


def test_error_messages_follow_the_language() -> None:
    with pytest.raises(ValidationError) as caught:
        PartialDate.parse("31-02-2016")
    dutch, english = caught.value.text(lang="nl"), caught.value.text(lang="en")
    assert english != dutch
    assert "28 days" in english or "29 days" in english
    assert str(caught.value) == "date.invalid_day", "no parameter in a traceback or log"


def test_ranges_follow_the_qualifier() -> None:
    march = PartialDate(2019, 3)
    assert (march.earliest(), march.latest()) == (date(2019, 3, 1), date(2019, 3, 31))
    before = PartialDate(2019, 3, qualifier=Qualifier.BEFORE)
    assert before.latest() == date(2019, 2, 28)
    assert before.earliest() < date(2019, 1, 1)
    after = PartialDate(2019, qualifier=Qualifier.AFTER)
    assert after.earliest() == date(2020, 1, 1)
    about = PartialDate(2019, qualifier=Qualifier.APPROXIMATE)
    assert about.earliest() < date(2019, 1, 1) and about.latest() > date(2019, 12, 31)


def test_ordering_uses_the_anchor() -> None:
    values = [PartialDate.parse(x) for x in ("2020", "<2019", "03-2019", "14-03-2019", ">2019-12")]
    assert [v.iso() for v in sorted(values)] == [
        "<2019",
        "2019-03-14",
        "2019-03",
        ">2019-12",
        "2020",
    ]


def test_full_day_parser_refuses_partial_dates() -> None:
    assert parse_day("01-09-2025") == date(2025, 9, 1)
    for text in ("09-2025", "~01-09-2025"):
        with pytest.raises(ValidationError):
            parse_day(text)


def test_age_in_years() -> None:
    assert age_in_years(date(2016, 3, 14), date(2026, 3, 13)) == 9
    assert age_in_years(date(2016, 3, 14), date(2026, 3, 14)) == 10


@pytest.mark.parametrize(
    ("born", "lang", "shown"),
    [
        ("2016-03-14", "nl", "(9 jr)"),
        ("2016-03-14", "en", "(9 yrs)"),
        ("2016-03", "nl", "(ca. 9 jr)"),  # anchored mid-March, so not yet ten on 13 March
        ("~2016-03-14", "en", "(c. 9 yrs)"),
        ("2027", "nl", ""),  # born after today: no age rather than a negative one
    ],
)
def test_a_childs_age_in_words(born: str, lang: str, shown: str) -> None:
    assert describe_age(PartialDate.from_iso(born), date(2026, 3, 13), lang=lang) == shown


def test_no_date_of_birth_no_age() -> None:
    assert describe_age(None, date(2026, 3, 13), lang="nl") == ""


def test_partial_dates_are_immutable() -> None:
    value = PartialDate(2019)
    with pytest.raises(AttributeError):
        value.year = 2020  # type: ignore[misc]


partial_dates = st.builds(
    lambda d, precision, q: PartialDate(
        d.year,
        d.month if precision > 0 else None,
        d.day if precision > 1 else None,
        q,
    ),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.integers(0, 2),
    st.sampled_from(list(Qualifier)),
)


@given(partial_dates)
def test_storage_form_round_trips(value: PartialDate) -> None:
    assert PartialDate.from_iso(value.iso()) == value


@given(partial_dates)
def test_typed_form_round_trips(value: PartialDate) -> None:
    assert PartialDate.parse(value.input_text()) == value


@given(partial_dates)
def test_anchor_lies_in_the_range(value: PartialDate) -> None:
    assert value.earliest() <= value.anchor() <= value.latest()
    if value.qualifier is Qualifier.EXACT:
        assert value.first_day() <= value.anchor() <= value.last_day()


@given(st.text(max_size=40))
def test_parser_only_raises_validation_errors(text: str) -> None:
    with contextlib.suppress(ValidationError):
        PartialDate.parse(text)


@given(st.text(max_size=40))
def test_storage_parser_only_raises_validation_errors(text: str) -> None:
    with contextlib.suppress(ValidationError):
        PartialDate.from_iso(text)
