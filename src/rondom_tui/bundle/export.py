"""Exporting cases from a store as an encrypted bundle.

The bundle is built and encrypted in memory; the caller writes the encrypted bytes where the
user asked (`files.write_bundle_file`). Each exported case gets an audit entry saying whether
a consent that covers sharing was on file and whether the export was pseudonymised: codes
only, never content. The cases are read under the store's lock (a consistent snapshot), the
audit entries are recorded in one write: saved once, and not at all when encryption fails.
The store's lock is not held while encrypting (seconds, with a passphrase), so the app stays
responsive.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rondom_tui.bundle import crypto
from rondom_tui.bundle.errors import ExportRefused
from rondom_tui.bundle.files import write_bundle_file
from rondom_tui.bundle.format import ReviewItem, ReviewRecord, encode_bundle
from rondom_tui.bundle.keys import RecipientKey
from rondom_tui.domain.cases.pseudonymise import pseudonymise_case
from rondom_tui.domain.links import Link
from rondom_tui.domain.models import Assessment, Case, Event
from rondom_tui.domain.plan.models import PlanItem, PlanVersion
from rondom_tui.store.errors import NotFound
from rondom_tui.store.export_file import is_store_file, remove_export
from rondom_tui.store.repository import Store


@dataclass(frozen=True, slots=True)
class ConsentGap:
    """A case without a recorded consent that covers sharing it."""

    case_id: str
    code: str


@dataclass(frozen=True, slots=True)
class ExportResult:
    """An encrypted bundle and what went into it."""

    data: bytes
    """The age file (binary or armored), ready to be written."""
    case_ids: tuple[str, ...]
    codes: tuple[str, ...]
    events: int
    assessments: int
    without_consent: tuple[str, ...]
    """Ids of exported cases without a consent that covers sharing."""
    pseudonymised: bool
    to_review: int
    """How many free-text fields the pseudonymised bundle flags for manual review."""

    def __repr__(self) -> str:
        return f"ExportResult(cases={len(self.case_ids)}, bytes={len(self.data)})"


def resolve_cases(store: Store, refs: Sequence[str] | None) -> list[Case]:
    """The cases named by id or by code (case-insensitive), in the order given; all cases
    (by code) when `refs` is None. Raises `ExportRefused` for an unknown one or none at all."""
    if refs is None:
        cases = sorted(store.cases.list(), key=lambda c: (c.code, c.id))
    else:
        cases = []
        seen: set[str] = set()
        for ref in refs:
            case = _find_case(store, ref)
            if case.id not in seen:
                seen.add(case.id)
                cases.append(case)
    if not cases:
        raise ExportRefused("bundle.export.nothing")
    return cases


def cases_without_consent(
    store: Store, refs: Sequence[str] | None, *, on: date | None = None
) -> list[ConsentGap]:
    """The named cases that lack a consent covering sharing on `on` (default today), so the
    app and the command line can warn and ask for confirmation before exporting."""
    day = on or date.today()
    return [
        ConsentGap(case_id=case.id, code=case.code)
        for case in resolve_cases(store, refs)
        if not case.has_sharing_consent(day)
    ]


def export_bundle(
    store: Store,
    refs: Sequence[str] | None = None,
    *,
    recipients: Sequence[RecipientKey] = (),
    passphrase: str | None = None,
    armor: bool = False,
    pseudonymise: bool = False,
    on: date | None = None,
    created_by: str | None = None,
    output: Path | None = None,
    overwrite: bool = False,
) -> ExportResult:
    """Build, encrypt and audit a bundle of the named cases (all when `refs` is None), and
    write it to `output` when given (mode 0600; an existing file only with `overwrite`).

    Exactly one of `recipients` and `passphrase` must be given. Nothing is written to disk
    except the store itself (the audit entries, encrypted) and the encrypted bundle, which is
    written between the audit's "started" and "done" entries (`AuditLog.export`): when the
    log cannot be written first, no file is; when it cannot be written after, the file is
    removed again.
    """
    if output is not None and is_store_file(output, store.path):
        raise ExportRefused("bundle.file.is_store", path=str(output))
    day = on or date.today()
    with store.reading():  # one consistent snapshot of the cases and their records
        cases = resolve_cases(store, refs)
        case_order = {case.id: index for index, case in enumerate(cases)}
        events = _events(store, case_order)
        assessments = _assessments(store, case_order)
        links = _links(store, case_order)
        plans = store.plans.for_cases(list(case_order))
        plans.sort(key=lambda item: (case_order[item.case_id], item.created_at, item.id))
        versions = store.plans.versions_for_cases(list(case_order))
        versions.sort(key=lambda version: (case_order[version.case_id], version.number))
    missing = tuple(case.id for case in cases if not case.has_sharing_consent(day))
    review: list[ReviewItem] = []
    if pseudonymise:
        cases, events, assessments, links, plans, versions, review = _pseudonymised(
            cases, events, assessments, links, plans, versions
        )
    plaintext = encode_bundle(
        cases,
        events,
        assessments,
        created_by=created_by or store.user,
        pseudonymised=pseudonymise,
        review=review,
        links=links,
        plans=plans,
        plan_versions=versions,
    )
    # Encryption can take seconds with a passphrase: the store's lock is not held meanwhile.
    data = crypto.encrypt(plaintext, recipients=recipients, passphrase=passphrase, armor=armor)
    del plaintext
    pseudo = "yes" if pseudonymise else "no"
    notes = [
        (case.id, f"consent={'no' if case.id in missing else 'yes'};pseudo={pseudo}")
        for case in cases
    ]
    if output is None:  # the caller keeps the bytes
        store.audit.export(notes, write=lambda: None, withdraw=lambda: None)
    else:
        store.audit.export(
            notes,
            write=lambda: write_bundle_file(output, data, overwrite=overwrite),
            withdraw=lambda: remove_export(output),
        )
    return ExportResult(
        data=data,
        case_ids=tuple(case.id for case in cases),
        codes=tuple(case.code for case in cases),
        events=len(events),
        assessments=len(assessments),
        without_consent=missing,
        pseudonymised=pseudonymise,
        to_review=len(review),
    )


def _find_case(store: Store, ref: str) -> Case:
    ref = ref.strip()
    try:
        return store.cases.get(ref)
    except NotFound:
        pass
    case = store.cases.find_by_code(ref) if ref else None
    if case is None:
        raise ExportRefused("bundle.export.case_not_found", case=ref[:80])
    return case


def _events(store: Store, case_order: dict[str, int]) -> list[Event]:
    """The events of the given cases, by case then date."""
    events = store.events.for_cases(case_order)
    events.sort(key=lambda e: (case_order[e.case_id], e.start, e.id))
    return events


def _assessments(store: Store, case_order: dict[str, int]) -> list[Assessment]:
    """The assessments of the given cases, by case then date."""
    items = store.assessments.for_cases(case_order)
    items.sort(key=lambda a: (case_order[a.case_id or ""], a.held_on, a.id))
    return items


def _links(store: Store, case_order: dict[str, int]) -> list[Link]:
    """The "may explain" links of the given cases, by case then age."""
    links = store.links.for_cases(case_order)
    links.sort(key=lambda link: (case_order[link.case_id], link.created_at, link.id))
    return links


def _pseudonymised(
    cases: list[Case],
    events: list[Event],
    assessments: list[Assessment],
    links: list[Link],
    plans: list[PlanItem],
    versions: list[PlanVersion],
) -> tuple[
    list[Case],
    list[Event],
    list[Assessment],
    list[Link],
    list[PlanItem],
    list[PlanVersion],
    list[ReviewItem],
]:
    out_cases: list[Case] = []
    out_events: list[Event] = []
    out_assessments: list[Assessment] = []
    out_links: list[Link] = []
    out_plans: list[PlanItem] = []
    out_versions: list[PlanVersion] = []
    review: list[ReviewItem] = []
    events_of: dict[str, list[Event]] = {case.id: [] for case in cases}
    assessments_of: dict[str, list[Assessment]] = {case.id: [] for case in cases}
    links_of: dict[str, list[Link]] = {case.id: [] for case in cases}
    plans_of: dict[str, list[PlanItem]] = {case.id: [] for case in cases}
    versions_of: dict[str, list[PlanVersion]] = {case.id: [] for case in cases}
    for event in events:
        events_of[event.case_id].append(event)
    for assessment in assessments:
        assessments_of[assessment.case_id or ""].append(assessment)
    for link in links:
        links_of[link.case_id].append(link)
    for item in plans:
        plans_of[item.case_id].append(item)
    for version in versions:
        versions_of[version.case_id].append(version)
    for case in cases:
        result = pseudonymise_case(
            case,
            events_of[case.id],
            assessments_of[case.id],
            links=links_of[case.id],
            plans=plans_of[case.id],
            plan_versions=versions_of[case.id],
        )
        out_cases.append(result.case)
        out_events.extend(result.events)
        out_assessments.extend(result.assessments)
        out_links.extend(result.links)
        out_plans.extend(result.plans)
        out_versions.extend(result.plan_versions)
        review.extend(
            ReviewItem(record=ReviewRecord(flag.record), id=flag.id, field=flag.field)
            for flag in result.to_review
        )
    return out_cases, out_events, out_assessments, out_links, out_plans, out_versions, review
