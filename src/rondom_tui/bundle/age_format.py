"""Strict reading of the outside of an age file, before anything is decrypted.

pyrage decrypts, but it does not let us cap the scrypt work factor (a crafted file with
logN 23 makes it compute for minutes and allocate gigabytes), it accepts a few malformed
headers that the age specification refuses (a stanza without a body), and its armor reader
refuses leading whitespace that the specification allows. So every bundle passes through this
module first: the size is capped, ASCII armor is decoded strictly (C2SP age, RFC 7468 strict),
and the header is parsed line by line exactly as the specification says. Only a file that
passes is handed to pyrage, in binary form.

Pure Python, no I/O. Every refusal is a `BundleInvalid` with one clear reason.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

from rondom_tui.bundle.errors import BundleInvalid

MAX_BUNDLE_BYTES = 256 * 1024 * 1024
"""The largest bundle file accepted (armored or not). A caseload is a few megabytes."""
MAX_WORK_FACTOR = 20
"""The highest scrypt logN accepted (2^20 iterations: about a second, 1 GiB of memory)."""
MAX_HEADER_BYTES = 1024 * 1024
MAX_STANZAS = 1000

AGE_INTRO = b"age-encryption.org/v1"
AGE_VERSION_PREFIX = b"age-encryption.org/"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
NONCE_LEN = 16
SCRYPT_TYPE = "scrypt"

_COLUMNS = 64
"""Characters per base64 line, in stanza bodies and in armor."""
_BYTES_PER_LINE = 48
_MAX_OUTSIDE_WHITESPACE = 1024
_WHITESPACE = b" \t\r\n\v\f"
_RAW_B64 = re.compile(rb"[A-Za-z0-9+/]*")
_PADDED_B64 = re.compile(rb"[A-Za-z0-9+/]*={0,2}")
_DECIMAL = re.compile(r"[1-9][0-9]*")


@dataclass(frozen=True, slots=True)
class Stanza:
    """One recipient stanza of the header: `-> type args...` and its body."""

    type: str
    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True, slots=True)
class AgeHeader:
    """A syntactically valid age header (its MAC is checked later, by pyrage)."""

    stanzas: tuple[Stanza, ...]
    length: int
    """Bytes from the start of the file up to and including the MAC line."""
    work_factor: int | None
    """The scrypt logN when the file is passphrase-protected, else None."""

    @property
    def is_passphrase(self) -> bool:
        return self.work_factor is not None


def check_size(data: bytes) -> None:
    """Refuse input above `MAX_BUNDLE_BYTES` before looking at it."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleInvalid("bundle.invalid.too_large", limit_mib=MAX_BUNDLE_BYTES // 2**20)


def is_armored(data: bytes) -> bool:
    """True when `data` looks like ASCII armor (possibly after some whitespace)."""
    start = data[: _MAX_OUTSIDE_WHITESPACE + len(ARMOR_BEGIN)].lstrip(_WHITESPACE)
    return start.startswith(b"-----")


def to_binary(data: bytes) -> bytes:
    """The binary age file: `data` itself, or its armor decoded."""
    check_size(data)
    return dearmor(data) if is_armored(data) else data


def dearmor(data: bytes) -> bytes:
    """Decode ASCII armor strictly, as the age specification and the age CLI do.

    Whitespace-only lines may come before the begin line and whitespace after the end line
    (at most 1 KiB each); lines end in LF or CRLF; every base64 line holds 64 columns except
    the last, which is padded; nothing else is allowed (no headers, no checksum line).
    """
    lines = data.split(b"\n")
    index = 0
    skipped = 0
    while index < len(lines) and not lines[index].strip(_WHITESPACE):
        skipped += len(lines[index]) + 1
        if skipped > _MAX_OUTSIDE_WHITESPACE:
            raise BundleInvalid("bundle.invalid.armor")
        index += 1
    if index == len(lines):
        raise BundleInvalid("bundle.invalid.empty")
    if _without_cr(lines[index]) != ARMOR_BEGIN:
        raise BundleInvalid("bundle.invalid.armor")
    index += 1
    decoded = bytearray()
    while True:
        if index >= len(lines):
            raise BundleInvalid("bundle.invalid.armor")
        line = _without_cr(lines[index])
        index += 1
        if line == ARMOR_END:
            break
        chunk = _decode_padded(line) if 0 < len(line) <= _COLUMNS else None
        if chunk is None:
            raise BundleInvalid("bundle.invalid.armor")
        decoded += chunk
        if len(chunk) < _BYTES_PER_LINE:
            # A short line is the last one: the end line must follow at once.
            if index >= len(lines) or _without_cr(lines[index]) != ARMOR_END:
                raise BundleInvalid("bundle.invalid.armor")
            index += 1
            break
    rest = b"\n".join(lines[index:])
    if rest.strip(_WHITESPACE) or len(rest) > _MAX_OUTSIDE_WHITESPACE:
        raise BundleInvalid("bundle.invalid.armor")
    return bytes(decoded)


def parse_header(data: bytes) -> AgeHeader:
    """Parse the header of a binary age file and check what must hold before decrypting.

    Refuses: empty input, anything that is not age, other age versions, malformed lines,
    stanza bodies, MAC lines, a scrypt stanza that is not alone or is malformed, an scrypt
    work factor above `MAX_WORK_FACTOR`, and a file that ends inside the header or before the
    payload nonce.
    """
    if not data:
        raise BundleInvalid("bundle.invalid.empty")
    first_end = data.find(b"\n", 0, len(AGE_INTRO) + 64)
    first = data[:first_end] if first_end >= 0 else data[: len(AGE_INTRO) + 64]
    if first != AGE_INTRO:
        if first_end < 0 and data.startswith(b"age-") and AGE_INTRO.startswith(data):
            raise BundleInvalid("bundle.invalid.truncated")
        if first.rstrip(b"\r") == AGE_INTRO:
            raise BundleInvalid("bundle.invalid.header")
        if first.startswith(AGE_VERSION_PREFIX):
            raise BundleInvalid("bundle.invalid.age_version")
        raise BundleInvalid("bundle.invalid.not_age")
    position = first_end + 1
    stanzas: list[Stanza] = []
    while True:
        line, position = _next_line(data, position)
        if line.startswith(b"---"):
            parts = line.split(b" ")
            mac = _decode_raw(parts[1]) if len(parts) == 2 and parts[0] == b"---" else None
            if mac is None or len(mac) != 32:
                raise BundleInvalid("bundle.invalid.header")
            break
        if not line.startswith(b"->") or len(stanzas) >= MAX_STANZAS:
            raise BundleInvalid("bundle.invalid.header")
        stanza, position = _read_stanza(data, line, position)
        stanzas.append(stanza)
    if len(data) - position < NONCE_LEN:
        raise BundleInvalid("bundle.invalid.truncated")
    return AgeHeader(
        stanzas=tuple(stanzas), length=position, work_factor=_scrypt_work_factor(stanzas)
    )


def _read_stanza(data: bytes, line: bytes, position: int) -> tuple[Stanza, int]:
    parts = line.split(b" ")
    if parts[0] != b"->" or len(parts) < 2:
        raise BundleInvalid("bundle.invalid.header")
    for arg in parts[1:]:
        if not arg or any(byte < 33 or byte > 126 for byte in arg):
            raise BundleInvalid("bundle.invalid.header")
    body = bytearray()
    while True:
        body_line, position = _next_line(data, position)
        chunk = _decode_raw(body_line) if len(body_line) <= _COLUMNS else None
        if chunk is None:
            raise BundleInvalid("bundle.invalid.header")
        body += chunk
        if len(chunk) < _BYTES_PER_LINE:
            # A stanza body always ends with a short (possibly empty) line.
            break
    args = tuple(arg.decode("ascii") for arg in parts[1:])
    return Stanza(type=args[0], args=args[1:], body=bytes(body)), position


def _scrypt_work_factor(stanzas: list[Stanza]) -> int | None:
    """The logN of the scrypt stanza, checked; None when there is none."""
    scrypt = [s for s in stanzas if s.type == SCRYPT_TYPE]
    if not scrypt:
        return None
    if len(stanzas) != 1:
        # A passphrase stanza must be the only one (else a recipient could learn it).
        raise BundleInvalid("bundle.invalid.header")
    stanza = scrypt[0]
    if len(stanza.args) != 2 or len(stanza.body) != 32:
        raise BundleInvalid("bundle.invalid.header")
    salt = _decode_raw(stanza.args[0].encode("ascii"))
    if salt is None or len(salt) != 16 or not _DECIMAL.fullmatch(stanza.args[1]):
        raise BundleInvalid("bundle.invalid.header")
    text = stanza.args[1]
    if len(text) > 2 or int(text) > MAX_WORK_FACTOR:
        raise BundleInvalid("bundle.invalid.work_factor", maximum=MAX_WORK_FACTOR)
    return int(text)


def _next_line(data: bytes, position: int) -> tuple[bytes, int]:
    """The header line starting at `position` (without its LF) and where the next begins."""
    if position > MAX_HEADER_BYTES:
        raise BundleInvalid("bundle.invalid.header")
    end = data.find(b"\n", position, MAX_HEADER_BYTES + 1)
    if end < 0:
        if len(data) <= MAX_HEADER_BYTES:
            raise BundleInvalid("bundle.invalid.truncated")
        raise BundleInvalid("bundle.invalid.header")
    return data[position:end], end + 1


def _without_cr(line: bytes) -> bytes:
    return line[:-1] if line.endswith(b"\r") else line


def _decode_raw(text: bytes) -> bytes | None:
    """Strict unpadded standard base64 (canonical: no stray bits); None when invalid."""
    if not _RAW_B64.fullmatch(text) or len(text) % 4 == 1:
        return None
    raw = base64.b64decode(text + b"=" * (-len(text) % 4))
    return raw if base64.b64encode(raw).rstrip(b"=") == text else None


def _decode_padded(text: bytes) -> bytes | None:
    """Strict padded standard base64 (canonical); None when invalid."""
    if len(text) % 4 or not _PADDED_B64.fullmatch(text):
        return None
    raw = base64.b64decode(text, validate=True)
    return raw if base64.b64encode(raw) == text else None
