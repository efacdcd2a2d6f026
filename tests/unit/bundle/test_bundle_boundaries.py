"""The bundle layer's edges: its files, its messages, and its imports."""

from __future__ import annotations

import re
import stat
import string
import subprocess
import sys
from pathlib import Path

import pytest

from rondom_tui.bundle import BundleError, read_bundle_file, write_bundle_file
from rondom_tui.i18n import bundle as bundle_messages

SOURCES = Path(__file__).resolve().parents[3] / "src" / "rondom_tui"


def test_bundle_file_is_written_private_and_never_over_another(tmp_path: Path) -> None:
    path = tmp_path / "dossier.age"
    write_bundle_file(path, b"age-encryption.org/v1\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(BundleError) as caught:
        write_bundle_file(path, b"other")
    assert caught.value.message_id == "bundle.file.exists"
    assert read_bundle_file(path) == b"age-encryption.org/v1\n"
    write_bundle_file(path, b"replaced", overwrite=True)
    assert read_bundle_file(path) == b"replaced"


def test_unreadable_bundle_paths_are_named(tmp_path: Path) -> None:
    for path in (tmp_path / "missing.age", tmp_path):
        with pytest.raises(BundleError) as caught:
            read_bundle_file(path)
        assert caught.value.message_id == "bundle.file.unreadable"
    with pytest.raises(BundleError) as caught:
        write_bundle_file(tmp_path / "no-such-folder" / "x.age", b"x")
    assert caught.value.message_id == "bundle.file.write_failed"


def test_every_bundle_message_id_used_exists_and_every_one_is_used() -> None:
    code = "\n".join(
        p.read_text()
        for p in [
            *SOURCES.joinpath("bundle").glob("*.py"),
            SOURCES / "domain" / "cases" / "pseudonymise.py",
        ]
    )
    used = set(re.findall(r'"(bundle\.[a-z_]+\.?[a-z_.]*)"', code))
    used |= {f"{id}.one" for id in used if f"{id}.one" in bundle_messages.MESSAGES}  # t_count
    assert used == set(bundle_messages.MESSAGES)


@pytest.mark.parametrize("message_id", sorted(bundle_messages.MESSAGES))
def test_both_languages_say_it_with_the_same_parameters(message_id: str) -> None:
    dutch, english = bundle_messages.MESSAGES[message_id]
    fields = [
        {f for _, f, _, _ in string.Formatter().parse(text) if f} for text in (dutch, english)
    ]
    assert dutch.strip() and english.strip() and dutch != english
    assert fields[0] == fields[1]
    assert "\n" not in dutch and "\n" not in english


def test_errors_speak_the_language_they_are_asked_for() -> None:
    error = BundleError("bundle.invalid.field", path="$.cases[0].code")
    assert error.text(lang="en") == "The bundle holds invalid data at field $.cases[0].code."
    assert error.text(lang="nl") == "De bundel bevat ongeldige gegevens bij veld $.cases[0].code."
    assert str(error) == "bundle.invalid.field", "a traceback or a log names the error, no more"


def test_bundle_and_pseudonymise_do_not_import_textual() -> None:
    probe = (
        "import sys, rondom_tui.bundle, rondom_tui.domain.cases.pseudonymise; "
        "sys.exit(1 if any(m == 'textual' or m.startswith('textual.') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", probe], check=False).returncode == 0
