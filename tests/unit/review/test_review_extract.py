"""Review extracts: written age-encrypted with counts only, read back strictly, merged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyrage import x25519
from review_data import TODAY

from rondom_tui.bundle.errors import BundleInvalid
from rondom_tui.bundle.keys import parse_recipient, store_recipient
from rondom_tui.bundle.review_extract import (
    decode_extract,
    demo_extract,
    encode_extract,
    extract_of,
    open_extract,
    write_extract,
)
from rondom_tui.domain.demo import standard_demo
from rondom_tui.domain.models import AuditAction
from rondom_tui.domain.review.extracts import ExtractOverlap, as_extract, merged_overview
from rondom_tui.domain.review.facts import caseload_of
from rondom_tui.domain.review.figures import overview
from rondom_tui.domain.review.months import Month
from rondom_tui.domain.review.selection import Selection
from rondom_tui.store.repository import Store


def _plaintext() -> bytes:
    caseload = caseload_of(*standard_demo(TODAY))
    return encode_extract(extract_of(caseload, Selection(since=Month(2024, 1)), TODAY, "ab" * 8))


def test_an_extract_round_trips_and_says_what_it_is() -> None:
    data = _plaintext()
    document = json.loads(data)
    assert document["format"] == "rondom-review-extract" and document["version"] == 1
    assert document["made_in"] == "2026-03" and document["threshold"] == 5
    assert document["selection"]["since"] == "2024-01"
    assert [u["school"] for u in document["units"]] == sorted(
        u["school"] for u in document["units"]
    )
    extract = decode_extract(data)
    assert extract.selection == Selection(since=Month(2024, 1))
    assert decode_extract(encode_extract(extract)) == extract


def test_every_figure_in_an_extract_rests_on_five_cases_or_says_less_than_five() -> None:
    document = json.loads(_plaintext())
    withheld = 0
    for unit in document["units"]:
        for value in unit["counts"].values():
            withheld += value == "<5"
            assert value == "<5" or value[1] >= 5
        for kind in ("waits", "scores"):
            for value in unit[kind].values():
                assert value == "<5" or value["cases"] >= 5
    assert withheld  # the demo has small figures: they are there, as <5


def _changed(change) -> bytes:  # type: ignore[no-untyped-def]
    document = json.loads(_plaintext())
    change(document)
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d.update(format="rondom-bundle"), "is_bundle"),
        (lambda d: d.update(format="iets anders"), "not_extract"),
        (lambda d: d.update(version=2), "version"),
        (lambda d: d.update(extra=1), "field"),
        (lambda d: d.update(threshold=3), "threshold"),
        (lambda d: d.update(made_in="2026-03-01"), "field"),
        (lambda d: d["units"][0]["counts"].update({"key.9.hindering": [5, 5]}), "figure"),
        (lambda d: d["units"][0]["counts"].update({"cases": [3, 3]}), "small"),
        (lambda d: d["units"][0]["counts"].update({"key.1.hindering": [2, 7]}), "small"),
        (
            lambda d: d["units"][0]["scores"].update(
                {"score.1": {"hundredths": 99999, "cases": 5}}
            ),
            "field",
        ),
        (
            lambda d: d["units"][0]["waits"].update(
                {"wait.all": {"weeks": [[5, 1], [2, 4]], "cases": 5}}
            ),
            "field",
        ),
        (lambda d: d["units"].append(dict(d["units"][0])), "field"),
        (lambda d: d["units"][0].update(name="Fictief"), "field"),
    ],
)
def test_a_wrong_extract_is_refused_naming_the_field_never_the_value(change, reason) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BundleInvalid) as caught:
        decode_extract(_changed(change))
    assert caught.value.message_id.endswith(reason)
    assert "Fictief" not in caught.value.text(lang="nl")
    with pytest.raises(BundleInvalid):
        decode_extract(b"\xff not json")


def test_an_extract_is_written_for_a_key_and_read_with_the_store_it_was_written_for(
    demo_store: Store, tmp_path: Path
) -> None:
    coordinator = x25519.Identity.generate()
    data, made = write_extract(
        demo_store,
        Selection(),
        recipients=[parse_recipient(str(coordinator.to_public()))],
        today=TODAY,
    )
    assert data.startswith(b"age-encryption.org/v1")
    assert made.together.cases.count == 60
    assert demo_store.audit.entries()[-1].action is AuditAction.EXPORT
    with pytest.raises(BundleInvalid) as caught:
        open_extract(demo_store, data)  # not for this store's key
    assert caught.value.reason == "wrong_key"
    extract = open_extract(demo_store, data, identities=[coordinator])
    assert len(extract.units) == 6


def test_the_demo_extract_opens_with_the_demo_stores_key_and_merges(demo_store: Store) -> None:
    extract = open_extract(demo_store, demo_extract(demo_store, TODAY))
    assert len(extract.units) == 3
    own = overview(demo_store.reviews.caseload(), Selection(), TODAY)
    mine = as_extract(own, "0" * 16)
    merged = merged_overview([mine, extract], Selection(), own.made_on, own=0)
    assert len(merged.schools) == 9 and merged.from_extracts[0].own
    with pytest.raises(ExtractOverlap):
        merged_overview([mine, mine], Selection(), own.made_on)
    assert store_recipient(demo_store).startswith("age1")
