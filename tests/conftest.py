"""Shared set-up of every test."""

from __future__ import annotations

import pytest

from rondom_tui.i18n import current_language, set_language


@pytest.fixture(autouse=True)
def dutch():
    """Every test starts in Dutch, the app's default, and leaves the language as it found it."""
    before = current_language()
    set_language("nl")
    yield
    set_language(before)
