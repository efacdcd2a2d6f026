"""The recovery key and the backups on the command line (issue 9): `rondom init` with a
recovery key, `rondom passwd` with it (forgotten passphrase) or for a new one, `rondom backups`
and `rondom restore`."""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rondom_tui.cli.program import main
from rondom_tui.domain.models import AuditAction
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.errors import WrongPassphraseOrCorrupt, WrongRecoveryKeyOrCorrupt
from rondom_tui.store.recovery import RecoveryKey
from rondom_tui.store.repository import Store
from tests.conftest import PASSPHRASE, SECRET_NAME, files_containing, secret_case
from tests.unit.test_cli import _cheap_kdf  # noqa: F401  (autouse: the cheapest KDF)

NEW_PASSPHRASE = "de nieuwe wachtwoordzin na het vergeten"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """Passphrase files, and where a store and a recovery key go."""
    old, new = tmp_path / "oud.txt", tmp_path / "nieuw.txt"
    old.write_text(PASSPHRASE + "\n")
    new.write_text(NEW_PASSPHRASE + "\n")
    return {
        "old": old,
        "new": new,
        "store": tmp_path / "data" / "store.rondom",
        "key": tmp_path / "herstelsleutel.txt",
    }


def run(*args: object) -> int:
    return main([str(a) for a in args])


def init(files: dict[str, Path]) -> RecoveryKey:
    assert (
        run(
            "init",
            *("--store", files["store"], "--passphrase-file", files["old"]),
            *("--recovery-key-file", files["key"]),
        )
        == 0
    )
    return RecoveryKey.parse(files["key"].read_text().splitlines()[0])


def test_init_writes_the_recovery_key_to_a_new_private_file_and_it_opens_the_store(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    key = init(files)
    out = capsys.readouterr().out
    assert "Opslag gemaakt" in out and str(files["key"]) in out and key.text() not in out
    assert stat.S_IMODE(files["key"].stat().st_mode) == 0o600
    assert "herstelsleutel" in files["key"].read_text()  # the second line says what it is
    with Store.open_with_recovery_key(files["store"], key) as store:
        assert store.has_recovery_key
    assert files_containing(files["store"].parent, key.text()) == []


def test_init_never_writes_over_a_file_and_then_makes_no_store(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    files["key"].write_text("mijn boodschappenlijst\n")
    args = ("--store", files["store"], "--passphrase-file", files["old"])
    assert run("init", *args, "--recovery-key-file", files["key"]) == 5
    assert files["key"].read_text() == "mijn boodschappenlijst\n"
    assert not files["store"].exists()
    assert capsys.readouterr().err.count("\n") == 1


def test_init_without_a_terminal_or_a_key_file_makes_nothing(files: dict[str, Path]) -> None:
    """No terminal to show the key on (a new session has none): exit 2, nothing made."""
    done = subprocess.run(
        [
            *(sys.executable, "-m", "rondom_tui", "init", "--store", str(files["store"])),
            *("--passphrase-file", str(files["old"])),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        start_new_session=True,
        env={**os.environ, "RONDOM_LANG": "nl"},
    )
    assert done.returncode == 2, done.stderr
    assert "--recovery-key-file" in done.stderr and "Traceback" not in done.stderr
    assert not files["store"].exists()


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_key(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    key = init(files)
    with Store.open(files["store"], PASSPHRASE) as store:
        store.cases.add(secret_case())
    store_args = ("--store", files["store"])
    assert (
        run(
            "passwd",
            *store_args,
            *("--recovery-key-file", files["key"], "--new-passphrase-file", files["new"]),
        )
        == 0
    )
    assert "Wachtwoordzin gewijzigd" in capsys.readouterr().out
    assert run("verify", *store_args, "--passphrase-file", files["old"]) == 3
    assert run("list", *store_args, "--passphrase-file", files["new"]) == 0
    assert SECRET_NAME in capsys.readouterr().out
    with Store.open(files["store"], NEW_PASSPHRASE) as store:
        entries = [(e.action, e.detail) for e in store.audit.entries()]
    assert (AuditAction.OPEN, "recovery-key") in entries and (AuditAction.PASSWD, "") in entries
    with Store.open_with_recovery_key(files["store"], key):  # the key keeps working
        pass


def test_a_wrong_recovery_key_exits_3_and_a_mistyped_one_exits_5(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = init(files)
    before = files["store"].read_bytes()
    other, typo = tmp_path / "ander.txt", tmp_path / "typo.txt"
    other.write_text(RecoveryKey.generate().text() + "\n")
    typo.write_text(files["key"].read_text().replace("RK2-", "RK2-X", 1))
    args = ("passwd", "--store", files["store"], "--new-passphrase-file", files["new"])
    assert run(*args, "--recovery-key-file", other) == 3
    assert run(*args, "--recovery-key-file", typo) == 5
    assert run(*args, "--recovery-key-file", tmp_path / "nergens.txt") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 3 and "Traceback" not in err and key.text()[4:9] not in err
    assert files["store"].read_bytes() == before


def test_a_new_recovery_key_replaces_the_old_one(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old_key = init(files)
    new_file = tmp_path / "nieuwe-sleutel.txt"
    args = ("passwd", "--store", files["store"], "--passphrase-file", files["old"])
    assert run(*args, "--new-recovery-key-file", files["key"]) == 5  # exists: nothing changes
    Store.open_with_recovery_key(files["store"], old_key).close()
    assert run(*args, "--new-recovery-key-file", new_file) == 0
    new_key = RecoveryKey.parse(new_file.read_text().splitlines()[0])
    with pytest.raises(WrongRecoveryKeyOrCorrupt):
        Store.open_with_recovery_key(files["store"], old_key)
    with Store.open_with_recovery_key(files["store"], new_key) as store:
        assert (AuditAction.PASSWD, "recovery") in [
            (e.action, e.detail) for e in store.audit.entries()
        ]
    Store.open(files["store"], PASSPHRASE).close()  # the passphrase was left alone


def test_a_store_without_a_recovery_key_gets_one(files: dict[str, Path], tmp_path: Path) -> None:
    Store.create(files["store"], PASSPHRASE, kdf=FAST_KDF).close()
    args = ("passwd", "--store", files["store"], "--new-passphrase-file", files["new"])
    assert run(*args, "--recovery-key-file", files["old"]) == 5  # not a key at all
    key_file = tmp_path / "sleutel.txt"
    key_file.write_text(RecoveryKey.generate().text())
    assert run(*args, "--recovery-key-file", key_file) == 3  # the store has none
    assert (
        run(
            "passwd",
            *("--store", files["store"], "--passphrase-file", files["old"]),
            *("--new-recovery-key-file", files["key"]),
        )
        == 0
    )
    key = RecoveryKey.parse(files["key"].read_text().splitlines()[0])
    Store.open_with_recovery_key(files["store"], key).close()


def test_backups_are_listed_and_one_is_restored_to_a_store_that_verifies(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    init(files)
    with Store.open(files["store"], PASSPHRASE) as store:
        first = store.cases.add(secret_case())
        store.cases.add(secret_case(given_name="Tweede"))  # the day's copy: one case
        store.cases.add(secret_case(given_name="Derde"))
        [daily] = store.backups.files()
    store_args = ("--store", files["store"], "--passphrase-file", files["old"])
    capsys.readouterr()
    assert run("backups", *store_args) == 0
    listing = capsys.readouterr().out
    assert daily.path.name in listing and "dagelijks" in listing and "kB" in listing
    [row] = [line for line in listing.splitlines() if daily.path.name in line]
    assert row.split()[3] == "1"  # date, time, reason, cases

    assert run("restore", daily.path.name, *store_args) == 5  # no terminal, no --yes
    assert run("restore", "20200101T000000Z-daily.rondom", *store_args) == 1  # not there
    assert run("restore", daily.path.name, *store_args, "--yes") == 0
    out = capsys.readouterr()
    assert "1 dossier" in out.out and "3 dossiers" in out.err  # what it held, what it replaces
    assert run("verify", *store_args) == 0
    with Store.open(files["store"], PASSPHRASE) as store:
        assert [c.id for c in store.cases.list()] == [first.id]
        reasons = sorted(f.reason.value for f in store.backups.files())
    assert reasons == ["daily", "restore"]
    assert files_containing(files["store"].parent, SECRET_NAME) == []


def test_restore_refuses_a_backup_of_another_store(files: dict[str, Path], tmp_path: Path) -> None:
    init(files)
    other = tmp_path / "ander.rondom"
    Store.create(other, PASSPHRASE, kdf=FAST_KDF).close()
    store_args = ("--store", files["store"], "--passphrase-file", files["old"])
    assert run("restore", other, *store_args, "--yes") == 3
    with Store.open(files["store"], PASSPHRASE) as store:
        assert AuditAction.RESTORE not in [e.action for e in store.audit.entries()]


# -- a kill during passwd -----------------------------------------------------------------


def test_a_kill_during_passwd_leaves_the_old_or_the_new_passphrase_and_every_backup_follows(
    files: dict[str, Path],
) -> None:
    """`rondom passwd --recovery-key-file K --new-passphrase-file P` killed at random
    moments: the store opens with the old or the new passphrase (never neither, never both)
    and with the recovery key; the next session seals every backup with the passphrase that
    holds, so the other one opens none of them."""
    key = init(files)
    with Store.open(files["store"], PASSPHRASE) as store:
        for index in range(3):
            store.cases.add(secret_case(given_name=f"Kind {index}"))
    command = [sys.executable, "-m", "rondom_tui", "passwd", "--store", str(files["store"])]
    command += ["--recovery-key-file", str(files["key"]), "--new-passphrase-file"]
    passphrases = {PASSPHRASE: files["old"], NEW_PASSPHRASE: files["new"]}
    started = time.monotonic()  # one whole run first: how long the kills may take aim at
    subprocess.run([*command, str(files["new"])], check=True, capture_output=True, timeout=60)
    window = time.monotonic() - started
    current = NEW_PASSPHRASE
    rng = random.Random(20261204)
    for _ in range(4):
        target = NEW_PASSPHRASE if current == PASSPHRASE else PASSPHRASE
        writer = subprocess.Popen(
            [*command, str(passphrases[target])],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 1.0) * window)
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
        opens = []
        for candidate in passphrases:
            try:
                Store.open(files["store"], candidate, read_only=True).close()
                opens.append(candidate)
            except WrongPassphraseOrCorrupt:
                pass
        assert len(opens) == 1  # the old or the new one
        current = opens[0]
        Store.open_with_recovery_key(files["store"], key, read_only=True).close()
        Store.open(files["store"], current).close()  # the next session: backups follow
        stale = PASSPHRASE if current == NEW_PASSPHRASE else NEW_PASSPHRASE
        backups = sorted((files["store"].parent / "store.rondom.backups").glob("*.rondom"))
        assert backups
        for backup in backups:
            Store.open(backup, current, read_only=True).close()
            with pytest.raises(WrongPassphraseOrCorrupt):
                Store.open(backup, stale, read_only=True)
