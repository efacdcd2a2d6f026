"""The command line: subcommands, passphrase files, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rondom_tui.cli.program import main
from rondom_tui.store import envelope
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store
from tests.conftest import PASSPHRASE, SECRET_NAME, files_containing, secret_case


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stores made by the CLI in these tests use the cheapest KDF, to keep the suite fast."""
    monkeypatch.setattr(envelope, "DEFAULT_KDF", FAST_KDF)
    import rondom_tui.store.repository as repository
    import rondom_tui.store.vault as vault

    monkeypatch.setattr(repository, "DEFAULT_KDF", FAST_KDF)
    monkeypatch.setattr(vault, "DEFAULT_KDF", FAST_KDF)
    monkeypatch.delenv("RONDOM_STORE", raising=False)
    monkeypatch.delenv("RONDOM_PASSPHRASE_FILE", raising=False)


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


def run(*args: str) -> int:
    return main(list(args))


def test_init_list_json_and_bytes(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_path = tmp_path / "s" / "store.rondom"
    key_file = str(tmp_path / "herstelsleutel.txt")
    assert (
        run(
            "init",
            "--store",
            str(store_path),
            "--passphrase-file",
            str(passfile),
            "--recovery-key-file",
            key_file,
        )
        == 0
    )
    assert store_path.exists() and store_path.parent.stat().st_mode & 0o777 == 0o700
    with Store.open(store_path, PASSPHRASE) as store:
        case = store.cases.add(secret_case())
    capsys.readouterr()
    assert (
        run("list", "--json", "--store", str(store_path), "--passphrase-file", str(passfile)) == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["id"] == case.id and rows[0]["given_name"] == SECRET_NAME
    assert {"id", "code", "given_name", "family_name", "status", "events", "updated_at"} <= rows[
        0
    ].keys()
    assert run("list", "--store", str(store_path), "--passphrase-file", str(passfile)) == 0
    assert case.code in capsys.readouterr().out
    assert files_containing(store_path.parent, SECRET_NAME) == []


def test_init_refuses_short_passphrases_and_existing_stores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    short = tmp_path / "short.txt"
    short.write_text("kort\n")
    store_path = tmp_path / "store.rondom"
    key_file = str(tmp_path / "herstelsleutel.txt")
    assert (
        run(
            "init",
            "--store",
            str(store_path),
            "--passphrase-file",
            str(short),
            "--recovery-key-file",
            key_file,
        )
        == 5
    )
    assert "12" in capsys.readouterr().err
    assert not store_path.exists()
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    before = store_path.read_bytes()
    long = tmp_path / "long.txt"
    long.write_text("een andere lange wachtwoordzin\n")
    init_again = ("init", "--store", str(store_path), "--passphrase-file", str(long))
    assert run(*init_again, "--recovery-key-file", key_file) == 1
    assert store_path.read_bytes() == before
    assert not Path(key_file).exists()


def test_wrong_passphrase_exits_3_and_leaves_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_path = tmp_path / "store.rondom"
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    before = store_path.read_bytes()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("dit is niet de juiste zin\n")
    assert run("list", "--store", str(store_path), "--passphrase-file", str(wrong)) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert store_path.read_bytes() == before


@pytest.mark.parametrize("damage", ["empty", "foreign", "flip", "truncate"])
def test_damaged_stores_exit_3(
    tmp_path: Path, passfile: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store_path = tmp_path / "store.rondom"
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    data = bytearray(store_path.read_bytes())
    if damage == "empty":
        data = bytearray()
    elif damage == "foreign":
        data = bytearray(b"%PDF-1.7 not a store")
    elif damage == "flip":
        data[-5] ^= 0xFF
    else:
        data = data[: len(data) // 2]
    store_path.write_bytes(bytes(data))
    assert run("verify", "--store", str(store_path), "--passphrase-file", str(passfile)) == 3
    err = capsys.readouterr().err
    assert err.startswith("rondom: ") and err.count("\n") == 1
    assert store_path.read_bytes() == bytes(data)


def test_missing_store_is_an_error_not_a_traceback(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run("list", "--store", str(tmp_path / "none.rondom"), "--passphrase-file", str(passfile))
        == 1
    )
    assert "Traceback" not in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("list", "--no-such-option") == 2
    assert run("frobnicate") == 2
    assert run("demo", "--cases", "0", "--no-open") == 2


ARGPARSE_MISTAKES = [
    (
        ("export",),
        "deze argumenten ontbreken: -o/--output",
        "the following arguments are required: -o/--output",
    ),
    (("list", "--bogus"), "onbekende argumenten: --bogus", "unrecognized arguments: --bogus"),
    (
        ("import", "x.age", "--on-conflict", "overwrite"),
        "bij --on-conflict: ongeldige keuze: 'overwrite' (kies uit 'skip', 'replace', 'keep-both')",
        "argument --on-conflict: invalid choice: 'overwrite' (choose from 'skip', 'replace', "
        "'keep-both')",
    ),
    (
        ("export", "--all", "-o"),
        "bij -o/--output: hier hoort één waarde bij",
        "argument -o/--output: expected one argument",
    ),
    (
        ("demo", "--cases", "veel"),
        "bij --cases: ongeldige waarde (int verwacht): 'veel'",
        "argument --cases: invalid int value: 'veel'",
    ),
]


@pytest.mark.parametrize(("args", "dutch", "english"), ARGPARSE_MISTAKES)
def test_argparse_speaks_the_chosen_language(
    args: tuple[str, ...], dutch: str, english: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse
    import gettext

    assert run("--lang", "nl", *args) == 2
    usage, *_, said = capsys.readouterr().err.strip().splitlines()
    assert usage.startswith("gebruik: rondom") and said == f"Onjuist gebruik: {dutch}"
    assert run("--lang", "en", *args) == 2
    usage, *_, said = capsys.readouterr().err.strip().splitlines()
    assert usage.startswith("usage: rondom") and said.startswith(f"Usage error: {english}")
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]  # only while parsing


def test_help_speaks_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--lang", "nl", "list", "--help") == 0
    out = capsys.readouterr().out
    assert "gebruik: rondom list" in out and "opties:" in out and "toon deze hulp en stop" in out
    assert run("--lang", "en", "list", "--help") == 0
    out = capsys.readouterr().out
    assert "usage: rondom list" in out and "options:" in out
    assert "show this help message and exit" in out


def test_english_errors(tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(
            "--lang",
            "en",
            "list",
            "--store",
            str(tmp_path / "none.rondom"),
            "--passphrase-file",
            str(passfile),
        )
        == 1
    )
    assert "There is no store" in capsys.readouterr().err


def test_passphrase_from_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    store_path = tmp_path / "store.rondom"
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert run("verify", "--store", str(store_path), "--passphrase-file", "-") == 0
    assert "0" in capsys.readouterr().out


def test_passphrase_file_from_environment(
    tmp_path: Path, passfile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_path = tmp_path / "store.rondom"
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    monkeypatch.setenv("RONDOM_PASSPHRASE_FILE", str(passfile))
    monkeypatch.setenv("RONDOM_STORE", str(store_path))
    assert run("verify") == 0


def test_demo_writes_many_cases_in_one_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    saves: list[int] = []
    original_close = Store.close

    def counting_close(self: Store) -> None:
        saves.append(self.saves)
        original_close(self)

    monkeypatch.setattr(Store, "close", counting_close)
    assert run("demo", "--cases", "300", "--no-open") == 0
    assert saves == [1]  # one save after the file was created, whatever the number of cases
    with Store.open(tmp_path / "demo.rondom", "demo") as store:
        assert store.is_demo
        assert store.cases.count() == 300
        assert len(store.assessments.list()) == 4  # two of one case, a draft, a team
        first = sorted(store.cases.list(), key=lambda c: c.created_at)[:4]
        assert store.links.for_cases([c.id for c in first])  # a few "may explain" links
    # an existing demo store is kept; a store that is not a demo is never replaced
    assert run("demo", "--no-open") == 0
    real = tmp_path / "real.rondom"
    Store.create(real, PASSPHRASE, kdf=FAST_KDF).close()
    assert run("demo", "--no-open", "--force", "--store", str(real)) == 1
    assert real.exists()


def test_passwd_and_id(tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store_path = tmp_path / "store.rondom"
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    assert run("id", "--store", str(store_path), "--passphrase-file", str(passfile)) == 0
    recipient = capsys.readouterr().out.strip()
    assert recipient.startswith("age1") and "SECRET" not in recipient
    new = tmp_path / "new.txt"
    new.write_text("nieuwe wachtwoordzin voor de opslag\n")
    assert (
        run(
            "passwd",
            "--store",
            str(store_path),
            "--passphrase-file",
            str(passfile),
            "--new-passphrase-file",
            str(new),
        )
        == 0
    )
    assert run("verify", "--store", str(store_path), "--passphrase-file", str(new)) == 0
    assert run("verify", "--store", str(store_path), "--passphrase-file", str(passfile)) == 3


def test_audit_lists_actions_without_content(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_path = tmp_path / "store.rondom"
    with Store.create(store_path, PASSPHRASE, kdf=FAST_KDF) as store:
        case = store.cases.add(secret_case())
    capsys.readouterr()
    assert (
        run("audit", case.id, "--store", str(store_path), "--passphrase-file", str(passfile)) == 0
    )
    out = capsys.readouterr().out
    assert "create" in out and case.code in out and SECRET_NAME not in out


def test_store_in_use_exits_4_from_another_process(tmp_path: Path, passfile: Path) -> None:
    store_path = tmp_path / "store.rondom"
    with Store.create(store_path, PASSPHRASE, kdf=FAST_KDF):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "rondom_tui",
                "list",
                "--store",
                str(store_path),
                "--passphrase-file",
                str(passfile),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 4
    assert "in gebruik" in result.stderr and result.stderr.count("\n") == 1


def test_the_app_refuses_a_redirected_screen(tmp_path: Path) -> None:
    store_path = tmp_path / "store.rondom"
    result = subprocess.run(
        [sys.executable, "-m", "rondom_tui", "--store", str(store_path)],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1
    assert "terminal" in result.stderr
    assert not store_path.exists()
