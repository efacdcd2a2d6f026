"""The plaintext inside a bundle: a versioned JSON document of cases, events, assessments and
(from version 2) the "may explain" links between events and the cases' plans.

    {"format": "rondom-bundle", "version": 2,
     "manifest": {created_at, created_by, case_ids, counts, pseudonymised, sha256, review},
     "cases": [...], "events": [...], "assessments": [...], "links": [...],
     "plans": [...], "plan_versions": [...]}

Version 1 (no `links`, `plans` or `plan_versions`, the checksum over three arrays) is still
read: its cases have no links and no plans.

docs/FORMAT.md (Case bundles) is the specification. The decoder reads untrusted bytes straight into
typed models, one step at a time so the user hears the most useful reason: not a rondom
bundle, another version, a field of the wrong type (by path), a checksum that does not match,
a manifest that does not describe the content, records that point at cases not in the bundle.

The checksum is SHA-256 over the exact bytes of the arrays as they stand in the document
(three in version 1, six in version 2), joined by a newline: no canonicalisation to get
wrong, and any writer can compute it from what it writes. age already authenticates the
whole file; the checksum binds the manifest to the content it describes.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, TypeVar

import msgspec

from rondom_tui.bundle.age_format import MAX_BUNDLE_BYTES
from rondom_tui.bundle.errors import BundleInvalid
from rondom_tui.domain.codec import (
    Checked,
    DocumentInvalid,
    json_decode_as,
    json_decode_checked,
    json_encode,
)
from rondom_tui.domain.errors import ValidationError
from rondom_tui.domain.links import Link, check_link
from rondom_tui.domain.models import Assessment, Case, Event, Model, ShortText, utc_now
from rondom_tui.domain.plan.models import PlanItem, PlanVersion

T = TypeVar("T")
M = TypeVar("M", bound=msgspec.Struct)

FORMAT_TAG = "rondom-bundle"
VERSION = 2
"""Written; version 1 (before links and plans) is read as well (`READABLE_VERSIONS`)."""
READABLE_VERSIONS = (1, 2)
MAX_CASES = 10_000
MAX_EVENTS = 500_000
MAX_ASSESSMENTS = 100_000
MAX_LINKS = 500_000
MAX_REVIEW_ITEMS = 1_000_000
MAX_PLANS = 100_000
MAX_PLAN_VERSIONS = 100_000

RECORD_ID_PATTERN = r"\A[A-Za-z0-9_-]{1,64}\Z"
"""Ids become document keys in the receiving store: short and plain only."""
_RECORD_ID = re.compile(RECORD_ID_PATTERN)

BundleId = Annotated[str, msgspec.Meta(pattern=RECORD_ID_PATTERN)]
CaseList = Annotated[list[Case], msgspec.Meta(max_length=MAX_CASES)]
EventList = Annotated[list[Event], msgspec.Meta(max_length=MAX_EVENTS)]
AssessmentList = Annotated[list[Assessment], msgspec.Meta(max_length=MAX_ASSESSMENTS)]
LinkList = Annotated[list[Link], msgspec.Meta(max_length=MAX_LINKS)]
PlanList = Annotated[list[PlanItem], msgspec.Meta(max_length=MAX_PLANS)]
PlanVersionList = Annotated[list[PlanVersion], msgspec.Meta(max_length=MAX_PLAN_VERSIONS)]


class Counts(Model, kw_only=True):
    """How many records of each kind the bundle holds."""

    cases: Annotated[int, msgspec.Meta(ge=0, le=MAX_CASES)]
    events: Annotated[int, msgspec.Meta(ge=0, le=MAX_EVENTS)]
    assessments: Annotated[int, msgspec.Meta(ge=0, le=MAX_ASSESSMENTS)]
    links: Annotated[int, msgspec.Meta(ge=0, le=MAX_LINKS)] = 0
    """Version 2; absent (0) in version 1, like the two below."""
    plans: Annotated[int, msgspec.Meta(ge=0, le=MAX_PLANS)] = 0
    plan_versions: Annotated[int, msgspec.Meta(ge=0, le=MAX_PLAN_VERSIONS)] = 0


class ReviewRecord(StrEnum):
    CASE = "case"
    EVENT = "event"
    ASSESSMENT = "assessment"
    LINK = "link"
    PLAN = "plan"
    PLAN_VERSION = "plan_version"


class ReviewItem(Model, kw_only=True):
    """A free-text field of a pseudonymised bundle that a person must read before use."""

    record: ReviewRecord
    id: BundleId
    field: ShortText
    """Path inside the record, e.g. ``question``, ``goals[0].text``, ``actions[1].owner``."""


class Manifest(Model, kw_only=True):
    """What the bundle holds, who made it and when."""

    created_at: datetime
    created_by: ShortText
    """The OS user who exported it."""
    case_ids: Annotated[list[BundleId], msgspec.Meta(max_length=MAX_CASES)]
    counts: Counts
    pseudonymised: bool
    sha256: Annotated[str, msgspec.Meta(pattern=r"\A[0-9a-f]{64}\Z")]
    review: Annotated[list[ReviewItem], msgspec.Meta(max_length=MAX_REVIEW_ITEMS)] = msgspec.field(
        default_factory=list
    )


@dataclass(frozen=True, slots=True)
class CheckedRecords:
    """The records of a decoded bundle, each vouched for by its decoding (`codec.Checked`):
    the import writes them without checking them a second time. The same model objects as
    the `Bundle`'s lists."""

    cases: list[Checked[Case]]
    events: list[Checked[Event]]
    assessments: list[Checked[Assessment]]
    links: list[Checked[Link]]
    plans: list[Checked[PlanItem]]
    plan_versions: list[Checked[PlanVersion]]

    def __repr__(self) -> str:  # counts only, never content
        return f"CheckedRecords(cases={len(self.cases)}, events={len(self.events)})"


class Bundle(Model, kw_only=True):
    """A decoded, validated bundle."""

    manifest: Manifest
    cases: list[Case]
    events: list[Event]
    assessments: list[Assessment]
    links: list[Link] = msgspec.field(default_factory=list)
    plans: list[PlanItem] = msgspec.field(default_factory=list)
    plan_versions: list[PlanVersion] = msgspec.field(default_factory=list)
    version: int = VERSION
    """The version it was read as (1: made before links and plans)."""
    checked: CheckedRecords | None = None
    """The records as `decode_bundle` checked them; None for a bundle made otherwise, whose
    records the import checks itself."""


class _DocumentV1(msgspec.Struct, forbid_unknown_fields=True):
    """Version 1's top level, with the parts kept as raw JSON (for the checksum and exact
    paths): no links, no plans."""

    format: str
    version: int
    manifest: msgspec.Raw
    cases: msgspec.Raw
    events: msgspec.Raw
    assessments: msgspec.Raw


class _Document(_DocumentV1, forbid_unknown_fields=True):
    """The top level of version 2: the links and the plans after the assessments."""

    links: msgspec.Raw
    plans: msgspec.Raw
    plan_versions: msgspec.Raw


class _Probe(msgspec.Struct):
    """Just enough to tell "not a rondom bundle" and "another version" apart."""

    format: Any = None
    version: Any = None


def content_sha256(*arrays: bytes) -> str:
    """The manifest checksum: SHA-256 of the raw JSON arrays (cases, events, assessments and,
    in version 2, links, plans and plan versions) joined by LF, hex."""
    return hashlib.sha256(b"\n".join(bytes(array) for array in arrays)).hexdigest()


def encode_bundle(
    cases: list[Case],
    events: list[Event],
    assessments: list[Assessment],
    *,
    created_by: str,
    created_at: datetime | None = None,
    pseudonymised: bool = False,
    review: list[ReviewItem] | None = None,
    links: list[Link] | None = None,
    plans: list[PlanItem] | None = None,
    plan_versions: list[PlanVersion] | None = None,
) -> bytes:
    """The plaintext JSON of a bundle (UTF-8, compact), version 2."""
    links = list(links or [])
    cases_json = json_encode(cases)
    events_json = json_encode(events)
    assessments_json = json_encode(assessments)
    links_json = json_encode(links)
    plans, plan_versions = list(plans or []), list(plan_versions or [])
    plans_json, versions_json = json_encode(plans), json_encode(plan_versions)
    counts = Counts(
        cases=len(cases),
        events=len(events),
        assessments=len(assessments),
        links=len(links),
        plans=len(plans),
        plan_versions=len(plan_versions),
    )
    manifest = Manifest(
        created_at=created_at or utc_now(),
        created_by=created_by[:200],
        case_ids=[case.id for case in cases],
        counts=counts,
        pseudonymised=pseudonymised,
        sha256=content_sha256(
            cases_json, events_json, assessments_json, links_json, plans_json, versions_json
        ),
        review=list(review or []),
    )
    document = _Document(
        format=FORMAT_TAG,
        version=VERSION,
        manifest=msgspec.Raw(json_encode(manifest)),
        cases=msgspec.Raw(cases_json),
        events=msgspec.Raw(events_json),
        assessments=msgspec.Raw(assessments_json),
        links=msgspec.Raw(links_json),
        plans=msgspec.Raw(plans_json),
        plan_versions=msgspec.Raw(versions_json),
    )
    return json_encode(document)


def decode_bundle(plaintext: bytes) -> Bundle:
    """Validate decrypted bytes into a `Bundle`; raises `BundleInvalid` and nothing else."""
    if len(plaintext) > MAX_BUNDLE_BYTES:
        raise BundleInvalid("bundle.invalid.too_large", limit_mib=MAX_BUNDLE_BYTES >> 20)
    version = _check_kind(plaintext)
    document: _Document | _DocumentV1 = (
        _part(plaintext, _Document, "") if version >= 2 else _part(plaintext, _DocumentV1, "")
    )
    manifest = _part(document.manifest, Manifest, ".manifest")
    checked = CheckedRecords(
        cases=_records(document.cases, CaseList, ".cases"),
        events=_records(document.events, EventList, ".events"),
        assessments=_records(document.assessments, AssessmentList, ".assessments"),
        links=[],
        plans=[],
        plan_versions=[],
    )
    arrays = [document.cases, document.events, document.assessments]
    if isinstance(document, _Document):
        checked.links.extend(_records(document.links, LinkList, ".links"))
        checked.plans.extend(_records(document.plans, PlanList, ".plans"))
        checked.plan_versions.extend(
            _records(document.plan_versions, PlanVersionList, ".plan_versions")
        )
        arrays += [document.links, document.plans, document.plan_versions]
    if content_sha256(*arrays) != manifest.sha256:
        raise BundleInvalid("bundle.invalid.checksum")
    bundle = Bundle(
        manifest=manifest,
        cases=_models(checked.cases),
        events=_models(checked.events),
        assessments=_models(checked.assessments),
        links=_models(checked.links),
        plans=_models(checked.plans),
        plan_versions=_models(checked.plan_versions),
        version=version,
        checked=checked,
    )
    check_consistency(bundle)
    return bundle


def check_consistency(bundle: Bundle) -> None:
    """The manifest describes the content; ids are plain and unique; every event and
    assessment belongs to a case in the bundle; no event ends before it starts."""
    manifest = bundle.manifest
    if not bundle.cases:
        raise BundleInvalid("bundle.invalid.no_cases")
    counts = (
        len(bundle.cases),
        len(bundle.events),
        len(bundle.assessments),
        len(bundle.links),
        len(bundle.plans),
        len(bundle.plan_versions),
    )
    told = manifest.counts
    if counts != (
        told.cases,
        told.events,
        told.assessments,
        told.links,
        told.plans,
        told.plan_versions,
    ):
        raise BundleInvalid("bundle.invalid.counts")
    case_ids = _unique_ids("$.cases", [case.id for case in bundle.cases])
    if manifest.case_ids != [case.id for case in bundle.cases]:
        raise BundleInvalid("bundle.invalid.case_ids")
    event_ids = _unique_ids("$.events", [event.id for event in bundle.events])
    assessment_ids = _unique_ids("$.assessments", [item.id for item in bundle.assessments])
    for index, event in enumerate(bundle.events):
        if event.case_id not in case_ids:
            raise BundleInvalid("bundle.invalid.orphan", path=f"$.events[{index}].case_id")
        if event.period_problem() is not None:  # the event form's rule, for received events too
            raise BundleInvalid("bundle.invalid.period", path=f"$.events[{index}].end")
    for index, assessment in enumerate(bundle.assessments):
        if assessment.case_id not in case_ids:
            raise BundleInvalid("bundle.invalid.orphan", path=f"$.assessments[{index}].case_id")
    link_ids = _check_links(bundle, case_ids)
    plan_ids, version_ids = _check_plans(bundle, case_ids)
    known = {
        ReviewRecord.CASE: case_ids,
        ReviewRecord.EVENT: event_ids,
        ReviewRecord.ASSESSMENT: assessment_ids,
        ReviewRecord.LINK: link_ids,
        ReviewRecord.PLAN: plan_ids,
        ReviewRecord.PLAN_VERSION: version_ids,
    }
    for index, item in enumerate(manifest.review):
        if item.id not in known[item.record]:
            raise BundleInvalid("bundle.invalid.orphan", path=f"$.manifest.review[{index}].id")


def _check_links(bundle: Bundle, case_ids: set[str]) -> set[str]:
    """Every link belongs to a case in the bundle, names only that case's events, and keeps
    the rules of `domain.links` (none to itself, none going round): a received link is held
    to what the link form allows."""
    link_ids = _unique_ids("$.links", [link.id for link in bundle.links])
    events_of: dict[str, list[str]] = {}
    for event in bundle.events:
        events_of.setdefault(event.case_id, []).append(event.id)
    checked: dict[str, list[Link]] = {}
    for index, link in enumerate(bundle.links):
        if link.case_id not in case_ids:
            raise BundleInvalid("bundle.invalid.orphan", path=f"$.links[{index}].case_id")
        others = checked.setdefault(link.case_id, [])
        try:
            check_link(link, others, events_of.get(link.case_id, []))
        except ValidationError:
            raise BundleInvalid("bundle.invalid.link", path=f"$.links[{index}]") from None
        others.append(link)
    return link_ids


def _check_plans(bundle: Bundle, case_ids: set[str]) -> tuple[set[str], set[str]]:
    """Every plan item and saved plan version belongs to a case in the bundle, and no item's
    period ends before it starts (the plan form's rule)."""
    plan_ids = _unique_ids("$.plans", [item.id for item in bundle.plans])
    for index, planned in enumerate(bundle.plans):
        if planned.case_id not in case_ids:
            raise BundleInvalid("bundle.invalid.orphan", path=f"$.plans[{index}].case_id")
        if planned.period_problem() is not None:
            raise BundleInvalid("bundle.invalid.period", path=f"$.plans[{index}].until")
    version_ids = _unique_ids("$.plan_versions", [v.id for v in bundle.plan_versions])
    for index, version in enumerate(bundle.plan_versions):
        if version.case_id not in case_ids:
            raise BundleInvalid("bundle.invalid.orphan", path=f"$.plan_versions[{index}].case_id")
    return plan_ids, version_ids


def _check_kind(plaintext: bytes) -> int:
    try:
        probe = msgspec.json.decode(plaintext, type=_Probe)
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
        raise BundleInvalid("bundle.invalid.not_bundle") from None
    if probe.format != FORMAT_TAG:
        raise BundleInvalid("bundle.invalid.not_bundle")
    version = probe.version
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        if isinstance(version, int) and not isinstance(version, bool) and abs(version) < 10**6:
            raise BundleInvalid("bundle.invalid.version", version=version, supported=VERSION)
        raise BundleInvalid("bundle.invalid.field", path="$.version")
    return int(version)


def _part(data: bytes, model: type[T], prefix: str) -> T:
    """Decode one part; a wrong field is reported by its path in the whole document."""
    with _paths_from(prefix):
        return json_decode_as(bytes(data), model)


def _records(data: bytes, model: type[list[M]], prefix: str) -> list[Checked[M]]:
    """Decode one array of records (the full check of each) as `_part` decodes a part."""
    with _paths_from(prefix):
        return json_decode_checked(bytes(data), model)


@contextmanager
def _paths_from(prefix: str) -> Iterator[None]:
    """`DocumentInvalid` inside becomes `BundleInvalid` naming the path in the whole document."""
    try:
        yield
    except DocumentInvalid as exc:
        path = str(exc.params.get("path", "$"))
        raise BundleInvalid("bundle.invalid.field", path="$" + prefix + path[1:]) from None


def _models(records: list[Checked[M]]) -> list[M]:
    return [record.model for record in records]


def _unique_ids(where: str, ids: list[str]) -> set[str]:
    seen: set[str] = set()
    for index, ident in enumerate(ids):
        if not _RECORD_ID.match(ident):
            raise BundleInvalid("bundle.invalid.field", path=f"{where}[{index}].id")
        if ident in seen:
            raise BundleInvalid("bundle.invalid.duplicate_id", path=f"{where}[{index}].id")
        seen.add(ident)
    return seen
