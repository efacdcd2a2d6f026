"""A backup copied from the store's sealed file on disk, not encoded again from memory
(issue 14; docs/FORMAT.md, "Backups").

Encoding a 50,000-case store to JSON (about 180 MiB) and sealing that (another 180 MiB) for a
backup held two whole copies beside the session's own data, and the daily backup is made
early in a session, when that data is largest. But while the store is held still with every
committed change written, the file on disk already is a complete sealed copy of what memory
holds: its header (the store's id and its current key slots), its snapshot and its journal's
complete records (the bytes of a broken-off append after them are left out). So the backup
copies those bytes in chunks of 1 MiB into a temp file beside the backup (0600), fsyncs it,
renames it into place and fsyncs the folder: a kill at any moment leaves the old backups and
no half one under a backup's name (its temp file is swept by the next backup).

Every byte is checked as it passes: the snapshot against its tag (AES-GCM run over it in one
streaming pass, each chunk's plaintext written over in a scratch buffer of one chunk, and
that buffer wiped at the end) and every record against its own, from the position the header
gives, so the copy's records are exactly the ones memory replayed. A file that went bad on
disk since it was opened gives `StoreCorrupt` and no backup: a copy that cannot be opened is
worse than none. Only sealed bytes are written.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from rondom_tui.store import journal
from rondom_tui.store.envelope import NONCE_LEN, TAG_LEN
from rondom_tui.store.errors import StoreChangedOnDisk, StoreCorrupt
from rondom_tui.store.files import (
    FILE_MODE,
    fsync_folder,
    read_at,
    temp_prefix,
    write_all,
    write_failed,
)
from rondom_tui.store.header import HEADER_LEN, HeaderV2
from rondom_tui.store.reading import StoreFile

CHUNK = 1024 * 1024
"""Bytes read, checked and written at a time."""


def copy_sealed_file(source: StoreFile, data_key: bytes, target: Path) -> None:
    """Copy the version 2 store file `source` (its header, snapshot and complete records) to
    `target`, atomically and with mode 0600, checking every byte as it passes (see the
    module). Raises `StoreCorrupt` for a byte that fails its check, `StoreChangedOnDisk`
    when the records are not the ones the session holds, `StoreWriteFailed` when the copy
    cannot be written; `target` is then untouched and the temp file removed."""
    current = source.header
    assert isinstance(current, HeaderV2) and source.frames is not None
    temp = target.parent / f"{temp_prefix(target)}{secrets.token_hex(6)}"
    fd = -1
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, FILE_MODE)
        tag = _copy_snapshot(source, current, data_key, fd)
        _copy_records(source, current, data_key, tag, fd)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(temp, target)
    except BaseException as exc:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise write_failed(exc) from None
        raise
    with contextlib.suppress(OSError):  # the copy is in place; see `files.replace_atomically`
        fsync_folder(target.parent)


def _copy_snapshot(source: StoreFile, current: HeaderV2, data_key: bytes, fd: int) -> bytes:
    """Copy the header and the snapshot, checked against the snapshot's tag (the header read
    from the file is its associated data); returns the tag."""
    head = read_at(source.fd, 0, HEADER_LEN)
    end = HEADER_LEN + current.snapshot_len
    tag = read_at(source.fd, end - TAG_LEN, TAG_LEN)
    check = Cipher(algorithms.AES(data_key), modes.GCM(current.snapshot_nonce, tag)).decryptor()
    check.authenticate_additional_data(head)
    write_all(fd, head)
    scratch = bytearray(CHUNK + 16)  # update_into may need a block more than it is given
    try:
        offset = HEADER_LEN
        while offset < end:
            chunk = read_at(source.fd, offset, min(CHUNK, end - offset))
            sealed = memoryview(chunk)[: max(0, end - TAG_LEN - offset)]  # not the tag
            if sealed:
                check.update_into(sealed, scratch)
            write_all(fd, chunk)
            offset += len(chunk)
        check.finalize()
    except InvalidTag:
        raise StoreCorrupt("store.body_altered") from None
    finally:
        scratch[:] = bytes(len(scratch))
    return tag


def _copy_records(
    source: StoreFile, current: HeaderV2, data_key: bytes, tag: bytes, fd: int
) -> None:
    """Copy the journal's complete records (up to where the session's next append goes),
    each checked against its tag at its position."""
    assert source.frames is not None
    end = source.frames.end
    found = journal.find_frames(
        lambda offset, size: read_at(source.fd, offset, size),
        HEADER_LEN + current.snapshot_len,
        end,
    )
    if found.torn:  # the session appends only whole records after `end`: not its file
        raise StoreChangedOnDisk()
    aead = AESGCM(data_key)
    at = journal.Position(current.store_id, current.generation, 0, tag)
    for offset, length in found.spans:
        frame = read_at(source.fd, offset - journal.FRAME_HEAD, journal.FRAME_HEAD + length)
        nonce = frame[journal.FRAME_HEAD - NONCE_LEN : journal.FRAME_HEAD]
        try:
            aead.decrypt(nonce, frame[journal.FRAME_HEAD :], at.associated_data())
        except InvalidTag:
            raise StoreCorrupt("store.journal_altered") from None
        at = at.after(frame[-TAG_LEN:])
        write_all(fd, frame)
    if source.position is not None and at != source.position:
        raise StoreChangedOnDisk()  # not the records this session replayed and appended
