"""Exports are written only where asked, readable by the owner alone, never over a file
unless confirmed, and their errors name no path or content."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from rondom_tui.store.export_file import ExportExists, ExportFailed, export_path, write_export


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_export_is_0600_even_with_an_open_umask(tmp_path: Path, open_umask: None) -> None:
    target = tmp_path / "verslag.md"
    write_export(target, "# Zeven sleutels\n")
    assert target.read_text(encoding="utf-8") == "# Zeven sleutels\n"
    assert _mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verslag.md"]


def test_an_existing_file_is_refused_without_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "bestaand.csv"
    target.write_text("oud", encoding="utf-8")
    with pytest.raises(ExportExists):
        write_export(target, "nieuw")
    assert target.read_text(encoding="utf-8") == "oud"


def test_overwrite_replaces_the_file_with_a_0600_one(tmp_path: Path, open_umask: None) -> None:
    target = tmp_path / "bestaand.csv"
    target.write_text("oud", encoding="utf-8")
    target.chmod(0o666)
    write_export(target, "nieuw", overwrite=True)
    assert target.read_text(encoding="utf-8") == "nieuw" and _mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bestaand.csv"]


def test_a_link_is_refused_and_on_overwrite_replaced_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elders.txt"
    elsewhere.write_text("niet van mij", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(elsewhere)
    with pytest.raises(ExportExists):
        write_export(link, "inhoud")
    write_export(link, "inhoud", overwrite=True)
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == "inhoud"
    assert elsewhere.read_text(encoding="utf-8") == "niet van mij"


def test_a_missing_folder_fails_without_naming_the_path(tmp_path: Path) -> None:
    target = tmp_path / "Xqgeheim" / "verslag.md"
    for overwrite in (False, True):
        with pytest.raises(ExportFailed) as caught:
            write_export(target, "inhoud Xqinhoud", overwrite=overwrite)
        message = caught.value.text(lang="nl")
        assert "Xqgeheim" not in message and "Xqinhoud" not in message
    assert not target.parent.exists()


def test_overwriting_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed):
        write_export(tmp_path, "inhoud", overwrite=True)
    assert list(tmp_path.iterdir()) == []


def test_the_typed_path_is_expanded_and_made_absolute(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert export_path(" ~/a.md ") == tmp_path / "a.md"
    assert export_path("b.md") == tmp_path / "b.md"
