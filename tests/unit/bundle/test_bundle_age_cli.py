"""Interop with the standard `age` CLI: a colleague without rondom can still open a bundle,
and a bundle made with `age` imports.

Plaintext only ever travels through pipes here, never through a file. age reads passphrases
from the controlling terminal (/dev/tty), so passphrase mode runs age with a pseudo-terminal
as its controlling terminal and types the passphrase into it.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import subprocess
import termios
import threading
import time
from pathlib import Path

import pytest
from bundle_fixtures import (
    AGE,
    BUNDLE_PASSPHRASE,
    MARKER,
    MakeStore,
    add_case,
    age_keygen,
    needs_age,
)
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from rondom_tui.bundle import (
    encode_bundle,
    export_bundle,
    import_bundle,
    open_bundle_for_store,
    parse_recipient,
    read_recipients_file,
    store_recipient,
    write_bundle_file,
)
from rondom_tui.domain.codec import from_document
from rondom_tui.domain.models import Assessment, Case, Event

pytestmark = needs_age


def age(*args: str, stdin: bytes = b"") -> bytes:
    done = subprocess.run([AGE, *args], input=stdin, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return done.stdout


def age_with_terminal(args: list[str], answers: list[str], stdin: bytes = b"") -> bytes:
    """Run age with a pseudo-terminal as its controlling terminal, answering each passphrase
    prompt it writes there with the next answer. Returns its standard output."""
    master, slave = pty.openpty()

    def take_terminal() -> None:  # in the child, after setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    process = subprocess.Popen(
        [AGE, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=slave,
        start_new_session=True,
        preexec_fn=take_terminal,
        pass_fds=(slave,),
    )
    os.close(slave)
    result: dict[str, bytes] = {}

    def pipes() -> None:
        result["stdout"], _ = process.communicate(stdin, timeout=60)

    worker = threading.Thread(target=pipes)
    worker.start()
    screen = b""
    pending = list(answers)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and (pending or process.poll() is None):
            ready, _, _ = select.select([master], [], [], 0.2)
            if not ready:
                continue
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            screen += chunk
            if pending and screen.lower().rstrip().endswith(b":"):
                os.write(master, pending.pop(0).encode() + b"\r")
                screen = b""
    finally:
        worker.join(timeout=60)
        os.close(master)
    assert not pending, f"age did not ask for every passphrase; terminal showed {screen!r}"
    assert process.returncode == 0, screen.decode(errors="replace")
    return result["stdout"]


def plaintext_bundle() -> bytes:
    from bundle_fixtures import fictional_assessment, fictional_case, fictional_events

    case = fictional_case(code="K-AGE1")
    return encode_bundle(
        [case], fictional_events(case, 4), [fictional_assessment(case)], created_by="age-cli"
    )


def check_plaintext(plaintext: bytes, case_ids: tuple[str, ...]) -> None:
    document = json.loads(plaintext)
    assert document["format"] == "rondom-bundle" and document["version"] == 2
    assert document["manifest"]["case_ids"] == list(case_ids)
    cases = [from_document(c, Case) for c in document["cases"]]
    [from_document(e, Event) for e in document["events"]]
    [from_document(a, Assessment) for a in document["assessments"]]
    assert cases[0].family_name == MARKER


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_age_cli_opens_our_export_with_an_age_keygen_key(
    make_store: MakeStore, tmp_path: Path, armor: bool
) -> None:
    store = make_store()
    add_case(store)
    key, public = age_keygen(tmp_path)
    result = export_bundle(store, recipients=[parse_recipient(public)], armor=armor)
    bundle = tmp_path / "dossier.age"
    write_bundle_file(bundle, result.data)
    check_plaintext(age("-d", "-i", str(key), str(bundle)), result.case_ids)


def test_age_cli_opens_our_export_with_an_ssh_key(make_store: MakeStore, tmp_path: Path) -> None:
    store = make_store()
    add_case(store)
    private = ed25519.Ed25519PrivateKey.generate()
    secret = tmp_path / "id_ed25519"
    secret.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.OpenSSH,
            serialization.NoEncryption(),
        )
    )
    secret.chmod(0o600)
    public = tmp_path / "id_ed25519.pub"
    public.write_bytes(
        private.public_key().public_bytes(
            serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
        )
        + b" juf.test@school.invalid\n"
    )
    result = export_bundle(store, recipients=read_recipients_file(public))
    bundle = tmp_path / "dossier.age"
    write_bundle_file(bundle, result.data)
    check_plaintext(age("-d", "-i", str(secret), str(bundle)), result.case_ids)


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_we_import_what_age_encrypted_to_our_store(make_store: MakeStore, armor: bool) -> None:
    store = make_store()
    options = ["-a"] if armor else []
    data = age("-r", store_recipient(store), *options, stdin=plaintext_bundle())
    assert data.startswith(b"-----BEGIN" if armor else b"age-encryption.org/v1\n")
    result = import_bundle(store, open_bundle_for_store(store, data))
    assert result.cases[0].code == "K-AGE1"
    assert len(store.events.for_case(result.cases[0].stored_id or "")) == 4


def test_age_cli_opens_our_passphrase_export_through_a_terminal(
    make_store: MakeStore, tmp_path: Path
) -> None:
    store = make_store()
    add_case(store)
    result = export_bundle(store, passphrase=BUNDLE_PASSPHRASE)
    bundle = tmp_path / "dossier.age"
    write_bundle_file(bundle, result.data)
    plaintext = age_with_terminal(["-d", str(bundle)], [BUNDLE_PASSPHRASE])
    check_plaintext(plaintext, result.case_ids)


def test_we_import_a_passphrase_bundle_made_by_age_through_a_terminal(
    make_store: MakeStore,
) -> None:
    store = make_store()
    data = age_with_terminal(
        ["-p", "-a"], [BUNDLE_PASSPHRASE, BUNDLE_PASSPHRASE], stdin=plaintext_bundle()
    )
    assert data.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    bundle = open_bundle_for_store(store, data, passphrase=BUNDLE_PASSPHRASE)
    assert import_bundle(store, bundle).cases[0].code == "K-AGE1"
