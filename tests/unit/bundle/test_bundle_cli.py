"""`rondom export`, `rondom import` and `rondom id`: exit codes, the consent question, the
preview, dry runs and invalid bundles that leave the store byte for byte as it was, and
interop with the standard `age` tool in both directions."""

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
    fictional_case,
    needs_age,
)

from rondom_tui import cli
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
    encode_bundle,
    encrypt,
    parse_recipient,
    store_recipient,
)
from rondom_tui.bundle.summary import OUTCOME_GLYPHS, case_fate, result_line
from rondom_tui.domain.models import AuditAction
from rondom_tui.i18n import t
from rondom_tui.store.repository import Store

BUNDLE_PASSPHRASE_TEXT = "een-verzonnen-bundelzin-voor-tests"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RONDOM_STORE", raising=False)
    monkeypatch.delenv("RONDOM_PASSPHRASE_FILE", raising=False)


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    path = tmp_path / "store-pass.txt"
    path.write_text(STORE_PASSPHRASE + "\n")
    return path


def rondom(store: Store | Path, passfile: Path, *args: str) -> int:
    """Run `rondom` on a store that is closed first (the command takes its lock)."""
    path = store if isinstance(store, Path) else store.path
    if isinstance(store, Store):
        store.close()
    return cli.main([*args, "--store", str(path), "--passphrase-file", str(passfile)])


class FakeTerminal(io.StringIO):
    """Standard input that says it is a terminal and answers with `answer`."""

    def isatty(self) -> bool:
        return True


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


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
    assert details == ["consent=yes;pseudo=no"]


@needs_age
def test_a_bundle_the_age_cli_encrypted_to_the_store_imports(
    make_store: MakeStore, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store()
    recipient = store_recipient(store)
    case = fictional_case(code="K-AGE2")
    plaintext = encode_bundle([case], [], [], created_by="collega")
    bundle = tmp_path / "van-age.age"
    assert AGE is not None
    subprocess.run([AGE, "-r", recipient, "-a", "-o", str(bundle)], input=plaintext, check=True)
    assert rondom(store, passfile, "import", str(bundle)) == 0
    out = capsys.readouterr().out
    assert "K-AGE2" in out and "collega" in out and MARKER not in out
    with Store.open(store.path, STORE_PASSPHRASE) as again:
        assert [c.code for c in again.cases.list()] == ["K-AGE2"]


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
    assert rondom(store, passfile, *args) == 1
    err = capsys.readouterr().err
    assert without.code in err and with_consent.code not in err and "--yes" in err
    assert not out.exists()

    monkeypatch.setattr("sys.stdin", FakeTerminal("n\n"))  # the user says no
    assert rondom(store.path, passfile, *args) == 1
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
    assert (
        sorted(e.detail for e in exports if e.case_id == without.id) == ["consent=no;pseudo=no"] * 2
    )


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


def test_every_bundle_error_has_exit_code_5() -> None:
    for error in (BundleError(), BundleInvalid(), KeyInvalid(), ExportRefused()):
        assert cli.exit_code_for(error) == 5


def test_every_outcome_and_policy_has_words() -> None:
    cases = tuple(
        CaseOutcome(f"id{i}", f"id{i}", f"K-000{i}", outcome, 0, 0)
        for i, outcome in enumerate(Outcome)
    )
    said = result_line(ImportResult(dry_run=False, policy=ConflictPolicy.SKIP, cases=cases))
    assert said.count("1 ") == len(Outcome) and all(g in said for g in OUTCOME_GLYPHS.values())
    preview = CasePreview("id", "K-0001", 0, 0, exists=True, existing_code="K-0002")
    for outcome in Outcome:
        assert "K-0002" in case_fate(preview, outcome)
    for policy in ConflictPolicy:
        assert t(f"import.policy.{policy.value}")


# -- import -------------------------------------------------------------------------------


@pytest.fixture
def shared(make_store: MakeStore, tmp_path: Path) -> tuple[Store, Path, str]:
    """A receiving store (closed, with one case) and a bundle for it holding that case and a
    new one: `(store, bundle path, code of the case it has already)`."""
    sender, receiver = make_store("sender.rondom"), make_store("receiver.rondom")
    known = add_case(sender, given="Bekend")
    add_case(sender, given="Nieuw", events=2)
    from rondom_tui.bundle import export_bundle, import_bundle, open_bundle_for_store

    to = [parse_recipient(store_recipient(receiver))]
    first = export_bundle(sender, [known.id], recipients=to).data
    import_bundle(receiver, open_bundle_for_store(receiver, first))
    path = tmp_path / "bundel.age"
    path.write_bytes(export_bundle(sender, recipients=to, armor=True).data)
    receiver.close()
    return receiver, path, known.code


def test_dry_run_shows_the_preview_and_leaves_the_store_byte_identical(
    shared: tuple[Store, Path, str], passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, bundle, known = shared
    before = store.path.read_bytes()
    assert rondom(store.path, passfile, "import", str(bundle), "--dry-run") == 0
    out = capsys.readouterr().out
    assert store.path.read_bytes() == before
    assert "2 dossiers · 5 gebeurtenissen · 2 zelfevaluaties" in out
    conflict = next(line for line in out.splitlines() if known in line)
    assert "⚠ bestaat al → = overslaan" in conflict and "+ nieuw" in out and "Proefrun" in out
    assert MARKER not in out and "Bekend" not in out  # codes, never names
    args = ("import", str(bundle), "--dry-run", "--on-conflict", "keep-both")
    assert rondom(store.path, passfile, *args) == 0
    assert "1 als kopie toegevoegd" in capsys.readouterr().out
    assert store.path.read_bytes() == before


@pytest.mark.parametrize(
    ("policy", "cases", "said"),
    [("skip", 2, "1 overgeslagen"), ("replace", 2, "1 vervangen"), ("keep-both", 3, "kopie")],
)
def test_import_applies_the_conflict_policy(
    shared: tuple[Store, Path, str],
    passfile: Path,
    policy: str,
    cases: int,
    said: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store, bundle, _ = shared
    assert rondom(store.path, passfile, "import", str(bundle), "--on-conflict", policy) == 0
    assert said in capsys.readouterr().out
    with Store.open(store.path, STORE_PASSPHRASE) as again:
        assert again.cases.count() == cases
        actions = [e.action for e in again.audit.entries()]
    assert actions.count(AuditAction.IMPORT) == 1 + 2  # the fixture's import, then these two


def test_import_reads_standard_input(
    shared: tuple[Store, Path, str],
    passfile: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store, bundle, _ = shared
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(bundle.read_bytes())))
    assert rondom(store.path, passfile, "import", "-", "--dry-run") == 0
    assert "Proefrun" in capsys.readouterr().out


def _damaged(data: bytes, kind: str, other: str) -> bytes:
    if kind == "truncated":
        return data[: len(data) // 2]
    if kind == "flipped":
        return data[:-40] + bytes([data[-40] ^ 1]) + data[-39:]
    if kind == "not_age":
        return b'{"format": "rondom-bundle"}'
    if kind == "wrong_key":
        return encrypt(b"{}", recipients=[parse_recipient(other)])
    if kind == "not_bundle":
        return encrypt(b'{"iets": "anders"}', recipients=[parse_recipient(other)])
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["truncated", "flipped", "not_age", "wrong_key", "not_bundle"])
def test_an_invalid_bundle_exits_5_with_one_line_and_leaves_the_store(
    make_store: MakeStore,
    tmp_path: Path,
    passfile: Path,
    kind: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store, stranger = make_store("store.rondom"), make_store("stranger.rondom")
    add_case(store)
    own = store_recipient(store)
    target = own if kind == "not_bundle" else store_recipient(stranger)
    good = encrypt(
        encode_bundle([fictional_case()], [], [], created_by="x"), recipients=[parse_recipient(own)]
    )
    bundle = tmp_path / "kapot.age"
    bundle.write_bytes(_damaged(good, kind, target))
    store.close()
    before = store.path.read_bytes()
    assert rondom(store.path, passfile, "import", str(bundle)) == 5
    captured = capsys.readouterr()
    assert captured.out == "" and one_line(captured.err).startswith("rondom: ")
    assert "Traceback" not in captured.err
    assert store.path.read_bytes() == before


def test_passphrase_bundle_asked_twice_then_imported_with_a_file(
    make_store: MakeStore,
    tmp_path: Path,
    passfile: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    case = add_case(sender)
    receiver.close()
    typed = iter(["te kort", BUNDLE_PASSPHRASE_TEXT, BUNDLE_PASSPHRASE_TEXT])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    out = tmp_path / "zin.age"
    assert rondom(sender, passfile, "export", case.code, "-o", str(out), "--passphrase") == 0
    assert "12" in capsys.readouterr().err  # the short one was refused, then asked again
    assert next(typed, None) is None  # asked twice after the refusal

    # (A wrong passphrase is the library's to test: every scrypt try costs seconds.)
    right = tmp_path / "goed.txt"
    right.write_text(BUNDLE_PASSPHRASE_TEXT + "\n")
    args = ("import", str(out), "--bundle-passphrase-file", str(right))
    assert rondom(receiver.path, passfile, *args) == 0
    with Store.open(receiver.path, STORE_PASSPHRASE) as again:
        assert [c.code for c in again.cases.list()] == [case.code]


@needs_age
def test_import_with_an_extra_identity_file(
    make_store: MakeStore, tmp_path: Path, passfile: Path
) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    case = add_case(sender)
    key, public = age_keygen(tmp_path)
    out = tmp_path / "voor-sleutel.age"
    assert rondom(sender, passfile, "export", case.code, "-o", str(out), "-r", public, "-a") == 0
    receiver.close()
    before = receiver.path.read_bytes()
    assert rondom(receiver.path, passfile, "import", str(out)) == 5  # not for this store
    assert receiver.path.read_bytes() == before
    assert rondom(receiver.path, passfile, "import", str(out), "--identity", str(key)) == 0
