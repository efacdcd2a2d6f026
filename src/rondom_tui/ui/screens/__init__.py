"""Full screens: one file each.

The screens a user reaches by choosing them are named here and loaded the first time one is
shown, not at start: ``screens.TimelineScreen(case_id)`` imports `ui/screens/timeline.py` then
(PEP 562, as `textual.widgets` loads its widgets). Imported at start, they brought the whole
program along before the unlock screen could appear: the Tijdlijn, the reports, the bundle
code and pyrage. Only the unlock screen is imported as usual. The new store's screen and the
recovery key's unlock are here: they need the store itself, which the unlock screen does
without (`ui.deferred`); so are the lock, help, store-problem screens and the yes/no
questions, which the unlock screen's first frame does not show (the loading thread of
`ui.deferred` brings the lock and help screens in while the passphrase is typed). Asking
whether a screen is one of these (`is_a`) loads nothing: before its module is loaded, no
such screen can exist.

Only names are looked up here; each screen's module still imports what it needs at its top
(tests/unit/test_ui_imports.py), and tests/unit/test_start_imports.py checks that every name
below is found and that start and the case list leave the rest unloaded.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING

from rondom_tui.ui.deferred import first_use

if TYPE_CHECKING:
    from rondom_tui.ui.modals.confirm import ConfirmModal, QuitQuestion
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
    from rondom_tui.ui.screens.help import HelpScreen
    from rondom_tui.ui.screens.import_bundle import ImportScreen
    from rondom_tui.ui.screens.lock import LockScreen
    from rondom_tui.ui.screens.plan_meeting import PlanMeetingScreen
    from rondom_tui.ui.screens.review import ReviewScreen
    from rondom_tui.ui.screens.store_problem import StoreInUseScreen, StoreProblemScreen
    from rondom_tui.ui.screens.timeline import TimelineScreen

ON_FIRST_USE: dict[str, str] = {
    "AssessmentListScreen": "rondom_tui.ui.screens.assessment_list",
    "AssessmentSummaryScreen": "rondom_tui.ui.screens.assessment_summary",
    "AuditScreen": "rondom_tui.ui.screens.audit",
    "CaseFormScreen": "rondom_tui.ui.screens.case_form",
    "CaseListScreen": "rondom_tui.ui.screens.case_list",
    "CaseScreen": "rondom_tui.ui.screens.case_view",
    "ConfirmModal": "rondom_tui.ui.modals.confirm",
    "CreateStoreScreen": "rondom_tui.ui.screens.create_store",
    "ExportScreen": "rondom_tui.ui.screens.export_bundle",
    "HelpScreen": "rondom_tui.ui.screens.help",
    "IdentityModal": "rondom_tui.ui.modals.identity",
    "ImportScreen": "rondom_tui.ui.screens.import_bundle",
    "LockScreen": "rondom_tui.ui.screens.lock",
    "MeetingScreen": "rondom_tui.ui.screens.assessment_meeting",
    "PassphraseChangeModal": "rondom_tui.ui.modals.passphrase_change",
    "PlanMeetingScreen": "rondom_tui.ui.screens.plan_meeting",
    "QuitQuestion": "rondom_tui.ui.modals.confirm",
    "RecoveryUnlockModal": "rondom_tui.ui.modals.recovery_unlock",
    "ReviewScreen": "rondom_tui.ui.screens.review",
    "StoreInUseScreen": "rondom_tui.ui.screens.store_problem",
    "StoreProblemScreen": "rondom_tui.ui.screens.store_problem",
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
    "ConfirmModal",
    "CreateStoreScreen",
    "ExportScreen",
    "HelpScreen",
    "IdentityModal",
    "ImportScreen",
    "LockScreen",
    "MeetingScreen",
    "PassphraseChangeModal",
    "PlanMeetingScreen",
    "QuitQuestion",
    "RecoveryUnlockModal",
    "ReviewScreen",
    "StoreInUseScreen",
    "StoreProblemScreen",
    "TimelineScreen",
    "is_a",
]


def load_all() -> None:
    """Import every screen named here, and so every modal and widget they use (the keymap
    check needs all their bindings)."""
    for module in sorted(set(ON_FIRST_USE.values())):
        importlib.import_module(module)


def is_a(screen: object, name: str) -> bool:
    """`isinstance(screen, <the class named name here>)`, without loading that class's module:
    a screen of a class not loaded yet cannot exist (checked at every key's bindings, so that
    asking whether the session is locked does not load the lock screen)."""
    module = sys.modules.get(ON_FIRST_USE[name])
    return module is not None and isinstance(screen, getattr(module, name))


def __getattr__(name: str) -> object:
    """The screen class `name`, its module imported now if it was not yet."""
    return first_use(__name__, ON_FIRST_USE, globals(), name)
