"""Bundles carry the "may explain" links (format version 2): exported with their cases,
imported in the same single save (new ids for a copy, its links naming the new event ids),
replaced with their case, checked on the way in, wording masked when pseudonymised; a version
1 bundle (before links, `tests/fixtures/bundle-v1.json`) still imports. Fictional data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bundle_fixtures import MARKER, MakeStore, add_case, fictional_assessment
from test_bundle_format import reseal

from rondom_tui.bundle import (
    BundleInvalid,
    ConflictPolicy,
    decode_bundle,
    export_bundle,
    import_bundle,
    open_bundle_for_store,
    parse_recipient,
    preview_bundle,
    store_recipient,
)
from rondom_tui.bundle.format import VERSION, encode_bundle
from rondom_tui.bundle.summary import case_counts, counts_line, preview_case_counts, preview_totals
from rondom_tui.domain.cases.pseudonymise import pseudonymise_case
from rondom_tui.domain.links import Link, ViewHolder, check_link
from rondom_tui.domain.plan.models import PlanItem
from rondom_tui.store.repository import Store

V1_BUNDLE = Path(__file__).parents[2] / "fixtures" / "bundle-v1.json"


def linked_case(store: Store) -> tuple[str, Link]:
    case = add_case(store, events=3, assessments=0)
    first, second, third = store.events.for_case(case.id)
    link = store.links.add(
        Link(
            case_id=case.id,
            causes=[first.id, second.id],
            effect=third.id,
            wording=f"thuis bij {MARKER} is het onrustig",
            holder=ViewHolder.YOUTH_CARE,
            disputed=True,
        )
    )
    return case.id, link


def carried(sender: Store, receiver: Store, **options: object) -> None:
    result = export_bundle(sender, recipients=[parse_recipient(store_recipient(receiver))])
    import_bundle(receiver, open_bundle_for_store(receiver, result.data), **options)  # type: ignore[arg-type]


def test_links_go_with_their_case_and_arrive_in_the_one_save(make_store: MakeStore) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    case_id, link = linked_case(sender)
    saves = receiver.saves
    carried(sender, receiver)
    assert receiver.saves == saves + 1
    (arrived,) = receiver.links.for_case(case_id)
    assert (arrived.causes, arrived.effect, arrived.wording) == (
        link.causes,
        link.effect,
        link.wording,
    )
    assert (arrived.holder, arrived.disputed) == (ViewHolder.YOUTH_CARE, True)


def test_a_copy_links_its_own_new_events(make_store: MakeStore) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    case_id, link = linked_case(sender)
    carried(sender, receiver)
    carried(sender, receiver, policy=ConflictPolicy.KEEP_BOTH)
    copies = [c for c in receiver.cases.list() if c.id != case_id]
    (copy,) = copies
    (copied,) = receiver.links.for_case(copy.id)
    events = {e.id for e in receiver.events.for_case(copy.id)}
    assert copied.id != link.id and set(copied.event_ids) <= events
    assert not set(copied.event_ids) & set(link.event_ids)
    check_link(copied, [], events)
    assert len(receiver.links.for_case(case_id)) == 1  # the first import's stays as it was


def test_replace_puts_the_bundles_links_in_place_of_the_stored_ones(
    make_store: MakeStore,
) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    case_id, link = linked_case(sender)
    carried(sender, receiver)
    sender.links.delete(link.id)
    a, _, c = sender.events.for_case(case_id)
    newer = sender.links.add(Link(case_id=case_id, causes=[c.id], effect=a.id))
    carried(sender, receiver, policy=ConflictPolicy.REPLACE)
    assert [x.id for x in receiver.links.for_case(case_id)] == [newer.id]


def test_a_version_1_bundle_still_imports(make_store: MakeStore) -> None:
    plaintext = V1_BUNDLE.read_bytes()
    assert json.loads(plaintext)["version"] == 1 and VERSION == 2
    bundle = decode_bundle(plaintext)
    assert (bundle.version, bundle.links, bundle.manifest.counts.links) == (1, [], 0)
    receiver = make_store()
    import_bundle(receiver, bundle)
    (case,) = receiver.cases.list()
    assert case.code == "K-V1AA" and len(receiver.events.for_case(case.id)) == 3
    assert receiver.links.for_case(case.id) == []


def test_a_version_1_document_with_links_is_refused() -> None:
    document = json.loads(V1_BUNDLE.read_bytes())
    document["links"] = []
    with pytest.raises(BundleInvalid):
        decode_bundle(reseal(document))


def bundle_with(links: list[dict[str, object]], make_store: MakeStore) -> bytes:
    store = make_store()
    case = add_case(store, events=3, assessments=0)
    other = add_case(store, given="Daan", events=1, assessments=0)
    events = store.events.for_case(case.id) + store.events.for_case(other.id)
    assessment = fictional_assessment(case)
    plaintext = encode_bundle([case, other], events, [assessment], created_by="juf.test")
    document = json.loads(plaintext)
    ids = [e.id for e in events]
    document["links"] = [
        {"id": f"link-{n}", "case_id": case.id, **{k: _ids(v, ids) for k, v in link.items()}}
        for n, link in enumerate(links)
    ]
    document["manifest"]["counts"]["links"] = len(links)
    return reseal(document)


def _ids(value: object, ids: list[str]) -> object:
    """Event numbers in a test's link as the bundle's event ids (3 is the other case's)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return ids[value]
    if isinstance(value, list):
        return [ids[v] for v in value]
    return value


@pytest.mark.parametrize(
    "links",
    [
        [{"causes": [0], "effect": 0}],  # explains itself
        [{"causes": [0], "effect": 1}, {"causes": [1], "effect": 0}],  # goes round
        [{"causes": [3], "effect": 0}],  # an event of the other case
    ],
    ids=["itself", "round", "other case"],
)
def test_a_link_the_form_would_refuse_is_refused_in_a_bundle(
    links: list[dict[str, object]], make_store: MakeStore
) -> None:
    with pytest.raises(BundleInvalid) as refused:
        decode_bundle(bundle_with(links, make_store))
    assert refused.value.reason == "link"
    assert refused.value.params["path"].startswith("$.links[")


def test_a_good_link_in_a_hand_made_bundle_is_read(make_store: MakeStore) -> None:
    bundle = decode_bundle(bundle_with([{"causes": [0, 1], "effect": 2}], make_store))
    assert len(bundle.links) == 1 and bundle.links[0].effect == bundle.events[2].id


def test_pseudonymising_masks_names_in_the_wording_and_flags_it(make_store: MakeStore) -> None:
    store = make_store()
    case_id, link = linked_case(store)
    case = store.cases.get(case_id)
    result = pseudonymise_case(case, store.events.for_case(case_id), [], links=[link])
    (masked,) = result.links
    assert MARKER not in masked.wording and f"[{case.code}]" in masked.wording
    assert ("link", link.id, "wording") in {(f.record, f.id, f.field) for f in result.to_review}
    sender, receiver = store, make_store("b.rondom")
    data = export_bundle(
        sender, recipients=[parse_recipient(store_recipient(receiver))], pseudonymise=True
    ).data
    bundle = open_bundle_for_store(receiver, data)
    assert MARKER not in bundle.links[0].wording
    assert any(item.record == "link" for item in bundle.manifest.review)


def test_the_preview_counts_links_and_plan_items_in_both_languages(
    make_store: MakeStore,
) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    case_id, _ = linked_case(sender)
    sender.plans.save(PlanItem(case_id=case_id, goal="Rust in de klas"))
    sender.plans.save(PlanItem(case_id=case_id, goal="Driegesprek elke zes weken"))
    data = export_bundle(sender, recipients=[parse_recipient(store_recipient(receiver))]).data
    preview = preview_bundle(receiver, open_bundle_for_store(receiver, data))
    (case,) = preview.cases
    assert (preview.links, preview.plan_items, case.links, case.plan_items) == (1, 2, 1, 2)
    assert preview_totals(preview, lang="nl") == (
        "1 dossier · 3 gebeurtenissen · 0 zelfevaluaties · 1 verklaring · 2 plandoelen"
    )
    assert preview_case_counts(case, lang="en") == (
        "3 events, 0 self-assessments, 1 explanation, 2 plan items"
    )


def test_counts_leave_out_links_and_plan_items_when_there_are_none() -> None:
    assert counts_line(1, 2, 1, lang="nl") == "1 dossier · 2 gebeurtenissen · 1 zelfevaluatie"
    assert case_counts(2, 1, lang="en", plan_items=1) == "2 events, 1 self-assessment, 1 plan item"
