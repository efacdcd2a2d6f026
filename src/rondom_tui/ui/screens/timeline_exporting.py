"""The Tijdlijn's export, as a part of `TimelineScreen`: `x` asks where and how (encrypted or,
after a warning, not) and writes what the screen shows, filter named, through the app's save
queue; the file is made by `bundle.export_files`.

Kept beside `timeline.py` (as `timeline_explaining.py` and `timeline_plan.py` are) so the
screen stays a room with one purpose; the screen holds the binding.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rondom_tui.bundle.export_files import ExportRequest, export_timeline
from rondom_tui.i18n import current_language, t
from rondom_tui.ui.modals.timeline_export import TimelineExportModal

if TYPE_CHECKING:
    from rondom_tui.ui.screens.timeline import TimelineScreen

    _Base = TimelineScreen
else:
    _Base = object


class Exporting(_Base):
    """The export part of `TimelineScreen`."""

    def action_export(self) -> None:
        case, store = self.case, self.app.store
        if case is None or store is None:
            return
        selection = self._filter_text()
        modal = TimelineExportModal(code=case.code, selection=selection, store_path=store.path)
        self.app.push_screen(modal, self._export)

    def _export(self, request: ExportRequest | None) -> None:
        case, store = self.case, self.app.store
        if request is None or case is None or store is None:
            return
        events, today = list(self._shown), self.today
        filter_text = self._filter_text() if self.filter.active else None
        lang = current_language()

        def job() -> object:
            return export_timeline(
                store, request, events, case, today=today, filter_text=filter_text, lang=lang
            )

        def done(path: object) -> None:
            if request.encrypted:
                self.notify(t("timeline.export_form.done_encrypted", path=str(path)), timeout=8)
            else:
                message = t("timeline.export_form.done_plain", path=str(path))
                self.notify(message, severity="warning", timeout=12)

        self.notify(t("timeline.export_form.working"), timeout=3)
        self.app.store_call(job, done)
