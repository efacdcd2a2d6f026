"""Opening the store a command names: its header checked first, then the passphrase asked."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from rondom_tui.cli.passphrase import ask_passphrase

if TYPE_CHECKING:
    from rondom_tui.store.repository import Store


def unlock_store(args: argparse.Namespace, *, record_open: bool = True) -> Store:
    """The store at `args.store`, unlocked and held (its lock file taken) until closed.

    `record_open=False` leaves the audit's OPEN entry to the caller, who saves it together
    with its own change (an import), so a command that changes nothing writes nothing."""
    from rondom_tui.store.repository import Store
    from rondom_tui.store.vault import peek_header

    path = args.store
    peek_header(path)  # a missing, foreign or damaged file is reported before asking anything
    return Store.open(path, ask_passphrase(args), record_open=record_open)
