"""Importing a bundle: decrypt in memory, validate, preview, then merge in one atomic save.

Conflicts are resolved by case id, with one policy for the whole import:

- ``skip``: a case that already exists stays as it is; the bundle's version is ignored.
- ``replace``: the stored case, its events, assessments and links are replaced by the bundle's.
- ``keep-both``: the bundle's case is added as a copy with new ids (case, events, assessments,
  links; a link names its events by their new ids) and a fresh code.

A pseudonymised bundle (made for a case review: names and contacts removed) never overwrites
or merges into a case: ``replace`` is refused when one of its cases is in the store already
(`PseudonymisedReplace`, naming the stored cases by code; nothing changes), ``skip`` leaves
the stored case exactly as it is, and every case it adds, new or as a copy, carries the tag
`PSEUDONYMISED_TAG`, which the case list shows.

Cases that do not exist yet are added. The plan is worked out first, from the ids and codes
the store has in use (`store.ids_in_use()`), without writing; a dry run returns it as is.
Otherwise it goes to the store as one `ImportBatch` of models (`store.import_cases`): every
table written once, with an IMPORT audit entry per case, in one save, so an error anywhere
leaves the store file and memory exactly as they were. This module knows no TinyDB.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from rondom_tui.bundle import crypto
from rondom_tui.bundle.errors import BundleError
from rondom_tui.bundle.format import Bundle, CheckedRecords, decode_bundle
from rondom_tui.bundle.keys import Identity, store_identity
from rondom_tui.bundle.renaming import answering, grouped, moved, renamed_link
from rondom_tui.domain.codec import Checked, check
from rondom_tui.domain.links import Link
from rondom_tui.domain.models import Assessment, Case, Event, new_id, utc_now
from rondom_tui.domain.plan.models import PlanItem, PlanVersion
from rondom_tui.store.cases import PSEUDONYMISED_TAG, new_case_code, normal_code
from rondom_tui.store.imports import IdsInUse, ImportBatch
from rondom_tui.store.repository import Store


class ConflictPolicy(StrEnum):
    """What to do with a bundled case whose id is already in the store."""

    SKIP = "skip"
    REPLACE = "replace"
    KEEP_BOTH = "keep-both"


class PseudonymisedReplace(BundleError):
    """`replace` with a pseudonymised bundle whose cases are in the store: refused, since the
    stored cases would lose their names, contacts and birth dates."""

    message_id = "bundle.import.pseudonymised_replace"


class Outcome(StrEnum):
    """What happened (or, in a dry run, would happen) to one bundled case."""

    ADDED = "added"
    REPLACED = "replaced"
    COPIED = "copied"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class CasePreview:
    """One bundled case as the preview shows it: by code, never by name."""

    id: str
    code: str
    events: int
    assessments: int
    exists: bool
    """A case with this id is already in the store."""
    existing_code: str | None
    links: int = 0
    """Explanations ("may explain" links) between its events."""
    plan_items: int = 0


@dataclass(frozen=True, slots=True)
class BundlePreview:
    """What a bundle holds and where it clashes with the store."""

    created_at: datetime
    created_by: str
    pseudonymised: bool
    cases: tuple[CasePreview, ...]
    events: int
    assessments: int
    to_review: int
    """Free-text fields the pseudonymised bundle flags for manual review."""
    links: int = 0
    plan_items: int = 0

    @property
    def conflicts(self) -> tuple[CasePreview, ...]:
        return tuple(case for case in self.cases if case.exists)

    @property
    def policies(self) -> tuple[ConflictPolicy, ...]:
        """The conflict policies this bundle may be imported with: not `replace` when it is
        pseudonymised and one of its cases is in the store."""
        if self.pseudonymised and self.conflicts:
            return (ConflictPolicy.SKIP, ConflictPolicy.KEEP_BOTH)
        return tuple(ConflictPolicy)


@dataclass(frozen=True, slots=True)
class CaseOutcome:
    """The result for one bundled case."""

    source_id: str
    """The case id in the bundle."""
    stored_id: str | None
    """The case id in the store afterwards (None when skipped)."""
    code: str
    outcome: Outcome
    events: int
    assessments: int


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did, or would do in a dry run."""

    dry_run: bool
    policy: ConflictPolicy
    cases: tuple[CaseOutcome, ...]

    def count(self, outcome: Outcome) -> int:
        return sum(1 for case in self.cases if case.outcome is outcome)


def open_bundle(
    data: bytes, *, identities: Sequence[Identity] = (), passphrase: str | None = None
) -> Bundle:
    """Decrypt (in memory) and validate a bundle; raises `BundleInvalid`."""
    return decode_bundle(crypto.decrypt(data, identities=identities, passphrase=passphrase))


def open_bundle_for_store(
    store: Store,
    data: bytes,
    *,
    identities: Sequence[Identity] = (),
    passphrase: str | None = None,
) -> Bundle:
    """Open a bundle with the store's own identity, plus any given (`--identity FILE`)."""
    return open_bundle(data, identities=[store_identity(store), *identities], passphrase=passphrase)


def preview_bundle(store: Store, bundle: Bundle) -> BundlePreview:
    """Cases by code with their counts, who made the bundle and when, and the conflicts."""
    existing = store.cases.codes()  # under the store's lock: a preview may run in a worker
    events = Counter(event.case_id for event in bundle.events)
    assessments = Counter(item.case_id or "" for item in bundle.assessments)
    links = Counter(link.case_id for link in bundle.links)
    plan_items = Counter(item.case_id for item in bundle.plans)
    cases = tuple(
        CasePreview(
            id=case.id,
            code=case.code,
            events=events[case.id],
            assessments=assessments[case.id],
            exists=case.id in existing,
            existing_code=existing.get(case.id),
            links=links[case.id],
            plan_items=plan_items[case.id],
        )
        for case in bundle.cases
    )
    manifest = bundle.manifest
    return BundlePreview(
        created_at=manifest.created_at,
        created_by=manifest.created_by,
        pseudonymised=manifest.pseudonymised,
        cases=cases,
        events=len(bundle.events),
        assessments=len(bundle.assessments),
        to_review=len(manifest.review),
        links=len(bundle.links),
        plan_items=len(bundle.plans),
    )


def import_bundle(
    store: Store,
    bundle: Bundle,
    *,
    policy: ConflictPolicy = ConflictPolicy.SKIP,
    dry_run: bool = False,
) -> ImportResult:
    """Merge a validated bundle into the store (see the module docstring for the policies).

    The bundle itself is not changed, so the same bundle can be dry-run first and imported
    after.
    """
    policy = ConflictPolicy(policy)
    with store.reading():  # nothing changes the store between the plan and its writing
        plan = _Plan.make(store.ids_in_use(), bundle, policy)
        if not dry_run:
            store.import_cases(plan.batch(pseudonymised=bundle.manifest.pseudonymised))
    return ImportResult(dry_run=dry_run, policy=policy, cases=plan.outcomes())


# -- the plan ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Step:
    outcome: Outcome
    source_id: str
    case: Checked[Case] | None
    events: list[Checked[Event]] = field(default_factory=list)
    assessments: list[Checked[Assessment]] = field(default_factory=list)
    links: list[Checked[Link]] = field(default_factory=list)
    plans: list[Checked[PlanItem]] = field(default_factory=list)
    plan_versions: list[Checked[PlanVersion]] = field(default_factory=list)


@dataclass(slots=True)
class _Plan:
    policy: ConflictPolicy
    steps: list[_Step]

    @classmethod
    def make(cls, stored: IdsInUse, bundle: Bundle, policy: ConflictPolicy) -> _Plan:
        existing = stored.codes
        pseudonymised = bundle.manifest.pseudonymised
        replaced = (
            {case.id for case in bundle.cases if case.id in existing}
            if policy is ConflictPolicy.REPLACE
            else set()
        )
        if replaced and pseudonymised:
            codes = ", ".join(sorted(existing[case_id] for case_id in replaced))
            raise PseudonymisedReplace(codes=codes)
        # Codes in use after the import (upper case: codes are unique regardless of case):
        # those of cases that stay, plus the ones handed out.
        taken = {normal_code(code) for case_id, code in existing.items() if case_id not in replaced}
        records = _checked_records(bundle)
        events_of = grouped(records.events, lambda e: e.case_id)
        assessments_of = grouped(records.assessments, lambda a: a.case_id or "")
        links_of = grouped(records.links, lambda link: link.case_id)
        plans_of = grouped(records.plans, lambda item: item.case_id)
        versions_of = grouped(records.plan_versions, lambda version: version.case_id)
        steps: list[_Step] = []
        now = utc_now()  # a case that comes in counts as changed now: it sorts as new
        for checked in records.cases:
            source = checked.model
            exists = source.id in existing
            if exists and policy is ConflictPolicy.SKIP:
                steps.append(_Step(Outcome.SKIPPED, source.id, None))
                continue
            copy = exists and policy is ConflictPolicy.KEEP_BOTH
            case_id = new_id() if copy else source.id
            code = normal_code(source.code)
            if copy or not code or code in taken:
                code = normal_code(existing.get(case_id, "")) if exists and not copy else ""
                if not code or code in taken:
                    code = new_case_code(taken)
            taken.add(code)
            tags = source.tags
            if pseudonymised and PSEUDONYMISED_TAG not in tags:
                tags = [*tags, PSEUDONYMISED_TAG]
            replacing = case_id if exists and not copy else None
            revision = source.revision
            if replacing:
                revision = max(revision, stored.revisions.get(case_id, 0)) + 1
            case = checked.replaced(
                id=case_id, code=code, updated_at=now, tags=tags, revision=revision
            )
            # Events and assessments keep their ids unless those belong to another case here.
            source_events = events_of.get(source.id, [])
            events = moved(source_events, stored.event_cases, case_id, copy, replacing)
            assessments = moved(
                assessments_of.get(source.id, []), stored.assessment_cases, case_id, copy, replacing
            )
            renamed = {
                old.model.id: new.model.id for old, new in zip(source_events, events, strict=True)
            }
            source_links = links_of.get(source.id, [])
            links = [
                renamed_link(link, renamed)
                for link in moved(source_links, stored.link_cases, case_id, copy, replacing)
            ]
            # The plan keeps pointing at the events and links it answers, under their ids here.
            renamed_links = {
                old.model.id: new.model.id for old, new in zip(source_links, links, strict=True)
            }
            plans = [
                answering(item, renamed, renamed_links)
                for item in moved(
                    plans_of.get(source.id, []), stored.plan_cases, case_id, copy, replacing
                )
            ]
            versions = moved(
                versions_of.get(source.id, []),
                stored.plan_version_cases,
                case_id,
                copy,
                replacing,
            )
            outcome = Outcome.COPIED if copy else Outcome.REPLACED if exists else Outcome.ADDED
            steps.append(
                _Step(outcome, source.id, case, events, assessments, links, plans, versions)
            )
        return cls(policy=policy, steps=steps)

    def batch(self, *, pseudonymised: bool) -> ImportBatch:
        """What the store writes for this plan: the cases with their records, and an audit
        entry for every bundled case (a skipped one too)."""
        pseudo = "yes" if pseudonymised else "no"
        written = [(step, step.case) for step in self.steps if step.case is not None]
        return ImportBatch(
            cases=[case for _, case in written],
            replacing=frozenset(
                case.model.id for step, case in written if step.outcome is Outcome.REPLACED
            ),
            events=[event for step in self.steps for event in step.events],
            assessments=[item for step in self.steps for item in step.assessments],
            links=[link for step in self.steps for link in step.links],
            plans=[item for step in self.steps for item in step.plans],
            plan_versions=[version for step in self.steps for version in step.plan_versions],
            audit=[
                (
                    step.case.model.id if step.case else step.source_id,
                    f"result={step.outcome};pseudo={pseudo}",
                )
                for step in self.steps
            ],
        )

    def outcomes(self) -> tuple[CaseOutcome, ...]:
        return tuple(
            CaseOutcome(
                source_id=step.source_id,
                stored_id=step.case.model.id if step.case else None,
                code=step.case.model.code if step.case else "",
                outcome=step.outcome,
                events=len(step.events),
                assessments=len(step.assessments),
            )
            for step in self.steps
        )


def _checked_records(bundle: Bundle) -> CheckedRecords:
    """The bundle's records as its decoding checked them, or, for a bundle made otherwise,
    checked here (each in full, as the store would)."""
    if bundle.checked is not None:
        return bundle.checked
    return CheckedRecords(
        cases=[check(case) for case in bundle.cases],
        events=[check(event) for event in bundle.events],
        assessments=[check(item) for item in bundle.assessments],
        links=[check(link) for link in bundle.links],
        plans=[check(item) for item in bundle.plans],
        plan_versions=[check(version) for version in bundle.plan_versions],
    )
