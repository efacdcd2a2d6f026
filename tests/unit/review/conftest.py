"""A fictional demo store for the review's tests of the store, the extract and the command."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from review_data import TODAY
from tests.conftest import PASSPHRASE
from tests.review_store import store_with_caseload

from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    """The standard demo (60 fictional cases over six schools) on the fixed day."""
    store = store_with_caseload(
        Store.create(tmp_path / "demo.rondom", PASSPHRASE, kdf=FAST_KDF), TODAY
    )
    yield store
    store.close()


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path
