"""`rondom export` and `rondom id`: cases by id, code or --all, recipients, the consent
question, usage errors (2) and bundle errors (5), and a bundle the `age` CLI opens."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from bundle_fixtures import (
    AGE,
    MARKER,
    STORE_PASSPHRASE,
    MakeStore,
    add_case,
    age_keygen,
    needs_age,
)
from cli_runs import FakeTerminal, one_line, rondom
from pyrage import x25519

from rondom_tui.bundle import (
    BundleError,
    BundleInvalid,
    CaseOutcome,
    CasePreview,
    ConflictPolicy,
    ExportRefused,
    ImportResult,
    KeyInvalid,
    Outcome,
    store_recipient,
)
from rondom_tui.bundle.summary import OUTCOME_GLYPHS, case_fate, result_line
from rondom_tui.cli.exit_codes import exit_code_for
from rondom_tui.domain.models import AuditAction
from rondom_tui.i18n import t
from rondom_tui.store.repository import Store

pytestmark = pytest.mark.usefixtures("clean_environment")


# -- export -------------------------------------------------------------------------------


@needs_age
def test_export_by_code_to_an_age_keygen_key_opens_with_the_age_cli(
    make_store: MakeStore, tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store()
    case = add_case(store, events=4)
    add_case(store, given="Ander", family="Bedachtsma")  # not exported
    key, public = age_keygen(tmp_path)
    out = tmp_path / "dossier.age"
    code = rondom(store, passfile, "export", case.code.lower(), "-o", str(out), "-r", public)
    assert code == 0, capsys.readouterr().err
    assert out.stat().st_mode & 0o777 == 0o600
    assert MARKER.encode() not in out.read_bytes()
    printed = capsys.readouterr().out
    assert str(out) in printed and "1 dossier · 4 gebeurtenissen · 1 zelfevaluatie" in printed
    assert AGE is not None
    opened = subprocess.run(
        [AGE, "-d", "-i", str(key), str(out)], capture_output=True, check=True
    ).stdout
    assert MARKER.encode() in opened and b"Bedachtsma" not in opened
    with Store.open(store.path, STORE_PASSPHRASE) as again:
        details = [e.detail for e in again.audit.entries(case.id) if e.action is AuditAction.EXPORT]
    assert details == ["consent=yes;pseudo=no;export=started", "consent=yes;pseudo=no;export=done"]


@needs_age
def test_id_prints_the_store_recipient(
    make_store: MakeStore, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store()
    recipient = store_recipient(store)
    assert rondom(store, passfile, "id") == 0
    assert capsys.readouterr().out.strip() == recipient


def test_several_cases_and_all_cases_with_recipient_files(
    make_store: MakeStore, tmp_path: Path, passfile: Path
) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    first, second = add_case(sender), add_case(sender, given="Ander")
    add_case(sender, given="Derde")
    keys = tmp_path / "authorized_keys"
    keys.write_text(f"# collega's\n{store_recipient(receiver)}\n")
    receiver.close()
    two, every = tmp_path / "twee.age", tmp_path / "alles.age"
    assert (
        rondom(sender, passfile, "export", first.id, second.code, "-o", str(two), "-R", str(keys))
        == 0
    )
    assert rondom(sender.path, passfile, "export", "--all", "-o", str(every), "-r", str(keys)) == 0
    assert rondom(receiver.path, passfile, "import", str(two)) == 0
    assert rondom(receiver.path, passfile, "import", str(every)) == 0
    with Store.open(receiver.path, STORE_PASSPHRASE) as again:
        assert again.cases.count() == 3  # the second import skipped the two it already had


def test_missing_consent_is_named_and_needs_confirmation(
    make_store: MakeStore,
    tmp_path: Path,
    passfile: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = make_store()
    with_consent = add_case(store)
    without = add_case(store, given="Zonder", consent=False)
    recipient = store_recipient(store)
    out = tmp_path / "b.age"
    args = ("export", "--all", "-o", str(out), "-r", recipient)

    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal, no --yes: refused
    assert rondom(store, passfile, *args) == 5  # a refused export, like every other one
    line = one_line(capsys.readouterr().err)
    assert without.code in line and with_consent.code not in line and "--yes" in line
    assert line.startswith("rondom: Niet geëxporteerd")
    assert not out.exists()

    monkeypatch.setattr("sys.stdin", FakeTerminal("n\n"))  # the user says no
    assert rondom(store.path, passfile, *args) == 5
    warning, question_and_refusal = capsys.readouterr().err.strip().splitlines()
    assert without.code in warning and "[j/N]" in question_and_refusal
    assert question_and_refusal.endswith("rondom: Niet geëxporteerd; er is niets geschreven.")
    assert not out.exists()

    monkeypatch.setattr("sys.stdin", FakeTerminal("j\n"))  # the user says yes
    assert rondom(store.path, passfile, *args) == 0
    assert out.exists()
    out.unlink()

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert rondom(store.path, passfile, *args, "--yes") == 0
    assert without.code in capsys.readouterr().err  # still named, as a warning
    with Store.open(store.path, STORE_PASSPHRASE) as again:
        exports = [e for e in again.audit.entries() if e.action is AuditAction.EXPORT]
    assert sorted(e.detail for e in exports if e.case_id == without.id) == [
        "consent=no;pseudo=no;export=done",
        "consent=no;pseudo=no;export=done",
        "consent=no;pseudo=no;export=started",
        "consent=no;pseudo=no;export=started",
    ]


@pytest.mark.parametrize(
    "args",
    [
        ("-o", "x.age", "-r", "age1"),  # no case and no --all
        ("K-AAAA", "--all", "-o", "x.age", "--passphrase"),  # both
        ("--all", "-o", "x.age"),  # no recipient and no passphrase
        ("--all", "-o", "x.age", "-r", "age1", "--passphrase"),  # both kinds of key
        ("--all", "-o", "-", "--passphrase"),  # not to standard output
    ],
)
def test_usage_errors_exit_2(
    make_store: MakeStore, passfile: Path, args: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store()
    assert rondom(store, passfile, "export", *args) == 2
    one_line(capsys.readouterr().err)


def test_a_bundle_passphrase_without_a_terminal_names_the_bundle_option(
    make_store: MakeStore,
    tmp_path: Path,
    passfile: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = make_store()
    case = add_case(store)

    def no_terminal(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", no_terminal)
    out = tmp_path / "b.age"
    assert rondom(store, passfile, "export", case.code, "-o", str(out), "--passphrase") == 2
    assert "--bundle-passphrase-file" in one_line(capsys.readouterr().err)
    assert not out.exists()


def test_bad_keys_unknown_cases_and_existing_files_exit_5(
    make_store: MakeStore, tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store()
    case = add_case(store)
    recipient = store_recipient(store)
    store.close()
    before = store.path.read_bytes()
    out = tmp_path / "b.age"
    assert rondom(store.path, passfile, "export", case.code, "-o", str(out), "-r", "age1nope") == 5
    assert "age1" in one_line(capsys.readouterr().err)
    ecdsa = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY= juf@school.invalid"
    assert rondom(store.path, passfile, "export", case.code, "-o", str(out), "-r", ecdsa) == 5
    assert "ecdsa-sha2-nistp256" in one_line(capsys.readouterr().err)
    assert store.path.read_bytes() == before  # refused before the store was opened
    assert rondom(store.path, passfile, "export", "K-0000", "-o", str(out), "-r", recipient) == 5
    assert "K-0000" in one_line(capsys.readouterr().err)
    assert not out.exists()

    out.write_bytes(b"eerder bestand")
    assert rondom(store.path, passfile, "export", case.code, "-o", str(out), "-r", recipient) == 5
    assert out.read_bytes() == b"eerder bestand"
    out.chmod(0o644)
    args = ("export", case.code, "-o", str(out), "-r", recipient, "--force")
    assert rondom(store.path, passfile, *args) == 0
    assert out.read_bytes().startswith(b"age-encryption.org/v1")
    assert out.stat().st_mode & 0o777 == 0o600

    elsewhere = tmp_path / "elders.txt"
    elsewhere.write_bytes(b"niet van ons")
    out.unlink()
    out.symlink_to(elsewhere)
    assert rondom(store.path, passfile, *args) == 0
    assert elsewhere.read_bytes() == b"niet van ons"  # the link was replaced, not followed
    assert not out.is_symlink() and out.read_bytes().startswith(b"age-encryption.org/v1")


def test_a_secret_key_file_as_recipients_file_says_the_public_key_is_needed(
    make_store: MakeStore, tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store()
    case = add_case(store)
    secret = x25519.Identity.generate()
    key_file = tmp_path / "key.txt"
    key_file.write_text(f"# created: 2026-06-01T10:00:00Z\n# public key: x\n{secret}\n")
    out = tmp_path / "b.age"
    for lang, words in (("nl", "geheime age-sleutel"), ("en", "secret age key")):
        args = ("export", case.code, "-o", str(out), "-R", str(key_file), "--lang", lang)
        assert rondom(store, passfile, *args) == 5
        line = one_line(capsys.readouterr().err)
        assert words in line and "age-keygen -y" in line and str(secret) not in line
    assert not out.exists()


def test_every_bundle_error_has_exit_code_5() -> None:
    for error in (BundleError(), BundleInvalid(), KeyInvalid(), ExportRefused()):
        assert exit_code_for(error) == 5


def test_every_outcome_and_policy_has_words() -> None:
    cases = tuple(
        CaseOutcome(f"id{i}", f"id{i}", f"K-000{i}", outcome, 0, 0)
        for i, outcome in enumerate(Outcome)
    )
    said = result_line(
        ImportResult(dry_run=False, policy=ConflictPolicy.SKIP, cases=cases), lang="nl"
    )
    assert said.count("1 ") == len(Outcome) and all(g in said for g in OUTCOME_GLYPHS.values())
    preview = CasePreview("id", "K-0001", 0, 0, exists=True, existing_code="K-0002")
    for outcome in Outcome:
        assert "K-0002" in case_fate(preview, outcome, lang="nl")
    for policy in ConflictPolicy:
        assert t(f"import.policy.{policy.value}")
