"""The text on screen, in memory: what a person in the room can read."""

from __future__ import annotations

import re
from dataclasses import replace

from textual.app import App
from textual.widget import Widget


def screen_text(app: App[object]) -> str:
    """Every line of the current screen as plain text (modals included)."""
    strips = app.screen._compositor.render_strips()  # Textual has no public text export
    return "\n".join(strip.text.rstrip() for strip in strips)


def static_text(widget: Widget) -> str:
    """The lines one widget paints (a `Static` or `Label`), as plain text."""
    return "\n".join(s.text for s in widget.render_lines(widget.region.reset_offset))


def names_key(text: str, key: str) -> bool:
    """`key` is named in `text` as a word of its own: at the start of a line or after a space,
    and followed by a space or the end of a line (the "l " that ends "Schoolplein " is not
    the key `l`)."""
    pattern = rf"(?:^|\s){re.escape(key)}(?=\s|$)"
    return re.search(pattern, text, flags=re.MULTILINE) is not None


def assert_every_key_on_screen(app: App[object], *, hint_lines: int | None = None) -> int:
    """Every key of the screen in front is named on it: in the Footer (bottom line) when
    `show` and there is room, else on the key line(s) just above it (or anywhere else on the
    screen when `hint_lines` is None). Returns how many keys were checked."""
    lines = screen_text(app).splitlines()
    above = lines[:-1] if hint_lines is None else lines[-1 - hint_lines : -1]
    footer, hint = lines[-1], " ".join(above)
    screen = app.screen
    checked = 0
    shown_in_footer = set()
    for key_name, active in screen.active_bindings.items():
        binding = active.binding
        if active.node is not screen or binding.key in {"tab", "shift+tab", "ctrl+c", "super+c"}:
            continue
        if binding.show:
            if binding.action in shown_in_footer:
                continue  # one binding on several keys is shown once, by its first key
            shown_in_footer.add(binding.action)
            key = binding.key_display or app.get_key_display(replace(binding, key=key_name))
            if not names_key(footer, f"{key} {binding.description}"):
                # The Footer shows fewer keys rather than cut one; `? Help` then ends it, and
                # the dropped key is named above it.
                assert footer.rstrip().endswith("? Help"), footer
                assert names_key(hint.lower(), key.lower()), (binding.description, hint)
        else:
            key = binding.key_display or binding.key.split(",")[0]
            shown_as = app.get_key_display(replace(binding, key=key_name))
            assert names_key(hint, key) or names_key(hint, shown_as), (binding.key, hint)
        checked += 1
    for key in ("ctrl+l", "?", "ctrl+p"):  # the app's own keys are named too (in the Header)
        assert names_key("\n".join(lines), key), key
    return checked
