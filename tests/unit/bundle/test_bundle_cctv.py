"""Every C2SP CCTV age vector through the bundle decrypt path.

Vectors that do not expect success are hostile input: they must raise `BundleInvalid`, and
quickly (`scrypt_work_factor_23` would otherwise compute for minutes). Success vectors must
decrypt to the SHA-256 given in their header; their payloads are not rondom JSON, so this
tests the decrypt layer (`rondom_tui.bundle.crypto.decrypt`), which the importer calls first.

The corpus is copied into `tests/fixtures/age-cctv/` (source, commit and licence in its README), so
the suite needs nothing beside the repository.

Skip list: post-quantum vectors whose identity is `AGE-SECRET-KEY-PQ-1...` (the `hybrid*`
family and `armor_hybrid`) and that expect success: pyrage 1.4 cannot parse ML-KEM identities
("incorrect HRP"). Hybrid vectors that expect failure still run, with a fresh X25519 identity,
and must be refused like any other file we cannot open (a malformed hybrid stanza reads
as "wrong key" to us, since the stanza type is unknown without ML-KEM). No other vector is
skipped: the strict header and armor checks in `age_format` make pyrage's known deviations
(`stanza_missing_body` and `stanza_missing_final_line` accepted, `armor_whitespace_outside`
refused, no cap on the scrypt work factor) behave as the specification says.
"""

from __future__ import annotations

import hashlib
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from rondom_tui.bundle import BundleInvalid, decrypt, parse_identities

CCTV = Path(__file__).resolve().parents[2] / "fixtures" / "age-cctv"
QUICK_SECONDS = 2.0

# expectation -> the reasons (BundleInvalid.reason) we accept for it.
EXPECTED_REASONS = {
    "no match": {"wrong_key", "wrong_passphrase", "needs_identity"},
    "HMAC failure": {"damaged"},
    "header failure": {"header", "empty", "truncated", "work_factor", "age_version", "not_age"},
    "payload failure": {"damaged", "truncated"},
    "armor failure": {"armor", "not_age"},
}


@dataclass(frozen=True)
class Vector:
    name: str
    expect: str
    identities: tuple[str, ...]
    passphrase: str | None
    payload_sha256: str | None
    armored: bool
    data: bytes

    @property
    def post_quantum(self) -> bool:
        return any(i.startswith("AGE-SECRET-KEY-PQ-") for i in self.identities)


def load_vector(path: Path) -> Vector:
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n\n")
    fields: dict[str, list[str]] = {}
    for line in head.decode("utf-8").splitlines():
        key, _, value = line.partition(": ")
        fields.setdefault(key, []).append(value)
    if fields.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return Vector(
        name=path.name,
        expect=fields["expect"][0],
        identities=tuple(fields.get("identity", [])),
        passphrase=fields.get("passphrase", [None])[0],
        payload_sha256=fields.get("payload", [None])[0],
        armored=fields.get("armored", ["no"])[0] == "yes",
        data=body,
    )


def vector_names() -> list[str]:
    if not CCTV.is_dir():
        return []
    return sorted(p.name for p in CCTV.iterdir() if p.is_file() and p.name != "README.md")


NAMES = vector_names()
needs_corpus = pytest.mark.skipif(not NAMES, reason=f"CCTV corpus not found at {CCTV}")


def test_the_corpus_is_complete() -> None:
    # The corpus is part of the repository: a missing one is a failure, not a reason to test
    # less in silence.
    if not NAMES:
        pytest.fail(f"CCTV corpus not found at {CCTV}")
    # The copy holds 143 vectors; a partial copy would test less than it claims.
    assert len(NAMES) >= 140
    assert {"scrypt_work_factor_23", "x25519", "armor_whitespace_outside"} <= set(NAMES)


@needs_corpus
@pytest.mark.parametrize("name", NAMES or ["-"])
def test_cctv_vector(name: str) -> None:
    vector = load_vector(CCTV / name)
    if vector.post_quantum and vector.expect == "success":
        pytest.skip("post-quantum (ML-KEM hybrid) identity: not supported by pyrage 1.4")
    if vector.post_quantum:
        identities = [x25519.Identity.generate()]
    elif vector.identities:
        identities = parse_identities("\n".join(vector.identities).encode())
    else:
        identities = []

    started = time.monotonic()
    if vector.expect == "success":
        plaintext = decrypt(vector.data, identities=identities, passphrase=vector.passphrase)
        assert hashlib.sha256(plaintext).hexdigest() == vector.payload_sha256
    else:
        with pytest.raises(BundleInvalid) as caught:
            decrypt(vector.data, identities=identities, passphrase=vector.passphrase)
        allowed = EXPECTED_REASONS[vector.expect]
        if vector.post_quantum:
            # Without ML-KEM support the hybrid stanza is an unknown type to us, so a
            # malformed one is "no key of yours opens this" rather than "bad header".
            allowed = allowed | {"wrong_key"}
        assert caught.value.reason in allowed, caught.value.reason
        # One clear sentence, nothing from pyrage.
        text = caught.value.text(lang="nl")
        assert "\n" not in text and "pyrage" not in text.lower()
    assert time.monotonic() - started < QUICK_SECONDS


@needs_corpus
def test_work_factor_23_is_refused_before_any_scrypt_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vector = load_vector(CCTV / "scrypt_work_factor_23")

    def no_scrypt(*_: object) -> bytes:
        raise AssertionError("scrypt ran on a work factor above the cap")

    monkeypatch.setattr(pyrage.passphrase, "decrypt", no_scrypt)
    with pytest.raises(BundleInvalid) as caught:
        decrypt(vector.data, passphrase=vector.passphrase)
    assert caught.value.reason == "work_factor"


@needs_corpus
def test_pyrage_deviations_are_corrected_by_the_strict_checks() -> None:
    identity = parse_identities(
        b"AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"
    )
    for name in ("stanza_missing_body", "stanza_missing_final_line"):
        with pytest.raises(BundleInvalid) as caught:
            decrypt(load_vector(CCTV / name).data, identities=identity)
        assert caught.value.reason == "header"
    outside = load_vector(CCTV / "armor_whitespace_outside")
    assert hashlib.sha256(decrypt(outside.data, identities=identity)).hexdigest() == (
        outside.payload_sha256
    )
