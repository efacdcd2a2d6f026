"""Export from one store, import into another: recipients, passphrase, armor, pseudonymised,
the three conflict policies, dry runs, audit entries and the consent check."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from bundle_fixtures import BUNDLE_PASSPHRASE, MARKER, MakeStore, add_case
from pyrage import x25519

from rondom_tui.bundle import (
    BundleError,
    BundleInvalid,
    ConflictPolicy,
    ExportRefused,
    KeyInvalid,
    Outcome,
    RecipientKey,
    cases_without_consent,
    export_bundle,
    import_bundle,
    open_bundle,
    open_bundle_for_store,
    parse_recipient,
    preview_bundle,
    store_recipient,
)
from rondom_tui.domain.models import AuditAction
from rondom_tui.store.repository import Store


def recipient_of(store: Store) -> RecipientKey:
    return parse_recipient(store_recipient(store))


def snapshot(store: Store) -> tuple[list[object], list[object], list[object]]:
    """Everything about the cases, as plain data, for before/after comparisons."""
    from rondom_tui.domain.codec import to_builtins

    cases = sorted((to_builtins(c) for c in store.cases.list()), key=lambda c: c["id"])
    events = sorted(
        (to_builtins(e) for c in store.cases.list() for e in store.events.for_case(c.id)),
        key=lambda e: e["id"],
    )
    assessments = sorted((to_builtins(a) for a in store.assessments.list()), key=lambda a: a["id"])
    return cases, events, assessments


def sent_content(store: Store) -> tuple[list[object], list[object], list[object]]:
    """`snapshot` without the cases' `updated_at`, which an import sets to its own time."""
    cases, events, assessments = snapshot(store)
    return [{**c, "updated_at": None} for c in cases], events, assessments  # type: ignore[dict-item]


def test_export_to_a_recipient_imports_everything(make_store: MakeStore) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    first = add_case(sender, events=5, assessments=2)
    add_case(sender, given="Daan", family="Verzinsel", events=2, assessments=0)

    result = export_bundle(sender, recipients=[recipient_of(receiver)])
    assert result.data.startswith(b"age-encryption.org/v1\n")
    assert (result.events, result.assessments, len(result.case_ids)) == (7, 2, 2)

    bundle = open_bundle_for_store(receiver, result.data)
    outcome = import_bundle(receiver, bundle)
    assert outcome.count(Outcome.ADDED) == 2 and not outcome.dry_run
    assert sent_content(receiver) == sent_content(sender)
    assert receiver.cases.get(first.id).family_name == MARKER
    assert receiver.verify()["cases"] == 2


def test_export_to_several_recipients_opens_for_each(make_store: MakeStore) -> None:
    sender, one, two = make_store("a.rondom"), make_store("b.rondom"), make_store("c.rondom")
    add_case(sender)
    data = export_bundle(sender, recipients=[recipient_of(one), recipient_of(two)]).data
    assert len(open_bundle_for_store(one, data).cases) == 1
    assert len(open_bundle_for_store(two, data).cases) == 1
    with pytest.raises(BundleInvalid) as caught:
        open_bundle_for_store(sender, data)
    assert caught.value.reason == "wrong_key"


def test_armored_export_is_text_and_imports(make_store: MakeStore) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    add_case(sender)
    data = export_bundle(sender, recipients=[recipient_of(receiver)], armor=True).data
    assert data.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----\n")
    data.decode("ascii")
    bundle = open_bundle_for_store(receiver, data)
    import_bundle(receiver, bundle)
    assert sent_content(receiver) == sent_content(sender)


def test_passphrase_bundle_round_trip_and_wrong_passphrase(make_store: MakeStore) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    add_case(sender, events=4)
    data = export_bundle(sender, passphrase=BUNDLE_PASSPHRASE, armor=True).data
    with pytest.raises(BundleInvalid) as caught:
        open_bundle_for_store(receiver, data)
    assert caught.value.reason == "needs_passphrase"
    before = receiver.path.read_bytes()
    with pytest.raises(BundleInvalid) as caught:
        open_bundle_for_store(receiver, data, passphrase=BUNDLE_PASSPHRASE + "!")
    assert caught.value.reason == "wrong_passphrase"
    assert receiver.path.read_bytes() == before
    import_bundle(receiver, open_bundle_for_store(receiver, data, passphrase=BUNDLE_PASSPHRASE))
    assert sent_content(receiver) == sent_content(sender)


def test_export_needs_exactly_one_way_to_encrypt(make_store: MakeStore) -> None:
    store = make_store()
    add_case(store)
    with pytest.raises(KeyInvalid) as caught:
        export_bundle(store)
    assert caught.value.message_id == "bundle.key.none"
    with pytest.raises(KeyInvalid) as caught:
        export_bundle(store, recipients=[recipient_of(store)], passphrase=BUNDLE_PASSPHRASE)
    assert caught.value.message_id == "bundle.key.both"
    with pytest.raises(KeyInvalid) as caught:
        export_bundle(store, passphrase="kort")
    assert caught.value.message_id == "bundle.key.passphrase_too_short"


def test_export_by_code_or_id_and_unknown_cases(make_store: MakeStore) -> None:
    store = make_store()
    one = add_case(store)
    two = add_case(store, given="Daan")
    result = export_bundle(
        store, [one.code.lower(), two.id, one.id], recipients=[recipient_of(store)]
    )
    assert result.case_ids == (one.id, two.id)
    with pytest.raises(ExportRefused) as caught:
        export_bundle(store, ["K-NOPE"], recipients=[recipient_of(store)])
    assert caught.value.message_id == "bundle.export.case_not_found"
    empty = make_store("empty.rondom")
    with pytest.raises(ExportRefused) as caught:
        export_bundle(empty, recipients=[recipient_of(empty)])
    assert caught.value.message_id == "bundle.export.nothing"


def test_export_audits_each_case_with_consent_and_pseudonymisation(make_store: MakeStore) -> None:
    store = make_store()
    with_consent = add_case(store)
    without = add_case(store, given="Daan", consent=False)
    gaps = cases_without_consent(store, None, on=date(2025, 1, 1))
    assert [gap.case_id for gap in gaps] == [without.id]
    assert gaps[0].code == without.code

    result = export_bundle(store, recipients=[recipient_of(store)], on=date(2025, 1, 1))
    assert result.without_consent == (without.id,)
    exports = [e for e in store.audit.entries() if e.action is AuditAction.EXPORT]
    details = sorted((e.case_id == with_consent.id, e.detail) for e in exports)
    assert details == [
        (False, "consent=no;pseudo=no;export=done"),
        (False, "consent=no;pseudo=no;export=started"),
        (True, "consent=yes;pseudo=no;export=done"),
        (True, "consent=yes;pseudo=no;export=started"),
    ]

    export_bundle(store, [without.id], recipients=[recipient_of(store)], pseudonymise=True)
    last = [e for e in store.audit.entries() if e.action is AuditAction.EXPORT][-1]
    assert (last.case_id, last.detail) == (without.id, "consent=no;pseudo=yes;export=done")


def test_a_failed_export_records_no_audit(make_store: MakeStore) -> None:
    store = make_store()
    add_case(store)
    before = store.path.read_bytes()
    with pytest.raises(KeyInvalid):
        export_bundle(store, passphrase="te kort")
    assert store.path.read_bytes() == before
    assert not [e for e in store.audit.entries() if e.action is AuditAction.EXPORT]


def test_an_export_whose_file_cannot_be_written_is_recorded_as_failed(
    make_store: MakeStore, tmp_path: Path
) -> None:
    store = make_store()
    case = add_case(store)
    nowhere = tmp_path / "no-such-folder" / "b.age"
    with pytest.raises(BundleError):
        export_bundle(store, recipients=[recipient_of(store)], output=nowhere)
    assert not nowhere.exists()
    details = [e.detail for e in store.audit.entries(case.id) if e.action is AuditAction.EXPORT]
    assert details == [
        "consent=yes;pseudo=no;export=started",
        "consent=yes;pseudo=no;export=failed",
    ]
    export_bundle(store, recipients=[recipient_of(store)], output=tmp_path / "b.age")
    assert (tmp_path / "b.age").exists()
    last = [e for e in store.audit.entries(case.id) if e.action is AuditAction.EXPORT][-1]
    assert last.detail == "consent=yes;pseudo=no;export=done"


def test_pseudonymised_export_carries_no_names_and_says_so(make_store: MakeStore) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    case = add_case(sender, events=3, assessments=1)
    result = export_bundle(sender, recipients=[recipient_of(receiver)], pseudonymise=True)
    assert result.pseudonymised and result.to_review > 0
    identity = x25519.Identity.from_str(receiver.meta()["age_identity"])
    from rondom_tui.bundle import decrypt

    plaintext = decrypt(result.data, identities=[identity])
    for secret in (MARKER, "Sanne", "06-00000000", "Els", "2015-06-14", "Anouk", "Bram"):
        assert secret.encode() not in plaintext, secret

    bundle = open_bundle(result.data, identities=[identity])
    assert bundle.manifest.pseudonymised is True
    assert {(item.record, item.field) for item in bundle.manifest.review} >= {
        ("case", "question"),
        ("event", "note"),
        ("assessment", "keys[0].note"),
    }
    preview = preview_bundle(receiver, bundle)
    assert preview.pseudonymised and preview.to_review == len(bundle.manifest.review)
    import_bundle(receiver, bundle)
    stored = receiver.cases.get(case.id)
    assert stored.code == case.code and stored.given_name == "" and stored.family_name == ""
    assert stored.date_of_birth is not None and stored.date_of_birth.iso() == "2015"
    imported = [e for e in receiver.audit.entries() if e.action is AuditAction.IMPORT]
    assert imported[-1].detail == "result=added;pseudo=yes"


def test_preview_shows_codes_counts_sender_and_conflicts(make_store: MakeStore) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    shared = add_case(sender, events=4, assessments=2)
    add_case(sender, given="Daan", events=1, assessments=0)
    data = export_bundle(sender, recipients=[recipient_of(receiver)], created_by="juf.test").data
    bundle = open_bundle_for_store(receiver, data)
    import_bundle(
        receiver,
        open_bundle_for_store(
            receiver, export_bundle(sender, [shared.id], recipients=[recipient_of(receiver)]).data
        ),
    )

    preview = preview_bundle(receiver, bundle)
    assert preview.created_by == "juf.test"
    assert (preview.events, preview.assessments, preview.pseudonymised) == (5, 2, False)
    rows = {row.id: row for row in preview.cases}
    assert rows[shared.id].exists and rows[shared.id].existing_code == shared.code
    assert (rows[shared.id].events, rows[shared.id].assessments) == (4, 2)
    assert [row.id for row in preview.conflicts] == [shared.id]
    assert "Sanne" not in repr(preview) and MARKER not in repr(preview)


def imported_twice(make_store: MakeStore, policy: ConflictPolicy) -> tuple[Store, Store, str]:
    """Import a case, change it at the sender, import it again with `policy`."""
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    case = add_case(sender, events=3, assessments=1)
    to = [recipient_of(receiver)]
    import_bundle(
        receiver, open_bundle_for_store(receiver, export_bundle(sender, recipients=to).data)
    )
    changed = sender.cases.get(case.id)
    changed.school = "Basisschool Het Nieuwe Verzinsel"
    sender.cases.update(changed)
    sender.events.delete(sender.events.for_case(case.id)[0].id)
    bundle = open_bundle_for_store(receiver, export_bundle(sender, recipients=to).data)
    result = import_bundle(receiver, bundle, policy=policy)
    assert len(result.cases) == 1
    return sender, receiver, case.id


def test_skip_keeps_the_stored_case(make_store: MakeStore) -> None:
    _, receiver, case_id = imported_twice(make_store, ConflictPolicy.SKIP)
    assert receiver.cases.count() == 1
    assert receiver.cases.get(case_id).school == "Basisschool De Verzonnen Linde"
    assert len(receiver.events.for_case(case_id)) == 3
    last = receiver.audit.entries()[-1]
    assert (last.action, last.case_id, last.detail) == (
        AuditAction.IMPORT,
        case_id,
        "result=skipped;pseudo=no",
    )


def test_replace_takes_the_bundles_case_and_records(make_store: MakeStore) -> None:
    sender, receiver, case_id = imported_twice(make_store, ConflictPolicy.REPLACE)
    assert receiver.cases.count() == 1
    stored = receiver.cases.get(case_id)
    assert stored.school == "Basisschool Het Nieuwe Verzinsel"
    # One past the bundle's revision (which is ahead of the stored one): never goes back.
    assert stored.revision == sender.cases.get(case_id).revision + 1
    assert len(receiver.events.for_case(case_id)) == 2
    assert len(receiver.assessments.for_case(case_id)) == 1
    assert receiver.audit.entries()[-1].detail == "result=replaced;pseudo=no"
    assert receiver.verify()["events"] == 2


def test_keep_both_adds_a_copy_with_new_ids_and_code(make_store: MakeStore) -> None:
    _, receiver, case_id = imported_twice(make_store, ConflictPolicy.KEEP_BOTH)
    cases = receiver.cases.list()
    assert len(cases) == 2
    original = receiver.cases.get(case_id)
    copy = next(c for c in cases if c.id != case_id)
    assert copy.code != original.code and copy.code.startswith("K-")
    assert copy.school == "Basisschool Het Nieuwe Verzinsel"
    original_ids = {e.id for e in receiver.events.for_case(case_id)}
    copy_events = receiver.events.for_case(copy.id)
    assert len(copy_events) == 2 and not original_ids & {e.id for e in copy_events}
    assert len(original_ids) == 3
    copy_assessment = receiver.assessments.for_case(copy.id)[0]
    assert copy_assessment.id != receiver.assessments.for_case(case_id)[0].id
    assert receiver.audit.entries()[-1].case_id == copy.id
    assert receiver.audit.entries()[-1].detail == "result=copied;pseudo=no"


@pytest.mark.parametrize(
    ("policy", "outcome"),
    [
        (ConflictPolicy.SKIP, Outcome.ADDED),  # not in the store yet
        (ConflictPolicy.REPLACE, Outcome.REPLACED),
        (ConflictPolicy.KEEP_BOTH, Outcome.COPIED),
    ],
)
def test_an_imported_case_counts_as_changed_at_the_import(
    make_store: MakeStore, policy: ConflictPolicy, outcome: Outcome
) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    add_case(sender)
    if outcome is not Outcome.ADDED:
        import_bundle(
            receiver,
            open_bundle_for_store(
                receiver, export_bundle(sender, recipients=[recipient_of(receiver)]).data
            ),
        )
    bundle = open_bundle_for_store(
        receiver, export_bundle(sender, recipients=[recipient_of(receiver)]).data
    )
    long_ago = datetime(2020, 2, 3, 4, 5, 6, tzinfo=UTC)
    bundle.cases[0].created_at = bundle.cases[0].updated_at = long_ago
    before = datetime.now(UTC).replace(microsecond=0)
    result = import_bundle(receiver, bundle, policy=policy)
    assert result.cases[0].outcome is outcome
    stored = receiver.cases.get(result.cases[0].stored_id or "")
    assert stored.created_at == long_ago  # when the case was first made, wherever that was
    assert before <= stored.updated_at <= datetime.now(UTC)
    # So it comes first when the list is sorted by last change, newest first.
    assert all(row.updated_at <= stored.updated_at for row in receiver.cases.summaries())


def test_a_taken_code_is_replaced_by_a_fresh_one(make_store: MakeStore) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    incoming = add_case(sender, code="K-2345")
    resident = add_case(receiver, given="Daan", code="K-2345")
    assert resident.code == "K-2345" == incoming.code
    bundle = open_bundle_for_store(
        receiver, export_bundle(sender, recipients=[recipient_of(receiver)]).data
    )
    result = import_bundle(receiver, bundle)
    assert result.cases[0].code != "K-2345"
    assert receiver.cases.get(incoming.id).code == result.cases[0].code
    assert receiver.cases.get(resident.id).code == "K-2345"


def test_dry_run_changes_nothing(make_store: MakeStore) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    add_case(sender)
    add_case(receiver, given="Daan")
    bundle = open_bundle_for_store(
        receiver, export_bundle(sender, recipients=[recipient_of(receiver)]).data
    )
    before_bytes = receiver.path.read_bytes()
    before = snapshot(receiver)
    audit_before = len(receiver.audit.entries())
    saves = receiver.saves
    for policy in ConflictPolicy:
        result = import_bundle(receiver, bundle, policy=policy, dry_run=True)
        assert result.dry_run and result.cases[0].outcome is Outcome.ADDED
    assert receiver.path.read_bytes() == before_bytes
    assert snapshot(receiver) == before
    assert len(receiver.audit.entries()) == audit_before and receiver.saves == saves


def test_dry_run_predicts_the_real_import(make_store: MakeStore) -> None:
    _, receiver, case_id = imported_twice(make_store, ConflictPolicy.SKIP)
    predicted = {}
    for policy in ConflictPolicy:
        bundle = open_bundle_for_store(
            receiver,
            export_bundle(receiver, [case_id], recipients=[recipient_of(receiver)]).data,
        )
        dry = import_bundle(receiver, bundle, policy=policy, dry_run=True)
        predicted[policy] = dry.cases[0].outcome
    assert predicted == {
        ConflictPolicy.SKIP: Outcome.SKIPPED,
        ConflictPolicy.REPLACE: Outcome.REPLACED,
        ConflictPolicy.KEEP_BOTH: Outcome.COPIED,
    }


def test_an_error_while_merging_leaves_the_store_untouched(
    make_store: MakeStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    add_case(sender)
    add_case(sender, given="Daan")
    bundle = open_bundle_for_store(
        receiver, export_bundle(sender, recipients=[recipient_of(receiver)]).data
    )
    before_bytes, before = receiver.path.read_bytes(), snapshot(receiver)
    audit_before = len(receiver.audit.entries())

    def failing_save(body: bytes, **kwargs: object) -> None:  # the import's one save
        raise OSError("disk on fire")

    monkeypatch.setattr(receiver.vault, "append", failing_save)
    monkeypatch.setattr(receiver.vault, "rewrite", failing_save)
    with pytest.raises(OSError):
        import_bundle(receiver, bundle)
    monkeypatch.undo()
    assert receiver.path.read_bytes() == before_bytes
    assert snapshot(receiver) == before
    assert receiver.cases.count() == 0 and len(receiver.audit.entries()) == audit_before
    assert import_bundle(receiver, bundle).count(Outcome.ADDED) == 2  # and it can be retried
