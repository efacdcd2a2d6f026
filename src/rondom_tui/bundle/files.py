"""Reading and writing bundle files. Only encrypted bytes pass through here.

Reading takes regular files only (`-`, standard input, is read as a stream), checks the size
the file system reports before reading a byte, and then reads at most one byte more than the
cap, so a file that claims 4 GB (a sparse file) is refused at once without being loaded, and a
FIFO or a device is refused before it could make the command wait or read without end.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import BinaryIO

from rondom_tui.bundle.age_format import MAX_BUNDLE_BYTES
from rondom_tui.bundle.errors import BundleError, BundleInvalid
from rondom_tui.domain.errors import RondomError
from rondom_tui.store.export_file import write_export
from rondom_tui.store.user_files import FileTooLarge, NotARegularFile, read_regular_file

FILE_MODE = 0o600


def read_bundle_file(path: Path) -> bytes:
    """The bytes of a bundle file; refuses a missing, special (a FIFO, a device: at once,
    never waited on) or too large file."""
    try:
        return read_regular_file(path.expanduser(), MAX_BUNDLE_BYTES)
    except NotARegularFile:
        raise BundleError("bundle.file.special", path=str(path)) from None
    except FileTooLarge:
        raise _too_large() from None
    except OSError:
        raise BundleError("bundle.file.unreadable", path=str(path)) from None


def read_bundle_stream(stream: BinaryIO) -> bytes:
    """Read a bundle from a stream (standard input), at most the size cap."""
    data = stream.read(MAX_BUNDLE_BYTES + 1)
    if len(data) > MAX_BUNDLE_BYTES:
        raise _too_large()
    return data


def write_bundle_file(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """Write an encrypted bundle (mode 0600). An existing file is kept unless `overwrite`; a
    failed write leaves no partial file behind. Overwriting goes through a temp file renamed
    over the old one (the exports' writer): the old file stays whole until the new one is,
    and a link at `path` is replaced, not followed."""
    target = path.expanduser()
    if overwrite:
        try:
            write_export(target, data, overwrite=True)
        except RondomError:
            raise BundleError("bundle.file.write_failed", path=str(path)) from None
        return
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    try:
        fd = os.open(target, flags, FILE_MODE)
    except FileExistsError:
        raise BundleError("bundle.file.exists", path=str(path)) from None
    except OSError:
        raise BundleError("bundle.file.write_failed", path=str(path)) from None
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            target.unlink()
        raise BundleError("bundle.file.write_failed", path=str(path)) from None
    os.close(fd)


def _too_large() -> BundleInvalid:
    return BundleInvalid("bundle.invalid.too_large", limit_mib=MAX_BUNDLE_BYTES >> 20)
