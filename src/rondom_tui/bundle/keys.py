"""Who a bundle is for and who can open it: recipients, identities and the store's own key.

Recipients are `age1...` X25519 keys or ssh public keys (`ssh-ed25519`, and `ssh-rsa`, which
age supports too), given literally or in a file: `~/.ssh/id_ed25519.pub`, an age recipients
file, or an `authorized_keys`-style list with options in front. Identities are
`AGE-SECRET-KEY-1...` lines or an unencrypted ssh private key. Everything else is refused
with a sentence that says which key type or which line is the problem; a key is never
skipped silently, because a colleague who silently drops out of the recipients cannot open
the bundle. A secret key given where a recipient belongs (an `age-keygen` key file, an ssh
private key) is named as such, never quoted: the public key is what is needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeAlias

from pyrage import ssh, x25519

from rondom_tui.bundle.errors import KeyInvalid
from rondom_tui.store.user_files import read_regular_file

if TYPE_CHECKING:
    from rondom_tui.store.repository import Store

Identity: TypeAlias = x25519.Identity | ssh.Identity
"""Something that can open a bundle."""
RecipientKind = Literal["age", "ssh-ed25519", "ssh-rsa"]

MAX_KEY_FILE_BYTES = 1024 * 1024
SUPPORTED_SSH_TYPES = ("ssh-ed25519", "ssh-rsa")
_SSH_TYPE = re.compile(r"(?:ssh|ecdsa|sk|x509v3)-[a-z0-9@.-]{1,60}")
_SSH_BLOB = re.compile(r"AAAA[A-Za-z0-9+/]+={0,2}")
_AGE_RECIPIENT = re.compile(r"age1[a-z0-9]+")
_SSH_PRIVATE_MARKERS = (
    b"-----BEGIN OPENSSH PRIVATE KEY-----",
    b"-----BEGIN RSA PRIVATE KEY-----",
)
_OTHER_PRIVATE_MARKER = b"-----BEGIN "
_SECRET_KEY_PREFIXES = ("AGE-SECRET-KEY-", "AGE-PLUGIN-")
"""How age secret keys and plugin identities begin (the bech32 text is upper case)."""
_PRIVATE_KEY_MARKER = re.compile(r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----")


@dataclass(frozen=True, slots=True)
class RecipientKey:
    """A public key a bundle is encrypted to, in its canonical text form (no comment)."""

    kind: RecipientKind
    text: str

    def to_pyrage(self) -> x25519.Recipient | ssh.Recipient:
        if self.kind == "age":
            return x25519.Recipient.from_str(self.text)
        return ssh.Recipient.from_str(self.text)


def parse_recipient(text: str, *, path: str = "", line: int = 0) -> RecipientKey:
    """One recipient: `age1...`, or an ssh public key line (options and comment allowed)."""
    text = text.strip()
    if text.upper().startswith(_SECRET_KEY_PREFIXES):
        raise _secret_not_recipient("age", path)
    if _PRIVATE_KEY_MARKER.search(text):
        raise _secret_not_recipient("ssh", path)
    if text.startswith("age1") or text.startswith("AGE1"):
        return _age_recipient(text, path=path, line=line)
    tokens = _split_options(text)
    for index, token in enumerate(tokens):
        if _SSH_TYPE.fullmatch(token):
            blob = tokens[index + 1] if index + 1 < len(tokens) else ""
            return _ssh_recipient(token, blob, path=path, line=line)
    raise _bad_recipient(path, line)


def read_recipients_file(path: Path) -> list[RecipientKey]:
    """Every recipient in a key file; blank lines and `#` comments are skipped."""
    text = _read_key_file(path)
    if _PRIVATE_KEY_MARKER.search(text):  # before any line of it is read as a key
        raise _secret_not_recipient("ssh", str(path))
    keys: list[RecipientKey] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            keys.append(parse_recipient(stripped, path=str(path), line=number))
    if not keys:
        raise KeyInvalid("bundle.key.no_keys", path=str(path))
    return _unique(keys)


def recipients_from_arguments(arguments: list[str] | tuple[str, ...]) -> list[RecipientKey]:
    """`--recipient` values: each an `age1...` key, a file of keys (`~` is expanded), or an
    ssh public key line. A file wins over an ssh-looking name (`ssh-keys.txt`)."""
    keys: list[RecipientKey] = []
    for argument in arguments:
        value = argument.strip()
        if value.startswith(("age1", "AGE1")) or value.upper().startswith(_SECRET_KEY_PREFIXES):
            keys.append(parse_recipient(value))
        elif _is_file(value):
            keys.extend(read_recipients_file(Path(value).expanduser()))
        elif _SSH_TYPE.match(value):
            keys.append(parse_recipient(value))
        else:
            raise KeyInvalid("bundle.key.invalid_recipient")
    return _unique(keys)


def parse_identities(data: bytes, *, path: str = "") -> list[Identity]:
    """Identities from the bytes of an identity file: age secret keys or one ssh private key."""
    if data.lstrip().startswith(b"age-encryption.org/"):
        raise KeyInvalid("bundle.key.encrypted_identity_file")
    if any(marker in data for marker in _SSH_PRIVATE_MARKERS):
        return [_ssh_identity(data)]
    if _OTHER_PRIVATE_MARKER in data:
        raise KeyInvalid("bundle.key.unsupported_identity")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyInvalid("bundle.key.invalid_identity_file", path=path) from None
    identities: list[Identity] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith(("AGE-PLUGIN-", "AGE-SECRET-KEY-PQ-")):
            raise KeyInvalid("bundle.key.unsupported_identity")
        if stripped.lower().startswith("age1") or _SSH_TYPE.match(stripped):
            raise KeyInvalid("bundle.key.public_not_identity", path=path)
        try:
            identities.append(x25519.Identity.from_str(stripped))
        except Exception:
            raise KeyInvalid("bundle.key.invalid_identity_line", path=path, line=number) from None
    if not identities:
        raise KeyInvalid("bundle.key.no_identities", path=path)
    return identities


def read_identity_file(path: Path) -> list[Identity]:
    """`--identity FILE`: age secret keys (as `age-keygen` writes them) or an ssh private key."""
    return parse_identities(_read_key_bytes(path), path=str(path))


def store_identity(store: Store) -> x25519.Identity:
    """The age identity kept inside the store (created with it)."""
    return x25519.Identity.from_str(str(store.meta()["age_identity"]))


def store_recipient(store: Store) -> str:
    """This store's public `age1...` recipient, for `rondom id` and the app."""
    return str(store_identity(store).to_public())


# -- details ----------------------------------------------------------------------------


def _age_recipient(text: str, *, path: str, line: int) -> RecipientKey:
    key = text.lower()
    if not _AGE_RECIPIENT.fullmatch(key):
        raise _bad_recipient(path, line)
    if key.rfind("1") != 3:
        # bech32 puts its separator at the last "1": age1pq1..., age1yubikey1... are
        # post-quantum or plugin recipients, which pyrage cannot encrypt to.
        raise KeyInvalid("bundle.key.plugin_recipient")
    try:
        x25519.Recipient.from_str(key)
    except Exception:
        raise _bad_recipient(path, line) from None
    return RecipientKey(kind="age", text=key)


def _ssh_recipient(kind: str, blob: str, *, path: str, line: int) -> RecipientKey:
    if kind not in SUPPORTED_SSH_TYPES:
        raise KeyInvalid("bundle.key.unsupported_type", kind=kind)
    if not _SSH_BLOB.fullmatch(blob):
        raise _bad_recipient(path, line)
    text = f"{kind} {blob}"
    try:
        ssh.Recipient.from_str(text)
    except Exception:
        raise _bad_recipient(path, line) from None
    return RecipientKey(kind="ssh-ed25519" if kind == "ssh-ed25519" else "ssh-rsa", text=text)


def _ssh_identity(data: bytes) -> ssh.Identity:
    try:
        return ssh.Identity.from_buffer(data)
    except Exception as exc:
        if "decrypted" in str(exc):
            raise KeyInvalid("bundle.key.encrypted_ssh") from None
        raise KeyInvalid("bundle.key.unsupported_identity") from None


def _split_options(line: str) -> list[str]:
    """Split an authorized_keys line on spaces outside double quotes (options may quote)."""
    tokens: list[str] = []
    current: list[str] = []
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        if char in " \t" and not quoted:
            if current:
                tokens.append("".join(current))
                current = []
            continue
        current.append(char)
    if current:
        tokens.append("".join(current))
    return tokens


def _is_file(value: str) -> bool:
    try:
        return bool(value) and Path(value).expanduser().is_file()
    except (OSError, ValueError):  # a name too long, a NUL byte: not a file of keys
        return False


def _secret_not_recipient(kind: Literal["age", "ssh"], path: str) -> KeyInvalid:
    """A private key where a public one belongs: said without quoting the key."""
    if kind == "age":
        if path:
            return KeyInvalid("bundle.key.secret_age_file", path=path)
        return KeyInvalid("bundle.key.secret_age")
    if path:
        return KeyInvalid("bundle.key.secret_ssh_file", path=path)
    return KeyInvalid("bundle.key.secret_ssh")


def _bad_recipient(path: str, line: int) -> KeyInvalid:
    if path:
        return KeyInvalid("bundle.key.invalid_recipient_line", path=path, line=line)
    return KeyInvalid("bundle.key.invalid_recipient")


def _read_key_bytes(path: Path) -> bytes:
    try:  # a regular file only: a FIFO or a device is refused at once (`store.reading`)
        return read_regular_file(path.expanduser(), MAX_KEY_FILE_BYTES)
    except OSError:
        raise KeyInvalid("bundle.key.unreadable", path=str(path)) from None


def _read_key_file(path: Path) -> str:
    try:
        return _read_key_bytes(path).decode("utf-8")
    except UnicodeDecodeError:
        raise KeyInvalid("bundle.key.unreadable", path=str(path)) from None


def _unique(keys: list[RecipientKey]) -> list[RecipientKey]:
    return list(dict.fromkeys(keys))
