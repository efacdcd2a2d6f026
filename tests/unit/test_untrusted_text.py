"""Issue 8, findings 1 and 8: one cleaning rule for text from elsewhere, the models refuse what
it forbids, the store cleans what it held from before and never writes what it cannot read."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import msgspec
import pytest

from rondom_tui.domain.codec import DocumentInvalid, RecordInvalid, from_document
from rondom_tui.domain.models import Assessment, AuditEntry, Case, Event
from rondom_tui.domain.text import clean_line, clean_text
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.errors import PassphraseTooShort, StoreCorrupt, StoreLocked
from rondom_tui.store.lock import StoreLock, lock_path
from rondom_tui.store.repository import Store
from rondom_tui.store.tables import CASES, holds_unsafe_text
from rondom_tui.store.vault import check_new_passphrase
from tests.conftest import PASSPHRASE, secret_case
from tests.hostile_data import HOSTILE, UNSAFE, hostile_store, put, put_raw, text_fields

# -- the rule ---------------------------------------------------------------------------


def test_a_line_keeps_its_words_and_loses_every_control_and_bidi_character() -> None:
    assert clean_line(HOSTILE) == (
        "]0;PWNEDEve[2J]52;c;UFdORUQ=\\]8;;file:///etc/passwd\\klik]8;;\\31meveR"
    )
    assert clean_line("twee\nregels\tmet tab\r\nen\u2028meer") == "twee regels met tab en meer"
    assert clean_line("a\u200eb\u200fc\u061cd\u2066e\u2069f\x00g\x85h") == "abcdefgh"
    assert clean_line("Zoë 小明 🙂") == "Zoë 小明 🙂"  # letters of any script stay


def test_a_free_text_keeps_its_lines_and_tabs() -> None:
    assert clean_text("regel 1\r\nregel 2\rregel 3\u2029\tingesprongen\x1b[2J") == (
        "regel 1\nregel 2\nregel 3\n\tingesprongen[2J"
    )


def _sample(model: type[msgspec.Struct]) -> dict[str, Any]:
    """A valid document of `model` with one of each nested record."""
    base: dict[str, dict[str, Any]] = {
        "Case": {
            "id": "c1",
            "parties": [{"name": "x"}],
            "consents": [{"given_by": "x"}],
            "goals": [{"text": "x"}],
            "tags": ["x"],
        },
        "Event": {"id": "e1", "case_id": "c1", "start": "2024-01"},
        "Assessment": {
            "id": "a1",
            "case_id": "c1",
            "held_on": "2024-01-01",
            "participants": [{"id": "p1", "label": "x"}],
            "keys": [{"key": 1, "scores": {"p1": 3}, "note": "x"}],
            "actions": [{"id": "x1", "key": 1, "text": "x"}],
        },
        "AuditEntry": {"action": "open", "user": "x", "case_id": "c1"},
    }
    return json.loads(json.dumps(base[model.__name__]))


@pytest.mark.parametrize("model", [Case, Event, Assessment, AuditEntry])
def test_every_text_field_refuses_escapes_on_decoding_and_names_the_field(
    model: type[msgspec.Struct],
) -> None:
    fields = text_fields(model)
    assert len(fields) >= 3
    for path, multiline in fields:
        document = _sample(model)
        put(document, path, "ok\x1b]0;titel\x07")
        with pytest.raises(DocumentInvalid) as caught:
            from_document(document, model)
        assert caught.value.params["path"] == path
        assert "titel" not in caught.value.text(lang="nl")
        put(document, path, "regel\nregel")
        if multiline:
            from_document(document, model)
        else:
            with pytest.raises(DocumentInvalid):
                from_document(document, model)


# -- the store --------------------------------------------------------------------------


def test_a_store_from_before_the_rule_opens_with_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "oud.rondom"
    case_id = hostile_store(path, PASSPHRASE)
    with Store.open(path, PASSPHRASE) as store:
        case = store.cases.get(case_id)
        texts = [case.given_name, case.question, case.parties[0].name, *case.tags]
        texts += [e.note + e.title + e.source for e in store.events.for_case(case_id)]
        draft = store.assessments.for_case(case_id)[0]
        texts += [p.label for p in draft.participants] + [k.note for k in draft.keys]
        texts += [a.text + a.owner for a in draft.actions] + [draft.facilitator]
        texts += [r.full_name + r.school for r in store.cases.summaries()]
        texts += [entry.user for entry in store.audit.entries()[:-1]]  # the last: this opening
        assert all("PWNED" in text for text in texts)  # the words stay, as words
        assert not [text for text in texts if UNSAFE.search(text)]
        assert store.verify()["cases"] == 1
    assert not _file_holds_unsafe_text(path)  # cleaned in memory, compacted clean at closing


def _file_holds_unsafe_text(path: Path) -> bool:
    with Store.open(path, PASSPHRASE, record_open=False) as store:
        contents = store.vault.reload()
        return holds_unsafe_text(contents.snapshot, *contents.records)


def test_the_store_never_writes_a_record_it_could_not_read_back(store: Store) -> None:
    before = store.path.read_bytes()
    with pytest.raises(RecordInvalid) as caught:
        store.cases.add(Case(code="bad code!", given_name="x" * 300))
    assert caught.value.field in {"$.code", "$.given_name"}
    assert store.path.read_bytes() == before and store.cases.count() == 0
    case = store.cases.add(secret_case())
    case.school = "ok\x1b]0;titel\x07"
    with pytest.raises(RecordInvalid) as caught:
        store.cases.update(case)
    assert caught.value.field == "$.school"
    assert store.verify()["cases"] == 1


@pytest.mark.parametrize(
    "broken",
    [{"status": 5}, {"updated_at": "gisteren"}, {"given_name": ["lijst"]}, {"code": 7}],
)
def test_list_and_verify_agree_on_a_malformed_case(
    store_path: Path, broken: dict[str, object]
) -> None:
    with Store.create(store_path, PASSPHRASE, kdf=FAST_KDF) as store:
        case = store.cases.add(secret_case())
        bad = {**store._storage.read()[CASES][case.id], **broken}
        put_raw(store, [(CASES, case.id, bad)])
    with Store.open(store_path, PASSPHRASE) as store:
        for read in (store.verify, store.cases.summaries, store.cases.list):
            with pytest.raises(StoreCorrupt) as caught:
                read()
            assert caught.value.params == {"table": "cases"}


def test_a_document_filed_under_another_id_is_named_at_opening(store_path: Path) -> None:
    with Store.create(store_path, PASSPHRASE, kdf=FAST_KDF) as store:
        case = store.cases.add(secret_case())
        document = store._storage.read()[CASES][case.id]
        put_raw(store, [(CASES, case.id, None), (CASES, "ander-id", document)])
    with pytest.raises(StoreCorrupt):
        Store.open(store_path, PASSPHRASE)


def test_the_audit_user_from_the_environment_is_cleaned(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOGNAME", "eve\x1b]0;titel\x07")
    monkeypatch.setenv("USER", "eve\x1b]0;titel\x07")
    with Store.create(store_path, PASSPHRASE, kdf=FAST_KDF) as store:
        store.cases.add(secret_case())
        users = {entry.user for entry in store.audit.entries()}
    assert users == {"eve]0;titel"}


def test_the_lock_holder_is_cleaned_before_it_is_shown(store_path: Path) -> None:
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    with StoreLock(store_path):
        lock_path(store_path).write_text(json.dumps({"pid": "1\x1b]0;X\x07", "user": "\u202eeve"}))
        with pytest.raises(StoreLocked) as caught:
            StoreLock(store_path).acquire()
    assert caught.value.params["pid"] == "1]0;X" and caught.value.params["user"] == "eve"


# -- codes, passphrases, folders (finding 8) ---------------------------------------------


def test_codes_are_upper_case_and_unique_whatever_their_case(store: Store) -> None:
    first = store.cases.add(secret_case(code="k-llwc"))
    assert first.code == "K-LLWC"
    second = store.cases.add(secret_case(code="K-llwc"))
    assert second.code != "K-LLWC" and second.code == second.code.upper()
    found = store.cases.find_by_code(" k-llwc ")
    assert found is not None and found.id == first.id


def test_of_two_old_codes_that_differ_in_case_the_exact_one_is_found(store: Store) -> None:
    upper = store.cases.add(secret_case(code="K-LLWC"))
    lower = store.cases.add(secret_case(given_name="Ander"))
    document = store._storage.read()[CASES][lower.id]
    put_raw(store, [(CASES, lower.id, {**document, "code": "k-llwc"})])  # as an old import did
    exact = store.cases.find_by_code("k-llwc")
    assert exact is not None and exact.id == lower.id
    other = store.cases.find_by_code("K-LLWC")
    assert other is not None and other.id == upper.id
    assert store.cases.find_by_code("K-llwc") is None  # neither is meant: none is chosen


def test_the_passphrase_rule_counts_after_nfc_and_refuses_blank_ones() -> None:
    decomposed = "e\u0301" * 7  # seven characters after NFC, fourteen code points before
    with pytest.raises(PassphraseTooShort):
        check_new_passphrase(decomposed)
    with pytest.raises(PassphraseTooShort) as caught:
        check_new_passphrase(" " * 12)
    assert caught.value.message_id == "store.passphrase_blank"
    with pytest.raises(PassphraseTooShort):
        check_new_passphrase("\t \u3000" * 5)
    check_new_passphrase("é" * 12)


def test_every_folder_the_store_makes_is_private_under_umask_000(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        Store.create(tmp_path / "a" / "b" / "s.rondom", PASSPHRASE, kdf=FAST_KDF).close()
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
