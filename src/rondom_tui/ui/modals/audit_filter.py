"""The dialog that chooses which audit entries are shown: one action, a user, a period."""

from __future__ import annotations

from typing import Any

from rondom_tui.domain.audit import AuditFilter
from rondom_tui.domain.cases import rules as rules
from rondom_tui.domain.cases.rules import FieldErrors
from rondom_tui.domain.dates import format_day
from rondom_tui.domain.models import AuditAction
from rondom_tui.i18n import t
from rondom_tui.ui.modals.form import FormModal
from rondom_tui.ui.widgets.form_fields import FieldSpec, worded_choices

ANY_ACTION = "any"

FILTER_FIELDS = [
    FieldSpec(
        "action",
        "audit.filter.action",
        kind="select",
        options=(("audit.filter.any", ANY_ACTION), *worded_choices("audit.action", AuditAction)),
    ),
    FieldSpec("user", "audit.filter.user"),
    FieldSpec("since", "audit.filter.since", placeholder="form.day_placeholder_optional"),
    FieldSpec("until", "audit.filter.until", placeholder="form.day_placeholder_optional"),
]


def filter_values(current: AuditFilter) -> dict[str, Any]:
    return {
        "action": current.action.value if current.action else ANY_ACTION,
        "user": current.user,
        "since": format_day(current.since),
        "until": format_day(current.until),
    }


def build_filter(values: dict[str, Any], errors: FieldErrors) -> AuditFilter:
    since = rules.day(values["since"], "since", errors)
    until = rules.day(values["until"], "until", errors)
    if since and until and until < since:
        errors.add("until", "audit.filter.until_before_since")
    action = values["action"]
    return AuditFilter(
        action=None if action in (None, ANY_ACTION) else AuditAction(action),
        user=rules.text(values["user"], "user", errors),
        since=since,
        until=until,
    )


def audit_filter_modal(current: AuditFilter) -> FormModal[AuditFilter]:
    """Change the filter; dismisses with the new one, or None when cancelled."""
    return FormModal(
        t("audit.filter.title"),
        FILTER_FIELDS,
        filter_values(current),
        build_filter,
        holds_data=False,
    )
