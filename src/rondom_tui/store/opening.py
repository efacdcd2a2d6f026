"""Opening a store file for a session: the lock first, then the file, read-only when asked or
when the medium refuses writing; and the first body of a new store."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from rondom_tui.domain.codec import json_encode, to_document
from rondom_tui.domain.models import AuditAction, AuditEntry, new_id, utc_now
from rondom_tui.domain.text import clean_line
from rondom_tui.store.audit import this_host
from rondom_tui.store.files import READ_ONLY_ERRNOS, sweep_temp_files
from rondom_tui.store.lock import StoreLock, os_user
from rondom_tui.store.reading import Contents
from rondom_tui.store.tables import ASSESSMENTS, AUDIT, CASES, EVENTS, META
from rondom_tui.store.vault import Vault

FORMAT_TAG = "rondom-store"
MAX_USER_LENGTH = 64


def audit_user() -> str:
    """The OS user as the audit log and a bundle's manifest name it. It comes from the
    environment (`USER`, `LOGNAME`), which anyone can set: cleaned like all text from
    elsewhere (`domain.text`), and short."""
    return clean_line(os_user())[:MAX_USER_LENGTH] or "?"


Unlock = Callable[[bool, StoreLock | None], tuple[Vault, Contents]]
"""Opens the file (read-only or not, under the lock given) with a passphrase or a key."""


def unlock_file(
    path: Path, unlock: Unlock, *, lock: StoreLock | None, read_only: bool, fallback: bool
) -> tuple[Vault, Contents, StoreLock | None]:
    """The unlocked file and the lock held for it (None when read-only). With `fallback`, a
    lock file or a store file that cannot be opened for writing (`READ_ONLY_ERRNOS`) means
    read-only, found out before the KDF runs. A failure releases the lock."""
    if not read_only:
        held = lock or StoreLock(path)
        try:
            held.acquire()
            sweep_temp_files(path)
            vault, contents = unlock(False, held)
            return vault, contents, held
        except OSError as exc:  # the lock file, or the store opened for writing
            held.release()
            if not (fallback and exc.errno in READ_ONLY_ERRNOS):
                raise
        except BaseException:
            held.release()
            raise
    vault, contents = unlock(True, None)
    return vault, contents, None


def new_store_body(*, demo: bool, age_identity: str) -> tuple[uuid.UUID, bytes]:
    """A new store's id (also the header's store id) and its first body: the settings, empty
    tables and the audit entry of its creation."""
    store_id = uuid.uuid4()
    meta = {
        "format": FORMAT_TAG,
        "store_id": str(store_id),
        "created_at": utc_now().isoformat(),
        "demo": demo,
        "age_identity": age_identity,
    }
    created = AuditEntry(
        user=audit_user(), host=this_host(), action=AuditAction.CREATE, detail="store"
    )
    body = json_encode(
        {
            META: {"store": meta},
            CASES: {},
            EVENTS: {},
            ASSESSMENTS: {},
            AUDIT: {new_id(): to_document(created)},
        }
    )
    return store_id, body
