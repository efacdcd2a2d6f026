"""Opening the store a command names: its header checked first, then the passphrase asked."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from rondom_tui.cli.passphrase import ask_passphrase
from rondom_tui.cli.recovery import read_key_file
from rondom_tui.i18n import t

if TYPE_CHECKING:
    from rondom_tui.store.repository import Store


def unlock_store(
    args: argparse.Namespace,
    *,
    record_open: bool = True,
    read_only_fallback: bool = False,
    recovery_key_file: str | None = None,
) -> Store:
    """The store at `args.store`, unlocked and held (its lock file taken) until closed.

    `record_open=False` leaves the audit's OPEN entry to the caller, who saves it together
    with its own change (an import), so a command that changes nothing writes nothing. With
    `read_only_fallback` (commands that only read), a read-only medium, a folder without
    write permission or a full disk opens the store read-only, and one line says that this
    access could not be recorded in the audit log. With `recovery_key_file`, the store is
    opened with the recovery key read from it instead of the passphrase."""
    from rondom_tui.store.repository import Store
    from rondom_tui.store.store_file import peek_header

    path = args.store
    peek_header(path)  # a missing, foreign or damaged file is reported before asking anything
    if recovery_key_file is not None:
        store = Store.open_with_recovery_key(
            path,
            read_key_file(recovery_key_file),
            record_open=record_open,
        )
    else:
        store = Store.open(
            path,
            ask_passphrase(args),
            record_open=record_open,
            read_only_fallback=read_only_fallback,
        )
    if store.read_only:
        print(t("cli.read_only_access"), file=sys.stderr)
    return store
