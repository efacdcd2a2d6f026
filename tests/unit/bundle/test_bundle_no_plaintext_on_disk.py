"""Nothing decrypted touches disk during export or import.

Two independent checks. A Python audit hook records every file opened for writing while the
export and the import run: only the store file's own atomic-save temp files may appear, and
none of the files written holds the fictional marker name. And the folders a library could
spill into (the working folder, the temp folder, the store's folder) hold no new file other
than the store's, with no marker name in any file there.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from bundle_fixtures import MARKER, MakeStore, add_case
from tests.written_files import files_under, isolated_folders, recording

from rondom_tui.bundle import (
    export_bundle,
    import_bundle,
    open_bundle_for_store,
    parse_recipient,
    preview_bundle,
    store_recipient,
)


@pytest.fixture
def written_files() -> Iterator[list[str]]:
    with recording() as paths:
        yield paths


def test_export_and_import_write_only_the_encrypted_store(
    make_store: MakeStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    written_files: list[str],
) -> None:
    work, temp = isolated_folders(tmp_path, monkeypatch)

    # Recorded from here: a store saves through the descriptor it opened (appends), so the
    # stores' own opening is what shows that the hook sees writes at all.
    sender, receiver = make_store("a.rondom"), make_store("b.rondom")
    for index in range(3):
        add_case(sender, given=f"Kind{index}", events=5, assessments=1)
    listing_before = set(files_under(work, temp, tmp_path))

    to = [parse_recipient(store_recipient(receiver))]
    data = export_bundle(sender, recipients=to, armor=True).data
    bundle = open_bundle_for_store(receiver, data)
    preview_bundle(receiver, bundle)
    import_bundle(receiver, bundle)
    export_bundle(sender, recipients=to, pseudonymise=True)

    assert receiver.cases.count() == 3  # the import really happened
    stores = {sender.path, receiver.path}
    locks = {path.with_name(path.name + ".lock") for path in stores}
    temp_prefixes = tuple(f".{p.name}.tmp-" for p in stores)
    # The stores' encrypted backups (one before the import): searched for the marker below.
    backups = {path.with_name(path.name + ".backups") for path in stores}
    assert written_files, "the audit hook saw no writes at all: it is not working"
    for path in map(Path, written_files):
        assert (
            path in stores
            or path in locks
            or (path.parent == tmp_path and path.name.startswith(temp_prefixes))
            or path.parent in backups
        )
    after = files_under(work, temp, tmp_path)
    new = set(after) - listing_before
    assert {path.parent for path in new} == {receiver.path.with_name("b.rondom.backups")}
    for path, content in after.items():
        assert MARKER.encode() not in content, path
        assert MARKER.encode("utf-16-le") not in content, path
