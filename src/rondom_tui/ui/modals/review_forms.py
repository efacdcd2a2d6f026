"""The casusreview's dialogs: the selection, a policy action point, an extract to add and the
board report to write. Each is a `FormModal` that dismisses with a checked value, or None."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from rondom_tui.domain.cases import rules as rules
from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.errors import ValidationError
from rondom_tui.domain.models import CaseStatus
from rondom_tui.domain.review.models import PolicyAction, PolicyStatus
from rondom_tui.domain.review.months import Month
from rondom_tui.domain.review.selection import Selection
from rondom_tui.i18n import t
from rondom_tui.report.csv_dialect import DEFAULT_CSV_DIALECT, CsvDialect
from rondom_tui.store.export_file import export_path
from rondom_tui.ui.modals.assessment_export import (
    ExportChoice,
    ExportFormat,
    ExportModal,
    build_choice,
)
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.widgets.form_fields import (
    FieldSpec,
    seven_key_choices,
    worded_choices,
)

ALL = ""
"""The select value for "every school", "every status"."""
OWNER_SUGGESTIONS = (
    "review.owner.board",
    "review.owner.municipality",
    "review.owner.directors",
    "role.ib",
    "review.owner.youth_care",
    "review.owner.team",
)


def _month(raw: str, name: str, errors: FieldErrors) -> Month | None:
    if not raw.strip():
        return None
    try:
        return Month.parse(raw)
    except ValidationError as exc:
        errors.add(name, exc.message_id)
        return None


# -- the selection ------------------------------------------------------------------------


def selection_modal(
    current: Selection, schools: Sequence[str], tags: Sequence[str]
) -> FormModal[Selection]:
    specs = [
        # One list mixes our words and the schools' own labels: translated here, once.
        FieldSpec(
            "school",
            "review.select.school",
            kind="select",
            options=((t("review.selection.all"), ALL), *((s, s) for s in schools)),
            translate_options=False,
        ),
        FieldSpec("since", "review.select.since", placeholder="review.select.month_hint"),
        FieldSpec("until", "review.select.until", placeholder="review.select.month_hint"),
        FieldSpec(
            "status",
            "review.select.status",
            kind="select",
            options=(
                ("review.selection.all", ALL),
                *worded_choices("status", CaseStatus),
            ),
        ),
        FieldSpec("tag", "review.select.tag", placeholder="review.select.tag_hint"),
    ]
    values = {
        "school": next(iter(sorted(current.schools)), ALL) if current.schools else ALL,
        "since": current.since.iso() if current.since else "",
        "until": current.until.iso() if current.until else "",
        "status": current.status.value if current.status else ALL,
        "tag": next(iter(sorted(current.tags)), ""),
    }
    if values["school"] not in schools:
        values["school"] = ALL

    def build(raw: dict[str, Any], errors: FieldErrors) -> Selection:
        since = _month(raw["since"], "since", errors)
        until = _month(raw["until"], "until", errors)
        if since and until and since > until:
            errors.add("until", "review.selection.backwards")
        tag = rules.text(raw["tag"], "tag", errors)
        if errors:
            return current
        return Selection(
            schools=frozenset([raw["school"]]) if raw["school"] else frozenset(),
            since=since,
            until=until,
            status=CaseStatus(raw["status"]) if raw["status"] else None,
            tags=frozenset([tag]) if tag else frozenset(),
        )

    return FormModal(t("review.select.title"), specs, values, build)


# -- a policy action point ------------------------------------------------------------------

POLICY_FIELDS = [
    FieldSpec("bottleneck", "review.policy.col.bottleneck", kind="textarea"),
    FieldSpec("action", "review.policy.col.action", kind="textarea"),
    FieldSpec(
        "owner",
        "review.policy.col.owner",
        placeholder="review.policy.owner_hint",
        suggestions=OWNER_SUGGESTIONS,
    ),
    FieldSpec("due", "review.policy.col.due", placeholder="review.select.month_hint"),
    FieldSpec("key", "review.policy.col.key", kind="select"),
    FieldSpec(
        "status",
        "review.policy.col.status",
        kind="select",
        options=worded_choices("review.policy.status", PolicyStatus),
    ),
]


def policy_modal(point: PolicyAction | None) -> FormModal[PolicyAction]:
    """A new action point, or `point` changed (its id and history kept)."""
    keys = ((t("review.policy.no_key"), 0), *seven_key_choices())
    specs = [
        FieldSpec(s.name, s.label, kind="select", options=keys, translate_options=False)
        if s.name == "key"
        else s
        for s in POLICY_FIELDS
    ]
    base = point or PolicyAction()
    values = {
        "bottleneck": base.bottleneck,
        "action": base.action,
        "owner": base.owner,
        "due": base.due or "",
        "key": base.key or 0,
        "status": base.status.value,
    }

    def build(raw: dict[str, Any], errors: FieldErrors) -> PolicyAction:
        bottleneck = rules.text(raw["bottleneck"], "bottleneck", errors, limit=20_000)
        action = rules.text(raw["action"], "action", errors, required=True, limit=20_000)
        owner = rules.text(raw["owner"], "owner", errors)
        due = _month(raw["due"], "due", errors)
        return msgspec.structs.replace(
            base,
            bottleneck=bottleneck,
            action=action,
            owner=owner,
            due=due.iso() if due else None,
            key=int(raw["key"]) or None,
            status=PolicyStatus(raw["status"] or PolicyStatus.OPEN.value),
        )

    title = t("review.policy.new") if point is None else t("review.policy.edit")
    return FormModal(title, specs, values, build)


# -- an extract to add ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExtractFiles:
    """An extract to read, and an extra key file to open it with (or none)."""

    path: Path
    identity: Path | None


EXTRACT_FIELDS = [
    FieldSpec("path", "review.extracts.path", placeholder="review.extracts.path_hint"),
    FieldSpec("identity", "review.extracts.identity", placeholder="review.extracts.identity_hint"),
]


def build_extract_files(raw: dict[str, Any], errors: FieldErrors) -> ExtractFiles:
    typed = rules.text(raw["path"], "path", errors, required=True, limit=4096)
    path = export_path(typed) if typed else Path()
    if typed and not path.is_file():
        errors.add("path", "review.extracts.no_file")
    key = rules.text(raw["identity"], "identity", errors, limit=4096)
    identity = export_path(key) if key else None
    if identity is not None and not identity.is_file():
        errors.add("identity", "review.extracts.no_file")
    return ExtractFiles(path, identity)


def extract_modal() -> FormModal[ExtractFiles]:
    return FormModal(t("review.extracts.title"), EXTRACT_FIELDS, {}, build_extract_files)


# -- the board report -----------------------------------------------------------------------


REPORT_FIELDS = [
    FieldSpec("path", "review.export.path", placeholder="review.export.path_hint"),
    FieldSpec(
        "format",
        "review.export.format",
        kind="select",
        options=worded_choices("assessment.export_dialog.format", ExportFormat),
    ),
    FieldSpec(
        "csv_dialect",
        "assessment.export_dialog.csv_dialect",
        kind="select",
        options=worded_choices("assessment.export_dialog.csv_dialect", CsvDialect),
    ),
]


def build_report_choice(
    raw: dict[str, Any], errors: FieldErrors, *, store_path: Path | None = None
) -> ExportChoice:
    """As the assessment export reads its dialog: the path (never the store's), a format its
    name may decide, the CSV dialect; a board report is pseudonymised by construction, so
    there is no privacy box."""
    return build_choice({**raw, "privacy": True}, errors, store_path=store_path)


class ReportExportModal(ExportModal):
    """Where to write the board report, in which format: the export dialog, saying the file is
    plain but holds no names, codes or days, and figures on fewer than 5 cases as <5."""

    TITLE = "review.export.title"
    WARNING = "review.export.warning"
    FIELDS = REPORT_FIELDS
    BUILD = staticmethod(build_report_choice)

    def first_values(self) -> dict[str, Any]:
        return {"format": ExportFormat.HTML.value, "csv_dialect": DEFAULT_CSV_DIALECT.value}
