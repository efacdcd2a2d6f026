"""The backups of a store as files: where they live, how they are named, which ones the
rotation keeps (docs/FORMAT.md, "Backups"). Nothing here decrypts.

    <store>.backups/                      folder 0700, beside the store
        20261201T091500Z-daily.rondom     files 0600: UTC time, then why it was made

A backup's name says when and why it was made, so that a listing and the rotation need no
passphrase; its header's store id (read without decrypting) says whose backup it is. Only this
store's backups are rotated: a file of another store (a store made anew at the same path) is
listed as such and never removed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from rondom_tui.i18n.texts import translate
from rondom_tui.store.errors import StoreError
from rondom_tui.store.files import FOLDER_MODE
from rondom_tui.store.header import HEADER_LEN, HeaderV2, parse_header

SUFFIX = ".rondom"
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(\d{8}T\d{6}Z)-([a-z]+)(?:-(\d{1,4}))?\.rondom$")
_TEMP = re.compile(r"^\..*\.tmp-[0-9a-f]+$")
MAX_KEPT = 1000
"""The most copies of one kind a policy may keep."""


class BackupReason(StrEnum):
    """Why a backup was made."""

    DAILY = "daily"
    """The first save of a day."""
    IMPORT = "import"
    RESTORE = "restore"
    """The store as it was before a backup was put back."""
    ERASE = "erase"
    PASSWD = "passwd"
    """Before a passphrase or recovery key change."""


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    """How many copies the rotation keeps (the config file's `[backups]` or the environment
    can change them; 0 keeps none of that kind)."""

    daily: int = 7
    """The newest daily copies."""
    weekly: int = 4
    """Of the older daily copies, the newest of each week, for this many weeks."""
    events: int = 10
    """The newest copies made before an import, restore, erasure or key change."""

    def __post_init__(self) -> None:
        for count in (self.daily, self.weekly, self.events):
            if not 0 <= count <= MAX_KEPT:
                raise ValueError("a backup count lies between 0 and 1000")


@dataclass(frozen=True, slots=True)
class BackupFile:
    """One file in the backups folder, as its name and header describe it."""

    path: Path
    at: datetime
    """When it was made (UTC, to the second)."""
    reason: BackupReason
    size: int
    """Bytes on disk."""
    store_id: bytes | None
    """The store id in its header; None when the header cannot be read."""

    @property
    def order(self) -> tuple[datetime, int]:
        """Oldest first: by time, then by the number a second backup in the same second got."""
        match = _NAME.match(self.path.name)
        return self.at, int(match[3]) if match and match[3] else 1

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def local_day(self) -> date:
        return self.at.astimezone().date()


def backup_folder(store_path: Path) -> Path:
    """`<store>.backups/` beside the store."""
    return store_path.with_name(store_path.name + ".backups")


def new_backup_name(at: datetime, reason: BackupReason, taken: Iterable[str]) -> str:
    """The name of a backup made at `at`: never one that is there, and never one that sorts
    before one that is (a second backup in the same second gets `-2`, then `-3`, ...)."""
    stamp = at.astimezone(UTC).strftime(_STAMP)
    numbers = [
        int(match[3]) if match[3] else 1
        for match in map(_NAME.match, taken)
        if match and match[1] == stamp and match[2] == reason.value
    ]
    if not numbers:
        return f"{stamp}-{reason.value}{SUFFIX}"
    return f"{stamp}-{reason.value}-{max(numbers) + 1}{SUFFIX}"


def parse_backup_name(name: str) -> tuple[datetime, BackupReason] | None:
    """When and why, from a backup's name; None for any other name."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        at = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
        return at, BackupReason(match[2])
    except ValueError:
        return None


def found_backups(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, oldest first: regular files with a backup's name (links and
    anything else are passed over); an empty list when there is no folder (or a link or a
    file where it belongs)."""
    found = []
    if not is_plain_folder(folder):  # a link or a file: never read through
        return []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        parsed = parse_backup_name(name)
        if parsed is None:
            continue
        path = folder / name
        try:
            status = os.lstat(path)
        except OSError:
            continue
        if stat.S_ISREG(status.st_mode):
            found.append(BackupFile(path, *parsed, status.st_size, _store_id_of(path)))
    found.sort(key=lambda backup: backup.order)
    return found


def _store_id_of(path: Path) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        head = os.pread(fd, HEADER_LEN, 0)
        parsed = parse_header(head, os.fstat(fd).st_size)
    except (OSError, StoreError):  # an unreadable header: not ours to rotate
        return None
    finally:
        os.close(fd)
    return parsed.store_id if isinstance(parsed, HeaderV2) else None


def to_remove(backups: list[BackupFile], policy: BackupPolicy, store_id: bytes) -> list[BackupFile]:
    """What the rotation removes: of this store's backups, every daily copy that is neither
    among the newest `policy.daily` nor the newest of its week (ISO, local time) in the
    `policy.weekly` most recent weeks before them, and every other copy past the newest
    `policy.events`. Backups of another store, or unreadable ones, are never removed."""
    ours = sorted((b for b in backups if b.store_id == store_id), key=lambda b: b.order)
    ours.reverse()
    daily = [b for b in ours if b.reason is BackupReason.DAILY]
    events = [b for b in ours if b.reason is not BackupReason.DAILY]
    keep = set(daily[: policy.daily]) | set(events[: policy.events])
    weeks: dict[tuple[int, int], BackupFile] = {}
    for backup in daily[policy.daily :]:  # newest first: the first of each week is its newest
        week = backup.local_day.isocalendar()[:2]
        if week not in weeks and len(weeks) < policy.weekly:
            weeks[week] = backup
    keep |= set(weeks.values())
    return [b for b in ours if b not in keep]


def is_plain_folder(folder: Path) -> bool:
    """True when `folder` is a folder itself, not a link to one (nothing is read or written
    through a link where the backups folder belongs)."""
    try:
        return stat.S_ISDIR(os.lstat(folder).st_mode)
    except OSError:
        return False


def ensure_backup_folder(folder: Path) -> None:
    """Create the backups folder (0700); an existing one that is not a plain folder (a link)
    is refused: backups are never written through a link."""
    try:
        os.mkdir(folder, FOLDER_MODE)
    except FileExistsError:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR)) from None
        return
    os.chmod(folder, FOLDER_MODE)


def sweep_backup_temp_files(folder: Path) -> None:
    """Remove what an interrupted backup left (its temp file, ciphertext only)."""
    with contextlib.suppress(OSError):
        for name in os.listdir(folder):
            if _TEMP.match(name):
                with contextlib.suppress(OSError):
                    os.unlink(folder / name)


# -- the user's settings -------------------------------------------------------------------

CONFIG_FILE = "config.toml"
"""The user's settings, in the config folder beside `keymap.toml`."""


def config_file() -> Path:
    """``<config folder>/rondom/config.toml`` (`$XDG_CONFIG_HOME` when set)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("rondom")) / CONFIG_FILE


def configured_policy() -> BackupPolicy:
    """How many backups are kept: `daily`, `weekly`, `events` of the config file's
    `[backups]`, each overridden by `RONDOM_BACKUPS_DAILY`, `_WEEKLY`, `_EVENTS`. A value that
    is not a whole number from 0 to 1000, or a file that cannot be read, keeps the default:
    untrusted text never switches backups off by accident."""
    chosen: dict[str, int] = {}
    section = _config().get("backups", {})
    for name in ("daily", "weekly", "events"):
        value = section.get(name) if isinstance(section, dict) else None
        env = os.environ.get(f"RONDOM_BACKUPS_{name.upper()}", "").strip()
        if env:
            value = int(env) if env.isdigit() and len(env) <= 4 else None
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_KEPT:
            chosen[name] = value
    return BackupPolicy(**chosen)


def _config() -> dict[str, object]:
    try:
        with open(config_file(), "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return {}


# -- in words ---------------------------------------------------------------------------------


def local_time(at: datetime | None) -> str:
    """A backup's time as the user reads it: local, `dd-mm-yyyy hh:mm`."""
    return at.astimezone().strftime("%d-%m-%Y %H:%M") if at else "?"


def reason_text(reason: BackupReason | None, *, lang: str) -> str:
    """Why a backup was made, in words (`dagelijks`, `voor import`, ...)."""
    return translate(lang, f"backups.reason.{reason.value}") if reason else "?"


def size_text(size: int, *, lang: str) -> str:
    """Bytes as a person reads them, with a decimal comma in Dutch."""
    for unit, step in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= step:
            number = f"{size / step:.1f}"
            return (number.replace(".", ",") if lang == "nl" else number) + f" {unit}"
    return f"{size} B"
