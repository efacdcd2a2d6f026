"""`make bench` reports the bundle figures: the benchmark runs (small here) and names them."""

from __future__ import annotations

import pytest
from bench import bundles


def test_the_bundle_benchmark_exports_imports_and_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundles, "CASES", 3)
    monkeypatch.setattr(bundles, "EVENTS_PER_CASE", 2)
    figures = bundles.run()  # asserts itself that every case and event arrived
    assert set(figures) == {
        "bundle_export_100x20_s",
        "bundle_import_100x20_s",
        "bundle_total_100x20_s",
        "bundle_size_100x20_kib",
    }
    assert all(value >= 0 for value in figures.values())
