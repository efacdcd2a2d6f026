"""Writing a timeline export: mode 0600 whatever the umask, never over a file unless asked,
a link replaced rather than followed, nothing left behind when writing fails."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from rondom_tui.bundle.export_files import write_export_file
from rondom_tui.domain.errors import RondomError
from rondom_tui.i18n import catalog


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def test_a_new_export_is_readable_by_its_owner_only(tmp_path: Path, open_umask: None) -> None:
    target = tmp_path / "tijdlijn.md"
    write_export_file(target, b"# Tijdlijn\n")
    assert target.read_bytes() == b"# Tijdlijn\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_an_existing_file_is_kept_unless_overwrite_is_confirmed(tmp_path: Path) -> None:
    target = tmp_path / "tijdlijn.md"
    target.write_bytes(b"oud")
    target.chmod(0o644)
    with pytest.raises(RondomError) as raised:
        write_export_file(target, b"nieuw")
    assert raised.value.message_id == "timeline.export_form.exists"
    assert raised.value.message_id in catalog()
    assert target.read_bytes() == b"oud"
    write_export_file(target, b"nieuw", overwrite=True)
    assert target.read_bytes() == b"nieuw"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tijdlijn.md"]


def test_a_link_is_replaced_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elders.txt"
    elsewhere.write_bytes(b"niet aanraken")
    link = tmp_path / "tijdlijn.svg"
    link.symlink_to(elsewhere)
    with pytest.raises(RondomError):
        write_export_file(link, b"<svg/>")
    write_export_file(link, b"<svg/>", overwrite=True)
    assert elsewhere.read_bytes() == b"niet aanraken"
    assert not link.is_symlink() and link.read_bytes() == b"<svg/>"


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    with pytest.raises(RondomError) as raised:
        write_export_file(tmp_path / "nergens" / "tijdlijn.md", b"x")
    assert raised.value.message_id == "timeline.export_form.write_failed"
    assert raised.value.message_id in catalog()
    assert list(tmp_path.iterdir()) == []
