"""The recovery key (issue 9): a second slot of the store's data key that opens the store when
the passphrase is forgotten; written for paper with check characters so that a mistyped key
is refused before any decryption."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rondom_tui.domain.models import AuditAction
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.errors import (
    RecoveryKeyInvalid,
    WrongPassphraseOrCorrupt,
    WrongRecoveryKeyOrCorrupt,
)
from rondom_tui.store.recovery import ALPHABET, RecoveryKey
from rondom_tui.store.repository import Store
from tests.conftest import PASSPHRASE, SECRET_NAME, files_containing, secret_case

PAPER = re.compile(r"RK2(-[0-9A-HJKMNP-TV-Z]{4}){8}-[0-9A-HJKMNP-TV-Z]{2}")
NEW_PASSPHRASE = "een nieuwe lange wachtwoordzin"
FIXED = RecoveryKey(bytes(range(20)))


def test_a_key_is_written_for_paper_and_read_back() -> None:
    key = RecoveryKey.generate()
    text = key.text()
    assert PAPER.fullmatch(text) and len(text) == 46
    assert RecoveryKey.parse(text) == key
    assert key != RecoveryKey.generate()
    assert text[4:] not in repr(key) and "RK2" not in repr(key)


def test_reading_forgives_case_spaces_dashes_and_look_alike_letters() -> None:
    text = FIXED.text()
    body = text[4:].replace("-", "")
    loose = [
        text.lower(),
        " ".join(text[i : i + 3] for i in range(0, len(text), 3)),
        body,
        "rk2 " + body,
        body.replace("0", "O").replace("1", "l"),
        body.replace("1", "I") + "\n",
    ]
    for typed in loose:
        assert RecoveryKey.parse(typed) == FIXED, typed


@pytest.mark.parametrize(
    "typed", ["", "RK2-", "RK2-ABCD", "RK2-" + "U" * 34, "x" * 34, "RK3" + "0" * 34]
)
def test_what_cannot_be_a_key_is_refused(typed: str) -> None:
    with pytest.raises(RecoveryKeyInvalid):
        RecoveryKey.parse(typed)


def test_the_check_characters_catch_a_mistyped_character() -> None:
    """Every change of one character (and every swap of two neighbours that differ) is tried
    on a fixed key: the 10-bit check lets about one in a thousand through, never more than a
    handful; a changed check character is always caught."""
    body = FIXED.text()[4:].replace("-", "")
    slipped = 0
    tried = 0
    for at, char in enumerate(body):
        for other in ALPHABET:
            if other == char:
                continue
            tried += 1
            typed = body[:at] + other + body[at + 1 :]
            try:
                RecoveryKey.parse(typed)
            except RecoveryKeyInvalid:
                continue
            assert at < 32, "a changed check character must never pass"
            slipped += 1
    swapped = [body[:i] + body[i + 1] + body[i] + body[i + 2 :] for i in range(33)]
    for typed in swapped:
        if typed != body:
            tried += 1
            try:
                RecoveryKey.parse(typed)
            except RecoveryKeyInvalid:
                continue
            slipped += 1
    assert tried > 1000 and slipped <= 5


def test_the_recovery_key_opens_the_store_when_the_passphrase_is_forgotten(
    store_path: Path,
) -> None:
    key = RecoveryKey.generate()
    with Store.create(store_path, PASSPHRASE, kdf=FAST_KDF, recovery_key=key) as store:
        assert store.has_recovery_key
        case = store.cases.add(secret_case())
    with Store.open_with_recovery_key(store_path, RecoveryKey.parse(key.text())) as store:
        assert store.cases.get(case.id).given_name == SECRET_NAME
        store.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)
    with pytest.raises(WrongPassphraseOrCorrupt):
        Store.open(store_path, PASSPHRASE)
    with Store.open(store_path, NEW_PASSPHRASE) as store:
        assert [e.action for e in store.audit.entries()].count(AuditAction.PASSWD) == 1
    with Store.open_with_recovery_key(store_path, key) as store:  # the key still works
        assert store.cases.count() == 1
    assert files_containing(store_path.parent, SECRET_NAME, key.text()[4:]) == []


def test_a_wrong_key_or_a_store_without_one_is_refused_and_left_alone(
    store_path: Path, tmp_path: Path
) -> None:
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    before = store_path.read_bytes()
    with pytest.raises(WrongRecoveryKeyOrCorrupt):
        Store.open_with_recovery_key(store_path, RecoveryKey.generate())
    assert store_path.read_bytes() == before
    with Store.open(store_path, PASSPHRASE, record_open=False) as store:
        assert not store.has_recovery_key
        store.set_recovery_key(FIXED)
    with pytest.raises(WrongRecoveryKeyOrCorrupt):
        Store.open_with_recovery_key(store_path, RecoveryKey.generate())
    Store.open_with_recovery_key(store_path, FIXED).close()  # the failures released the lock
    v1 = tmp_path / "store-v1.rondom"
    v1.write_bytes((Path(__file__).parents[1] / "fixtures" / "store-v1.rondom").read_bytes())
    with pytest.raises(WrongRecoveryKeyOrCorrupt):
        Store.open_with_recovery_key(v1, FIXED)


def test_replacing_or_removing_the_key_shuts_out_the_old_one(store_path: Path) -> None:
    old, new = RecoveryKey.generate(), RecoveryKey.generate()
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF, recovery_key=old).close()
    with Store.open(store_path, PASSPHRASE) as store:
        store.set_recovery_key(new)
        entries = [(e.action, e.detail) for e in store.audit.entries()]
        assert (AuditAction.PASSWD, "recovery") in entries
    with pytest.raises(WrongRecoveryKeyOrCorrupt):
        Store.open_with_recovery_key(store_path, old)
    with Store.open_with_recovery_key(store_path, new) as store:
        store.set_recovery_key(None)
        assert not store.has_recovery_key
    with pytest.raises(WrongRecoveryKeyOrCorrupt):
        Store.open_with_recovery_key(store_path, new)
    Store.open(store_path, PASSPHRASE).close()


def test_one_slot_cannot_stand_in_for_the_other(store_path: Path) -> None:
    """The slots' associated data names the slot: the recovery slot copied over the
    passphrase slot (with its salt and nonce) opens nothing."""
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF, recovery_key=FIXED).close()
    data = bytearray(store_path.read_bytes())
    data[25:41] = data[101:117]  # salt
    data[41:53] = data[117:129]  # nonce
    data[53:101] = data[129:177]  # slot
    store_path.write_bytes(bytes(data))
    with pytest.raises(WrongPassphraseOrCorrupt):
        Store.open(store_path, PASSPHRASE)


def test_a_passphrase_change_keeps_the_recovery_slot_and_old_records_open(
    store: Store, store_path: Path
) -> None:
    store.set_recovery_key(FIXED)
    store.cases.add(secret_case())  # a record under the data key, which never changes
    store.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)
    store.close()
    with Store.open_with_recovery_key(store_path, FIXED) as again:
        assert again.cases.count() == 1
