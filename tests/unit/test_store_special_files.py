"""Only regular files are opened as a store (issue 8, finding 5): a pipe, a device, a folder, a
socket or a link is refused at once with one line; the header is read first and the sizes are
checked against the file's real size before anything else is read."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from rondom_tui.cli.program import main
from rondom_tui.store import envelope
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.errors import StoreCorrupt, StoreNotAFile
from rondom_tui.store.header import HEADER_LEN
from rondom_tui.store.repository import Store
from rondom_tui.store.store_file import peek_header
from tests.conftest import PASSPHRASE, secret_case


@contextmanager
def bytes_read(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts the bytes the store reads (`os.pread`) while the block runs."""
    counted = [0]
    pread = os.pread

    def counting(fd: int, size: int, offset: int) -> bytes:
        data = pread(fd, size, offset)
        counted[0] += len(data)
        return data

    with monkeypatch.context() as patch:
        patch.setattr(os, "pread", counting)
        yield counted


def test_a_pipe_is_refused_at_once_from_the_command_line(tmp_path: Path) -> None:
    """A FIFO used to hang `rondom` forever (waiting for a writer that never comes)."""
    fifo = tmp_path / "store.rondom"
    os.mkfifo(fifo)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "rondom_tui",
            "list",
            "--store",
            str(fifo),
            "--passphrase-file",
            "-",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


@pytest.mark.parametrize("kind", ["folder", "device", "socket", "link to a device", "link"])
def test_what_is_not_a_regular_file_is_never_opened_as_a_store(
    tmp_path: Path, store_path: Path, kind: str
) -> None:
    path = tmp_path / "store.rondom"
    if kind == "folder":
        path.mkdir()
    elif kind == "device":
        path = Path("/dev/zero")
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
    elif kind == "link to a device":
        path.symlink_to("/dev/zero")  # used to grow past 9 GB of memory
    else:
        Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
        path.symlink_to(store_path)
    for opening in (peek_header, lambda p: Store.open(p, PASSPHRASE)):
        with pytest.raises(StoreNotAFile) as caught:
            opening(path)
        expected = "store.symlink" if "link" in kind else "store.not_a_file"
        assert caught.value.message_id == expected


def test_a_store_path_that_is_a_folder_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "store.rondom"
    folder.mkdir()
    passfile = tmp_path / "pass"
    passfile.write_text(PASSPHRASE)
    assert main(["verify", "--store", str(folder), "--passphrase-file", str(passfile)]) == 1


def test_peeking_reads_the_header_only(
    store: Store, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.batch():
        store.cases.add_many([secret_case() for _ in range(100)])
    with bytes_read(monkeypatch) as read:
        assert peek_header(store_path).version == 2
    assert read[0] <= HEADER_LEN


@pytest.mark.parametrize("size", [1_900_000_000, 2 * 1024**3 + 1])
def test_a_huge_sparse_file_with_a_valid_header_is_refused_unread(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    """1.9 GB: more after the journal than any broken-off save could leave; over 2 GiB: too
    large. Both refused before the KDF runs, having read a few hundred bytes (it used to be
    read twice: 17 s and 5.9 GB)."""
    with Store.create(store_path, PASSPHRASE, kdf=FAST_KDF) as store:
        store.cases.add(secret_case())
    os.truncate(store_path, size)

    def no_kdf(*args: object, **kwargs: object) -> None:
        raise AssertionError("the KDF must not run for a file refused by its sizes")

    monkeypatch.setattr(envelope, "Argon2id", no_kdf)
    with bytes_read(monkeypatch) as read, pytest.raises(StoreCorrupt) as caught:
        Store.open(store_path, PASSPHRASE)
    assert caught.value.message_id in {"store.journal_tail", "store.too_large"}
    assert read[0] < 64 * 1024
    assert store_path.stat().st_size == size  # not touched


def test_a_snapshot_length_beyond_the_file_is_truncation(store_path: Path) -> None:
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    data = bytearray(store_path.read_bytes())
    data[213:221] = (len(data)).to_bytes(8, "big")
    store_path.write_bytes(bytes(data))
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(store_path, PASSPHRASE)
    assert caught.value.message_id == "store.truncated"
