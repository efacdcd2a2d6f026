"""Issue 14: a store opens without decoding what nobody looks at.

The snapshot's documents stay encoded until read (`store/documents.py`); the case list reads
compact rows (`store/catalogue.py`) and, after a change, makes again only the rows of the cases
it touched; one case's events, an erasure and the casusreview read only what they need. These
tests spy on what is decoded; the figures are in `make bench`.
"""

from __future__ import annotations

import tracemalloc
from datetime import date
from pathlib import Path
from typing import Any

import msgspec
import pytest
from tinydb.table import Document

from rondom_tui.domain.cases.listing import CaseSummary
from rondom_tui.domain.codec import json_encode, to_document
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import AuditAction, Case, Event, Lane
from rondom_tui.store import catalogue, tables
from rondom_tui.store.backup_files import BackupReason
from rondom_tui.store.documents import Documents, Ref, decode_refs
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.errors import StoreCorrupt
from rondom_tui.store.repository import Store
from rondom_tui.store.tables import holds_unsafe_text
from rondom_tui.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.hostile_data import UNSAFE, hostile_store

NAMES = ("Anna", "Bram", "Cas")


def _store_with_three_cases(path: Path) -> list[str]:
    with Store.create(path, PASSPHRASE, kdf=FAST_KDF) as store:
        cases = store.cases.add_many(
            [Case(given_name=name, school="De Linde", group="groep 4") for name in NAMES]
        )
        store.events.add_many(
            Event(case_id=case.id, lane=Lane.SCHOOL, title=f"Start {n}", start=PartialDate(2024, n))
            for case in cases
            for n in (1, 2)
        )
        return [case.id for case in cases]


def _decoded(store: Store, name: str) -> set[str]:
    """The ids of table `name` that are held decoded now."""
    table = store._storage.read()[name]
    assert isinstance(table, Documents)
    return {ident for ident, _ in table.decoded_items()}


def _events_of(store: Store, case_id: str) -> set[str]:
    return {event.id for event in store.events.for_case(case_id)}


def test_opening_and_the_case_list_decode_no_case_and_no_event(tmp_path: Path) -> None:
    path = tmp_path / "lui.rondom"
    first, second, third = _store_with_three_cases(path)
    with Store.open(path, PASSPHRASE) as store:
        rows = store.cases.summaries()
        assert sorted(row.given_name for row in rows) == sorted(NAMES)
        assert {row.events for row in rows} == {2}
        assert store.cases.codes().keys() == {first, second, third}
        store.reviews.caseload()
        assert _decoded(store, tables.CASES) == set()
        assert _decoded(store, tables.EVENTS) == set()

        wanted = _events_of(store, second)  # the Tijdlijn of one case
        assert len(wanted) == 2
        assert _decoded(store, tables.EVENTS) == wanted
        store.cases.get(first)
        assert _decoded(store, tables.CASES) == {first}


def test_the_case_list_makes_again_only_the_rows_of_the_cases_a_change_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rijen.rondom"
    first, second, third = _store_with_three_cases(path)
    made: list[str] = []
    original = catalogue._summary

    def spy(row: catalogue.CatalogueRow, events: int) -> CaseSummary:
        made.append(row.id)
        return original(row, events)

    monkeypatch.setattr(catalogue, "_summary", spy)
    with Store.open(path, PASSPHRASE) as store:
        assert len(store.cases.summaries()) == 3
        assert sorted(made) == sorted([first, second, third])

        made.clear()
        case = store.cases.get(first)
        case.given_name = "Anne"
        store.cases.update(case)
        store.events.add(Event(case_id=second, title="Nieuw", start=PartialDate(2025, 5)))
        rows = {row.id: row for row in store.cases.summaries()}
        # the name changed; the new event touched its case (updated_at)
        assert sorted(made) == sorted([first, second])
        assert rows[first].given_name == "Anne"
        assert (rows[first].events, rows[second].events, rows[third].events) == (2, 3, 2)

        made.clear()
        store.events.delete(next(iter(_events_of(store, third))))
        store.cases.erase(first)
        rows = {row.id: row for row in store.cases.summaries()}
        assert made == [third]
        assert rows.keys() == {second, third}
        assert rows[third].events == 1
        assert store.cases.summaries() == list(rows.values())  # nothing changed: nothing made
        assert made == [third]


def test_the_case_list_after_opening_comes_from_the_opening_s_own_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pass that reads every document's id at opening reads the cases as the list's rows:
    the catalogue decodes no case again, except one the journal changed since the snapshot."""
    path = tmp_path / "een-keer.rondom"
    first, second, third = _store_with_three_cases(path)
    with Store.open(path, PASSPHRASE) as store:
        case = store.cases.get(first)
        case.given_name = "Anne"
        store.cases.update(case)
        journaled = path.read_bytes()  # closing writes the change into the snapshot
    path.write_bytes(journaled)
    made: list[str] = []
    original = catalogue.Catalogue._row

    def spy(self: catalogue.Catalogue, ident: str) -> catalogue.CatalogueRow:
        made.append(ident)
        return original(self, ident)

    monkeypatch.setattr(catalogue.Catalogue, "_row", spy)
    monkeypatch.setattr(catalogue, "_ALL_ROWS", None)  # a decode of every case fails
    with Store.open(path, PASSPHRASE) as store:
        assert store.vault.reload().records  # the change is in the journal only
        rows = {row.id: row for row in store.cases.summaries()}
        assert made == [first]
        assert [rows[i].given_name for i in (first, second, third)] == ["Anne", "Bram", "Cas"]
        assert [row.id for row in store.cases.summaries()] == [first, second, third]


def test_a_case_put_encoded_after_opening_is_listed_as_put_not_as_opened(tmp_path: Path) -> None:
    """An import puts cases as checked JSON (`Encoded`), as the snapshot holds them: the row the
    opening's pass read for such a case is no longer true of it."""
    path = tmp_path / "vervangen.rondom"
    first, second, _ = _store_with_three_cases(path)
    with Store.open(path, PASSPHRASE) as store:
        cases = store._catalogue()._cases  # the cases' table, its rows not yet taken
        assert cases.rows_at_opening is not None
        replaced = store.cases.get(second)
        replaced.given_name = "Zoë"
        cases[second] = msgspec.Raw(json_encode(to_document(replaced)))
        rows = {row.id: row for row in store.cases.summaries()}
        assert rows[second].given_name == "Zoë"
        assert rows[first].given_name == "Anna"


def test_a_case_that_is_no_row_still_has_its_ref_from_the_one_pass() -> None:
    fits, odd = Case(given_name="Anna"), Case(given_name="Bram")
    tables_of = {
        tables.CASES: {fits.id: to_document(fits)},
        tables.EVENTS: {"e": {"id": "e", "case_id": fits.id}},
    }
    refs = decode_refs(json_encode(tables_of), tables_of, {tables.CASES: catalogue.CatalogueRow})
    assert type(refs[tables.CASES][fits.id]) is catalogue.CatalogueRow
    tables_of[tables.CASES][odd.id] = {**to_document(odd), "given_name": 7}
    refs = decode_refs(json_encode(tables_of), tables_of, {tables.CASES: catalogue.CatalogueRow})
    assert {type(ref) for ref in refs[tables.CASES].values()} == {Ref}
    assert refs[tables.EVENTS]["e"].case_id == fits.id


def test_the_case_list_s_index_is_kept_until_a_case_or_its_count_changes(tmp_path: Path) -> None:
    """The list asks for its index after every save and when shown again: the same one, with
    the orders it worked out, while no case or count changed."""
    path = tmp_path / "index.rondom"
    first, second, third = _store_with_three_cases(path)
    with Store.open(path, PASSPHRASE) as store:
        index = store.cases.index()
        store.audit.record(AuditAction.VIEW, first)  # a save that changes no case
        assert store.cases.index() is index
        gone = next(iter(_events_of(store, third)))  # an event gone, its case untouched
        store._table(tables.EVENTS).remove(doc_ids=[gone])  # type: ignore[arg-type]
        recounted = store.cases.index()
        assert recounted is not index
        assert {row.id: row.events for row in recounted.rows}[third] == 1
        assert store.cases.index() is recounted
        case = store.cases.get(second)
        case.given_name = "Bas"
        store.cases.update(case)
        renamed = store.cases.index()
        assert renamed is not recounted
        assert [row.given_name for row in renamed.rows] == ["Anna", "Bas", "Cas"]
        assert store.cases.summaries() == list(renamed.rows)


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("id", "a\x1bb"),
        ("given_name", "An\u202ena"),
        ("family_name", "de\nVries"),
        ("school", "De\x00Linde"),
        ("group", "4\x7f"),
        ("tags", ["goed", "\u2066x"]),
        ("code", "K 7F3A"),
    ],
)
def test_a_row_holds_no_text_its_model_refuses(field: str, bad: Any) -> None:
    """The rows check their texts in bulk (`catalogue._fit`), not with the model's patterns:
    what the model refuses, a row refuses too (the case is then read as a whole)."""
    document = to_document(Case(given_name="Anna", code="K-7F3A", tags=["goed"]))
    assert catalogue._checked(document) is not None
    with pytest.raises(msgspec.ValidationError):
        msgspec.convert({**document, field: bad}, Case)
    assert catalogue._checked({**document, field: bad}) is None
    assert catalogue._checked(msgspec.Raw(json_encode({**document, field: bad}))) is None


def test_one_case_erased_reads_only_that_case_and_leaves_the_others_encoded(
    tmp_path: Path,
) -> None:
    path = tmp_path / "wissen.rondom"
    first, second, third = _store_with_three_cases(path)
    with Store.open(path, PASSPHRASE) as store:
        store.cases.erase(second)
        assert _decoded(store, tables.EVENTS) == set()  # the others' events never decoded
        assert store.events.count_by_case() == {first: 2, third: 2}
    with Store.open(path, PASSPHRASE) as store:
        assert {row.id for row in store.cases.summaries()} == {first, third}
        assert store.events.for_case(second) == []
        assert len(store.events.for_case(third)) == 2


def test_an_event_moved_in_place_to_another_case_moves_in_the_index(tmp_path: Path) -> None:
    path = tmp_path / "verplaatst.rondom"
    first, second, _ = _store_with_three_cases(path)
    with Store.open(path, PASSPHRASE) as store:
        event = store.events.for_case(first)[0]
        with store.batch():  # TinyDB changes the stored document in place
            store._table(tables.EVENTS).update({"case_id": second}, doc_ids=[event.id])  # type: ignore[list-item]
        assert event.id not in _events_of(store, first)
        assert event.id in _events_of(store, second)
        assert store.events.count_by_case()[second] == 3
    with Store.open(path, PASSPHRASE) as store:
        assert event.id in _events_of(store, second)


def test_a_per_case_table_joins_by_being_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table another version (or a helper's branch) adds, named in `PER_CASE_TABLES`, is
    indexed by case: an erasure finds its records without reading the others."""
    monkeypatch.setattr(tables, "PER_CASE_TABLES", (*tables.PER_CASE_TABLES, "notes"))
    path = tmp_path / "koppelingen.rondom"
    first, second, _ = _store_with_three_cases(path)
    with Store.open(path, PASSPHRASE) as store, store.batch():
        for n, case_id in enumerate((first, first, second)):
            link: dict[str, Any] = {"id": f"note-{n}", "case_id": case_id, "kind": "volgt"}
            store._table("notes").insert(Document(link, doc_id=f"note-{n}"))  # type: ignore[arg-type]
    with Store.open(path, PASSPHRASE) as store:
        assert store._case_ids("notes", first) == ["note-0", "note-1"]
        assert store.cases.erasure_plan(first).links == 2
        store.cases.erase(first)
        assert _decoded(store, "notes") == set()  # note-2 never decoded
        assert set(store._storage.read()["notes"]) == {"note-2"}


def test_a_record_under_another_id_in_the_snapshot_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scheef.rondom"
    with Store.create(path, PASSPHRASE, kdf=FAST_KDF) as store:
        case = store.cases.add(Case(given_name="Dirk"))
        with store.batch():
            store._storage.table_changes(tables.EVENTS)["verkeerd"] = {
                "id": "anders",
                "case_id": case.id,
                "start": "2024",
            }
        store._storage._rewrite()
    with pytest.raises(StoreCorrupt):
        Store.open(path, PASSPHRASE)


def test_dates_still_decode_as_dates(tmp_path: Path) -> None:
    path = tmp_path / "datum.rondom"
    with Store.create(path, PASSPHRASE, kdf=FAST_KDF) as store:
        case = store.cases.add(Case(given_name="Eef", retention_until=date(2030, 1, 1)))
    with Store.open(path, PASSPHRASE) as store:
        (row,) = store.cases.summaries()
        assert row.retention_until == date(2030, 1, 1)
        assert store.cases.get(case.id).retention_until == date(2030, 1, 1)


def test_text_from_before_the_rule_is_cleaned_when_read_in_bulk_and_when_written(
    tmp_path: Path,
) -> None:
    """A document nobody read is copied as stored when the snapshot is written again, and
    decoded straight into lean structs by the casusreview: both clean it first."""
    path = tmp_path / "oud.rondom"
    hostile_store(path, PASSPHRASE)
    with Store.open(path, PASSPHRASE) as store:
        (row,) = store.cases.summaries()  # the catalogue's rows, before anything was read
        assert "PWNED" in row.school and not UNSAFE.search(row.full_name + row.school)
    with Store.open(path, PASSPHRASE) as store:
        (case,) = store.reviews.caseload().cases
        assert "PWNED" in case.school and not UNSAFE.search(case.school)
    with Store.open(path, PASSPHRASE) as store:
        store._storage._rewrite()  # a compaction, before anything was read
        contents = store.vault.reload()
        assert not holds_unsafe_text(contents.snapshot, *contents.records)


def test_erasing_a_case_from_the_backups_reads_only_that_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every backup is rewritten without the erased case (`erasures.erase_case_records`):
    from the per-case index, not by decoding every event of every backup."""
    path = tmp_path / "kopie.rondom"
    first, second, third = _store_with_three_cases(path)
    decoded: list[str] = []
    original = Documents._decode

    def spy(self: Documents, value: Any) -> Any:
        decoded.append(self.name)
        return original(self, value)

    with Store.open(path, PASSPHRASE) as store:
        store.backups.make(BackupReason.IMPORT)
        assert len(store.backups.files()) >= 1
        monkeypatch.setattr(Documents, "_decode", spy)
        store.cases.erase(second)
        backups = len(store.backups.files())
    assert decoded.count(tables.EVENTS) <= 2 * (1 + backups)  # the erased case's two events
    with Store.open(path, PASSPHRASE) as store:
        for file in store.backups.files():
            held = store.backups.read(file.path).tables
            assert second not in held[tables.CASES]
            assert {doc["case_id"] for doc in held[tables.EVENTS].values()} <= {first, third}


def test_the_snapshot_is_decrypted_in_place(tmp_path: Path) -> None:
    """Opening holds a large snapshot once: decrypted in the buffer it was read into, not as
    ciphertext and plaintext side by side (190 MiB each at 50,000 cases)."""
    path = tmp_path / "groot.rondom"
    with Store.create(path, PASSPHRASE, kdf=FAST_KDF) as store:
        store.cases.add_many(Case(given_name=f"Kind {n}", question="x" * 4000) for n in range(1500))
    size = path.stat().st_size
    assert size > 5_000_000
    tracemalloc.start()
    try:
        vault, contents = Vault.unlock(path, PASSPHRASE, read_only=True)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    vault.close()
    assert len(contents.snapshot) > 0.9 * size
    assert peak < 1.3 * size  # ciphertext and plaintext side by side would be 2x
