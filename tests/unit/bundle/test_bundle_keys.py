"""Recipients and identities: what is accepted, what is refused, and how it is said.

ssh keys are made with `cryptography` (a dependency), so no ssh-keygen is needed.
"""

from __future__ import annotations

import base64
import os
import struct
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from pyrage import x25519

from rondom_tui.bundle import (
    KeyInvalid,
    decrypt,
    encrypt,
    parse_identities,
    parse_recipient,
    read_identity_file,
    read_recipients_file,
    recipients_from_arguments,
)


def ssh_public(key: object, comment: str = "juf.test@school.invalid") -> str:
    blob = key.public_key().public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    return f"{blob.decode()} {comment}"


def ssh_private(key: object) -> bytes:
    pem: bytes = key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM,
        serialization.PrivateFormat.OpenSSH,
        serialization.NoEncryption(),
    )
    return pem


def encrypted_openssh_key(key: ed25519.Ed25519PrivateKey) -> bytes:
    """An OpenSSH private key file as `ssh-keygen -N secret` writes it (aes256-ctr, bcrypt).

    Built by hand because `cryptography` needs the bcrypt package to encrypt one; the
    encrypted section is random bytes, which is all a reader sees before the passphrase.
    """

    def string(value: bytes) -> bytes:
        return struct.pack(">I", len(value)) + value

    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    blob = (
        b"openssh-key-v1\0"
        + string(b"aes256-ctr")
        + string(b"bcrypt")
        + string(string(os.urandom(16)) + struct.pack(">I", 16))
        + struct.pack(">I", 1)
        + string(string(b"ssh-ed25519") + string(public))
        + string(os.urandom(160))
    )
    body = base64.b64encode(blob).decode()
    lines = [body[i : i + 70] for i in range(0, len(body), 70)]
    text = "\n".join(
        ["-----BEGIN OPENSSH PRIVATE KEY-----", *lines, "-----END OPENSSH PRIVATE KEY-----", ""]
    )
    return text.encode()


def message_of(call: object) -> KeyInvalid:
    with pytest.raises(KeyInvalid) as caught:
        call()  # type: ignore[operator]
    return caught.value


def test_age_recipient_and_identity_round_trip() -> None:
    identity = x25519.Identity.generate()
    key = parse_recipient(f"  {identity.to_public()}  ")
    assert key.kind == "age" and key.text == str(identity.to_public())
    data = encrypt(b"hallo", recipients=[key])
    assert decrypt(data, identities=parse_identities(str(identity).encode())) == b"hallo"


def test_ssh_ed25519_public_key_with_comment_and_private_key(tmp_path: Path) -> None:
    private = ed25519.Ed25519PrivateKey.generate()
    pub = tmp_path / "id_ed25519.pub"
    pub.write_text(ssh_public(private) + "\n")
    keys = recipients_from_arguments([str(pub)])
    assert [k.kind for k in keys] == ["ssh-ed25519"]
    assert "juf.test" not in keys[0].text  # the comment is not kept
    secret = tmp_path / "id_ed25519"
    secret.write_bytes(ssh_private(private))
    data = encrypt(b"hallo ssh", recipients=keys)
    assert decrypt(data, identities=read_identity_file(secret)) == b"hallo ssh"


def test_ssh_rsa_is_supported_like_age_does() -> None:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key = parse_recipient(ssh_public(private))
    assert key.kind == "ssh-rsa"
    data = encrypt(b"rsa", recipients=[key])
    assert decrypt(data, identities=parse_identities(ssh_private(private))) == b"rsa"


def test_authorized_keys_list_with_options_comments_and_age_keys(tmp_path: Path) -> None:
    one = ed25519.Ed25519PrivateKey.generate()
    two = ed25519.Ed25519PrivateKey.generate()
    age_key = x25519.Identity.generate().to_public()
    listing = tmp_path / "collega's"
    listing.write_text(
        "# collega's van het samenwerkingsverband\n"
        "\n"
        f'from="10.0.0.1",command="echo hallo daar",no-pty {ssh_public(one)}\n'
        f"   {ssh_public(two, comment='')}\n"
        f"{age_key}\n"
        f"{ssh_public(one)}\n"  # listed twice: kept once
    )
    keys = read_recipients_file(listing)
    assert [k.kind for k in keys] == ["ssh-ed25519", "ssh-ed25519", "age"]


def test_unsupported_ssh_key_type_is_named() -> None:
    ecdsa_key = ec.generate_private_key(ec.SECP256R1())
    error = message_of(lambda: parse_recipient(ssh_public(ecdsa_key)))
    assert error.message_id == "bundle.key.unsupported_type"
    assert error.params == {"kind": "ecdsa-sha2-nistp256"}
    assert "ecdsa-sha2-nistp256" in error.text(lang="nl")
    error = message_of(lambda: parse_recipient("sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaA== x"))
    assert error.params == {"kind": "sk-ssh-ed25519@openssh.com"}


def test_a_bad_line_in_a_key_file_is_refused_with_its_number(tmp_path: Path) -> None:
    listing = tmp_path / "keys.txt"
    good = x25519.Identity.generate().to_public()
    listing.write_text(f"# team\n{good}\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBROKEN\n")
    error = message_of(lambda: read_recipients_file(listing))
    assert error.message_id == "bundle.key.invalid_recipient_line"
    assert error.params == {"path": str(listing), "line": 3}


def test_post_quantum_and_plugin_recipients_are_refused_clearly() -> None:
    for key in ("age1pq1qqqqqqqqqqqqqqqq", "age1yubikey1qqqqqqqqqqqqqqqqqqqq"):
        assert message_of(lambda k=key: parse_recipient(k)).message_id == (
            "bundle.key.plugin_recipient"
        )


def test_nonsense_recipients_are_refused() -> None:
    for value in (
        "age1xyz",
        "niet-een-sleutel",
        "ssh-ed25519",
        "ssh-ed25519 geen-blob",
        "x" * 5000,
    ):
        with pytest.raises(KeyInvalid):
            recipients_from_arguments([value])


def test_a_key_file_whose_name_looks_like_a_key_type_is_read_as_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("ssh-keys.txt").write_text(f"{x25519.Identity.generate().to_public()}\n")
    assert [k.kind for k in recipients_from_arguments(["ssh-keys.txt"])] == ["age"]


def test_an_empty_key_file_is_refused(tmp_path: Path) -> None:
    listing = tmp_path / "leeg.txt"
    listing.write_text("# niemand\n\n")
    assert message_of(lambda: read_recipients_file(listing)).message_id == "bundle.key.no_keys"
    missing = tmp_path / "bestaat-niet.pub"
    error = message_of(lambda: read_recipients_file(missing))
    assert error.message_id == "bundle.key.unreadable"


def test_identity_file_as_age_keygen_writes_it(tmp_path: Path) -> None:
    identity = x25519.Identity.generate()
    other = x25519.Identity.generate()
    path = tmp_path / "key.txt"
    path.write_text(
        "# created: 2026-06-01T10:00:00+02:00\n"
        f"# public key: {identity.to_public()}\n"
        f"{identity}\n\n{other}\n"
    )
    identities = read_identity_file(path)
    assert len(identities) == 2
    data = encrypt(b"x", recipients=[parse_recipient(str(other.to_public()))])
    assert decrypt(data, identities=identities) == b"x"


def test_bad_identity_files_are_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "key.txt"
    path.write_text("# just comments\n")
    assert message_of(lambda: read_identity_file(path)).message_id == "bundle.key.no_identities"
    path.write_text("AGE-SECRET-KEY-1NOTVALID\n")
    error = message_of(lambda: read_identity_file(path))
    assert error.message_id == "bundle.key.invalid_identity_line" and error.params["line"] == 1
    path.write_text("AGE-PLUGIN-YUBIKEY-1QQQQ\n")
    assert message_of(lambda: read_identity_file(path)).message_id == (
        "bundle.key.unsupported_identity"
    )
    path.write_bytes(b"age-encryption.org/v1\n-> scrypt ...")
    assert message_of(lambda: read_identity_file(path)).message_id == (
        "bundle.key.encrypted_identity_file"
    )


def test_a_passphrase_protected_ssh_key_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "id_ed25519"
    path.write_bytes(encrypted_openssh_key(ed25519.Ed25519PrivateKey.generate()))
    error = message_of(lambda: read_identity_file(path))
    assert error.message_id == "bundle.key.encrypted_ssh"
    assert "age-keygen" in error.text(lang="nl")


def test_unsupported_ssh_private_key_is_refused() -> None:
    pem = ssh_private(ec.generate_private_key(ec.SECP256R1()))
    assert message_of(lambda: parse_identities(pem)).message_id == (
        "bundle.key.unsupported_identity"
    )


def test_a_secret_key_given_as_recipient_is_named_as_such_and_never_quoted(
    tmp_path: Path,
) -> None:
    identity = x25519.Identity.generate()
    key_file = tmp_path / "key.txt"  # as age-keygen writes it: the secret key on line 3
    key_file.write_text(
        f"# created: 2026-06-01T10:00:00+02:00\n# public key: {identity.to_public()}\n{identity}\n"
    )
    for call in (
        lambda: read_recipients_file(key_file),
        lambda: recipients_from_arguments([str(key_file)]),
    ):
        error = message_of(call)
        assert error.message_id == "bundle.key.secret_age_file"
        assert "age-keygen -y" in error.text(lang="nl") and "age1" in error.text(lang="nl")
        assert str(identity) not in error.text(lang="nl") and "regel 3" not in error.text(lang="nl")
    for text in (str(identity), str(identity).lower(), "AGE-PLUGIN-YUBIKEY-1QQQQ"):
        error = message_of(lambda text=text: recipients_from_arguments([text]))
        assert error.message_id == "bundle.key.secret_age"
        assert text not in error.text(lang="nl") and text not in repr(error)


def test_an_ssh_private_key_given_as_recipient_asks_for_the_pub_file(tmp_path: Path) -> None:
    private = tmp_path / "id_ed25519"
    pem = ssh_private(ed25519.Ed25519PrivateKey.generate())
    private.write_bytes(pem)
    for call in (
        lambda: read_recipients_file(private),
        lambda: recipients_from_arguments([str(private)]),
    ):
        error = message_of(call)
        assert error.message_id == "bundle.key.secret_ssh_file"
        assert f"{private}.pub" in error.text(lang="nl")
        body = pem.decode().splitlines()[1]
        assert body not in error.text(lang="nl")
    error = message_of(lambda: parse_recipient(pem.decode()))
    assert error.message_id == "bundle.key.secret_ssh"


def test_a_public_key_file_given_as_identity_asks_for_the_secret_one(tmp_path: Path) -> None:
    identity = x25519.Identity.generate()
    private = ed25519.Ed25519PrivateKey.generate()
    for name, text in (
        ("publiek.txt", f"{identity.to_public()}\n"),
        ("id_ed25519.pub", ssh_public(private) + "\n"),
    ):
        path = tmp_path / name
        path.write_text(text)
        error = message_of(lambda path=path: read_identity_file(path))
        assert error.message_id == "bundle.key.public_not_identity"
        assert name in error.text(lang="nl")
