"""`Checked`: a model the store may write without checking it again. Only the codec makes
one (after a full check, or from a checked one with each new value checked), and the store
still checks every plain model it is given."""

from __future__ import annotations

import inspect
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rondom_tui.domain import links, models
from rondom_tui.domain.codec import (
    Checked,
    DocumentInvalid,
    RecordInvalid,
    check,
    checked_document,
    json_decode_checked,
    json_encode,
)
from rondom_tui.domain.models import Case
from rondom_tui.domain.plan import models as plan_models
from rondom_tui.store.imports import ImportBatch
from rondom_tui.store.repository import Store
from tests.conftest import secret_case

ESCAPE = "\x1b]0;PWNED\x07"


def test_no_one_but_the_codec_makes_a_checked_record() -> None:
    with pytest.raises(TypeError):
        Checked(secret_case(), object())


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"given_name": "Sanne" + ESCAPE}, "$.given_name"),
        ({"code": "K 7F3A"}, "$.code"),
        ({"id": "x" * 201}, "$.id"),
        ({"revision": "7"}, "$.revision"),
        ({"tags": ["verzuim", ESCAPE]}, "$.tags"),
    ],
)
def test_a_checked_record_stays_checked_only_through_values_that_check(
    changes: dict[str, Any], field: str
) -> None:
    checked = check(secret_case())
    with pytest.raises(RecordInvalid) as caught:
        checked.replaced(**changes)
    assert caught.value.params["path"] == field
    assert "PWNED" not in caught.value.text(lang="en")


def test_new_values_that_check_make_a_checked_copy_and_leave_the_original() -> None:
    case = secret_case()
    copy = check(case).replaced(id="nieuw-id", code="K-7F3A", revision=3, tags=["pseudo"])
    assert (copy.model.id, copy.model.code, copy.model.revision) == ("nieuw-id", "K-7F3A", 3)
    assert copy.model is not case and case.code != "K-7F3A"


_ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=260)
_VALUES = st.one_of(
    st.tuples(st.just("given_name"), _ANY_TEXT),
    st.tuples(st.just("code"), _ANY_TEXT),
    st.tuples(st.just("id"), _ANY_TEXT),
    st.tuples(st.just("question"), _ANY_TEXT),
    st.tuples(st.just("tags"), st.lists(_ANY_TEXT, max_size=3)),
    st.tuples(st.just("revision"), st.one_of(st.integers(), _ANY_TEXT)),
)


@settings(max_examples=300, deadline=None)
@given(_VALUES)
def test_replaced_refuses_exactly_what_the_full_check_refuses(change: tuple[str, Any]) -> None:
    name, value = change
    case = secret_case()
    whole = msgspec.structs.replace(case, **{name: value})
    try:
        checked_document(whole)
    except RecordInvalid:
        with pytest.raises(RecordInvalid):
            check(case).replaced(**{name: value})
    else:
        assert check(case).replaced(**{name: value}).model == whole


def test_a_bad_record_is_never_checked() -> None:
    with pytest.raises(RecordInvalid):
        check(secret_case(given_name="Sanne" + ESCAPE))
    with pytest.raises(DocumentInvalid):
        json_decode_checked(json_encode([secret_case(given_name=5)]), list[Case])  # type: ignore[arg-type]


def test_no_stored_model_has_a_post_init_that_replaced_would_skip() -> None:
    """`Checked.replaced` checks the changed fields only: sound while msgspec checks a model
    field by field, which a `__post_init__` (a check across fields) would break."""
    found = [
        cls
        for module in (models, links, plan_models)
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, msgspec.Struct) and "__post_init__" in vars(cls)
    ]
    assert found == []


def test_the_store_still_checks_a_plain_record_an_import_hands_it(store: Store) -> None:
    with pytest.raises(RecordInvalid) as caught:
        store.import_cases(ImportBatch(cases=[secret_case(given_name="Sanne" + ESCAPE)]))
    assert caught.value.params["path"] == "$.given_name"
    assert store.cases.count() == 0
