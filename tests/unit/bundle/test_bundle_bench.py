"""`make bench` reports the bundle figures: the benchmark runs (small here) and names them."""

from __future__ import annotations

import pytest
from bench import bundles, imports


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


def test_the_import_benchmark_reports_each_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imports, "SIZES", (3, 5))
    figures = imports.run()  # asserts itself that every case and event arrived
    assert figures["import 3 cases: saves of the store file"] == 1
    assert figures["import 5 cases: saves of the store file"] == 1
    assert figures["import 5 cases: floor: opening the store it made"] > 0  # issue 14's floor
    assert len(figures) == 10 and all(value >= 0 for value in figures.values())
