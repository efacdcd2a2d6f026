"""`rondom timeline CASE --format svg|html|md -o FILE [--privacy]`: the app's export for
scripts, with the same file rules (0600, never over a file without `--force`)."""

from __future__ import annotations

import stat
from pathlib import Path
from xml.etree import ElementTree

import pytest

from rondom_tui.cli.program import main
from rondom_tui.domain.models import AuditAction
from rondom_tui.store.repository import Store
from tests.conftest import PASSPHRASE, SECRET_FAMILY, SECRET_NAME
from tests.ui.timeline_data import CODE, store_with_timeline


@pytest.fixture
def case_store(store: Store, tmp_path: Path) -> tuple[Path, Path]:
    """The fictional timeline case in a closed store, and a passphrase file."""
    store_with_timeline(store)
    path = store.path
    store.close()
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n")
    return path, secret


def run(store_path: Path, secret: Path, *args: str) -> int:
    return main(["--store", str(store_path), "--passphrase-file", str(secret), *args])


@pytest.mark.writes_names("*/tijdlijn.svg")  # the file with names the test asks for
def test_the_drawing_is_written_0600_with_every_title_and_names_only_without_privacy(
    case_store: tuple[Path, Path], tmp_path: Path
) -> None:
    store_path, secret = case_store
    named, private = tmp_path / "tijdlijn.svg", tmp_path / "prive.svg"
    assert run(store_path, secret, "timeline", CODE, "-o", str(named)) == 0
    assert run(store_path, secret, "timeline", CODE, "-o", str(private), "--privacy") == 0
    for path in (named, private):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        ElementTree.fromstring(path.read_bytes())
    assert SECRET_NAME in named.read_text()
    assert SECRET_NAME not in private.read_text() and SECRET_FAMILY not in private.read_text()
    with Store.open(store_path, PASSPHRASE) as reopened:
        [case] = reopened.cases.list()
        titles = [e.title for e in reopened.events.for_case(case.id)]
        exports = [e for e in reopened.audit.entries(case.id) if e.action is AuditAction.EXPORT]
    text = named.read_text()
    assert all(title in text for title in titles)
    assert [e.detail.rsplit(";", 1)[1] for e in exports] == ["export=started", "export=done"] * 2


@pytest.mark.writes_names("*/tijdlijn.md")  # the file with names the test asks for
def test_an_existing_file_is_kept_unless_force_and_a_wrong_name_is_refused(
    case_store: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_path, secret = case_store
    target = tmp_path / "tijdlijn.md"
    target.write_text("van iemand anders")
    assert run(store_path, secret, "timeline", CODE, "-o", str(target)) == 5
    assert target.read_text() == "van iemand anders"
    assert "--force" in capsys.readouterr().err
    assert run(store_path, secret, "timeline", CODE, "-o", str(target), "--force") == 0
    assert target.read_text().startswith("# Tijdlijn van")
    wrong = tmp_path / "tijdlijn.md"
    assert run(store_path, secret, "timeline", CODE, "-o", str(wrong), "--format", "svg") == 2
    assert run(store_path, secret, "timeline", CODE, "-o", str(tmp_path / "t.age")) == 2
    assert run(store_path, secret, "timeline", "K-0000", "-o", str(tmp_path / "x.html")) == 5
