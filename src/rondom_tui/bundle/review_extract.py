"""Review extracts: a school's review figures, age-encrypted, for a coordinator across schools.

An extract holds only counts per school: no case, no id, no code, no name, no free text from a
case, no date finer than a month, and every figure on fewer than 5 cases as ``<5``
(`domain.review.suppression.shareable`). The format is documented in docs/FORMAT.md ("Review
extracts"); reading one checks it as strictly as a bundle: unknown fields, unknown figures, a
figure on fewer than 5 cases that was not withheld, numbers that cannot be are all refused, and
the errors name a field path, never a value. Encryption is the bundles' (`crypto`, `keys`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date
from typing import Annotated, Any, Literal

import msgspec

from rondom_tui.bundle.crypto import decrypt, encrypt
from rondom_tui.bundle.errors import BundleInvalid
from rondom_tui.bundle.keys import Identity, RecipientKey, parse_recipient, store_identity
from rondom_tui.domain.codec import DocumentInvalid, json_decode_as, json_encode
from rondom_tui.domain.demo.caseload import OTHER_SCHOOLS, caseload
from rondom_tui.domain.errors import RondomError
from rondom_tui.domain.models import AuditAction, ShortText
from rondom_tui.domain.review import cells as ids
from rondom_tui.domain.review.cells import Count, Figures, Score, Waits
from rondom_tui.domain.review.extracts import Extract, as_extract
from rondom_tui.domain.review.facts import Caseload, caseload_of
from rondom_tui.domain.review.figures import Overview, overview
from rondom_tui.domain.review.models import MonthText, SelectionRecord
from rondom_tui.domain.review.months import Month
from rondom_tui.domain.review.selection import Selection
from rondom_tui.domain.review.suppression import THRESHOLD, WITHHELD
from rondom_tui.store.repository import Store

FORMAT_TAG = "rondom-review-extract"
VERSION = 1
MAX_EXTRACT_BYTES = 16 << 20
MAX_UNITS = 1_000
MAX_WEEKS = 5_200
"""A hundred years of waiting: anything longer is not a wait but a mistake."""

Number = Annotated[int, msgspec.Meta(ge=0, le=10**9)]
Withheld = Literal["<5"]


class _Wait(msgspec.Struct, forbid_unknown_fields=True):
    weeks: Annotated[list[tuple[Number, Number]], msgspec.Meta(max_length=MAX_WEEKS + 1)]
    cases: Number


class _Score(msgspec.Struct, forbid_unknown_fields=True):
    hundredths: Number
    cases: Number


class _Unit(msgspec.Struct, forbid_unknown_fields=True):
    school: ShortText
    counts: dict[str, Withheld | tuple[Number, Number]]
    waits: dict[str, Withheld | _Wait]
    scores: dict[str, Withheld | _Score]


class _Document(msgspec.Struct, forbid_unknown_fields=True):
    format: str
    version: int
    made_in: MonthText
    source: Annotated[str, msgspec.Meta(pattern="^[0-9a-f]{16}$")]
    threshold: int
    selection: SelectionRecord
    units: Annotated[list[_Unit], msgspec.Meta(max_length=MAX_UNITS)]


class _Probe(msgspec.Struct):
    format: Any = None
    version: Any = None


def source_tag(store_id: str) -> str:
    """The tag a store puts on its extracts: the same for all of them (so two that share
    a school are caught), yet not the store's id."""
    return hashlib.sha256(f"rondom review source:{store_id}".encode()).hexdigest()[:16]


# -- writing --------------------------------------------------------------------------------


def _unit(school: str, figures: Figures) -> _Unit:
    def hidden(cell: Count | Waits | Score) -> bool:
        return cell.hidden > 0

    return _Unit(
        school=school,
        counts={
            i: WITHHELD if hidden(c) else (c.count, c.cases)
            for i, c in sorted(figures.counts.items())
        },
        waits={
            i: WITHHELD if hidden(w) else _Wait(weeks=list(w.weeks), cases=w.cases)
            for i, w in sorted(figures.waits.items())
        },
        scores={
            i: WITHHELD if hidden(s) else _Score(hundredths=s.hundredths, cases=s.cases)
            for i, s in sorted(figures.scores.items())
        },
    )


def encode_extract(extract: Extract) -> bytes:
    """The plaintext JSON of an extract whose figures are shareable already."""
    return json_encode(
        _Document(
            format=FORMAT_TAG,
            version=VERSION,
            made_in=extract.made_in.iso(),
            source=extract.source,
            threshold=THRESHOLD,
            selection=SelectionRecord.of(extract.selection),
            units=[_unit(school, figures) for school, figures in sorted(extract.units.items())],
        )
    )


def extract_of(caseload: Caseload, selection: Selection, today: date, source: str) -> Extract:
    """The extract of a caseload's review (every school's figures made shareable)."""
    return as_extract(overview(caseload, selection, today), source)


def store_source(store: Store) -> str:
    """The tag of this store's extracts."""
    return source_tag(str(store.meta()["store_id"]))


def write_extract(
    store: Store,
    selection: Selection,
    *,
    recipients: Sequence[RecipientKey],
    today: date,
    armor: bool = False,
) -> tuple[bytes, Overview]:
    """The store's review as an encrypted extract, and the review it was made of (for the
    one who made it); audited as an export (no case named: none is in it)."""
    made = overview(store.reviews.caseload(), selection, today)
    data = encrypt(
        encode_extract(as_extract(made, store_source(store))), recipients=recipients, armor=armor
    )
    store.audit.record(AuditAction.EXPORT, detail="review-extract")
    return data, made


def demo_extract(store: Store, today: date) -> bytes:
    """The demo's second extract: a fictional other municipality's three schools, encrypted to
    the demo store's own key, so a review in the demo can merge it."""
    cases, events, assessments = caseload(
        30, today=today, seed=31, schools=OTHER_SCHOOLS, first=500
    )
    extract = extract_of(
        caseload_of(cases, events, assessments), Selection(), today, source_tag("demo zuidwijk")
    )
    recipient = parse_recipient(str(store_identity(store).to_public()))
    return encrypt(encode_extract(extract), recipients=[recipient])


# -- reading --------------------------------------------------------------------------------


def _invalid(path: str) -> BundleInvalid:
    return BundleInvalid("review.extract.invalid.field", path=path)


def _count(ident: str, value: Withheld | tuple[int, int], path: str) -> Count:
    if isinstance(value, str):
        return Count(hidden=1)
    count, cases = value
    if cases < THRESHOLD or count < cases or (ident == ids.CASES and count != cases):
        raise BundleInvalid("review.extract.invalid.small", path=path)
    return Count(count, cases)


def _wait(value: Withheld | _Wait, path: str) -> Waits:
    if isinstance(value, str):
        return Waits(hidden=1)
    weeks = [w for w, _ in value.weeks]
    if weeks != sorted(set(weeks)) or any(w > MAX_WEEKS for w in weeks):
        raise _invalid(path + ".weeks")
    if any(number < 1 for _, number in value.weeks):
        raise _invalid(path + ".weeks")
    waits = Waits(tuple((w, n) for w, n in value.weeks), value.cases)
    if value.cases < THRESHOLD or waits.count < value.cases:
        raise BundleInvalid("review.extract.invalid.small", path=path)
    return waits


def _score(value: Withheld | _Score, path: str) -> Score:
    if isinstance(value, str):
        return Score(hidden=1)
    if value.cases < THRESHOLD:
        raise BundleInvalid("review.extract.invalid.small", path=path)
    if not 100 * value.cases <= value.hundredths <= 500 * value.cases:
        raise _invalid(path + ".hundredths")
    return Score(value.hundredths, value.cases)


def _figures(unit: _Unit, where: str) -> Figures:
    counts, waits, scores = {}, {}, {}
    for ident, count in unit.counts.items():
        if ident not in ids.COUNT_IDS:
            raise BundleInvalid("review.extract.invalid.figure", path=f"{where}.counts")
        counts[ident] = _count(ident, count, f"{where}.counts.{ident}")
    for ident, wait in unit.waits.items():
        if ident not in ids.WAIT_IDS:
            raise BundleInvalid("review.extract.invalid.figure", path=f"{where}.waits")
        waits[ident] = _wait(wait, f"{where}.waits.{ident}")
    for ident, score in unit.scores.items():
        if not ids.is_score_id(ident):
            raise BundleInvalid("review.extract.invalid.figure", path=f"{where}.scores")
        scores[ident] = _score(score, f"{where}.scores.{ident}")
    return Figures(counts, waits, scores)


def _check_kind(plaintext: bytes) -> None:
    try:
        probe = msgspec.json.decode(plaintext, type=_Probe)
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
        raise BundleInvalid("review.extract.invalid.not_extract") from None
    if probe.format == "rondom-bundle":
        raise BundleInvalid("review.extract.invalid.is_bundle")
    if probe.format != FORMAT_TAG:
        raise BundleInvalid("review.extract.invalid.not_extract")
    if probe.version != VERSION or isinstance(probe.version, bool):
        version = probe.version
        if isinstance(version, int) and not isinstance(version, bool) and abs(version) < 10**6:
            raise BundleInvalid(
                "review.extract.invalid.version", version=version, supported=VERSION
            )
        raise _invalid("$.version")


def decode_extract(plaintext: bytes) -> Extract:
    """Validate decrypted bytes into an `Extract`; raises `BundleInvalid` and nothing else."""
    if len(plaintext) > MAX_EXTRACT_BYTES:
        raise BundleInvalid("review.extract.invalid.too_large")
    _check_kind(plaintext)
    try:
        document = json_decode_as(plaintext, _Document)
    except DocumentInvalid as exc:
        raise _invalid(str(exc.params.get("path", "$"))) from None
    if document.threshold != THRESHOLD:
        raise BundleInvalid("review.extract.invalid.threshold", threshold=THRESHOLD)
    try:
        selection = document.selection.selection()
    except RondomError:  # a period that ends before it begins
        raise _invalid("$.selection") from None
    units: dict[str, Figures] = {}
    for index, unit in enumerate(document.units):
        if unit.school in units:
            raise _invalid(f"$.units[{index}].school")
        units[unit.school] = _figures(unit, f"$.units[{index}]")
    return Extract(Month.parse(document.made_in), document.source, selection, units)


def open_extract(store: Store, data: bytes, *, identities: Sequence[Identity] = ()) -> Extract:
    """Decrypt an extract in memory with the store's own key (and any given) and check it."""
    if len(data) > MAX_EXTRACT_BYTES:
        raise BundleInvalid("review.extract.invalid.too_large")
    return decode_extract(decrypt(data, identities=[store_identity(store), *identities]))
