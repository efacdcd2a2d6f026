"""The strict outside checks: the work factor cap at its boundary, armor as mail clients
mangle it, and limits that keep a crafted header from costing time or memory."""

from __future__ import annotations

import base64
import os
import time

import pytest
from pyrage import x25519

from rondom_tui.bundle import BundleInvalid, decrypt, encrypt, parse_recipient
from rondom_tui.bundle.age_format import (
    MAX_WORK_FACTOR,
    dearmor,
    is_armored,
    parse_header,
)


def b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def scrypt_file(work_factor: bytes) -> bytes:
    return (
        b"age-encryption.org/v1\n-> scrypt "
        + b64(os.urandom(16))
        + b" "
        + work_factor
        + b"\n"
        + b64(os.urandom(32))
        + b"\n--- "
        + b64(os.urandom(32))
        + b"\n"
        + os.urandom(16 + 40)
    )


def reason(data: bytes) -> str:
    with pytest.raises(BundleInvalid) as caught:
        parse_header(data)
    return caught.value.reason


def test_work_factor_cap_is_twenty() -> None:
    assert MAX_WORK_FACTOR == 20
    assert parse_header(scrypt_file(b"20")).work_factor == 20
    assert parse_header(scrypt_file(b"18")).is_passphrase
    assert reason(scrypt_file(b"21")) == "work_factor"
    assert reason(scrypt_file(b"64")) == "work_factor"
    assert reason(scrypt_file(b"9" * 5000)) == "work_factor"  # no giant int parsing


def test_scrypt_must_be_alone() -> None:
    data = scrypt_file(b"10")
    mac_at = data.index(b"--- ")
    other = b"-> X25519 " + b64(os.urandom(32)) + b"\n" + b64(os.urandom(32)) + b"\n"
    assert reason(data[:mac_at] + other + data[mac_at:]) == "header"


def test_wrong_passphrase_for_a_key_file_is_named() -> None:
    identity = x25519.Identity.generate()
    data = encrypt(b"x", recipients=[parse_recipient(str(identity.to_public()))])
    assert parse_header(data).work_factor is None
    with pytest.raises(BundleInvalid) as caught:
        decrypt(data, passphrase="een wachtwoordzin")
    assert caught.value.reason == "needs_identity"


def test_our_armor_is_strict_armor() -> None:
    identity = x25519.Identity.generate()
    key = parse_recipient(str(identity.to_public()))
    plaintext = os.urandom(5000)
    armored = encrypt(plaintext, recipients=[key], armor=True)
    assert is_armored(armored)
    lines = armored.decode("ascii").splitlines()
    assert all(len(line) <= 64 for line in lines[1:-1])
    binary = dearmor(armored)
    assert binary.startswith(b"age-encryption.org/v1\n")
    assert decrypt(binary, identities=[identity]) == plaintext


def test_armor_that_went_through_windows_mail_still_opens() -> None:
    identity = x25519.Identity.generate()
    armored = encrypt(b"hallo", recipients=[parse_recipient(str(identity.to_public()))], armor=True)
    mangled = b"\r\n \t\r\n" + armored.replace(b"\n", b"\r\n") + b"\r\n\t\r\n"
    assert decrypt(mangled, identities=[identity]) == b"hallo"


def test_armor_with_text_around_it_is_refused() -> None:
    identity = x25519.Identity.generate()
    armored = encrypt(b"hallo", recipients=[parse_recipient(str(identity.to_public()))], armor=True)
    cases = (
        (armored + b"Met vriendelijke groet\n", {"armor"}),
        (b"Beste collega,\n" + armored, {"not_age"}),
        (b"  " + armored, {"armor"}),
        (b"  " * 600 + b"\n" + armored, {"armor", "not_age"}),  # over 1 KiB of whitespace
    )
    for data, reasons in cases:
        with pytest.raises(BundleInvalid) as caught:
            decrypt(data, identities=[identity])
        assert caught.value.reason in reasons


def test_a_huge_header_is_refused_quickly() -> None:
    body_line = b64(os.urandom(48)) + b"\n"
    data = b"age-encryption.org/v1\n-> X25519 abc\n" + body_line * 40_000 + b"\n"
    started = time.monotonic()
    assert reason(data) == "header"
    long_line = b"age-encryption.org/v1\n-> " + b"a" * (2 * 1024 * 1024)
    assert reason(long_line) == "header"
    assert time.monotonic() - started < 1.0


def test_other_versions_and_other_files() -> None:
    assert reason(b"age-encryption.org/v2\n") == "age_version"
    assert reason(b"age-encryption.org/v1") == "truncated"
    assert reason(b"age-encr") == "truncated"
    assert reason(b"\x89PNG\r\n\x1a\n") == "not_age"
    assert reason(b"") == "empty"
