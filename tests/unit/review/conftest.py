"""A fictional demo store for the review's tests of the store, the extract and the command."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from review_data import TODAY
from tests.conftest import PASSPHRASE

from rondom_tui.domain.demo import standard_demo
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    """The standard demo (60 fictional cases over six schools) on the fixed day."""
    store = Store.create(tmp_path / "demo.rondom", PASSPHRASE, kdf=FAST_KDF)
    cases, events, assessments = standard_demo(TODAY)
    with store.batch():
        store.cases.add_many(cases, audit=False)
        store.events.add_many(events, audit=False)
        for item in assessments:
            store.assessments.save(item)
    yield store
    store.close()


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path
