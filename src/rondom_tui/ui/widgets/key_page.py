"""One key per page, for the meeting on a projector: number, title, explanation, the scale and
everyone's answer, in large readable text.

The page only presents. A digit key posts `KeyPage.ScoreEntered` and moves the turn to the
next participant; the screen applies the score (`assessment_flow.set_score`), saves the draft
and hands the page the new assessment with `show`. The page never sees the child's name: it
is given a `subject` string (the case code, or the team's label).

In anonymous mode the page shows only that someone has answered (✓), never the score, since
everyone in the room can read the screen.

Under the note the page lists the key's actions (✓ done, ○ open); where they run past the
bottom (80x24), the page scrolls, to the newest action when one is added. A final assessment is read
only: the page says so, and the keys that would change it leave the Footer (`check_action`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Digits, Static

from rondom_tui.domain.assessment.flow import MeetingPosition, completion
from rondom_tui.domain.keys import SEVEN_KEYS, key_by_number
from rondom_tui.domain.models import Assessment, AssessmentStatus
from rondom_tui.i18n import current_language, t
from rondom_tui.ui.glyphs import plain_glyphs
from rondom_tui.ui.modals.assessment_parts import describe_action
from rondom_tui.ui.widgets.assessment_details import scale_legend
from rondom_tui.ui.widgets.key_page_keys import CHANGING_ACTIONS, PAGE_KEYS
from rondom_tui.ui.widgets.key_title import KeyTitle
from rondom_tui.ui.widgets.score_rows import key_entry, score_rows, score_table

_NOTHING = object()
"""What a part showed before it was first drawn."""

TALL_PAGE = 30
"""From this many lines on, the key's title band gets a line of padding above and below, and
on the projector its title is drawn in big letters."""

TWO_TITLE_LINES = 44
"""From this many lines on, a title in big letters may take two lines."""

PROJECTOR_THEME = "rondom-beamer"
"""The theme whose meeting page draws the key's title big, like its number."""


class KeyPage(Widget, can_focus=True):
    """The page of one key in meeting mode; arrows or n/p turn the page."""

    DEFAULT_CSS = """
    KeyPage {
        height: 1fr;
        padding: 1 2;
        /* At 80x24 the actions under their heading run past the bottom: the page scrolls
           (pgup/pgdn), and to the newest action when one is added. */
        overflow-y: auto;
        scrollbar-size-vertical: 1;
    }
    KeyPage #kp-head {
        height: auto;
    }
    KeyPage #kp-number {
        width: 8;
        color: $accent;
    }
    KeyPage #kp-heading {
        height: auto;
        padding-left: 2;
    }
    KeyPage #kp-title {
        /* The band: the theme's own text and background swapped, the most contrast a
           theme has; greyscale under NO_COLOR. */
        text-style: bold;
        color: $background;
        background: $foreground;
        padding: 0 2;
        width: 1fr;
    }
    KeyPage.-tall #kp-title {
        padding: 1 2;
    }
    KeyPage #kp-description {
        color: $text-muted;
        padding: 0 2;
    }
    KeyPage #kp-read-only {
        display: none;
        margin-top: 1;
        text-style: bold;
        color: $warning;
    }
    KeyPage.-read-only #kp-read-only {
        display: block;
    }
    KeyPage #kp-scale {
        margin: 1 0;
        border-top: solid $primary;
        border-bottom: solid $primary;
    }
    KeyPage #kp-scores {
        height: auto;
    }
    KeyPage #kp-note {
        margin-top: 1;
        color: $text-muted;
    }
    KeyPage #kp-actions {
        margin-top: 1;
    }
    KeyPage #kp-status {
        dock: bottom;
        color: $text-muted;
    }
    """

    BINDINGS = PAGE_KEYS

    @dataclass
    class PageMessage(Message):
        """Something the page tells its screen about the key on it."""

        page: KeyPage
        key: int

        @property
        def control(self) -> KeyPage:
            return self.page

    @dataclass
    class ScoreEntered(PageMessage):
        """A participant's answer on the key: 1..5, or None for "weet niet"."""

        participant_id: str
        score: int | None

    @dataclass
    class ScoreCleared(PageMessage):
        """Take back a participant's answer on the key (a mistyped digit)."""

        participant_id: str

    class KeyChanged(PageMessage):
        """The page turned to `key`."""

    class NoteRequested(PageMessage):
        """The user wants to edit the shared note of `key`."""

    class ActionRequested(PageMessage):
        """The user wants to add an action under `key`."""

    position: reactive[MeetingPosition] = reactive(MeetingPosition, init=False)
    """The key on the page and whose turn it is."""

    def __init__(
        self,
        assessment: Assessment,
        subject: str,
        *,
        key: int = 1,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._assessment = assessment
        """What the page shows; replaced through `show`."""
        self._subject = subject
        """The case code or team label: never the child's name."""
        self.set_reactive(KeyPage.position, MeetingPosition(key=key))
        self._painted: dict[str, object] = {}
        """Part of the page -> what it shows now (see `_paint`)."""
        self._more_below = False
        """The page runs past the bottom from where it is scrolled (the status line says so)."""

    @property
    def assessment(self) -> Assessment:
        return self._assessment

    @property
    def key(self) -> int:
        return self.position.key

    @property
    def read_only(self) -> bool:
        return self._assessment.status is AssessmentStatus.FINAL

    def compose(self) -> ComposeResult:
        with Horizontal(id="kp-head"):
            yield Digits(id="kp-number")
            with Vertical(id="kp-heading"):
                yield KeyTitle(id="kp-title")
                yield Static(id="kp-description", markup=False)
        yield Static(t("assessment.page.read_only"), id="kp-read-only", markup=False)
        yield Static(id="kp-scale", markup=False)
        yield Static(id="kp-scores", markup=False)
        yield Static(id="kp-note", markup=False)
        yield Static(id="kp-actions", markup=False)
        yield Static(id="kp-status", markup=False)

    def show(self, assessment: Assessment) -> None:
        """Present a changed assessment (after the screen applied a score or a note)."""
        was_read_only = self.read_only
        self._assessment = assessment
        count = len(assessment.participants)
        if count and self.position.participant >= count:
            self.position = MeetingPosition(self.position.key, count - 1)
        self._paint()
        if self.read_only != was_read_only:
            self.refresh_bindings()

    def on_mount(self) -> None:
        self._paint()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._size_title())

    def on_resize(self) -> None:
        self.set_class(self.size.height >= TALL_PAGE, "-tall")
        self._size_title()

    def _size_title(self) -> None:
        """Big letters for the title on the projector, on a page tall enough to hold them and
        the answers (two lines of them from `TWO_TITLE_LINES`); a console without the box
        lines they are drawn with (`TERM=linux`) keeps normal letters."""
        title = self.query_one("#kp-title", KeyTitle)
        title.max_lines = 2 if self.size.height >= TWO_TITLE_LINES else 1
        title.big = (
            self.app.theme == PROJECTOR_THEME
            and self.size.height >= TALL_PAGE
            and not plain_glyphs()
        )
        self.call_after_refresh(self._mark_more_below)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._mark_more_below()

    def _mark_more_below(self) -> None:
        """Say in the status line, not by the scrollbar's colour alone, that more lies below."""
        more = round(self.scroll_y) < self.max_scroll_y
        if more != self._more_below:
            self._more_below = more
            self._paint()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Scores, the note and actions are off (and out of the Footer) while final."""
        return not (self.read_only and action in CHANGING_ACTIONS)

    def watch_position(self, old: MeetingPosition, new: MeetingPosition) -> None:
        self._paint()
        if old.key != new.key:
            self.scroll_home(animate=False)  # a new page starts at its title
            self.post_message(self.KeyChanged(self, new.key))

    # -- actions ------------------------------------------------------------------------

    def _current_participant(self) -> str | None:
        people = self._assessment.participants
        return people[self.position.participant].id if people else None

    def action_score(self, score: int | None) -> None:
        """Record the answer of the participant whose turn it is, then pass the turn on."""
        participant_id = self._current_participant()
        if participant_id is None or self.read_only:
            self.app.bell()
            return
        self.post_message(self.ScoreEntered(self, self.key, participant_id, score))
        # The turn passes on at once (a quick second digit is the next person's answer), but
        # the page is drawn when the screen hands back the scored assessment (`show`): the
        # score and the turn reach the projector together, in one frame.
        turn = self.position.next_participant(len(self._assessment.participants))
        self.set_reactive(KeyPage.position, turn)

    def action_clear_score(self) -> None:
        participant_id = self._current_participant()
        if participant_id is None or self.read_only:
            self.app.bell()
            return
        self.post_message(self.ScoreCleared(self, self.key, participant_id))

    def action_next_key(self) -> None:
        self.position = self.position.next_key()

    def action_previous_key(self) -> None:
        self.position = self.position.previous_key()

    def action_next_participant(self) -> None:
        self.position = self.position.next_participant(len(self._assessment.participants))

    def action_previous_participant(self) -> None:
        self.position = self.position.previous_participant()

    def action_edit_note(self) -> None:
        if self.read_only:
            self.app.bell()
            return
        self.post_message(self.NoteRequested(self, self.key))

    def action_add_action(self) -> None:
        if self.read_only:
            self.app.bell()
            return
        self.post_message(self.ActionRequested(self, self.key))

    # -- painting -----------------------------------------------------------------------

    def _paint(self) -> None:
        """Show the page as it is now, redrawing only the parts that changed.

        Each part is drawn again only when what it shows differs from what it showed last: a
        score redraws the answers and the count under them, never the title, the scale or the
        Footer, and it does so without a layout pass unless a part changed its height.
        """
        if not self.is_mounted:
            return
        lang = current_language()
        key = key_by_number(self.key)
        if self._shown("number", key.number):
            self.query_one("#kp-number", Digits).update(str(key.number))
        if self._shown("heading", (key.number, lang)):
            self.query_one("#kp-title", KeyTitle).show_title(key.title(lang))
            self.query_one("#kp-description", Static).update(key.description(lang))
        if self._shown("scale", lang):
            self.query_one("#kp-scale", Static).update(scale_legend())
        rows = score_rows(self._assessment, self.position, focused=self.has_focus, lang=lang)
        before = self._painted.get("scores")
        if self._shown("scores", rows):
            # The same number of rows keeps the height: no layout pass, one region redrawn.
            same_height = isinstance(before, tuple) and len(before) == len(rows)
            self.query_one("#kp-scores", Static).update(score_table(rows), layout=not same_height)
        note = key_entry(self._assessment, self.key).note
        if self._shown("note", note):
            note_static = self.query_one("#kp-note", Static)
            note_static.update(
                Text.assemble((t("assessment.page.note") + ": ", "bold"), note) if note else ""
            )
            note_static.display = bool(note)  # nothing to show takes no lines: 80x24 is short
        today = date.today()  # an action past its date is flagged
        actions = tuple(
            describe_action(a, key=False, today=today)
            for a in self._assessment.actions
            if a.key == self.key
        )
        before = self._painted.get("actions")
        if self._shown("actions", (self.key, actions)):
            actions_static = self.query_one("#kp-actions", Static)
            actions_static.update(self._actions(actions))
            actions_static.display = bool(actions)
            if (
                isinstance(before, tuple)
                and before[0] == self.key
                and len(before[1]) < len(actions)
            ):
                # An action was added on this page: bring it into view, the last line.
                self.call_after_refresh(self.scroll_end, animate=False, immediate=True)
            self.call_after_refresh(self._mark_more_below)
        status = self._status()
        if self._shown("status", status):
            self.query_one("#kp-status", Static).update(status, layout=False)  # one docked line
        self.set_class(self.read_only, "-read-only")

    def _shown(self, part: str, what: object) -> bool:
        """Remember that `part` shows `what`; True when that is new (the part must be drawn)."""
        if self._painted.get(part, _NOTHING) == what:
            return False
        self._painted[part] = what
        return True

    @staticmethod
    def _actions(actions: tuple[str, ...]) -> Text:
        """The key's actions, one a line: ``○ Elke week bellen · leerkracht · 01-04-2026``."""
        if not actions:
            return Text()
        text = Text()
        text.append(t("assessment.page.actions") + ":", style="bold")
        for action in actions:
            text.append("\n  " + action)
        return text

    def _status(self) -> str:
        done = completion(self._assessment).keys[self.key - 1]
        total = len(self._assessment.participants)
        status = "final" if self.read_only else "draft"
        parts = [
            self._subject,
            t("assessment.page.key_of", key=self.key, total=len(SEVEN_KEYS)),
            t("assessment.page.answered_count", done=total - len(done.unanswered), total=total),
            t(f"assessment.status.{status}"),
            t("assessment.page.more_below") if self._more_below else "",
        ]
        return "  ·  ".join(p for p in parts if p)

    def on_focus(self) -> None:
        self._paint()

    def on_blur(self) -> None:
        self._paint()
