"""Bundles carry plans (format version 2): a case's plan items and saved versions travel with
it; a copy points its items at the copied events; a replacement replaces the plan too; a
pseudonymised bundle masks names in the plan's free text and flags it for review."""

from __future__ import annotations

from datetime import date

from bundle_fixtures import MARKER, MakeStore, add_case

from rondom_tui.bundle import (
    ConflictPolicy,
    export_bundle,
    import_bundle,
    open_bundle_for_store,
    parse_recipient,
    store_recipient,
)
from rondom_tui.bundle.format import ReviewRecord, decode_bundle
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.store.repository import Store


def with_plan(store: Store) -> tuple[str, PlanItem]:
    case = add_case(store, events=3, assessments=0)
    case.goals = []  # the plan below is the whole plan (goals would show as items too)
    store.cases.update(case)
    answered = store.events.for_case(case.id)[0]
    item = store.plans.save(
        PlanItem(
            case_id=case.id,
            goal=f"Sanne {MARKER} leest elke dag",
            parents_view=f"Moeder {MARKER} is het eens",
            start=PartialDate(2026, 4),
            events=(answered.id,),
        )
    )
    store.plans.save_version(case.id, date(2026, 3, 1))
    return case.id, item


def send(sender: Store, receiver: Store, **options: object) -> bytes:
    result = export_bundle(
        sender,
        recipients=[parse_recipient(store_recipient(receiver))],
        **options,  # type: ignore[arg-type]
    )
    return result.data


def test_the_plan_travels_with_its_case(make_store: MakeStore) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    case_id, item = with_plan(sender)
    bundle = open_bundle_for_store(receiver, send(sender, receiver))
    assert (bundle.manifest.counts.plans, bundle.manifest.counts.plan_versions) == (1, 1)
    import_bundle(receiver, bundle)
    [arrived] = receiver.plans.for_case(case_id)
    assert arrived == item
    [version] = receiver.plans.versions(case_id)
    assert version.number == 1 and version.items[0].id == item.id


def test_a_copy_points_its_plan_at_the_copied_events(make_store: MakeStore) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    case_id, item = with_plan(sender)
    data = send(sender, receiver)
    import_bundle(receiver, open_bundle_for_store(receiver, data))
    outcome = import_bundle(
        receiver, open_bundle_for_store(receiver, data), policy=ConflictPolicy.KEEP_BOTH
    )
    copy_id = outcome.cases[0].stored_id
    assert copy_id is not None and copy_id != case_id
    [copied] = receiver.plans.for_case(copy_id)
    assert copied.id != item.id and copied.goal == item.goal
    copied_events = {e.id for e in receiver.events.for_case(copy_id)}
    assert copied.events and set(copied.events) <= copied_events
    assert len(receiver.plans.versions(copy_id)) == 1
    assert receiver.plans.for_case(case_id) == [item]  # the first one stays as it was


def test_a_replacement_replaces_the_plan(make_store: MakeStore) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    case_id, item = with_plan(sender)
    data = send(sender, receiver)
    import_bundle(receiver, open_bundle_for_store(receiver, data))
    receiver.plans.save(PlanItem(case_id=case_id, goal="Alleen hier"))
    import_bundle(receiver, open_bundle_for_store(receiver, data), policy=ConflictPolicy.REPLACE)
    assert [i.goal for i in receiver.plans.for_case(case_id)] == [item.goal]


def test_a_pseudonymised_bundle_masks_and_flags_the_plan(make_store: MakeStore) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    with_plan(sender)
    result = export_bundle(sender, passphrase="correct horse battery", pseudonymise=True)
    from rondom_tui.bundle import crypto

    plaintext = crypto.decrypt(result.data, passphrase="correct horse battery")
    assert MARKER.encode() not in plaintext and b"Sanne" not in plaintext
    bundle = decode_bundle(plaintext)
    flagged = {(r.record, r.field) for r in bundle.manifest.review}
    assert (ReviewRecord.PLAN, "goal") in flagged
    assert (ReviewRecord.PLAN, "parents_view") in flagged
    assert (ReviewRecord.PLAN_VERSION, "items[0].goal") in flagged
    assert receiver  # the receiver is not needed: the bundle is read as it is


def test_a_version_2_document_without_its_plans_is_refused() -> None:
    import json

    import pytest
    from bundle_fixtures import fictional_case
    from tests.unit.bundle.test_bundle_format import reseal

    from rondom_tui.bundle import BundleInvalid
    from rondom_tui.bundle.format import encode_bundle

    case = fictional_case()
    document = json.loads(encode_bundle([case], [], [], created_by="juf.test"))
    del document["plans"], document["plan_versions"]
    with pytest.raises(BundleInvalid):
        decode_bundle(reseal(document))
