"""`rondom review`: the board report on the terminal or in a file, and extracts across stores."""

from __future__ import annotations

import codecs
import json
import stat
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE

from rondom_tui.bundle.keys import store_recipient
from rondom_tui.cli.program import main
from rondom_tui.domain.models import AuditAction
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store


def rondom(store: Path, passfile: Path, *args: str) -> int:
    return main(["review", *args, "--store", str(store), "--passphrase-file", str(passfile)])


@pytest.fixture
def closed_demo(demo_store: Store) -> Path:
    path = demo_store.path
    demo_store.close()
    return path


def test_the_report_goes_to_the_terminal_or_a_file_of_the_format_its_name_says(
    closed_demo: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert rondom(closed_demo, passfile, "--school", "IKC Duinpieper", "--since", "2024-01") == 0
    out = capsys.readouterr().out
    assert out.startswith("# Casusreview") and "IKC Duinpieper" in out and "vanaf jan 2024" in out
    report = tmp_path / "bestuur.html"
    assert rondom(closed_demo, passfile, "-o", str(report), "--lang", "en") == 0
    assert report.read_text().startswith("<!DOCTYPE html>") and "<svg" in report.read_text()
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert rondom(closed_demo, passfile, "-o", str(report)) == 5  # never over a file unasked
    assert rondom(closed_demo, passfile, "-o", str(report), "--force", "--format", "csv") == 2
    assert rondom(closed_demo, passfile, "--format", "csv", "--csv-dialect", "comma") == 0
    assert capsys.readouterr().out.startswith("onderdeel,rij,cijfer,school,waarde,dossiers\r\n")
    csv_file = tmp_path / "bestuur.csv"
    assert rondom(closed_demo, passfile, "-o", str(csv_file)) == 0  # a Dutch Excel's CSV
    data = csv_file.read_bytes()
    assert data.startswith(codecs.BOM_UTF8 + b"onderdeel;rij;cijfer;school;waarde;dossiers")
    assert b";3,3;43\r\n" in data or b";" in data
    with Store.open(closed_demo, PASSPHRASE) as store:
        exports = [e.detail for e in store.audit.entries() if e.action is AuditAction.EXPORT]
        assert exports == ["review-md", "review-html", "review-csv", "review-csv"]


@pytest.mark.parametrize(
    "args",
    [
        ("--since", "maart"),
        ("--since", "2024-06", "--until", "2024-01"),
        ("--extract", "-o", "x.age"),  # no key
        ("--extract", "-r", "age1abc"),  # no file
        ("-r", "age1abc"),  # a report is not encrypted
    ],
)
def test_usage_mistakes_exit_2(
    closed_demo: Path, passfile: Path, args: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    assert rondom(closed_demo, passfile, *args) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_a_coordinator_merges_extracts_of_two_stores(
    closed_demo: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coordinator_path = tmp_path / "coordinator.rondom"
    with Store.create(coordinator_path, PASSPHRASE, kdf=FAST_KDF) as coordinator:
        key = store_recipient(coordinator)
    first = tmp_path / "school-a.age"
    assert rondom(closed_demo, passfile, "--extract", "-o", str(first), "-r", key) == 0
    assert "6 scholen, 60 dossiers" in capsys.readouterr().out
    second = tmp_path / "school-b.age"
    assert rondom(closed_demo, passfile, "--extract", "-o", str(second), "-r", key,
                  "--school", "IKC Duinpieper") == 0  # fmt: skip
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    capsys.readouterr()
    # the same store's school twice: refused, it could count the same cases twice
    assert rondom(coordinator_path, passfile, "--from", str(first), "--from", str(second)) == 1
    assert "dezelfde dossiers" in capsys.readouterr().err
    assert rondom(coordinator_path, passfile, "--from", str(first), "--format", "csv",
                  "--csv-dialect", "comma") == 0  # fmt: skip
    lines = capsys.readouterr().out.splitlines()
    assert any(",IKC Duinpieper," in line for line in lines)
    # an extract is not for a store it was not made for
    assert rondom(closed_demo, passfile, "--from", str(first)) == 5
    assert "Traceback" not in capsys.readouterr().err


def test_the_demo_writes_its_extract_beside_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "--no-open"]) == 0
    assert (tmp_path / "demo-extract.age").exists()
    assert "demo-extract.age" in capsys.readouterr().out
    (tmp_path / "demo.txt").write_text("demo\n")
    args = ["--store", "demo.rondom", "--passphrase-file", "demo.txt"]
    assert main(["list", "--json", *args]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 60
    assert main(["review", "--from", "demo-extract.age", "--format", "md", *args]) == 0
    out = capsys.readouterr().out
    assert "Aantal scholen:** 9" in out and "Uit extracten" in out


def test_a_new_demo_brings_an_extract_for_its_own_key_and_never_writes_it_over_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "demo.txt").write_text("demo\n")
    assert main(["demo", "--no-open", "--cases", "3"]) == 0
    assert main(["demo", "--no-open", "--cases", "3", "--force"]) == 0  # a new store, a new key
    args = ["--store", "demo.rondom", "--passphrase-file", "demo.txt"]
    assert main(["review", "--from", "demo-extract.age", "--format", "csv", *args]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "demo-extract.age",
        "demo.rondom",
        "demo.rondom.backups",  # the day's first save (the review's audit entry) keeps a copy
        "demo.rondom.lock",
        "demo.txt",
    ]
    capsys.readouterr()
    store = tmp_path / "other" / "demo-extract.age"  # a store by the extract's name
    assert main(["demo", "--no-open", "--cases", "3", "--store", str(store)]) == 0
    assert "demo-extract.age.extract.age" in capsys.readouterr().out
    assert main(["list", "--store", str(store), "--passphrase-file", "demo.txt"]) == 0
