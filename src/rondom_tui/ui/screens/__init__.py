"""Full screens: one file each.

The screens a user reaches by choosing them are named here and loaded the first time one is
shown, not at start: ``screens.TimelineScreen(case_id)`` imports `ui/screens/timeline.py` then
(PEP 562, as `textual.widgets` loads its widgets). Imported at start, they brought the whole
program along before the unlock screen could appear: the Tijdlijn, the reports, the bundle
code and pyrage. A screen that is always needed (unlock, lock, help) is imported as usual; the
new store's screen and the recovery key's unlock are here: they need the store itself, which
the unlock screen does without (`ui.deferred`).

Only names are looked up here; each screen's module still imports what it needs at its top
(tests/unit/test_ui_imports.py), and tests/unit/test_start_imports.py checks that every name
below is found and that start and the case list leave the rest unloaded.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from rondom_tui.ui.deferred import first_use

if TYPE_CHECKING:
    from rondom_tui.ui.modals.identity import IdentityModal
    from rondom_tui.ui.modals.passphrase_change import PassphraseChangeModal
    from rondom_tui.ui.modals.recovery_unlock import RecoveryUnlockModal
    from rondom_tui.ui.screens.assessment_list import AssessmentListScreen
    from rondom_tui.ui.screens.assessment_meeting import MeetingScreen
    from rondom_tui.ui.screens.assessment_summary import AssessmentSummaryScreen
    from rondom_tui.ui.screens.audit import AuditScreen
    from rondom_tui.ui.screens.case_form import CaseFormScreen
    from rondom_tui.ui.screens.case_list import CaseListScreen
    from rondom_tui.ui.screens.case_view import CaseScreen
    from rondom_tui.ui.screens.create_store import CreateStoreScreen
    from rondom_tui.ui.screens.export_bundle import ExportScreen
    from rondom_tui.ui.screens.import_bundle import ImportScreen
    from rondom_tui.ui.screens.plan_meeting import PlanMeetingScreen
    from rondom_tui.ui.screens.review import ReviewScreen
    from rondom_tui.ui.screens.timeline import TimelineScreen

ON_FIRST_USE: dict[str, str] = {
    "AssessmentListScreen": "rondom_tui.ui.screens.assessment_list",
    "AssessmentSummaryScreen": "rondom_tui.ui.screens.assessment_summary",
    "AuditScreen": "rondom_tui.ui.screens.audit",
    "CaseFormScreen": "rondom_tui.ui.screens.case_form",
    "CaseListScreen": "rondom_tui.ui.screens.case_list",
    "CaseScreen": "rondom_tui.ui.screens.case_view",
    "CreateStoreScreen": "rondom_tui.ui.screens.create_store",
    "ExportScreen": "rondom_tui.ui.screens.export_bundle",
    "IdentityModal": "rondom_tui.ui.modals.identity",
    "ImportScreen": "rondom_tui.ui.screens.import_bundle",
    "MeetingScreen": "rondom_tui.ui.screens.assessment_meeting",
    "PassphraseChangeModal": "rondom_tui.ui.modals.passphrase_change",
    "PlanMeetingScreen": "rondom_tui.ui.screens.plan_meeting",
    "RecoveryUnlockModal": "rondom_tui.ui.modals.recovery_unlock",
    "ReviewScreen": "rondom_tui.ui.screens.review",
    "TimelineScreen": "rondom_tui.ui.screens.timeline",
}
"""A screen's class name -> the module that holds it, imported when the name is first used."""

__all__ = [
    "AssessmentListScreen",
    "AssessmentSummaryScreen",
    "AuditScreen",
    "CaseFormScreen",
    "CaseListScreen",
    "CaseScreen",
    "CreateStoreScreen",
    "ExportScreen",
    "IdentityModal",
    "ImportScreen",
    "MeetingScreen",
    "PassphraseChangeModal",
    "PlanMeetingScreen",
    "RecoveryUnlockModal",
    "ReviewScreen",
    "TimelineScreen",
]


def load_all() -> None:
    """Import every screen named here, and so every modal and widget they use (the keymap
    check needs all their bindings)."""
    for module in sorted(set(ON_FIRST_USE.values())):
        importlib.import_module(module)


def __getattr__(name: str) -> object:
    """The screen class `name`, its module imported now if it was not yet."""
    return first_use(__name__, ON_FIRST_USE, globals(), name)
