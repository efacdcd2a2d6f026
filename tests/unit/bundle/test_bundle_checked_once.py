"""Issue 14: a bundle's records are checked once, by its decoding, and the import writes them
without checking them again. So that decoding must refuse every hostile record, all the way
through the import: control characters, a wrong type, a field too long, an event of a case
not in the bundle. The store file stays byte for byte the same."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import msgspec
import pytest
from bundle_fixtures import MakeStore, fictional_case, fictional_events

from rondom_tui.bundle import (
    BundleInvalid,
    encrypt,
    import_bundle,
    open_bundle_for_store,
    parse_recipient,
    store_recipient,
)
from rondom_tui.bundle.format import encode_bundle
from rondom_tui.domain.codec import RecordInvalid
from rondom_tui.domain.models import Case, Event, new_id
from rondom_tui.store.repository import Store

ESCAPE = "\x1b]0;PWNED\x07"

Spoil = Callable[[Case, list[Event]], None]


def _escape_in_a_name(case: Case, events: list[Event]) -> None:
    case.given_name = "Sanne" + ESCAPE


def _escape_in_a_note(case: Case, events: list[Event]) -> None:
    events[1].note = "Gesprek" + ESCAPE


def _a_number_for_a_name(case: Case, events: list[Event]) -> None:
    case.family_name = 42  # type: ignore[assignment]


def _a_title_too_long(case: Case, events: list[Event]) -> None:
    events[0].title = "x" * 201


def _an_event_of_a_missing_case(case: Case, events: list[Event]) -> None:
    events[2].case_id = new_id()


HOSTILE: dict[str, tuple[Spoil, str, str]] = {
    "control characters in a case": (_escape_in_a_name, "field", "$.cases[0].given_name"),
    "control characters in an event": (_escape_in_a_note, "field", "$.events[1].note"),
    "a wrong type": (_a_number_for_a_name, "field", "$.cases[0].family_name"),
    "a field too long": (_a_title_too_long, "field", "$.events[0].title"),
    "an event pointing at a missing case": (
        _an_event_of_a_missing_case,
        "orphan",
        "$.events[2].case_id",
    ),
}


def _sealed_for(receiver: Store, spoil: Spoil) -> bytes:
    """A bundle for `receiver` whose writer did not check its records (msgspec models take
    any value when made in code): the bytes a hostile sender could make."""
    case = fictional_case()
    events = fictional_events(case)
    spoil(case, events)
    plaintext = encode_bundle([case], events, [], created_by="juf")
    return encrypt(plaintext, recipients=[parse_recipient(store_recipient(receiver))])


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_bundle_is_refused_before_anything_is_written(
    make_store: MakeStore, tmp_path: Path, name: str
) -> None:
    spoil, reason, path = HOSTILE[name]
    receiver = make_store()
    data = _sealed_for(receiver, spoil)
    before = (tmp_path / "store.rondom").read_bytes()
    with pytest.raises(BundleInvalid) as caught:
        import_bundle(receiver, open_bundle_for_store(receiver, data))
    assert (caught.value.reason, caught.value.params["path"]) == (reason, path)
    assert "PWNED" not in caught.value.text(lang="en")
    assert (tmp_path / "store.rondom").read_bytes() == before
    assert receiver.cases.count() == 0


def test_a_sound_bundle_goes_in_through_the_same_path(make_store: MakeStore) -> None:
    """The control of the test above: without the spoiling, the same bundle imports."""
    receiver = make_store()
    data = _sealed_for(receiver, lambda case, events: None)
    result = import_bundle(receiver, open_bundle_for_store(receiver, data))
    assert len(result.cases) == 1 and receiver.cases.count() == 1


def test_a_bundle_made_in_code_is_checked_by_the_import_itself(make_store: MakeStore) -> None:
    """A `Bundle` not made by decoding carries no proof: its records are checked in full."""
    receiver = make_store()
    case = fictional_case()
    case.given_name = "Sanne" + ESCAPE
    bundle = open_bundle_for_store(receiver, _sealed_for(receiver, lambda c, e: None))
    unproven = msgspec.structs.replace(bundle, cases=[case], events=[], checked=None)
    with pytest.raises(RecordInvalid) as caught:
        import_bundle(receiver, unproven)
    assert caught.value.params["path"] == "$.given_name"
    assert receiver.cases.count() == 0
