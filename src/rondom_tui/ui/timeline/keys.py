"""The keys of the Tijdlijn widget, as data: the Footer shows the editing keys; moving and
zooming are named in the screen's heading and in help (`?`), so that an 80-column Footer keeps
the screen's own keys. Descriptions are message ids (see `ui.bindings.Translated`); every
binding has an id, so users can remap it."""

from __future__ import annotations

from textual.binding import Binding, BindingType

TIMELINE_BINDINGS: list[BindingType] = [
    Binding("a", "add", "timeline.key.add", id="timeline.add"),
    Binding("e,enter", "edit", "timeline.key.edit", id="timeline.edit"),
    Binding("d,delete", "delete", "timeline.key.delete", id="timeline.delete"),
    Binding("left", "step(-1)", "timeline.key.previous", show=False, id="timeline.previous"),
    Binding("right", "step(1)", "timeline.key.next", show=False, id="timeline.next"),
    Binding("up", "lane(-1)", "timeline.key.lane_up", show=False, id="timeline.lane_up"),
    Binding("down", "lane(1)", "timeline.key.lane_down", show=False, id="timeline.lane_down"),
    Binding(
        "plus,equals_sign",
        "zoom(-1)",
        "timeline.key.zoom_in",
        key_display="+",
        show=False,
        id="timeline.zoom_in",
    ),
    Binding(
        "minus",
        "zoom(1)",
        "timeline.key.zoom_out",
        key_display="-",
        show=False,
        id="timeline.zoom_out",
    ),
    Binding("shift+left", "pan(-1)", "timeline.key.pan_left", show=False, id="timeline.pan_left"),
    Binding("shift+right", "pan(1)", "timeline.key.pan_right", show=False, id="timeline.pan_right"),
    Binding("pageup", "page(-1)", "timeline.key.page_left", show=False, id="timeline.page_left"),
    Binding("pagedown", "page(1)", "timeline.key.page_right", show=False, id="timeline.page_right"),
    Binding("home", "end(-1)", "timeline.key.first", show=False, id="timeline.first"),
    Binding("end", "end(1)", "timeline.key.last", show=False, id="timeline.last"),
    Binding("t", "today", "timeline.key.today", show=False, id="timeline.today"),
    Binding("h", "toggle_empty", "timeline.key.hide_empty", show=False, id="timeline.hide_empty"),
]
