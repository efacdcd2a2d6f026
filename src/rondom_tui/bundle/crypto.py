"""Encrypting a bundle to recipients or a passphrase, and opening one, all in memory.

Decryption always goes through `age_format` first (size cap, strict armor, strict header,
scrypt work factor cap) and hands pyrage the binary file; pyrage's own messages are mapped to
a fixed set of reasons and never passed on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyrage

from rondom_tui.bundle import age_format
from rondom_tui.bundle.errors import BundleInvalid, ExportRefused, KeyInvalid
from rondom_tui.bundle.keys import Identity, RecipientKey
from rondom_tui.store.vault import MIN_PASSPHRASE_LENGTH

_PASSPHRASE_ATTEMPTS = 3
_WRONG_KEY = "bundle.invalid.wrong_key"
_DAMAGED = "bundle.invalid.damaged"
# pyrage's messages, by what they mean for the user. Checked in order.
_PYRAGE_REASONS: tuple[tuple[str, str], ...] = (
    ("No matching keys", _WRONG_KEY),
    ("Decryption failed", _WRONG_KEY),
    ("Header MAC", _DAMAGED),
    ("truncated", "bundle.invalid.truncated"),
    ("fill whole buffer", "bundle.invalid.truncated"),
    ("Header is invalid", "bundle.invalid.header"),
    ("Unknown age format", "bundle.invalid.header"),
)


def encrypt(
    plaintext: bytes,
    *,
    recipients: Sequence[RecipientKey] = (),
    passphrase: str | None = None,
    armor: bool = False,
) -> bytes:
    """Encrypt to the recipients, or (for ad-hoc sharing) to a passphrase; not both.

    A passphrase must be at least as long as a store's.
    """
    if recipients and passphrase is not None:
        raise KeyInvalid("bundle.key.both")
    if passphrase is not None:
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            raise KeyInvalid("bundle.key.passphrase_too_short", minimum=MIN_PASSPHRASE_LENGTH)
        data = _encrypt_with_passphrase(plaintext, passphrase, armor=armor)
    elif recipients:
        data = pyrage.encrypt(plaintext, [r.to_pyrage() for r in recipients], armored=armor)
    else:
        raise KeyInvalid("bundle.key.none")
    if len(data) > age_format.MAX_BUNDLE_BYTES:
        raise ExportRefused("bundle.export.too_large", limit_mib=age_format.MAX_BUNDLE_BYTES >> 20)
    return bytes(data)


def _encrypt_with_passphrase(plaintext: bytes, passphrase: str, *, armor: bool) -> bytes:
    """pyrage picks the scrypt work factor by timing this machine (aiming at one second) and
    offers no way to set it; on a fast machine it can pick more than `MAX_WORK_FACTOR`, and
    the timing varies from run to run (19 or 20 on the development machine). A bundle we
    would refuse to open ourselves is never handed out: try a few times, then refuse."""
    for _attempt in range(_PASSPHRASE_ATTEMPTS):
        data = bytes(pyrage.passphrase.encrypt(plaintext, passphrase, armored=armor))
        header = age_format.parse_header(age_format.to_binary(data))
        if header.work_factor is not None and header.work_factor <= age_format.MAX_WORK_FACTOR:
            return data
    raise ExportRefused("bundle.export.work_factor")


def decrypt(
    data: bytes,
    *,
    identities: Sequence[Identity] = (),
    passphrase: str | None = None,
) -> bytes:
    """The plaintext of an age file, decrypted in memory; raises `BundleInvalid` only.

    The header decides the mode: a passphrase file needs `passphrase`, a file for recipients
    needs `identities` (the importer passes both when it has both).
    """
    binary = age_format.to_binary(data)
    header = age_format.parse_header(binary)
    if header.is_passphrase:
        if passphrase is None:
            raise BundleInvalid("bundle.invalid.needs_passphrase")
        return _run(lambda: pyrage.passphrase.decrypt(binary, passphrase), passphrase=True)
    if not identities:
        raise BundleInvalid("bundle.invalid.needs_identity")
    return _run(lambda: pyrage.decrypt(binary, list(identities)), passphrase=False)


def _run(call: Callable[[], bytes], *, passphrase: bool) -> bytes:
    try:
        return bytes(call())
    except Exception as exc:
        reason = _reason(str(exc))
    except BaseException as exc:
        # A Rust panic surfaces as pyo3's PanicException, a BaseException; treat it as a
        # damaged file, but let interrupts through.
        if type(exc).__name__ != "PanicException":
            raise
        reason = _DAMAGED
    if reason == _WRONG_KEY and passphrase:
        reason = "bundle.invalid.wrong_passphrase"
    raise BundleInvalid(reason) from None


def _reason(text: str) -> str:
    """The message id for one of pyrage's messages (which itself is never shown)."""
    for fragment, message_id in _PYRAGE_REASONS:
        if fragment in text:
            return message_id
    return _DAMAGED
