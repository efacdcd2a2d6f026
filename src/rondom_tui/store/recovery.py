"""The recovery key: a second way to a store's data key, for a forgotten passphrase.

160 random bits, shown once and written on paper as `RK2-` and 34 characters of Crockford
base32 in groups of four: 32 characters of the secret and 2 check characters (the first 10
bits of SHA-256 of the secret), so that a mistyped group is caught before any decryption is
tried. Reading is forgiving: any case, spaces and dashes anywhere, `O` read as `0` and `I` or
`L` as `1` (docs/FORMAT.md, "Header"). The key wraps the data key through HKDF-SHA256: with
160 bits of entropy no slow KDF is needed.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from rondom_tui.store.errors import RecoveryKeyInvalid

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford's base32: no I, L, O or U, so nothing reads as something else."""
SECRET_BYTES = 20
PREFIX = "RK2"
_SECRET_CHARS = 32
_CHECK_CHARS = 2
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1", " ": None, "-": None, "\t": None})
_HKDF_INFO = b"rondom recovery key v2"
RECOVERY_KEY_OPEN = "recovery-key"
"""The audit detail of an OPEN with the recovery key instead of the passphrase."""


class RecoveryKey:
    """A recovery key. Its `repr` never shows the secret; `text()` is what goes on paper."""

    __slots__ = ("_secret",)

    def __init__(self, secret: bytes) -> None:
        if len(secret) != SECRET_BYTES:
            raise ValueError("a recovery key holds 20 bytes")
        self._secret = secret

    @classmethod
    def generate(cls) -> RecoveryKey:
        """A new random key."""
        return cls(os.urandom(SECRET_BYTES))

    @classmethod
    def parse(cls, typed: str) -> RecoveryKey:
        """The key as typed or read from a file; raises `RecoveryKeyInvalid` when it cannot
        be one (wrong length, a character outside the alphabet, a failing check), before any
        decryption is tried."""
        text = typed.strip().upper().translate(_READ_AS)
        if text.startswith(PREFIX) and len(text) == len(PREFIX) + _SECRET_CHARS + _CHECK_CHARS:
            text = text[len(PREFIX) :]
        if len(text) != _SECRET_CHARS + _CHECK_CHARS or any(c not in ALPHABET for c in text):
            raise RecoveryKeyInvalid()
        number = 0
        for char in text[:_SECRET_CHARS]:
            number = number << 5 | ALPHABET.index(char)
        key = cls(number.to_bytes(SECRET_BYTES, "big"))
        if not hmac.compare_digest(text[_SECRET_CHARS:], key._check()):
            raise RecoveryKeyInvalid()
        return key

    def text(self) -> str:
        """`RK2-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-CC`: to be written down once."""
        number = int.from_bytes(self._secret, "big")
        chars = [ALPHABET[(number >> shift) & 31] for shift in range(155, -1, -5)]
        body = "".join(chars) + self._check()
        return "-".join([PREFIX, *(body[i : i + 4] for i in range(0, len(body), 4))])

    def wrapping_key(self, salt: bytes) -> bytes:
        """The key that wraps the data key in the recovery slot (RKEK)."""
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_HKDF_INFO).derive(
            self._secret
        )

    def _check(self) -> str:
        first = int.from_bytes(hashlib.sha256(self._secret).digest()[:2], "big") >> 6
        return ALPHABET[first >> 5] + ALPHABET[first & 31]

    def __repr__(self) -> str:
        return "RecoveryKey(…)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RecoveryKey) and hmac.compare_digest(self._secret, other._secret)

    def __hash__(self) -> int:
        return hash(type(self))
