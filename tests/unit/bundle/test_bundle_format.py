"""The plaintext format: encoding, the checksum definition, and every validation reason."""

from __future__ import annotations

import hashlib
import itertools
import json
from typing import Any

import pytest
from bundle_fixtures import MARKER, fictional_assessment, fictional_case, fictional_events

from rondom_tui.bundle import BundleInvalid, decode_bundle, encode_bundle
from rondom_tui.bundle.format import FORMAT_TAG, MAX_EVENTS, VERSION, content_sha256


def sample_plaintext(cases: int = 2) -> bytes:
    all_cases, all_events, all_assessments = [], [], []
    for index in range(cases):
        case = fictional_case(given=f"Kind{index}", code=f"K-00{index}")
        all_cases.append(case)
        all_events.extend(fictional_events(case, 4))
        all_assessments.append(fictional_assessment(case))
    return encode_bundle(all_cases, all_events, all_assessments, created_by="juf.test")


def as_document(plaintext: bytes) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(plaintext)
    return document


ARRAYS = ("cases", "events", "assessments")
V2_ARRAYS = ("links", "plans", "plan_versions")
"""The arrays version 2 adds, in their order after the assessments."""
"""The arrays a version 2 bundle adds (and its checksum covers)."""


def reseal(document: dict[str, Any], *, indent: int | None = None) -> bytes:
    """Serialise with the stdlib (another writer than ours) and set a correct checksum,
    computed exactly as docs/FORMAT.md (Case bundles) defines it."""
    names = ARRAYS + tuple(name for name in V2_ARRAYS if name in document)  # none in version 1
    parts = [
        json.dumps(document[name], ensure_ascii=False, indent=indent).encode("utf-8")
        for name in names
    ]
    document["manifest"]["sha256"] = hashlib.sha256(b"\n".join(parts)).hexdigest()
    head = {k: document[k] for k in ("format", "version", "manifest")}
    body = json.dumps(head, ensure_ascii=False)[:-1].encode("utf-8")
    for name, part in zip(names, parts, strict=True):
        body += f', "{name}": '.encode() + part
    return body + b"}"


def reason_of(plaintext: bytes) -> BundleInvalid:
    with pytest.raises(BundleInvalid) as caught:
        decode_bundle(plaintext)
    return caught.value


def test_round_trip_keeps_every_record() -> None:
    bundle = decode_bundle(sample_plaintext(3))
    assert bundle.manifest.counts.cases == 3
    assert bundle.manifest.counts.events == 12
    assert bundle.manifest.counts.assessments == 3
    assert bundle.manifest.case_ids == [case.id for case in bundle.cases]
    assert bundle.cases[0].family_name == MARKER
    assert bundle.events[0].start.year >= 2016
    assert bundle.manifest.pseudonymised is False


def test_top_level_is_the_documented_shape() -> None:
    document = as_document(sample_plaintext(1))
    assert list(document) == [
        "format",
        "version",
        "manifest",
        "cases",
        "events",
        "assessments",
        "links",
        "plans",
        "plan_versions",
    ]
    assert document["format"] == FORMAT_TAG and document["version"] == VERSION
    assert set(document["manifest"]) == {
        "created_at",
        "created_by",
        "case_ids",
        "counts",
        "pseudonymised",
        "sha256",
        "review",
    }


def test_checksum_is_over_the_raw_arrays_joined_by_newline() -> None:
    plaintext = sample_plaintext(1)
    document = as_document(plaintext)
    # Cut the six arrays out of our own compact output by hand (the manifest's counts use
    # the same names, followed by a number, not by "[").
    names = ARRAYS + V2_ARRAYS
    raw = {}
    for name, following in itertools.pairwise(names):
        start = plaintext.index(f'"{name}":['.encode()) + len(name) + 3
        raw[name] = plaintext[start : plaintext.index(f',"{following}":['.encode(), start)]
    start = plaintext.index(b'"plan_versions":[') + len(b'"plan_versions":')
    raw["plan_versions"] = plaintext[start:-1]
    expected = hashlib.sha256(b"\n".join(raw[n] for n in names))
    assert document["manifest"]["sha256"] == expected.hexdigest()
    assert content_sha256(*(raw[n] for n in names)) == expected.hexdigest()


def test_a_version_1_bundle_without_links_or_plans_is_still_read() -> None:
    document = as_document(sample_plaintext(2))
    document["version"] = 1
    for name in V2_ARRAYS:
        del document[name], document["manifest"]["counts"][name]
    bundle = decode_bundle(reseal(document))
    assert len(bundle.cases) == 2 and bundle.plans == [] and bundle.plan_versions == []
    assert bundle.links == []
    document["plans"] = document["plan_versions"] = []  # a version 1 document holds no plans
    assert reason_of(reseal(document)).reason == "field"


def test_another_writer_following_the_spec_is_accepted() -> None:
    document = as_document(sample_plaintext(2))
    bundle = decode_bundle(reseal(document, indent=2))
    assert len(bundle.cases) == 2


def test_not_json_or_not_ours_is_not_a_bundle() -> None:
    for plaintext in (b"", b"\xff\xfe", b"hallo", b"[1, 2]", b'{"format": "other"}', b"null"):
        assert reason_of(plaintext).reason == "not_bundle"


def test_another_version_is_named() -> None:
    document = as_document(sample_plaintext(1))
    document["version"] = 3
    error = reason_of(json.dumps(document).encode())
    assert error.reason == "version"
    assert "3" in error.text(lang="nl")


def test_a_version_of_the_wrong_type_names_the_field() -> None:
    document = as_document(sample_plaintext(1))
    document["version"] = "1"
    error = reason_of(json.dumps(document).encode())
    assert error.reason == "field" and error.params["path"] == "$.version"


def test_wrong_field_type_names_the_path_but_never_the_value() -> None:
    document = as_document(sample_plaintext(2))
    document["cases"][1]["date_of_birth"] = f"geboren als {MARKER}"
    error = reason_of(reseal(document))
    assert error.reason == "field"
    assert error.params["path"] == "$.cases[1].date_of_birth"
    assert MARKER not in error.text(lang="nl") and MARKER not in repr(error)


def test_unknown_fields_are_refused_without_quoting_them() -> None:
    document = as_document(sample_plaintext(1))
    document["events"][0][MARKER] = 1
    error = reason_of(reseal(document))
    assert error.reason == "field" and error.params["path"] == "$.events[0]"
    assert MARKER not in error.text(lang="nl")
    document = as_document(sample_plaintext(1))
    document["extra"] = []
    assert reason_of(json.dumps(document).encode()).reason == "field"


def test_content_changed_without_updating_the_checksum_is_refused() -> None:
    document = as_document(sample_plaintext(1))
    document["cases"][0]["school"] = "Een andere school"
    assert reason_of(json.dumps(document).encode()).reason == "checksum"


def test_counts_must_match() -> None:
    document = as_document(sample_plaintext(1))
    document["manifest"]["counts"]["events"] += 1
    assert reason_of(reseal(document)).reason == "counts"


def test_a_claimed_four_billion_events_is_refused_by_the_field_limit() -> None:
    document = as_document(sample_plaintext(1))
    document["manifest"]["counts"]["events"] = 4_000_000_000
    error = reason_of(reseal(document))
    assert error.reason == "field" and error.params["path"] == "$.manifest.counts.events"
    assert MAX_EVENTS < 4_000_000_000


def test_case_ids_must_match_the_cases() -> None:
    document = as_document(sample_plaintext(2))
    document["manifest"]["case_ids"].reverse()
    assert reason_of(reseal(document)).reason == "case_ids"


def test_events_must_belong_to_a_bundled_case() -> None:
    document = as_document(sample_plaintext(2))
    document["events"][3]["case_id"] = "0" * 8
    error = reason_of(reseal(document))
    assert error.reason == "orphan" and error.params["path"] == "$.events[3].case_id"


def test_assessments_must_belong_to_a_bundled_case() -> None:
    document = as_document(sample_plaintext(1))
    document["assessments"][0]["case_id"] = None
    error = reason_of(reseal(document))
    assert error.reason == "orphan" and error.params["path"] == "$.assessments[0].case_id"


def test_duplicate_ids_are_refused() -> None:
    document = as_document(sample_plaintext(1))
    document["events"][2]["id"] = document["events"][0]["id"]
    error = reason_of(reseal(document))
    assert error.reason == "duplicate_id" and error.params["path"] == "$.events[2].id"


def test_ids_must_be_plain() -> None:
    document = as_document(sample_plaintext(1))
    document["events"][1]["id"] = "../../etc"
    error = reason_of(reseal(document))
    assert error.reason == "field" and error.params["path"] == "$.events[1].id"


def test_a_bundle_without_cases_is_refused() -> None:
    assert reason_of(encode_bundle([], [], [], created_by="x")).reason == "no_cases"


def test_deep_nesting_is_refused_not_crashed() -> None:
    deep = b'{"format": "rondom-bundle", "x": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    assert reason_of(deep).reason == "not_bundle"
    document = as_document(sample_plaintext(1))
    head = json.dumps({k: document[k] for k in ("format", "version", "manifest")})[:-1]
    nested = head.encode() + b', "cases": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    assert reason_of(nested).reason in {"field", "not_bundle"}


def test_text_longer_than_the_model_allows_is_refused() -> None:
    document = as_document(sample_plaintext(1))
    document["cases"][0]["question"] = "x" * 20_001
    error = reason_of(reseal(document))
    assert error.params["path"] == "$.cases[0].question"
