"""The store's named errors. Messages never hold data, keys or decrypted text."""

from __future__ import annotations

from rondom_tui.domain.errors import RondomError


class StoreError(RondomError):
    """Anything that went wrong with the store file."""

    message_id = "store.error"


class WrongPassphraseOrCorrupt(StoreError):
    """The passphrase does not open the store (or its key block was altered)."""

    message_id = "store.wrong_passphrase"


class StoreCorrupt(StoreError):
    """The file is damaged: truncated, altered or unreadable."""

    message_id = "store.corrupt"


class UnsupportedFormat(StoreError):
    """The file is not a rondom store, or one of a version this program cannot read."""

    message_id = "store.unsupported"


class StoreLocked(StoreError):
    """Another session holds the store."""

    message_id = "store.locked"

    def __init__(self, *, pid: object, host: object, user: object, since: object = "") -> None:
        super().__init__(pid=pid, host=host, user=user, since=since)


class StoreLockUnusable(StoreError):
    """`<store>.lock` is a symlink or not a regular file: refused, never followed."""

    message_id = "store.lock_not_a_file"


class StoreMissing(StoreError):
    """There is no store at the path."""

    message_id = "store.missing"


class StoreExists(StoreError):
    """A store already exists where a new one would be created."""

    message_id = "store.exists"


class StoreClosed(StoreError):
    """The store was closed; nothing can be read from or saved to it any more."""

    message_id = "store.closed"


class StoreWriteFailed(StoreError):
    """Saving failed; the file and the data in memory are as they were before."""

    message_id = "store.write_failed"

    def __init__(self, *, reason: str, errno: int | None = None) -> None:
        super().__init__(reason=reason)
        self.errno = errno
        """The OS error number, when the OS said no (ENOSPC, EROFS, ...)."""


class ExportNotRecorded(StoreError):
    """An export was written but its completion could not be saved to the audit log, so the
    file was removed again: no export leaves the store unrecorded."""

    message_id = "store.export_not_recorded"


class PassphraseTooShort(StoreError):
    message_id = "store.passphrase_too_short"


class NotFound(StoreError):
    """A case, event or assessment that is not (or no longer) in the store."""

    message_id = "store.not_found"


class StoreNotAFile(StoreError):
    """The path names a folder, a device, a pipe, a socket or a link: never opened as a store."""

    message_id = "store.not_a_file"


class StoreChangedOnDisk(StoreError):
    """The file is no longer the one this session read or last wrote (another program wrote
    it, or it was replaced or restored): nothing was written, the change stays in memory."""

    message_id = "store.changed_on_disk"


class StoreReadOnly(StoreError):
    """The store was opened read-only (a read-only medium, or on purpose): it cannot change."""

    message_id = "store.read_only"


class RecoveryKeyInvalid(StoreError):
    """What was typed cannot be a recovery key (length, characters or check characters)."""

    message_id = "store.recovery_key_invalid"


class WrongRecoveryKeyOrCorrupt(StoreError):
    """The recovery key does not open the store (or the store has no recovery key)."""

    message_id = "store.wrong_recovery_key"
