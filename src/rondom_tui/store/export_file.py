"""Writing an export (Markdown, HTML, CSV) where the user said, readable by the user alone.

An export leaves the encrypted store on purpose, so the app writes one only to the path typed
in the export dialog, never over an existing file unless the caller confirmed it, and always
with mode 0600 (whatever the umask). Errors name the reason, never the path or the content.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from rondom_tui.domain.errors import RondomError
from rondom_tui.store.backup_files import backup_folder
from rondom_tui.store.files import FILE_MODE
from rondom_tui.store.lock import lock_path


class ExportFailed(RondomError):
    """The export could not be written; nothing was left behind."""

    message_id = "export.file.failed"


class ExportExists(RondomError):
    """A file is already there and overwriting was not confirmed."""

    message_id = "export.file.exists"


def export_path(text: str) -> Path:
    """The path the user typed, with ``~`` expanded and made absolute (nothing is created)."""
    return Path(os.path.expanduser(text.strip())).absolute()


def is_store_file(path: Path, store_path: Path) -> bool:
    """True when `path` names the store, its lock, one of its backups or a link to one of
    them (symbolic or hard): no export is ever written there, whatever the user confirms."""
    target = path.expanduser().absolute()
    store = store_path.expanduser().absolute()
    backups = backup_folder(store)
    own = [store, lock_path(store)]
    resolved = target.resolve()
    if resolved in {p.resolve() for p in own}:
        return True
    if backups.resolve() in (resolved, *resolved.parents):
        return True
    try:
        info = target.stat()
    except OSError:  # nothing there yet: only its name could have been one of them
        return False
    with contextlib.suppress(OSError):
        own += list(backups.iterdir())
    for other in own:
        with contextlib.suppress(OSError):
            if os.path.samestat(info, other.stat()):
                return True
    return False


def write_export(path: Path, text: str | bytes, *, overwrite: bool = False) -> None:
    """Write `text` (UTF-8 when a str) to `path` with mode 0600.

    Without `overwrite` an existing file (or link) at `path` is refused with `ExportExists`.
    With it, the new content goes to a 0600 temp file beside it that replaces the old file in
    one rename, so a failed write leaves the old file as it was and a link at `path` is
    replaced, not followed.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        if overwrite:
            _replace(path, data)
        else:
            _create(path, data)
    except OSError as exc:
        raise ExportFailed(reason=exc.strerror or type(exc).__name__) from None


def remove_export(path: Path) -> None:
    """Take back an export just written (it could not be recorded in the audit log)."""
    with contextlib.suppress(OSError):
        path.expanduser().unlink()


def _create(path: Path, data: bytes) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        raise ExportExists() from None
    try:
        _write_all(fd, data)
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    finally:
        os.close(fd)


def _replace(path: Path, data: bytes) -> None:
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
    temp = path.parent / f".{path.name}.export-{secrets.token_hex(6)}"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _write_all(fd: int, data: bytes) -> None:
    os.fchmod(fd, FILE_MODE)  # the umask can only take bits away; make it exact anyway
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)
