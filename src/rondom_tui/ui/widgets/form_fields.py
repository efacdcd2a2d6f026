"""Form fields described as data: a label, an input and an error line per field.

Every form in the app (case, party, consent, goal, event) is a list of `FieldSpec`s, so they
all behave alike: the first field has focus, `tab` moves, errors appear next to their field,
and a ticked box or choice shows ✓ (not only another colour). A choice of the seven keys is a
kind of its own (`key`, `keys`), so every form offers them in the same words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from rich.segment import Segment
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.geometry import Size
from textual.strip import Strip
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Label, Select, SelectionList, Static, TextArea

from rondom_tui.domain.keys import SEVEN_KEYS
from rondom_tui.i18n import current_language, t
from rondom_tui.ui.glyphs import glyph

FieldKind = Literal["text", "textarea", "select", "multi", "checkbox", "key", "keys"]
"""``key`` chooses one of the seven keys, ``keys`` any of them; ``select`` and ``multi`` the
same from `FieldSpec.options`."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a form."""

    name: str
    """The key in the values dict, and the widget id (``field-<name>``)."""
    label: str
    """Message id of the label."""
    kind: FieldKind = "text"
    placeholder: str = ""
    """Message id of the placeholder (or empty)."""
    options: tuple[tuple[str, Any], ...] = ()
    """For select and multi: (message id or literal text, value). Not for key and keys."""
    suggestions: tuple[str, ...] = ()
    """Message ids offered as completions for a text field."""
    translate_options: bool = True


class MarkedCheckbox(Checkbox):
    """A checkbox that shows its state as a glyph (✓ or blank), not by colour alone. In a
    form its label wraps under itself when the line is too short (Textual's checkbox is one
    line high and cuts it)."""

    @property  # type: ignore[override]
    def BUTTON_INNER(self) -> str:  # the name Textual reads
        return "✓" if self.value else " "

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if self.styles.text_wrap != "wrap":
            return super().get_content_height(container, viewport, width)
        return max(1, len(self.render().wrap(width)))


class MarkedSelectionList(SelectionList[Any]):
    """A list of choices to tick that shows each choice's state as a glyph: ✓ when ticked,
    blank when not. Textual draws the same mark in both states and tells them apart by colour
    alone, which a monochrome terminal, a projector or a colour-blind reader loses."""

    TICK = "✓"

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        # SelectionList paints [left, inner, right, space, prompt...] and tags the button with
        # the index of the option it belongs to; the inner cell becomes the tick.
        button = segments[1] if len(segments) >= 4 else None
        option = button.style.meta.get("option") if button and button.style else None
        if button is None or option is None:
            return strip
        ticked = self.get_option_at_index(option).value in self.selected
        segments[1] = Segment(glyph(self.TICK) if ticked else " ", button.style, button.control)
        return Strip(segments, strip.cell_length)


def _text(message_id: str) -> str:
    return t(message_id) if message_id else ""


def worded_choices(prefix: str, members: Iterable[StrEnum]) -> tuple[tuple[str, str], ...]:
    """A select's options for an enum: each member worded by the message ``<prefix>.<value>``."""
    return tuple((f"{prefix}.{member.value}", member.value) for member in members)


def seven_key_choices() -> list[tuple[str, int]]:
    """``1  Investeren in relaties`` ...: each key's number with its title, and the number."""
    lang = current_language()
    return [(f"{key.number}  {key.title(lang)}", key.number) for key in SEVEN_KEYS]


WIDE_FORM = 160
"""From this many columns on, a form lays its fields out in two columns (app.tcss), instead of
one column of inputs as wide as the terminal."""

FORM_BREAKPOINTS: list[tuple[int, str]] = [(0, "-one-column"), (WIDE_FORM, "-two-columns")]
"""The `HORIZONTAL_BREAKPOINTS` of every screen that shows a form: the class says how many
columns its fields take."""

FULL_ROW_KINDS = frozenset({"textarea", "multi", "keys"})
"""Fields that keep a whole row in two columns: long text, and lists of choices to tick."""


class FormFields(Vertical):
    """The fields of one form. Presents and reads values; does not validate.

    Each field is a group (label, input, error line) with the id ``group-<name>``: in two
    columns the groups fill the rows left to right, so `tab` goes row by row."""

    DEFAULT_CSS = """
    FormFields {
        height: auto;
    }
    FormFields > .form-field {
        height: auto;
    }
    FormFields > .form-filler {
        display: none;
        height: 0;
    }
    FormFields .field-label {
        padding: 1 1 0 1;
        text-style: bold;
    }
    FormFields TextArea {
        height: 6;
    }
    FormFields Checkbox {
        /* no wider than the form: a long label wraps under itself (80 columns) */
        max-width: 100%;
        height: auto;
        text-wrap: wrap;
    }
    FormFields SelectionList {
        height: auto;
        max-height: 9;
    }
    """

    def __init__(
        self, specs: list[FieldSpec], values: dict[str, Any] | None = None, *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.specs = specs
        """The fields, in order."""
        self._initial = dict(values or {})

    def compose(self) -> ComposeResult:
        column = 0  # in two columns: where the next field would go
        for spec in self.specs:
            full_row = spec.kind in FULL_ROW_KINDS
            if full_row and column == 1:
                # Textual's grid lets a spanning cell run off the row rather than start a new
                # one: an empty cell (shown in two columns only) ends the row first.
                yield Static("", classes="form-filler", markup=False)
            column = 0 if full_row else 1 - column
            row = "form-field -full-row" if full_row else "form-field"
            with Vertical(classes=row, id=f"group-{spec.name}"):
                if spec.kind != "checkbox":  # a checkbox carries its own label
                    yield Label(
                        t(spec.label), classes="field-label", id=f"label-{spec.name}", markup=False
                    )
                yield self._widget(spec, self._initial.get(spec.name))
                error = Label("", classes="form-error", id=f"error-{spec.name}", markup=False)
                error.display = False
                yield error

    def _options(self, spec: FieldSpec) -> list[tuple[str, Any]]:
        if spec.kind in ("key", "keys"):
            return list(seven_key_choices())
        return [
            ((t(text) if spec.translate_options else text), value) for text, value in spec.options
        ]

    def _widget(self, spec: FieldSpec, value: Any) -> Widget:
        wid = f"field-{spec.name}"
        if spec.kind == "textarea":
            area = TextArea(str(value or ""), id=wid, soft_wrap=True, tab_behavior="focus")
            return area
        if spec.kind in ("select", "key"):
            return Select(
                self._options(spec),
                value=value if value is not None else Select.NULL,
                id=wid,
                allow_blank=False,
                prompt=t(spec.label),
            )
        if spec.kind in ("multi", "keys"):
            chosen = set(value or ())
            return MarkedSelectionList(
                *[(text, v, v in chosen) for text, v in self._options(spec)], id=wid
            )
        if spec.kind == "checkbox":
            return MarkedCheckbox(t(spec.label), bool(value), id=wid)
        suggester = (
            SuggestFromList([t(s) for s in spec.suggestions], case_sensitive=False)
            if spec.suggestions
            else None
        )
        return Input(
            str(value or ""), placeholder=_text(spec.placeholder), id=wid, suggester=suggester
        )

    def field(self, name: str) -> Widget:
        return self.query_one(f"#field-{name}")

    def show_field(self, name: str, shown: bool) -> None:
        """Show or hide a field with its label and error line (a hidden one takes no cell)."""
        self.query_one(f"#group-{name}").display = shown

    def values(self) -> dict[str, Any]:
        """Raw values: text for text fields, the value for selects, a list for multi."""
        result: dict[str, Any] = {}
        for spec in self.specs:
            widget = self.field(spec.name)
            if isinstance(widget, TextArea):
                result[spec.name] = widget.text
            elif isinstance(widget, Select):
                result[spec.name] = None if widget.value is Select.NULL else widget.value
            elif isinstance(widget, SelectionList):
                result[spec.name] = list(widget.selected)
            elif isinstance(widget, (Checkbox, Input)):
                result[spec.name] = widget.value
        return result

    def show_errors(self, messages: dict[str, str]) -> None:
        """Show each message under its field; clears the others; brings the first wrong field
        to the user (`point_at`)."""
        first = None
        for spec in self.specs:
            label = self.query_one(f"#error-{spec.name}", Label)
            message = messages.get(spec.name)
            label.update(f"✗ {message}" if message else "")
            label.display = bool(message)
            if message and first is None:
                first = spec.name
        if first is not None:
            self.point_at(first)

    def point_at(self, name: str) -> None:
        """Focus the field `name` with its text selected, so that typing replaces the wrong
        value (`31-11-2026` does not become `31-11-202615-10-2026`), and scroll the field and
        its error line into view: on 80x24 the error is otherwise drawn below the dialog's
        visible part, and nothing seems to happen."""
        widget = self.field(name)
        widget.focus()
        if isinstance(widget, (Input, TextArea)):
            widget.select_all()
        error = self.query_one(f"#error-{name}", Label)

        def into_view() -> None:  # once the error line has its place in the layout
            widget.scroll_visible(animate=False)
            error.scroll_visible(animate=False)

        self.call_after_refresh(into_view)

    def focus_first(self) -> None:
        if self.specs:
            self.field(self.specs[0].name).focus()
