"""A store file opened for reading, its header and its journal's frames checked, before any
key is known: `peek_header`, which the unlock screen runs before its first frame.

A FIFO, a device, a folder or a link is refused at once (`StoreNotAFile`); a file over 2 GiB,
or one whose journal ends in more bytes than a broken-off append could leave, is refused
before the passphrase is even used. Nothing here writes, and nothing here needs the
cryptography (`layout`): decrypting is `reading`'s.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from rondom_tui.store.files import open_regular, read_at
from rondom_tui.store.layout import HEADER_LEN, Frames, Header, HeaderV2, find_frames, parse_header

if TYPE_CHECKING:
    from rondom_tui.store.journal import Position

_GENERATION_AT = 193


class StoreFile:
    """An open store file and what its sizes say, before or after decryption.

    A plain class, not a dataclass: it is made before the unlock screen's first frame, and a
    dataclass costs most of a millisecond to create (see `layout`)."""

    __slots__ = ("fd", "frames", "header", "path", "position", "size", "writable")

    def __init__(
        self,
        path: Path,
        fd: int,
        writable: bool,
        size: int,
        header: Header | HeaderV2,
        frames: Frames | None,
        position: Position | None = None,
    ) -> None:
        self.path = path
        self.fd = fd
        """Read-write when `writable`, else read-only; -1 once closed."""
        self.writable = writable
        self.size = size
        self.header = header
        self.frames = frames
        """The journal's complete records (version 2 only)."""
        self.position = position
        """Where the next record goes; known once the journal was decrypted (version 2
        only)."""

    def __repr__(self) -> str:
        return f"StoreFile({self.path!r}, fd={self.fd}, size={self.size})"

    def read(self, offset: int, size: int) -> bytes:
        return read_at(self.fd, offset, size)

    def appended(self, length: int, position: Position) -> StoreFile:
        """This file after a record of `length` bytes was appended."""
        assert self.frames is not None
        self.frames = Frames([], self.frames.end + length, 0)
        self.size = self.frames.end
        self.position = position
        return self

    def closed(self) -> StoreFile:
        self.fd = -1
        return self


def open_store_file(path: Path, *, writable: bool) -> StoreFile:
    """The store file at `path`, its header parsed and its journal's frames found."""
    fd = open_regular(path, writable=writable)
    try:
        size = os.fstat(fd).st_size
        head = read_at(fd, 0, min(size, HEADER_LEN))
        parsed = parse_header(head, size)
        frames = None
        if isinstance(parsed, HeaderV2):
            frames = find_frames(
                lambda offset, length: read_at(fd, offset, length),
                HEADER_LEN + parsed.snapshot_len,
                size,
            )
    except BaseException:
        os.close(fd)
        raise
    return StoreFile(path, fd, writable, size, parsed, frames)


@contextmanager
def opened(path: Path, *, writable: bool) -> Iterator[StoreFile]:
    file = open_store_file(path, writable=writable)
    try:
        yield file
    finally:
        os.close(file.fd)


def peek_header(path: Path) -> Header | HeaderV2:
    """The header of the store at `path`, checked but not yet authenticated: reads 221 bytes
    at most (and the lengths of the journal's frames), from a regular file only."""
    with opened(path, writable=False) as file:
        return file.header


def generation_of(file: StoreFile) -> int | None:
    """The generation the file's header says now (version 2), read from its descriptor."""
    if not isinstance(file.header, HeaderV2):
        return None
    return int.from_bytes(file.read(_GENERATION_AT, 8), "big")
