"""Issue 8, findings 1, 2 and 8: what a bundle from someone else cannot do.

A bundle with an escape sequence in any text field (cases, events, assessments, participants,
manifest) is refused by the field's path, never quoting it; an event ending before it starts
is refused as the event form refuses it; a pseudonymised bundle never replaces a case and
comes in marked; codes that differ only in case never stand beside each other.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from bundle_fixtures import MakeStore, add_case, fictional_assessment, fictional_case
from cli_runs import one_line, rondom
from tests.hostile_data import HOSTILE, UNSAFE, put, put_raw, soiled, text_fields

from rondom_tui.bundle import (
    BundleInvalid,
    ConflictPolicy,
    PseudonymisedReplace,
    decode_bundle,
    encrypt,
    export_bundle,
    import_bundle,
    open_bundle_for_store,
    parse_recipient,
    preview_bundle,
    store_recipient,
)
from rondom_tui.bundle.format import Manifest
from rondom_tui.domain.codec import to_document
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Assessment, Case, Event
from rondom_tui.store.cases import PSEUDONYMISED_TAG
from rondom_tui.store.repository import Store

# -- escape sequences -------------------------------------------------------------------


def _parts() -> dict[str, Any]:
    case = fictional_case()
    event = Event(case_id=case.id, title="Start", note="n", source="s", start=PartialDate(2024))
    assessment = fictional_assessment(case)
    return {
        "cases": [to_document(case)],
        "events": [to_document(event)],
        "assessments": [to_document(assessment)],
        "created_by": "juf",
        "review": [{"record": "case", "id": case.id, "field": "question"}],
    }


def _plaintext(parts: dict[str, Any]) -> bytes:
    """A bundle document around `parts`, with a checksum that fits them."""
    arrays = [json.dumps(parts[name]).encode() for name in ("cases", "events", "assessments")]
    manifest = {
        "created_at": "2025-01-01T00:00:00Z",
        "created_by": parts["created_by"],
        "case_ids": [case["id"] for case in parts["cases"]],
        "counts": {name: len(parts[name]) for name in ("cases", "events", "assessments")},
        "pseudonymised": False,
        "sha256": hashlib.sha256(b"\n".join(arrays)).hexdigest(),
        "review": parts["review"],
    }
    return (
        b'{"format":"rondom-bundle","version":1,"manifest":'
        + json.dumps(manifest).encode()
        + b',"cases":'
        + arrays[0]
        + b',"events":'
        + arrays[1]
        + b',"assessments":'
        + arrays[2]
        + b"}"
    )


def _every_hostile_field() -> list[tuple[str, str, str]]:
    """(part, field path inside one record, path in the document) for every text field."""
    found = []
    for part, model in (("cases", Case), ("events", Event), ("assessments", Assessment)):
        for path, _ in text_fields(model):
            if path.rsplit(".", 1)[-1] not in {"id", "case_id", "code"}:
                found.append((part, path, f"$.{part}[0]{path[1:]}"))
    found.append(("manifest", "$.created_by", "$.manifest.created_by"))
    found.append(("manifest", "$.review[0].field", "$.manifest.review[0].field"))
    return found


def test_the_walk_reaches_participants_actions_parties_and_the_manifest() -> None:
    paths = {where for _, _, where in _every_hostile_field()}
    for expected in (
        "$.cases[0].given_name",
        "$.cases[0].parties[0].name",
        "$.cases[0].tags[0]",
        "$.events[0].note",
        "$.assessments[0].participants[0].label",
        "$.assessments[0].keys[0].note",
        "$.assessments[0].actions[0].owner",
        "$.manifest.created_by",
    ):
        assert expected in paths
    assert len(paths) >= 25


@pytest.mark.parametrize(("part", "path", "where"), _every_hostile_field())
def test_an_escape_sequence_in_any_field_refuses_the_bundle_by_its_path(
    part: str, path: str, where: str
) -> None:
    parts = _parts()
    if part == "manifest":
        if path == "$.created_by":
            parts["created_by"] = "juf" + HOSTILE
        else:
            parts["review"][0]["field"] = "question" + HOSTILE
    else:
        record = parts[part][0]
        put(record, path, "x" + HOSTILE)
    with pytest.raises(BundleInvalid) as caught:
        decode_bundle(_plaintext(parts))
    assert caught.value.reason == "field"
    assert caught.value.params["path"] == where
    assert "PWNED" not in caught.value.text(lang="en")


def test_a_wholly_hostile_bundle_is_refused_in_one_plain_line_and_changes_nothing(
    make_store: MakeStore, passfile: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    receiver = make_store()
    parts = _parts()
    parts["cases"] = [soiled(doc, Case) for doc in parts["cases"]]
    parts["events"] = [soiled(doc, Event) for doc in parts["events"]]
    parts["assessments"] = [soiled(doc, Assessment) for doc in parts["assessments"]]
    parts["created_by"] += HOSTILE
    path = tmp_path / "vijandig.age"
    to = [parse_recipient(store_recipient(receiver))]
    path.write_bytes(encrypt(_plaintext(parts), recipients=to))
    before = receiver.path.read_bytes()
    assert rondom(receiver, passfile, "import", str(path), "--on-conflict", "replace") == 5
    captured = capsys.readouterr()
    line = one_line(captured.err)
    assert "$.manifest.created_by" in line and captured.out == ""
    assert not UNSAFE.search(line) and "PWNED" not in line
    assert receiver.path.read_bytes() == before


def test_an_event_that_ends_before_it_starts_is_refused_like_in_the_form() -> None:
    parts = _parts()
    parts["events"][0]["start"] = "2024-03"
    parts["events"][0]["end"] = "~2018"
    with pytest.raises(BundleInvalid) as caught:
        decode_bundle(_plaintext(parts))
    assert caught.value.reason == "period"
    assert caught.value.params["path"] == "$.events[0].end"
    parts["events"][0]["end"] = "2024"  # a year that holds March 2024: fine
    decode_bundle(_plaintext(parts))


# -- pseudonymised bundles --------------------------------------------------------------


def _pseudonymised_bundle(sender: Store, receiver: Store, path: Path) -> Path:
    to = [parse_recipient(store_recipient(receiver))]
    path.write_bytes(export_bundle(sender, recipients=to, pseudonymise=True).data)
    return path


def test_a_pseudonymised_bundle_never_replaces_a_case(
    make_store: MakeStore, passfile: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store = make_store()
    one, two = add_case(store), add_case(store, given="Daan")
    bundle = _pseudonymised_bundle(store, store, tmp_path / "review.age")
    store.close()  # closing compacts the journal: the bytes to compare with come after
    before = store.path.read_bytes()
    for dry in ((), ("--dry-run",)):
        assert rondom(store, passfile, "import", str(bundle), "--on-conflict", "replace", *dry) == 5
        line = one_line(capsys.readouterr().err)
        assert one.code in line and two.code in line and "keep-both" in line
    assert store.path.read_bytes() == before
    with Store.open(store.path, "correct horse battery staple") as again:
        assert again.cases.get(one.id).given_name == "Sanne"
        assert again.cases.get(one.id).parties[0].name.startswith("Els")


def test_keep_both_adds_a_marked_copy_and_skip_leaves_the_case_as_it_is(
    make_store: MakeStore, tmp_path: Path
) -> None:
    store = make_store()
    case = add_case(store)
    data = export_bundle(
        store, recipients=[parse_recipient(store_recipient(store))], pseudonymise=True
    ).data
    bundle = open_bundle_for_store(store, data)
    preview = preview_bundle(store, bundle)
    assert preview.policies == (ConflictPolicy.SKIP, ConflictPolicy.KEEP_BOTH)
    with pytest.raises(PseudonymisedReplace):
        import_bundle(store, bundle, policy=ConflictPolicy.REPLACE, dry_run=True)
    original = to_document(store.cases.get(case.id))
    import_bundle(store, bundle, policy=ConflictPolicy.SKIP)
    assert to_document(store.cases.get(case.id)) == original and store.cases.count() == 1
    result = import_bundle(store, bundle, policy=ConflictPolicy.KEEP_BOTH)
    copy = store.cases.get(result.cases[0].stored_id or "")
    assert copy.id != case.id and copy.code != case.code
    assert PSEUDONYMISED_TAG in copy.tags and copy.given_name == ""
    assert to_document(store.cases.get(case.id)) == original
    rows = {row.id: row.pseudonymised for row in store.cases.summaries()}
    assert rows == {case.id: False, copy.id: True}


def test_a_new_case_from_a_pseudonymised_bundle_is_marked_and_the_preview_says_what_it_is(
    make_store: MakeStore, passfile: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    add_case(sender)
    bundle = _pseudonymised_bundle(sender, receiver, tmp_path / "review.age")
    assert rondom(receiver, passfile, "import", str(bundle)) == 0
    out = capsys.readouterr().out
    assert "Gepseudonimiseerd: een bundel voor een casusbespreking" in out
    with Store.open(receiver.path, "correct horse battery staple") as again:
        [row] = again.cases.summaries()
        assert row.pseudonymised


# -- codes ------------------------------------------------------------------------------


def test_a_bundled_code_in_lower_case_never_stands_beside_the_same_code(
    make_store: MakeStore, tmp_path: Path
) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    mine = receiver.cases.add(fictional_case(code="K-LLWC"))
    theirs = sender.cases.add(fictional_case(given="Daan"))
    document = sender._storage.read()["cases"][theirs.id]
    put_raw(sender, [("cases", theirs.id, {**document, "code": "k-llwc"})])  # as rondom kept it
    data = export_bundle(sender, recipients=[parse_recipient(store_recipient(receiver))]).data
    result = import_bundle(receiver, open_bundle_for_store(receiver, data))
    codes = sorted(case.code for case in receiver.cases.list())
    assert len({code.upper() for code in codes}) == 2 and codes == [c.upper() for c in codes]
    assert result.cases[0].code != "K-LLWC"
    assert receiver.cases.find_by_code("k-llwc") == receiver.cases.get(mine.id)


def test_a_bundled_code_comes_in_upper_case(make_store: MakeStore) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    case = sender.cases.add(fictional_case())
    document = sender._storage.read()["cases"][case.id]
    put_raw(sender, [("cases", case.id, {**document, "code": "k-abcd"})])
    data = export_bundle(sender, recipients=[parse_recipient(store_recipient(receiver))]).data
    import_bundle(receiver, open_bundle_for_store(receiver, data))
    assert [c.code for c in receiver.cases.list()] == ["K-ABCD"]


def test_the_manifest_model_has_no_text_field_left_unchecked() -> None:
    fields = {path for path, _ in text_fields(Manifest)}
    assert fields == {
        "$.created_by",
        "$.case_ids[0]",
        "$.sha256",
        "$.review[0].id",
        "$.review[0].field",
    }
