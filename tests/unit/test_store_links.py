""" "May explain" links in the store: checked against the case's events and other links before
anything is written, audited, kept over a reopen, and taken along when an event is deleted."""

from __future__ import annotations

from pathlib import Path

import pytest

from rondom_tui.domain.codec import RecordInvalid
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.links import Link, LinkCycle, LinkEventMissing, LinkToItself, ViewHolder
from rondom_tui.domain.models import Event
from rondom_tui.store.errors import NotFound
from rondom_tui.store.repository import Store
from tests.conftest import PASSPHRASE, secret_case


def case_with_events(store: Store, count: int = 4) -> tuple[str, list[str]]:
    case = store.cases.add(secret_case())
    events = [
        store.events.add(Event(case_id=case.id, title=f"fictief {n}", start=PartialDate(2020 + n)))
        for n in range(count)
    ]
    return case.id, [e.id for e in events]


def test_a_link_is_kept_with_its_wording_holder_and_dispute(store: Store, store_path: Path) -> None:
    case_id, (a, b, c, _) = case_with_events(store)
    saved = store.links.add(
        Link(
            case_id=case_id,
            causes=[a, b],
            effect=c,
            wording="verhuizing en schulden",
            holder=ViewHolder.PARENTS,
            disputed=True,
        )
    )
    store.close()
    with Store.open(store_path, PASSPHRASE) as again:
        (found,) = again.links.for_case(case_id)
        assert found == again.links.get(saved.id)
        assert (found.causes, found.effect, found.wording) == ([a, b], c, "verhuizing en schulden")
        assert (found.holder, found.disputed) == (ViewHolder.PARENTS, True)
        again.verify()  # decodes the links too
        details = [entry.detail for entry in again.audit.entries(case_id)]
        assert "link+" in details


def test_a_refused_link_writes_nothing(store: Store) -> None:
    case_id, (a, b, c, _) = case_with_events(store)
    other_case, (elsewhere, *_) = case_with_events(store, 1)
    store.links.add(Link(case_id=case_id, causes=[a], effect=b))
    saves = store.saves
    with pytest.raises(LinkToItself):
        store.links.add(Link(case_id=case_id, causes=[a, c], effect=c))
    with pytest.raises(LinkCycle):
        store.links.add(Link(case_id=case_id, causes=[b], effect=a))
    with pytest.raises(LinkEventMissing):  # an event of another case is not one of this one's
        store.links.add(Link(case_id=case_id, causes=[elsewhere], effect=a))
    with pytest.raises(RecordInvalid):
        store.links.add(Link(case_id=case_id, causes=[c], effect=a, wording="onrust\x1b]0;x\x07"))
    assert store.saves == saves
    assert len(store.links.for_case(case_id)) == 1 and store.links.for_case(other_case) == []


def test_a_link_is_edited_and_deleted_with_an_audit_entry_each(store: Store) -> None:
    case_id, (a, b, c, _) = case_with_events(store)
    link = store.links.add(Link(case_id=case_id, causes=[a], effect=b))
    link.causes, link.wording = [a, c], "ook de verhuizing"
    store.links.update(link)
    assert store.links.get(link.id).causes == [a, c]
    store.links.delete(link.id)
    assert store.links.for_case(case_id) == []
    with pytest.raises(NotFound):
        store.links.update(link)
    details = [entry.detail for entry in store.audit.entries(case_id)]
    assert details[-3:] == ["link+", "link", "link-"]


def test_deleting_an_event_takes_its_links_along_in_the_same_save(store: Store) -> None:
    case_id, (a, b, c, d) = case_with_events(store)
    two_causes = store.links.add(Link(case_id=case_id, causes=[a, b], effect=c))
    explains_d = store.links.add(Link(case_id=case_id, causes=[c], effect=d))
    saves = store.saves
    store.events.delete(a)
    assert store.saves == saves + 1
    assert store.links.get(two_causes.id).causes == [b]
    store.events.delete(c)
    assert store.links.for_case(case_id) == []  # c was the effect of one, the only cause of one
    with pytest.raises(NotFound):
        store.links.get(explains_d.id)
