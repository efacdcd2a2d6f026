"""The store's import API: one `ImportBatch` of models, applied in one pass or not at all; the
ids an import must not clash with; documents always stored under our own ids."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import msgspec
import pytest

from rondom_tui.domain.codec import check
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Assessment, AuditAction, Case, Category, Event, Lane
from rondom_tui.store.documents import Documents
from rondom_tui.store.errors import NotFound
from rondom_tui.store.imports import ImportBatch
from rondom_tui.store.repository import Store
from rondom_tui.store.tables import CASES, EVENTS, check_records
from tests.conftest import PASSPHRASE, SECRET_NAME, secret_case


def event_of(case: Case, title: str = "Gesprek met school") -> Event:
    return Event(
        case_id=case.id,
        lane=Lane.SCHOOL,
        category=Category.MEETING,
        title=title,
        start=PartialDate(2025, 10),
    )


def stored_with_records(store: Store, given_name: str) -> Case:
    case = store.cases.add(secret_case(given_name=given_name))
    store.events.add_many([event_of(case), event_of(case)])
    store.assessments.save(Assessment(case_id=case.id, held_on=date(2025, 11, 1)))
    return store.cases.get(case.id)


def test_replacing_a_case_takes_away_its_records_and_leaves_the_others(store: Store) -> None:
    kept = stored_with_records(store, "Blijft")
    old = stored_with_records(store, "Oud")
    new = secret_case(given_name="Nieuw", id=old.id, code=old.code)
    added = secret_case(given_name="Erbij")
    saves = store.saves
    store.import_cases(
        ImportBatch(
            cases=[new, added],
            replacing=frozenset({old.id}),
            events=[event_of(new, "Nieuw verslag"), event_of(added)],
            audit=[(new.id, "result=replaced;pseudo=no"), (added.id, "result=added;pseudo=no")],
        )
    )
    assert store.saves == saves + 1
    assert store.cases.get(old.id).given_name == "Nieuw"
    assert [e.title for e in store.events.for_case(old.id)] == ["Nieuw verslag"]
    assert store.assessments.for_case(old.id) == []
    assert len(store.events.for_case(kept.id)) == 2 and store.assessments.for_case(kept.id)
    assert store.cases.get(added.id).given_name == "Erbij"
    imported = [e for e in store.audit.entries() if e.action is AuditAction.IMPORT]
    assert [(e.case_id, e.detail, e.user) for e in imported] == [
        (new.id, "result=replaced;pseudo=no", store.user),
        (added.id, "result=added;pseudo=no", store.user),
    ]


@pytest.mark.parametrize("twice", ["case", "event", "assessment"])
def test_an_id_stored_twice_changes_nothing(store: Store, store_path: Path, twice: str) -> None:
    resident = stored_with_records(store, "Woont")
    newcomer = secret_case(given_name="Nieuw")
    batch = {
        "case": ImportBatch(cases=[newcomer, secret_case(id=resident.id)]),
        "event": ImportBatch(
            cases=[newcomer],
            events=[event_of(newcomer), *store.events.for_case(resident.id)],
        ),
        "assessment": ImportBatch(
            cases=[newcomer], assessments=store.assessments.for_case(resident.id)
        ),
    }[twice]
    before, saves, audit = store_path.read_bytes(), store.saves, len(store.audit.entries())
    with pytest.raises(ValueError):
        store.import_cases(batch)
    assert store_path.read_bytes() == before and store.saves == saves
    assert [c.id for c in store.cases.list()] == [resident.id]
    assert len(store.events.for_case(resident.id)) == 2 and len(store.audit.entries()) == audit


def test_replacing_a_case_that_is_not_stored_is_not_found(store: Store) -> None:
    ghost = secret_case()
    with pytest.raises(NotFound):
        store.import_cases(ImportBatch(cases=[ghost], replacing=frozenset({ghost.id})))
    assert store.cases.count() == 0


def test_inside_a_callers_batch_the_import_is_part_of_its_one_save(store: Store) -> None:
    saves = store.saves
    with store.batch():
        store.audit.record(AuditAction.OPEN)
        store.import_cases(ImportBatch(cases=[secret_case()], audit=[("x", "result=added")]))
    assert store.saves == saves + 1
    assert [e.action for e in store.audit.entries()][-2:] == [AuditAction.OPEN, AuditAction.IMPORT]


def test_ids_in_use_are_ids_codes_and_revisions_never_content(store: Store) -> None:
    case = stored_with_records(store, "Kind")
    team = Assessment(label="Team Noord", held_on=date(2025, 1, 1))
    store.assessments.save(team)
    used = store.ids_in_use()
    assert used.codes == {case.id: case.code}
    assert used.revisions == {case.id: case.revision}
    assert set(used.event_cases.values()) == {case.id} and len(used.event_cases) == 2
    assert sorted(used.assessment_cases.values(), key=str) == sorted([case.id, None], key=str)
    assert SECRET_NAME not in repr(used) and "Kind" not in repr(used)
    assert SECRET_NAME not in repr(ImportBatch(cases=[secret_case()]))


def test_a_document_without_our_own_id_is_refused(store: Store) -> None:
    # TinyDB would number it itself (1, 2, ... through its private `_get_next_id`); the store's
    # documents are keyed by the models' uuid4 ids only, so TinyDB's numbering never runs.
    table = store._table(CASES)
    with pytest.raises(TypeError):
        table.insert({"id": "zonder"})
    with pytest.raises(TypeError):
        table.insert_multiple([{"id": "zonder"}])
    assert store.cases.count() == 0
    case = store.cases.add(secret_case())
    assert store._document(CASES, case.id) is not None  # keyed by the model's own id


def test_checked_records_go_in_encoded_and_read_back_as_they_were(
    store: Store, store_path: Path
) -> None:
    """An import's checked records are written as JSON, never turned into dicts first: the
    table holds them encoded (not among the documents read, which `check_records` checks)
    until someone reads one, in this session or the next."""
    case = secret_case()
    events = [event_of(case), event_of(case, "Tweede gesprek")]
    store.import_cases(ImportBatch(cases=[check(case)], events=[check(e) for e in events]))
    held = store._storage.read()
    assert isinstance(held[EVENTS], Documents)
    assert {type(held[EVENTS].raw_value(event.id)) for event in events} == {msgspec.Raw}
    check_records(held)
    assert store.cases.get(case.id) == case
    by_id = sorted(events, key=lambda e: e.id)  # same day: the stored order goes by id
    assert sorted(store.events.for_case(case.id), key=lambda e: e.id) == by_id
    store.close()
    with Store.open(store_path, PASSPHRASE) as again:
        assert sorted(again.events.for_case(case.id), key=lambda e: e.id) == by_id
