"""The user's own keys: a TOML file that gives any binding another key, found by the binding's id.

The file is ``keymap.toml`` in the user's config folder (``~/.config/rondom/`` on Linux)::

    [keys]
    "caselist.new" = "N"
    "timeline.add" = "a,insert"

The app reads it once at start and hands it to `App.set_keymap`, Textual's own remapping by
binding id; README (section Keys) lists the ids. Entries that cannot work (an unknown id, a value
that is not a key) are left out and named in one line; the rest still applies. The file is the
user's, not case data, but it is still untrusted text: what the line quotes is escaped.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from textual.binding import Binding
from textual.dom import DOMNode
from textual.keys import REPLACED_KEYS, Keys, key_to_character

from rondom_tui.i18n import t
from rondom_tui.ui import screens

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
NAMED_KEYS = frozenset(key.value for key in Keys)
SHOWN_PROBLEMS = 3
"""Problems named in the one line; the others are counted."""


@dataclass(frozen=True, slots=True)
class UserKeymap:
    """What a keymap file asks for, and what in it could not be used."""

    keys: dict[str, str] = field(default_factory=dict)
    """Binding id -> keys (comma-separated), ready for `App.set_keymap`."""
    problems: list[str] = field(default_factory=list)
    """One short phrase per entry left out (or for the whole file)."""

    def report(self, path: Path) -> str:
        """The problems in one line, for a notification; empty when there are none."""
        if not self.problems:
            return ""
        named = "; ".join(self.problems[:SHOWN_PROBLEMS])
        more = len(self.problems) - SHOWN_PROBLEMS
        if more > 0:
            named += " " + t("keymap.more", count=more)
        return t("keymap.problems", path=str(path), problems=named)


def read_keymap(path: Path, known_ids: Iterable[str]) -> UserKeymap:
    """The keymap in `path` (none when there is no file), checked against the binding ids the
    app has. Never raises: what is wrong is described in `UserKeymap.problems`."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return UserKeymap()
    except (OSError, UnicodeDecodeError):
        return UserKeymap(problems=[t("keymap.unreadable")])
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        where = re.search(r"line (\d+)", str(error))
        line = where.group(1) if where else "?"
        return UserKeymap(problems=[t("keymap.not_toml", line=line)])
    table = document.get("keys")
    others = [name for name in document if name != "keys"]
    problems = [t("keymap.unknown_table", name=_quoted(name)) for name in others]
    if not isinstance(table, dict):
        return UserKeymap(problems=[*problems, t("keymap.no_keys_table")])
    known = set(known_ids)
    keys: dict[str, str] = {}
    for binding_id, value in table.items():
        if binding_id not in known:
            problems.append(t("keymap.unknown_id", id=_quoted(binding_id)))
        elif not isinstance(value, str) or not is_key_list(value):
            problems.append(t("keymap.not_a_key", id=binding_id, value=_quoted(value)))
        else:
            keys[binding_id] = ",".join(k.strip() for k in value.split(","))
    return UserKeymap(keys, problems)


def is_key_list(text: str) -> bool:
    """True for keys as `Binding` takes them: ``N``, ``ctrl+s``, ``f2,question_mark``."""
    return all(_is_key(key.strip()) for key in text.split(","))


def _is_key(key: str) -> bool:
    if len(key) == 1:
        return key.isprintable() and not key.isspace()
    *modifiers, base = key.split("+")
    if not base or any(m not in MODIFIERS for m in modifiers):
        return False
    if len(base) == 1:
        return base.isprintable() and not base.isspace()
    return base in NAMED_KEYS or key_to_character(REPLACED_KEYS.get(base, base)) is not None


def _quoted(value: object) -> str:
    """A value from the file as the line shows it: short, quoted, control characters escaped."""
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def known_binding_ids(prefix: str = "rondom_tui.") -> set[str]:
    """The ids of every binding of our screens, modals and widgets (of every class loaded from
    a module under `prefix`, after loading every screen the app loads on first use)."""
    screens.load_all()
    return {
        binding.id
        for cls in _subclasses(DOMNode)
        if cls.__module__.startswith(prefix)
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", ()))
        if binding.id is not None
    }


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)
