"""Findings of the privacy and robustness review, kept as tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rondom_tui.cli.program import main
from rondom_tui.cli.settings import idle_lock_minutes
from rondom_tui.cli.store_commands import MAX_DEMO_CASES
from rondom_tui.domain.codec import DocumentInvalid, from_document
from rondom_tui.domain.models import AuditAction, Case
from rondom_tui.store import files
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.errors import StoreClosed, StoreLockUnusable
from rondom_tui.store.repository import Store
from tests.conftest import PASSPHRASE, secret_case


def test_a_closed_store_refuses_reads_and_writes(store: Store, store_path: Path) -> None:
    store.cases.add(secret_case())
    store.close()
    before = store_path.read_bytes()
    with pytest.raises(StoreClosed):
        store.audit.record(AuditAction.VIEW)
    with pytest.raises(StoreClosed):
        store.cases.count()
    store.close()  # closing twice is harmless
    assert store_path.read_bytes() == before
    with Store.open(store_path, PASSPHRASE) as again:
        assert again.cases.count() == 1


def test_a_failing_folder_fsync_after_the_rename_counts_as_saved(
    store: Store, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(folder: Path) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(files, "fsync_folder", broken)
    case = store.cases.add(secret_case())  # no error: the new file is in place
    store.change_passphrase("een nieuwe lange wachtwoordzin")
    monkeypatch.undo()
    assert store.cases.get(case.id).given_name == case.given_name
    store.close()
    with Store.open(store_path, "een nieuwe lange wachtwoordzin") as again:
        assert again.cases.count() == 1


def test_demo_force_never_removes_a_store_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "demo.rondom"
    with Store.create(path, "demo", kdf=FAST_KDF, demo=True):
        assert main(["demo", "--force", "--no-open"]) == 4
        assert path.exists()


def test_core_dumps_are_switched_off() -> None:
    code = (
        "import ctypes, resource\n"
        "from rondom_tui.cli.hardening import forbid_core_dumps\n"
        "forbid_core_dumps()\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n"  # PR_GET_DUMPABLE
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split("\n")[:2] == ["(0, 0)", "0"], result.stderr


def test_a_passphrase_that_is_not_utf8_exits_5(tmp_path: Path) -> None:
    path = tmp_path / "store.rondom"
    Store.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"abc\xffdef\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "rondom_tui",
            "list",
            "--store",
            str(path),
            "--passphrase-file",
            "-",
        ],
        input=b"abc\xffdef\n",
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 5 and b"UTF-8" in result.stderr
    assert main(["list", "--store", str(path), "--passphrase-file", str(bad)]) == 5


def test_a_symlinked_lock_file_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    path = tmp_path / "store.rondom"
    Store.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    victim = tmp_path / "victim.txt"
    victim.write_text("belangrijk\n")
    lock = tmp_path / "store.rondom.lock"
    lock.unlink()
    lock.symlink_to(victim)
    with pytest.raises(StoreLockUnusable):
        Store.open(path, PASSPHRASE)
    assert victim.read_text() == "belangrijk\n"


@pytest.mark.parametrize("value", ["nan", "inf", "-5", "1e400", "abc"])
def test_nonsense_idle_lock_settings_keep_the_default(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rondom_tui.ui.app import DEFAULT_IDLE_LOCK_MINUTES

    monkeypatch.setenv("RONDOM_IDLE_LOCK", value)
    assert idle_lock_minutes() == DEFAULT_IDLE_LOCK_MINUTES


def test_idle_lock_can_be_set_or_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RONDOM_IDLE_LOCK", "2.5")
    assert idle_lock_minutes() == 2.5
    monkeypatch.setenv("RONDOM_IDLE_LOCK", "0")
    assert idle_lock_minutes() == 0


def test_demo_case_count_is_capped() -> None:
    assert main(["demo", "--cases", str(MAX_DEMO_CASES + 1), "--no-open"]) == 2


@pytest.mark.parametrize("code", ["[b]K-1[/b]", "K 1", "K-1;rm", "x" * 17])
def test_case_codes_are_letters_digits_and_dashes(code: str) -> None:
    with pytest.raises(DocumentInvalid):
        from_document({"id": "x", "code": code}, Case)
