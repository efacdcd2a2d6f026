"""A kill at any moment leaves the old or the new store readable, and hostile bytes are named."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rondom_tui.store import header
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.errors import StoreError
from rondom_tui.store.repository import Store
from tests.conftest import PASSPHRASE

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


def test_killing_a_writer_at_random_moments_never_breaks_the_store(tmp_path: Path) -> None:
    path = tmp_path / "store.rondom"
    Store.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    rng = random.Random(20261129)
    counts = []
    for _ in range(6):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), PASSPHRASE],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
        with Store.open(path, PASSPHRASE) as store:  # old or new, never half
            counts.append(store.cases.count())
            assert store.verify()["cases"] == counts[-1]
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
