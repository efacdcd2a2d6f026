"""The explanatory analysis on the Tijdlijn screen, as a part of `TimelineScreen`: `b` shows
what came before the selected event (`timeline_before.py`); `k` on the selected event opens
the form of a "may explain" link, the analysis panel (`s`) lists the case's links (`tab` to
the list: `enter` edits, `del` removes after a question, `a` adds one to the selected event),
and the marks on the line (`¹`, `→¹`) come from the same links (`domain.links.marked_words`).

Saving goes through the app's save queue; the store checks the link again (`LinkCycle`,
`LinkEventMissing`: another session may have changed the case) and its sentence is shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING

import msgspec

from rondom_tui.domain.links import Link, link_line, links_of_event, marked_words, numbered
from rondom_tui.i18n import current_language, t, t_count
from rondom_tui.ui.glyphs import plain_glyphs
from rondom_tui.ui.modals.confirm import ConfirmModal
from rondom_tui.ui.modals.link_form import link_modal
from rondom_tui.ui.screens.timeline_before import BeforeScreen
from rondom_tui.ui.timeline.view import TimelineView
from rondom_tui.ui.widgets.item_list import ItemList

if TYPE_CHECKING:
    from rondom_tui.ui.screens.timeline import TimelineScreen

    _Base = TimelineScreen
else:
    _Base = object

LINK_LIST = "timeline-links"
"""The id of the analysis panel's list of links."""


class Explaining(_Base):
    """The explanatory part of `TimelineScreen`: what came before, and the links."""

    def _marked(self, words: Mapping[str, str]) -> dict[str, str]:
        """The words on the line with the marks of the links in front."""
        return marked_words(words, self._links, plain=plain_glyphs())

    def _delete_detail(self, event_id: str) -> str:
        """The consequence of deleting an event: it cannot be undone, and its links go too."""
        links = len(links_of_event(self._links, event_id))
        if not links:
            return t("timeline.delete_detail")
        return t_count("links.delete_event_detail", links, n=links)

    def _told(self, link: Link) -> Link:
        """`link` with its wording as it may be shown now (names replaced in privacy mode)."""
        return msgspec.structs.replace(link, wording=self._tell(link.wording))

    def _titles(self) -> dict[str, str]:
        """Every event's title as it may be shown now, by id."""
        return {e.id: self._tell(e.title) for e in self._all}

    def _link_lines(self) -> list[str]:
        """The case's links, numbered as on the line."""
        numbers, titles, lang = numbered(self._links), self._titles(), current_language()
        return [
            link_line(self._told(link), numbers[link.id], titles, lang=lang) for link in self._links
        ]

    def _details_links(self, event_id: str) -> list[str]:
        """The links of one event, for the details panel."""
        numbers, titles, lang = numbered(self._links), self._titles(), current_language()
        return [
            t(
                "links.details",
                number=numbers[link.id],
                line=link_line(self._told(link), None, titles, lang=lang),
            )
            for link in links_of_event(self._links, event_id)
        ]

    def _show_links(self) -> None:
        self.query_one(f"#{LINK_LIST}", ItemList).show_items(self._link_lines())

    # -- keys and requests --------------------------------------------------------------

    def action_before(self) -> None:
        """What came before the selected event, over the events the timeline shows."""
        view = self.query_one(TimelineView)
        anchor = view.selected_event
        if self.case is None or anchor is None:
            self.notify(t("timeline.before.no_event"), severity="warning")
            return
        screen = BeforeScreen(
            self.case.code, anchor, self._shown, today=self.today, tell=self._tell
        )
        self.app.push_screen(screen)

    def action_link(self) -> None:
        """The link form from the selected event."""
        anchor = self.query_one(TimelineView).selected_event
        if anchor is None:
            self.notify(t("links.no_event"), severity="warning")
            return
        if len(self._all) < 2:
            self.notify(t("links.only_one_event"), severity="warning")
            return
        modal = link_modal(anchor, self._all, self._links, tell=self._tell)
        self.app.push_screen(modal, partial(self._save_link, new=True))

    def on_item_list_requested(self, request: ItemList.Requested) -> None:
        if request.item_list.id != LINK_LIST:
            return
        request.stop()
        if request.action == "add" or request.index is None:
            self.action_link()
            return
        link = self._links[request.index]
        if request.action == "edit":
            effect = next((e for e in self._all if e.id == link.effect), None)
            if effect is not None:
                modal = link_modal(effect, self._all, self._links, tell=self._tell, link=link)
                self.app.push_screen(modal, partial(self._save_link, new=False))
        elif request.action == "remove":
            self._ask_delete_link(link)

    def _save_link(self, link: Link | None, *, new: bool) -> None:
        store = self.app.store
        if link is None or store is None:
            return
        job = (lambda: store.links.add(link)) if new else (lambda: store.links.update(link))

        def saved(_: object) -> None:
            self.notify(t("links.saved"))
            self._reload()

        self.app.store_call(job, saved)

    def _ask_delete_link(self, link: Link) -> None:
        store = self.app.store
        if store is None:
            return

        def deleted(_: object) -> None:
            self.notify(t("links.deleted"))
            self._reload()

        def answer(yes: bool | None) -> None:
            if yes:
                self.app.store_call(lambda: store.links.delete(link.id), deleted)

        question = ConfirmModal(t("links.delete_question"), detail=t("links.delete_detail"))
        self.app.push_screen(question, answer)
