"""The command palette's commands on the store itself: its backups, and its recovery key (to
make one for a store that has none, such as one from before format 2, or to replace it).

A provider of its own beside `ScreenActions`: these commands belong to no screen's keys, and
they are offered only while a store is open and the session is not locked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App

from rondom_tui.i18n import t
from rondom_tui.store.recovery import RecoveryKey
from rondom_tui.ui.commands import NamedCommands
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.recovery_key import RecoveryKeyModal
from rondom_tui.ui.screens.backups import BackupsScreen


def show_backups(app: App[Any]) -> None:
    """The backups screen."""
    if not isinstance(app.screen, BackupsScreen):
        app.push_screen(BackupsScreen())


def new_recovery_key(app: App[Any]) -> None:
    """Make a recovery key (asking first when it replaces one), show it until the user ticked
    that it is written down, and only then set it (on the save queue: a rewrite)."""
    store = app.store  # type: ignore[attr-defined]
    replacing = store.has_recovery_key
    key = RecoveryKey.generate()

    def written_down(done: bool | None) -> None:
        if done:
            app.store_call(  # type: ignore[attr-defined]
                lambda: store.set_recovery_key(key),
                lambda _: app.notify(t("recovery.set"), timeout=10),
            )

    def show(go: bool | None = True) -> None:
        if go:
            app.push_screen(RecoveryKeyModal(key, intro=t("recovery.new_intro")), written_down)

    if replacing:
        question = ConfirmModal(t("recovery.replace_question"), detail=t("recovery.replace_detail"))
        app.push_screen(question, show)
    else:
        show()


class StoreCommands(NamedCommands):
    """Backups and the recovery key, while a store is open."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app = self.app
        store = getattr(app, "store", None)
        if store is None or not app.check_action("command_palette", ()):
            return []
        recovery = "recovery.cmd.replace" if store.has_recovery_key else "recovery.cmd.make"
        return [
            (t("backups.cmd"), t("backups.cmd_help"), lambda: show_backups(app)),
            (t(recovery), t("recovery.cmd_help"), lambda: new_recovery_key(app)),
        ]
