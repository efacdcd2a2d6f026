"""`rondom plan CASE --format md|html|svg -o FILE [--privacy] [--force]`: the plan on paper,
with the timeline command's file rules (0600, never over a file without --force, audited)."""

from __future__ import annotations

import stat
from pathlib import Path
from xml.etree import ElementTree

import pytest

from rondom_tui.cli.program import main
from rondom_tui.domain.models import AuditAction
from rondom_tui.store.repository import Store
from tests.conftest import PASSPHRASE, SECRET_FAMILY, SECRET_NAME
from tests.ui.timeline_data import CODE, store_with_plan


@pytest.fixture
def plan_store(store: Store, tmp_path: Path) -> tuple[Path, Path]:
    store_with_plan(store)
    path = store.path
    store.close()
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n")
    return path, secret


def run(store_path: Path, secret: Path, *args: str) -> int:
    return main(["--store", str(store_path), "--passphrase-file", str(secret), *args])


def test_every_format_is_written_0600_and_audited(
    plan_store: tuple[Path, Path], tmp_path: Path
) -> None:
    store_path, secret = plan_store
    for name in ("plan.md", "plan.html", "plan.svg"):
        target = tmp_path / name
        assert run(store_path, secret, "plan", CODE, "-o", str(target), "--privacy") == 0
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        text = target.read_text()
        assert "Rust in de klas" in text and SECRET_NAME not in text and SECRET_FAMILY not in text
    ElementTree.fromstring((tmp_path / "plan.svg").read_bytes())
    with Store.open(store_path, PASSPHRASE) as reopened:
        [case] = reopened.cases.list()
        exports = [
            e.detail for e in reopened.audit.entries(case.id) if e.action is AuditAction.EXPORT
        ]
    assert exports[0].startswith("plan:md:cli;") and len(exports) == 6


@pytest.mark.writes_names("*/plan.md")  # the file with names the test asks for
def test_an_existing_file_is_kept_unless_force(
    plan_store: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_path, secret = plan_store
    target = tmp_path / "plan.md"
    target.write_text("van iemand anders")
    assert run(store_path, secret, "plan", CODE, "-o", str(target)) == 5
    assert target.read_text() == "van iemand anders"
    assert run(store_path, secret, "plan", CODE, "-o", str(target), "--force") == 0
    assert target.read_text().startswith(f"# Plan van {SECRET_NAME}")
    assert run(store_path, secret, "plan", CODE, "-o", str(target), "--format", "svg") == 2
    assert run(store_path, secret, "plan", "K-NONE", "-o", str(tmp_path / "x.md")) == 5
    assert run(store_path, secret, "plan", CODE, "-o", str(tmp_path / "plan.age")) == 2
