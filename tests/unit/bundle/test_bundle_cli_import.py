"""`rondom import`: the preview, dry runs and invalid bundles that leave the store byte for
byte as it was, the conflict policies, passphrase and identity files, standard input, and a
bundle the `age` CLI made."""

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
from cli_runs import one_line, rondom

from rondom_tui.bundle import (
    encode_bundle,
    encrypt,
    export_bundle,
    parse_recipient,
    store_recipient,
)
from rondom_tui.domain.models import AuditAction
from rondom_tui.store.repository import Store

BUNDLE_PASSPHRASE_TEXT = "een-verzonnen-bundelzin-voor-tests"


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


pytestmark = pytest.mark.usefixtures("clean_environment")


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


def test_a_bundle_whose_maker_holds_escape_sequences_is_refused_by_field(
    make_store: MakeStore, tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    add_case(sender)
    to = [parse_recipient(store_recipient(receiver))]
    bundle = tmp_path / "vreemd.age"
    bundle.write_bytes(export_bundle(sender, recipients=to, created_by="juf\x1b]0;titel\x07").data)
    assert rondom(receiver, passfile, "import", str(bundle), "--dry-run") == 5
    captured = capsys.readouterr()
    assert "$.manifest.created_by" in captured.err
    assert "titel" not in captured.err + captured.out  # the path is named, never the value
    assert "\x1b" not in captured.err + captured.out
