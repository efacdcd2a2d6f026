"""Theme and language are remembered in config.toml; --theme and --lang win for one run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rondom_tui.cli.program import main
from rondom_tui.cli.settings import language_of
from rondom_tui.store.preferences import (
    Preferences,
    read_preferences,
    remember,
    user_preferences_file,
)


def test_the_file_sits_next_to_the_keymap() -> None:
    assert user_preferences_file().parent.name == "rondom"
    assert user_preferences_file().name == "config.toml"
    assert str(user_preferences_file()).startswith(os.environ["XDG_CONFIG_HOME"])


def test_choices_are_written_kept_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "rondom" / "config.toml"
    assert read_preferences(path) == Preferences()
    remember(path, lang="en")
    remember(path, theme='rondom-"beamer"')
    assert read_preferences(path) == Preferences(theme='rondom-"beamer"', lang="en")
    assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    "text",
    ["theme = 3\nlang = ['en']\n", "not toml ===", 'theme = "a\\u001b[2Jb"\n', "\xff\xfe"],
)
def test_a_broken_or_strange_file_counts_as_no_choice(tmp_path: Path, text: str) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    assert read_preferences(path) == Preferences()


def test_the_remembered_language_applies_unless_asked_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("RONDOM_LANG", raising=False)
    assert language_of([]) == "nl"
    remember(lang="en")
    assert language_of([]) == "en"
    assert language_of(["--lang", "nl"]) == "nl"
    monkeypatch.setenv("RONDOM_LANG", "nl")
    assert language_of([]) == "nl"
    remember(lang="xx")  # not a language of ours
    monkeypatch.delenv("RONDOM_LANG")
    assert language_of([]) == "nl"


def test_an_unknown_theme_is_a_usage_error_listing_the_themes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--store", str(tmp_path / "s.rondom"), "--theme", "paars"]) == 2
    err = capsys.readouterr().err
    assert "paars" in err
    for name in ("rondom", "rondom-licht", "rondom-contrast", "rondom-beamer"):
        assert name in err
    assert "Traceback" not in err
