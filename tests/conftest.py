"""Shared fixtures. Every store here is fictional and uses the cheapest accepted KDF."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import date
from fnmatch import fnmatch
from pathlib import Path

import pytest
from hypothesis import settings

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Case, Consent, ConsentScope, Party
from rondom_tui.i18n import set_language
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store
from tests.written_files import watching

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("RONDOM_CI"):
    # CI draws the same examples on every run, so a red run can be replayed; at a desk the
    # examples stay random (and failures are kept in .hypothesis/) to keep finding new cases.
    settings.load_profile("ci")

PASSPHRASE = "correct horse battery staple"
SECRET_NAME = "Wobbelientje"
"""A fictional given name no file on disk may ever contain in plain text."""
SECRET_FAMILY = "Quaakernaat"
SECRET_SCHOOL = "Kabouterschool Zonnedauw"


@pytest.fixture(autouse=True)
def _dutch() -> Iterator[None]:
    set_language("nl")
    yield
    set_language("nl")


@pytest.fixture(autouse=True)
def _own_config_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A config folder of the test's own: a developer's keymap.toml never changes the keys the
    tests press."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def _no_names_on_disk(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[None]:
    """Every test runs with a HOME and a TMPDIR of its own, and no file it writes (or writes
    and removes again) may hold the fictional case's names: the promise that nothing
    decrypted reaches the disk, checked on every path the store, UI and CLI tests take.

    A test that writes a plain export with names on purpose (privacy off) names the files
    it may write them to: `@pytest.mark.writes_names("*.md")`."""
    root = tmp_path_factory.mktemp("isolated")
    home, temp = root / "home", root / "tmp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    marker = request.node.get_closest_marker("writes_names")
    allowed = marker.args if marker else ()
    if snapshots := os.environ.get("TEXTUAL_SNAPSHOT_TEMPDIR"):
        allowed += (f"{snapshots}/*",)  # the snapshot plugin keeps the screens it took
    with watching(SECRET_NAME, SECRET_FAMILY, SECRET_SCHOOL) as leaks:
        yield
    leaked = sorted({p for p in leaks if not any(fnmatch(p, pattern) for pattern in allowed)})
    assert leaked == [], f"a child's name was written to disk: {leaked}"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder / "store.rondom"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    opened = Store.create(store_path, PASSPHRASE, kdf=FAST_KDF)
    yield opened
    opened.close()


def secret_case(**changes: object) -> Case:
    """A fictional case whose strings are searched for on disk."""
    case = Case(
        given_name=SECRET_NAME,
        family_name=SECRET_FAMILY,
        date_of_birth=PartialDate(2016, 3, 14),
        school=SECRET_SCHOOL,
        group="groep 5",
        opened_on=date(2025, 9, 1),
        question="Hoe helpen we Wobbelientje weer met plezier naar school te gaan?",
        parties=[Party(role="ouder", name="Moeder Quaakernaat", contact="06-11111111")],
        consents=[
            Consent(given_by="moeder", given_on=date(2025, 9, 1), scope=ConsentScope.EXCHANGE)
        ],
    )
    for key, value in changes.items():
        setattr(case, key, value)
    return case


def files_containing(folder: Path, *needles: str) -> list[Path]:
    """Every file under `folder` whose raw bytes contain one of `needles` (UTF-8 or UTF-16)."""
    hits = []
    encoded = [n.encode(enc) for n in needles for enc in ("utf-8", "utf-16-le")]
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(e in data for e in encoded):
                hits.append(path)
    return hits
