"""Snapshots of the key page and the summary bars, at 80x24 and on a larger screen.

Update after a deliberate change of the look with ``pytest --snapshot-update`` and look at
the new SVGs before committing them.
"""

from __future__ import annotations

import pytest

from tests.ui.assessment_apps import MeetingApp, SummaryApp, fictional_meeting, scored_meeting


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
def test_key_page_snapshot(snap_compare, size):
    assert snap_compare(MeetingApp(scored_meeting()), press=["n", "n"], terminal_size=size)


def test_anonymous_key_page_snapshot(snap_compare):
    assert snap_compare(MeetingApp(fictional_meeting(anonymous=True)), press=["4", "0"])


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
def test_summary_bars_snapshot(snap_compare, size):
    assert snap_compare(SummaryApp(), terminal_size=size)
