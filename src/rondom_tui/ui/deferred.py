"""What the unlock screen does without: loaded in a thread once that screen is drawn.

Starting `rondom` should show the unlock screen about as fast as a bare Textual app shows its
first frame (issue 14). That screen needs Textual, its widgets, the store's header (read with
`struct` alone, `store/layout.py`) and lock, and the catalogue of strings; the store itself
(its keys and cipher, TinyDB, msgspec, the models, the audit), the case list and the palette's
store commands are needed only once the passphrase is typed. So they are named here and not
imported by the first screens:

- `Store`, `StoreCommands`, `AuditAction`, and the keymap's reader (only a start with a
  keymap file needs it): looked up here (PEP 562, as `ui.screens` looks up its screens), so
  ``deferred.Store.open(...)`` imports `store/repository.py` the first time, if that has not
  happened yet;
- `load_in_background`, called by the unlock screen after its first frame, imports them, the
  case list, and the lock and help screens in a thread while the user types, so that neither
  the unlock nor the case list after it waits for an import either.

A module that is already being loaded by the thread is simply waited for (Python's import
lock), and a module that fails to load in the thread fails again, with its error, where it is
used. tests/unit/test_start_imports.py checks in a fresh interpreter that the unlock screen
appears without them and that they are loaded after its first frame.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rondom_tui.domain.models import AuditAction
    from rondom_tui.store.repository import Store
    from rondom_tui.ui.keymap import known_binding_ids, read_keymap
    from rondom_tui.ui.store_commands import StoreCommands

ON_FIRST_USE: dict[str, str] = {
    "AuditAction": "rondom_tui.domain.models",
    "Store": "rondom_tui.store.repository",
    "StoreCommands": "rondom_tui.ui.store_commands",
    "known_binding_ids": "rondom_tui.ui.keymap",
    "read_keymap": "rondom_tui.ui.keymap",
}
"""A name -> the module that holds it, imported when the name is first used."""

AFTER_FIRST_FRAME: tuple[str, ...] = (
    "rondom_tui.store.repository",
    "rondom_tui.ui.screens.case_list",
    "rondom_tui.ui.store_commands",
    "rondom_tui.ui.screens.lock",
    "rondom_tui.ui.screens.help",
    "concurrent.futures.thread",
)
"""What `load_in_background` imports, in this order: the store (which the unlock needs), the
case list (which the unlock shows), the palette's commands (and with them the models), the
lock and help screens (`ui.screens`) and the save queue's thread pool."""

__all__ = [
    "AFTER_FIRST_FRAME",
    "ON_FIRST_USE",
    "AuditAction",
    "Store",
    "StoreCommands",
    "known_binding_ids",
    "read_keymap",
]


def load_all() -> None:
    """Import everything named here, in this thread (what the background thread does)."""
    for module in (*AFTER_FIRST_FRAME, *ON_FIRST_USE.values()):
        try:
            importlib.import_module(module)
        except Exception:
            return


def load_in_background() -> threading.Thread:
    """Start importing everything named here in a thread of its own, and return it. A daemon:
    quitting at the unlock screen never waits for it."""
    thread = threading.Thread(target=load_all, name="rondom-load", daemon=True)
    thread.start()
    return thread


def first_use(owner: str, table: Mapping[str, str], namespace: dict[str, Any], name: str) -> object:
    """The object `name` of the module `table` names for it, imported now if it was not yet,
    and kept in `namespace` (the `owner` module's globals) from now on: the PEP 562
    `__getattr__` of this module and of `ui.screens`."""
    try:
        module = table[name]
    except KeyError:
        raise AttributeError(f"module {owner!r} has no attribute {name!r}") from None
    found = getattr(importlib.import_module(module), name)
    namespace[name] = found  # from now on an attribute like any other
    return found


def __getattr__(name: str) -> object:
    """The class `name`, its module imported now if it was not yet."""
    return first_use(__name__, ON_FIRST_USE, globals(), name)
