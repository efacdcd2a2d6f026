"""Malformed JSON structures fed to the bundle validator raise `BundleInvalid`, nothing else.

Three sources of input: arbitrary bytes, arbitrary JSON values, and valid bundles with one
subtree replaced by arbitrary JSON (the hardest: everything around the damage is right).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from bundle_fixtures import fictional_assessment, fictional_case, fictional_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rondom_tui.bundle import BundleInvalid, decode_bundle, encode_bundle

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=30,
)


def valid_document() -> dict[str, Any]:
    case = fictional_case(code="K-TEST")
    plaintext = encode_bundle(
        [case], fictional_events(case, 2), [fictional_assessment(case)], created_by="juf.test"
    )
    document: dict[str, Any] = json.loads(plaintext)
    return document


VALID = valid_document()


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a subtree of `value`."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(paths(child, (*prefix, index)))
    return found


ALL_PATHS = paths(VALID)[1:]


def replaced(document: Any, path: tuple[Any, ...], new: Any) -> Any:
    copy = json.loads(json.dumps(document))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = new
    return copy


def only_bundle_invalid(plaintext: bytes) -> None:
    try:
        decode_bundle(plaintext)
    except BundleInvalid as error:
        for lang in ("nl", "en"):  # the message renders, with its parameters
            assert "\n" not in error.text(lang=lang)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes(data: bytes) -> None:
    only_bundle_invalid(data)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_arbitrary_json(value: Any) -> None:
    only_bundle_invalid(json.dumps(value).encode())


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(list(VALID)), json_values, max_size=6))
def test_bundle_shaped_objects(value: dict[str, Any]) -> None:
    value.setdefault("format", "rondom-bundle")
    only_bundle_invalid(json.dumps(value).encode())


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ALL_PATHS), json_values)
def test_valid_bundle_with_one_subtree_replaced(path: tuple[Any, ...], new: Any) -> None:
    only_bundle_invalid(json.dumps(replaced(VALID, path, new)).encode())


def resealed(document: Any) -> bytes:
    """The document with a correct checksum, so validation goes past it to the deeper
    checks (ids, counts, references)."""
    if not isinstance(document, dict) or not isinstance(document.get("manifest"), dict):
        return json.dumps(document).encode()
    names = ("cases", "events", "assessments")
    if "links" in document:  # version 2
        names += ("links", "plans", "plan_versions")
    parts = [json.dumps(document.get(name)).encode() for name in names]
    document["manifest"]["sha256"] = hashlib.sha256(b"\n".join(parts)).hexdigest()
    head = {k: v for k, v in document.items() if k not in names}
    body = json.dumps(head)[:-1].encode()
    for name, part in zip(names, parts, strict=True):
        body += f', "{name}": '.encode() + part
    return body + b"}"


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ALL_PATHS), json_values)
def test_resealed_bundle_with_one_subtree_replaced(path: tuple[Any, ...], new: Any) -> None:
    only_bundle_invalid(resealed(replaced(VALID, path, new)))


def test_the_reseal_helper_makes_a_valid_bundle_valid() -> None:
    # Without this, the resealed property test could pass by failing the checksum every time.
    bundle = decode_bundle(resealed(json.loads(json.dumps(VALID))))
    assert len(bundle.events) == 2
