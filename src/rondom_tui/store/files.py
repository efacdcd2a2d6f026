"""Atomic writes and the folder rules of a store: 0600 files, 0700 folders, no leftovers."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from rondom_tui.store.errors import StoreWriteFailed

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def temp_prefix(path: Path) -> str:
    """Temp files of `path` start with this name, so a later open can sweep them."""
    return f".{path.name}.tmp-"


def ensure_folder(folder: Path) -> None:
    """Create `folder` (0700) when missing; an existing folder keeps its mode."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=FOLDER_MODE)
        os.chmod(folder, FOLDER_MODE)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` by `data` so that a crash leaves the old or the new file, never half.

    Temp file in the same folder (0600), written and fsynced, renamed over the target, then the
    folder fsynced so the rename itself is durable. Raises `StoreWriteFailed`; the old file is
    untouched and the temp file removed.
    """
    folder = path.parent
    temp = folder / f"{temp_prefix(path)}{secrets.token_hex(6)}"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise StoreWriteFailed(reason=exc.strerror or type(exc).__name__) from None
    # The new file is in place: from here on the save counts as done. A failing folder fsync
    # only weakens durability against a power cut; reporting the save as failed would be false.
    with contextlib.suppress(OSError):
        fsync_folder(folder)


def fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sweep_temp_files(path: Path) -> int:
    """Remove temp files an interrupted save of `path` left behind; returns how many."""
    removed = 0
    prefix = temp_prefix(path)
    with contextlib.suppress(OSError):
        for entry in path.parent.iterdir():
            if entry.name.startswith(prefix):
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed += 1
    return removed
