"""Issue 8 on the command line: findings 1 (plain lines), 4 (export and audit agree), 5
(special files), 6 (an atomic demo) and 8 (a closed standard output)."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rondom_tui.cli.program import main
from rondom_tui.domain.models import AuditAction
from rondom_tui.store.backup_files import backup_folder as backups_folder
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.lock import StoreLock, lock_path
from rondom_tui.store.repository import Store
from tests.conftest import PASSPHRASE, secret_case
from tests.hostile_data import UNSAFE, hostile_store

RONDOM = [sys.executable, "-m", "rondom_tui"]
QUICK = 5.0
"""Seconds within which a refusal must come: a FIFO must never make a command wait."""


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "vreemd.rondom"
    hostile_store(path, PASSPHRASE)
    return path


def run(store: Path, passfile: Path, *args: str) -> int:
    return main([*args, "--store", str(store), "--passphrase-file", str(passfile)])


# -- plain lines (finding 1) ------------------------------------------------------------


def test_list_and_audit_of_hostile_data_hold_no_control_character(
    hostile: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (("list",), ("list", "--json"), ("audit",), ("verify",)):
        assert run(hostile, passfile, *args) == 0
        out = capsys.readouterr().out
        assert not UNSAFE.search(out), args
    assert run(hostile, passfile, "list") == 0
    assert "PWNED" in capsys.readouterr().out  # shown, as words


def test_every_line_the_command_prints_is_plain(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "x\x1b]0;titel\x07\u202e" / "s.rondom"
    assert run(store, passfile, "list") != 0
    err = capsys.readouterr().err
    assert "titel" in err and not UNSAFE.search(err)


def test_the_store_in_use_message_shows_the_holder_as_plain_text(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s.rondom"
    Store.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    with StoreLock(path):
        lock_path(path).write_text(json.dumps({"pid": "1\x1b]0;X\x07", "user": "\x1b[2Jeve"}))
        assert run(path, passfile, "list") == 4
    err = capsys.readouterr().err
    assert "eve" in err and not UNSAFE.search(err)


def test_a_closed_standard_output_ends_the_command_quietly(tmp_path: Path, passfile: Path) -> None:
    path = tmp_path / "s.rondom"
    with Store.create(path, PASSPHRASE, kdf=FAST_KDF) as store:
        store.cases.add_many([secret_case() for _ in range(3)])
    read, write = os.pipe()
    os.close(read)  # `rondom list | head -1`, with head already gone
    try:
        result = subprocess.run(
            [*RONDOM, "list", "--store", str(path), "--passphrase-file", str(passfile)],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write)
    assert (result.returncode, result.stderr) == (0, "")


# -- export and audit agree (finding 4) --------------------------------------------------


def _failing_saves(monkeypatch: pytest.MonkeyPatch, after: int) -> None:
    """Every append to the store after the first `after` fails as on a full disk (a bundle
    is written with `os.write`, an append with `os.pwrite`)."""
    real = os.pwrite
    calls = [0]

    def pwrite(fd: int, data: bytes, offset: int) -> int:
        calls[0] += 1
        if calls[0] > after:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, data, offset)

    monkeypatch.setattr(os, "pwrite", pwrite)


@pytest.mark.parametrize("appends_that_work", [1, 2, 3])
def test_an_export_and_its_audit_entries_agree_on_a_full_disk(
    tmp_path: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    appends_that_work: int,
) -> None:
    """The disk fills up after the lock file (1), the opening's audit entry (2) or the
    export's "started" entry (3): the first opens read-only and says the export goes
    unrecorded; the second writes no bundle; the third takes the bundle back and says so.
    Never a bundle with a "started" entry but no "done", never "unchanged" after a write."""
    path, out = tmp_path / "s.rondom", tmp_path / "b.age"
    with Store.create(path, PASSPHRASE, kdf=FAST_KDF) as store:
        case = store.cases.add(secret_case())
    recipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
    _failing_saves(monkeypatch, appends_that_work)
    code = run(path, passfile, "export", case.code, "-o", str(out), "-r", recipient)
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    if appends_that_work == 1:
        assert code == 0 and out.exists() and "niet in het auditlog" in err
    else:
        assert code == 1 and not out.exists()
    if appends_that_work == 3:  # the bundle was written, then taken back: never "unchanged"
        assert "verwijderd" in err and "ongewijzigd" not in err
    monkeypatch.undo()
    with Store.open(path, PASSPHRASE) as store:
        steps = [
            e.detail.rsplit(";", 1)[1]
            for e in store.audit.entries(case.id)
            if e.action is AuditAction.EXPORT
        ]
    assert steps == (["export=started"] if appends_that_work == 3 else [])


def _targets(store: Path, tmp_path: Path) -> list[Path]:
    backups = backups_folder(store)
    backups.mkdir()
    (backups / "1.rondom").write_bytes(store.read_bytes())
    symlink, hardlink = tmp_path / "link.md", tmp_path / "hard.md"
    symlink.symlink_to(store)
    os.link(store, hardlink)
    return [store, lock_path(store), backups / "1.rondom", backups / "new.md", symlink, hardlink]


def test_an_export_never_writes_over_the_store_its_lock_or_a_backup(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s.rondom"
    with Store.create(path, PASSPHRASE, kdf=FAST_KDF) as store:
        case = store.cases.add(secret_case())
    recipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
    for target in _targets(path, tmp_path):
        for args in (
            ("export", case.code, "-o", str(target), "-r", recipient, "--force"),
            ("timeline", case.code, "--format", "md", "-o", str(target), "--force"),
        ):
            before = path.read_bytes()
            assert run(path, passfile, *args) == 5, (target, args[0])
            assert "nooit een export" in capsys.readouterr().err
            assert path.read_bytes() == before
    assert not (backups_folder(path) / "new.md").exists()


# -- special files (finding 5) -----------------------------------------------------------


def _timed(*args: str) -> tuple[int, str, float]:
    started = time.monotonic()
    result = subprocess.run([*RONDOM, *args], capture_output=True, text=True, timeout=60)
    return result.returncode, result.stderr, time.monotonic() - started


def test_a_fifo_or_a_device_as_passphrase_file_gets_one_line_at_once(tmp_path: Path) -> None:
    path = tmp_path / "s.rondom"
    Store.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    fifo = tmp_path / "pass.fifo"
    os.mkfifo(fifo)
    for special in (fifo, Path("/dev/zero")):
        code, err, seconds = _timed("list", "--store", str(path), "--passphrase-file", str(special))
        assert code == 1 and len(err.strip().splitlines()) == 1 and seconds < QUICK
        assert "geen gewoon bestand" in err
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)
    code, err, _ = _timed("list", "--store", str(path), "--passphrase-file", str(big))
    assert code == 5 and "4096" in err


def test_a_fifo_or_a_device_as_bundle_or_key_file_gets_one_line_at_once(
    tmp_path: Path, passfile: Path
) -> None:
    path = tmp_path / "s.rondom"
    Store.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    fifo = tmp_path / "bundle.fifo"
    os.mkfifo(fifo)
    store_args = ("--store", str(path), "--passphrase-file", str(passfile))
    for special in (str(fifo), "/dev/zero"):
        code, err, seconds = _timed("import", special, *store_args)
        assert code == 5 and len(err.strip().splitlines()) == 1 and seconds < QUICK
        assert "geen gewoon bestand" in err
    bundle = tmp_path / "b.age"
    bundle.write_bytes(b"age-encryption.org/v1\n")
    code, err, seconds = _timed("import", str(bundle), "--identity", str(fifo), *store_args)
    assert code == 5 and len(err.strip().splitlines()) == 1 and seconds < QUICK


# -- an atomic demo (finding 6) ----------------------------------------------------------


def _demo(folder: Path, *extra: str) -> subprocess.Popen[bytes]:
    args = [*RONDOM, "demo", "--no-open", "--cases", "300", "--store", "demo.rondom", *extra]
    return subprocess.Popen(args, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _demo_cases(path: Path) -> int:
    with Store.open(path, "demo", record_open=False) as store:
        assert store.is_demo
        return store.cases.count()


def test_a_demo_killed_at_any_moment_leaves_the_old_one_or_the_new_one(tmp_path: Path) -> None:
    path = tmp_path / "demo.rondom"
    started = time.monotonic()
    assert _demo(tmp_path).wait(timeout=120) == 0
    full = time.monotonic() - started
    assert _demo_cases(path) == 300
    # Kills spread over the whole run: during start-up, while building, around the rename.
    for step in range(8):
        before = path.read_bytes()
        process = _demo(tmp_path, "--force")
        time.sleep(full * step / 8)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        assert path.exists(), step
        assert _demo_cases(path) == 300, step  # old or new, complete either way
        if path.read_bytes() != before:
            assert process.returncode in (0, -signal.SIGKILL)
    assert _demo(tmp_path).wait(timeout=120) == 0  # the next demo sweeps what a kill left
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "demo-extract.age",
        "demo.rondom",
        "demo.rondom.lock",
    ]
