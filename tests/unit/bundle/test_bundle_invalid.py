"""Every kind of invalid bundle is refused with `BundleInvalid` and one clear line, and the
receiving store's file stays byte-identical (its data in memory too)."""

from __future__ import annotations

import base64
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from bundle_fixtures import MARKER, MakeStore, add_case
from pyrage import x25519

from rondom_tui.bundle import (
    BundleInvalid,
    encrypt,
    export_bundle,
    files,
    import_bundle,
    open_bundle_for_store,
    parse_recipient,
    read_bundle_file,
    store_recipient,
)
from rondom_tui.bundle.age_format import MAX_BUNDLE_BYTES
from rondom_tui.store.repository import Store


def valid_plaintext_document(sender: Store, receiver: Store) -> dict[str, object]:
    """The decrypted JSON of a real export, to be spoiled by the makers below."""
    from rondom_tui.bundle import decrypt, store_identity

    data = export_bundle(sender, recipients=[parse_recipient(store_recipient(receiver))]).data
    document: dict[str, object] = json.loads(decrypt(data, identities=[store_identity(receiver)]))
    return document


def sealed(receiver: Store, plaintext: bytes) -> bytes:
    return encrypt(plaintext, recipients=[parse_recipient(store_recipient(receiver))])


def export_for(sender: Store, receiver: Store, **options: object) -> bytes:
    to = [parse_recipient(store_recipient(receiver))]
    return export_bundle(sender, recipients=to, **options).data  # type: ignore[arg-type]


def wrong_key(sender: Store, receiver: Store) -> bytes:
    stranger = parse_recipient(str(x25519.Identity.generate().to_public()))
    return export_bundle(sender, recipients=[stranger]).data


def truncated_payload(sender: Store, receiver: Store) -> bytes:
    data = export_for(sender, receiver)
    return data[: len(data) - 40]


def truncated_header(sender: Store, receiver: Store) -> bytes:
    return export_for(sender, receiver)[:60]


def flipped_payload_byte(sender: Store, receiver: Store) -> bytes:
    data = bytearray(export_for(sender, receiver))
    data[len(data) // 2 + 100] ^= 0x01
    return bytes(data)


def flipped_mac_byte(sender: Store, receiver: Store) -> bytes:
    data = bytearray(export_for(sender, receiver))
    mac_at = data.index(b"\n--- ") + 5
    # Swap one base64 character of the MAC for another valid one.
    data[mac_at + 3] = ord("A") if data[mac_at + 3] != ord("A") else ord("B")
    return bytes(data)


def flipped_armor_character(sender: Store, receiver: Store) -> bytes:
    data = bytearray(export_for(sender, receiver, armor=True))
    at = data.index(b"\n", 40) + 30
    data[at] = ord("A") if data[at] != ord("A") else ord("B")
    return bytes(data)


def not_an_age_file(sender: Store, receiver: Store) -> bytes:
    return b"PK\x03\x04" + os.urandom(200)


def plaintext_json_instead_of_age(sender: Store, receiver: Store) -> bytes:
    return json.dumps(valid_plaintext_document(sender, receiver)).encode()


def empty_file(sender: Store, receiver: Store) -> bytes:
    return b""


def age_but_not_our_json(sender: Store, receiver: Store) -> bytes:
    return sealed(receiver, b'{"boodschappen": ["melk", "brood"]}')


def age_but_not_json(sender: Store, receiver: Store) -> bytes:
    return sealed(receiver, b"Beste collega, hierbij het dossier.")


def wrong_version(sender: Store, receiver: Store) -> bytes:
    document = valid_plaintext_document(sender, receiver)
    document["version"] = 7
    return sealed(receiver, json.dumps(document).encode())


def field_of_the_wrong_type(sender: Store, receiver: Store) -> bytes:
    document = valid_plaintext_document(sender, receiver)
    document["events"][0]["valence"] = f"heel positief over {MARKER}"  # type: ignore[index]
    return sealed(receiver, json.dumps(document).encode())


def scrypt_work_factor_above_the_cap(sender: Store, receiver: Store) -> bytes:
    """A passphrase file asking for logN 21: refused before any scrypt work."""
    salt = base64.b64encode(os.urandom(16)).rstrip(b"=")
    body = base64.b64encode(os.urandom(32)).rstrip(b"=")
    mac = base64.b64encode(os.urandom(32)).rstrip(b"=")
    return (
        b"age-encryption.org/v1\n-> scrypt "
        + salt
        + b" 21\n"
        + body
        + b"\n--- "
        + mac
        + b"\n"
        + os.urandom(16 + 100)
    )


CASES: dict[str, tuple[Callable[[Store, Store], bytes], set[str]]] = {
    "wrong_key": (wrong_key, {"wrong_key"}),
    "truncated_payload": (truncated_payload, {"truncated", "damaged"}),
    "truncated_header": (truncated_header, {"truncated"}),
    "flipped_payload_byte": (flipped_payload_byte, {"damaged"}),
    "flipped_mac_byte": (flipped_mac_byte, {"damaged"}),
    "flipped_armor_character": (flipped_armor_character, {"damaged", "header", "armor"}),
    "not_an_age_file": (not_an_age_file, {"not_age"}),
    "plaintext_json_instead_of_age": (plaintext_json_instead_of_age, {"not_age"}),
    "empty_file": (empty_file, {"empty"}),
    "age_but_not_our_json": (age_but_not_our_json, {"not_bundle"}),
    "age_but_not_json": (age_but_not_json, {"not_bundle"}),
    "wrong_version": (wrong_version, {"version"}),
    "field_of_the_wrong_type": (field_of_the_wrong_type, {"field"}),
    "scrypt_work_factor_above_the_cap": (scrypt_work_factor_above_the_cap, {"work_factor"}),
}


@pytest.mark.parametrize("name", list(CASES))
def test_invalid_bundle_is_refused_and_the_store_is_untouched(
    make_store: MakeStore, name: str
) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    add_case(sender)
    resident = add_case(receiver, given="Daan")
    make, reasons = CASES[name]
    data = make(sender, receiver)
    before = receiver.path.read_bytes()
    audit_before = len(receiver.audit.entries())

    started = time.monotonic()
    with pytest.raises(BundleInvalid) as caught:
        bundle = open_bundle_for_store(receiver, data, passphrase="een wachtwoordzin dus")
        import_bundle(receiver, bundle)
    assert time.monotonic() - started < 2.0

    error = caught.value
    assert error.reason in reasons, error.reason
    text = error.text(lang="nl")
    assert text and "\n" not in text and MARKER not in text and "Traceback" not in text
    # No library exception (whose text could quote data) is shown in a traceback.
    assert error.__cause__ is None and (error.__context__ is None or error.__suppress_context__)
    assert receiver.path.read_bytes() == before
    assert len(receiver.audit.entries()) == audit_before
    assert [c.id for c in receiver.cases.list()] == [resident.id]


def test_the_field_error_names_the_path(make_store: MakeStore) -> None:
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    add_case(sender)
    with pytest.raises(BundleInvalid) as caught:
        open_bundle_for_store(receiver, field_of_the_wrong_type(sender, receiver))
    assert caught.value.params == {"path": "$.events[0].valence"}
    assert "$.events[0].valence" in caught.value.text(lang="nl")


def test_a_file_claiming_4_gb_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "groot.age"
    with path.open("wb") as handle:
        handle.write(b"age-encryption.org/v1\n-> X25519 abc\n")
        handle.truncate(4 * 1024**3)  # sparse: claims 4 GiB, occupies a few bytes

    def no_reading(*_: object) -> bytes:
        raise AssertionError("the file was read")

    monkeypatch.setattr(files, "read_bundle_stream", no_reading)
    with pytest.raises(BundleInvalid) as caught:
        read_bundle_file(path)
    assert caught.value.reason == "too_large"
    assert str(MAX_BUNDLE_BYTES >> 20) in caught.value.text(lang="nl")


def test_a_stream_longer_than_the_cap_is_refused(tmp_path: Path) -> None:
    from rondom_tui.bundle import read_bundle_stream

    class EndlessZeros:
        def __init__(self) -> None:
            self.asked = 0

        def read(self, size: int = -1) -> bytes:
            self.asked = size
            return bytes(size)

    stream = EndlessZeros()
    with pytest.raises(BundleInvalid) as caught:
        read_bundle_stream(stream)  # type: ignore[arg-type]
    assert caught.value.reason == "too_large"
    assert stream.asked == MAX_BUNDLE_BYTES + 1
