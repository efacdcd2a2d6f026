"""The plan in the store: items saved and audited, versions numbered, case goals moved into the
plan when a store is opened (nothing lost, nothing twice), and erasure taking the plan along."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import AuditAction, Case, Goal, GoalStatus
from rondom_tui.domain.plan.goals import goal_item_id
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.errors import NotFound
from rondom_tui.store.plans import GOALS_MOVED
from rondom_tui.store.repository import Store
from rondom_tui.store.vault import Vault
from tests.conftest import PASSPHRASE, SECRET_NAME, files_containing, secret_case

PARENTS_VIEW = "Moeder Quispeltje vindt het te snel gaan"


def test_items_are_saved_listed_by_start_and_audited(store: Store) -> None:
    case = store.cases.add(secret_case())
    late = store.plans.save(PlanItem(case_id=case.id, goal="Later", start=PartialDate(2027)))
    undated = store.plans.save(PlanItem(case_id=case.id, goal="Ooit"))
    soon = store.plans.save(PlanItem(case_id=case.id, goal="Eerst", start=PartialDate(2026, 1)))
    store.plans.save(PlanItem(case_id="another", goal="Niet van deze"))
    assert [i.id for i in store.plans.for_case(case.id)] == [soon.id, late.id, undated.id]
    soon.parents_view = PARENTS_VIEW
    store.plans.save(soon)
    store.plans.delete(late.id)
    assert store.plans.get(soon.id).parents_view == PARENTS_VIEW
    with pytest.raises(NotFound):
        store.plans.get(late.id)
    details = [e.detail for e in store.audit.entries(case.id) if e.action is AuditAction.UPDATE]
    assert details == ["plan+", "plan+", "plan+", "plan", "plan-"]


def test_versions_are_numbered_per_case(store: Store) -> None:
    case = store.cases.add(secret_case())
    store.plans.save(PlanItem(case_id=case.id, goal="Eerst"))
    first = store.plans.save_version(case.id, date(2026, 3, 1))
    store.plans.save(PlanItem(case_id=case.id, goal="Erbij"))
    second = store.plans.save_version(case.id, date(2026, 6, 1))
    versions = store.plans.versions(case.id)
    assert [(v.number, len(v.items)) for v in versions] == [(1, 1), (2, 2)]
    assert [v.id for v in versions] == [first.id, second.id]
    with pytest.raises(NotFound):
        store.plans.save_version("no-such-case", date(2026, 6, 1))


def _store_with_goals(store_path: Path) -> str:
    """A store as an older version left it: a case holding two goals."""
    with Store.create(store_path, PASSPHRASE, kdf=FAST_KDF) as store:
        goals = [
            Goal(text="Naar school met plezier", keys=[1, 2], status=GoalStatus.ACTIVE),
            Goal(text="Vriendjes maken", keys=[4], status=GoalStatus.ACHIEVED),
        ]
        case = store.cases.add(Case(given_name=SECRET_NAME, goals=goals))
        assert store.plans.for_case(case.id)[0].goal == "Naar school met plezier"  # shown as items
        return case.id


def test_goals_become_plan_items_when_the_store_is_opened(store_path: Path) -> None:
    case_id = _store_with_goals(store_path)
    with Store.open(store_path, PASSPHRASE) as store:
        assert store.cases.get(case_id).goals == []
        items = store.plans.for_case(case_id)
        assert {(i.goal, tuple(i.keys), i.status) for i in items} == {
            ("Naar school met plezier", (1, 2), GoalStatus.ACTIVE),
            ("Vriendjes maken", (4,), GoalStatus.ACHIEVED),
        }
        assert {i.id for i in items} == {goal_item_id(case_id, 0), goal_item_id(case_id, 1)}
        assert store.audit.entries(case_id)[-1].detail == GOALS_MOVED
    with Store.open(store_path, PASSPHRASE) as store:  # once only: nothing twice
        assert len(store.plans.for_case(case_id)) == 2
        assert [e.detail for e in store.audit.entries(case_id)].count(GOALS_MOVED) == 1


def test_a_read_only_store_shows_the_goals_as_items_without_writing(store_path: Path) -> None:
    case_id = _store_with_goals(store_path)
    before = store_path.read_bytes()
    with Store.open(store_path, PASSPHRASE, read_only=True) as store:
        assert len(store.plans.for_case(case_id)) == 2
        assert len(store.cases.get(case_id).goals) == 2
    assert store_path.read_bytes() == before


def test_erasing_a_case_removes_its_plan_and_versions(store: Store, store_path: Path) -> None:
    case = store.cases.add(secret_case())
    kept = store.cases.add(secret_case(given_name="Blijft"))
    store.plans.save(PlanItem(case_id=case.id, goal="Doel", parents_view=PARENTS_VIEW))
    store.plans.save(PlanItem(case_id=kept.id, goal="Blijft staan"))
    store.plans.save_version(case.id, date(2026, 3, 1))
    assert store.cases.erasure_plan(case.id).links == 2  # the item and the version
    store.cases.erase(case.id)
    assert store.plans.for_case(case.id) == [] and store.plans.versions(case.id) == []
    assert [i.goal for i in store.plans.for_case(kept.id)] == ["Blijft staan"]
    vault, contents = Vault.unlock(store_path, PASSPHRASE, read_only=True)
    vault.close()
    assert b"Quispeltje" not in b"".join([contents.snapshot, *contents.records])
    assert files_containing(store_path.parent, "Quispeltje") == []
