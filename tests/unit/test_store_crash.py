"""A kill at any moment leaves the old or the new store readable (during saves, appends,
compactions and passphrase changes), and hostile bytes are named."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rondom_tui.domain.models import AuditAction, Case
from rondom_tui.store import header
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.errors import StoreError, WrongPassphraseOrCorrupt
from rondom_tui.store.recovery import RecoveryKey
from rondom_tui.store.repository import Store
from tests.conftest import PASSPHRASE
from tests.unit.store_files import record_spans

WRITER = """
import sys
from pathlib import Path
from rondom_tui.domain.models import Case
from rondom_tui.store.repository import Store
store = Store.open(Path(sys.argv[1]), sys.argv[2])
print("ready", flush=True)
index = store.cases.count()
while True:
    index += 1
    store.cases.add(Case(given_name=f"Kind {index}", question="x" * 20000))
"""


def kill_at_a_random_moment(script: str, rng: random.Random, *args: str) -> None:
    """Start a writer (`script` prints "ready" and then writes for ever) and SIGKILL it after
    a random while."""
    writer = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.05, 0.4))
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=30)


def counts_after_kills(script: str, path: Path, seed: int) -> list[int]:
    """The case counts after each of six writers of `script` was killed: the store opens and
    verifies every time (old or new, never half)."""
    Store.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    rng = random.Random(seed)
    counts = []
    for _ in range(6):
        kill_at_a_random_moment(script, rng, str(path), PASSPHRASE)
        with Store.open(path, PASSPHRASE) as store:
            counts.append(store.cases.count())
            assert store.verify()["cases"] == counts[-1]
    return counts


def test_killing_a_writer_at_random_moments_never_breaks_the_store(tmp_path: Path) -> None:
    counts = counts_after_kills(WRITER, tmp_path / "store.rondom", 20261129)
    assert counts == sorted(counts) and counts[-1] > 0


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_named_error_from_the_header_parser(data: bytes) -> None:
    with contextlib.suppress(StoreError):
        header.parse_header(data)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=200), st.binary(min_size=1, max_size=8))
def test_overwritten_bytes_are_refused_by_name(tmp_path_factory, offset: int, junk: bytes) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("damage")
    path = folder / "store.rondom"
    Store.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    data = bytearray(path.read_bytes())
    offset = min(offset, len(data) - 1)
    changed = bytes(data[:offset]) + junk + bytes(data[offset + len(junk) :])
    if changed == bytes(data):
        return
    path.write_bytes(changed)
    try:
        Store.open(path, PASSPHRASE).close()
    except StoreError:
        assert path.read_bytes() == changed
    else:
        raise AssertionError("a changed store opened")


STOP_AT = """
import os, sys
from pathlib import Path
from rondom_tui.domain.models import AuditAction
from rondom_tui.store.repository import Store
path, passphrase, stop = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
# No backups: the store file's own steps are stopped here (tests/unit/test_cli_recovery.py
# kills rondom passwd while it seals the backups)
os.environ.update({f"RONDOM_BACKUPS_{n}": "0" for n in ("DAILY", "WEEKLY", "EVENTS")})
store = Store.open(path, passphrase, record_open=False)
real = {name: getattr(os, name) for name in ("write", "pwrite", "fsync", "replace")}

def stopping(name):
    def call(*args):
        if stop == name + " half":  # the kernel got half of the bytes, then the kill
            data = args[1]
            real[name](args[0], data[: len(data) // 2], *args[2:])
            os._exit(9)
        if stop == "before " + name:
            os._exit(9)
        result = real[name](*args)
        if stop == "after " + name:
            os._exit(9)
        return result
    return call

for name in real:
    setattr(os, name, stopping(name))
if sys.argv[4] == "append":
    store.audit.record(AuditAction.VIEW)
else:
    store.compact()  # a rewrite (closing would not: the journal holds audit entries only)
os._exit(0)
"""

APPEND_STOPS = ["pwrite half", "before fsync", "after fsync"]
REWRITE_STOPS = [
    "write half",
    "before fsync",
    "after fsync",
    "before replace",
    "after replace",
    "after write",
]


def stop_at(path: Path, what: str, stop: str) -> None:
    """Run an append or a compaction of the store at `path` in another process, killed at
    `stop` (`os._exit`, as abrupt as SIGKILL for the file)."""
    done = subprocess.run(
        [sys.executable, "-c", STOP_AT, str(path), PASSPHRASE, stop, what], timeout=60
    )
    assert done.returncode == 9  # it really stopped there


@pytest.mark.parametrize(
    ("what", "stop"),
    [("append", s) for s in APPEND_STOPS] + [("compaction", s) for s in REWRITE_STOPS],
)
def test_a_kill_at_any_step_of_an_append_or_a_compaction_leaves_the_old_or_the_new_store(
    tmp_path: Path, what: str, stop: str
) -> None:
    path = tmp_path / "store.rondom"
    with Store.create(path, PASSPHRASE, kdf=FAST_KDF) as store:
        store.cases.add(Case(given_name="Kind"))
    stop_at(path, "append", "after fsync")  # a journal of one VIEW record, not compacted
    before = path.read_bytes()
    assert len(record_spans(before)) == 1

    stop_at(path, what, stop)
    after = path.read_bytes()
    with Store.open(path, PASSPHRASE, read_only=True) as store:
        views = [e.action for e in store.audit.entries()].count(AuditAction.VIEW)
        assert store.cases.count() == 1 and store.verify()["cases"] == 1
        dropped = store.dropped_bytes
    if what == "append":  # the old store, with the broken-off half dropped, or the new one
        assert (views, dropped > 0) == ((1, True) if stop == "pwrite half" else (2, False))
    else:  # the old file with its journal, or the new one without: the same store
        assert views == 1 and (after == before or record_spans(after) == [])
    Store.open(path, PASSPHRASE).close()  # and it takes saves again (stale temp files swept)
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]


COMPACTING_WRITER = """
import sys
from pathlib import Path
from rondom_tui.domain.models import Case
from rondom_tui.store import vault
from rondom_tui.store.repository import Store
vault.COMPACT_AFTER_BYTES = 30_000  # a compaction every few saves
vault.COMPACT_SMALL_STORE_BYTES = 0
store = Store.open(Path(sys.argv[1]), sys.argv[2])
print("ready", flush=True)
index = store.cases.count()
while True:
    index += 1
    store.cases.add(Case(given_name=f"Kind {index}", question="x" * 5000))
"""


def test_killing_a_writer_that_compacts_at_random_moments_never_breaks_the_store(
    tmp_path: Path,
) -> None:
    counts = counts_after_kills(COMPACTING_WRITER, tmp_path / "store.rondom", 20261204)
    assert counts == sorted(counts) and counts[-1] > 0


PASSWD_WRITER = """
import sys
from pathlib import Path
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store
path, first, second = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
store = Store.open(path, first)
print("ready", flush=True)
while True:
    store.change_passphrase(second, kdf=FAST_KDF)
    first, second = second, first
"""


def test_a_kill_during_passwd_leaves_the_old_or_the_new_passphrase_and_the_recovery_key(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.rondom"
    key = RecoveryKey.generate()
    other = "de andere wachtwoordzin, ook lang"
    Store.create(path, PASSPHRASE, kdf=FAST_KDF, recovery_key=key).close()
    rng = random.Random(9)
    current = PASSPHRASE
    for _ in range(4):
        kill_at_a_random_moment(PASSWD_WRITER, rng, str(path), current, _other(current, other))
        opened = []
        for candidate in (PASSPHRASE, other):
            with contextlib.suppress(WrongPassphraseOrCorrupt):
                Store.open(path, candidate, read_only=True).close()
                opened.append(candidate)
        assert len(opened) == 1  # the old one or the new one, never neither
        current = opened[0]
        Store.open_with_recovery_key(path, key, read_only=True).close()


def _other(current: str, other: str) -> str:
    return other if current == PASSPHRASE else PASSPHRASE
