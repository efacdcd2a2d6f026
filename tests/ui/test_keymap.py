"""A user's keymap file gives any binding another key, by the binding's id (Textual's own
`App.set_keymap`); what cannot be used is told in one line, never as a traceback."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from rondom_tui.store.preferences import user_keymap_file
from rondom_tui.store.repository import Store
from rondom_tui.ui.app import RondomApp
from rondom_tui.ui.keymap import is_key_list, known_binding_ids, read_keymap
from rondom_tui.ui.screens.case_form import CaseFormScreen
from rondom_tui.ui.screens.case_list import CaseListScreen
from tests.ui.conftest import app_on

UI = Path(__file__).parents[2] / "src" / "rondom_tui" / "ui"
README = Path(__file__).parents[2] / "README.md"


def _write(folder: Path, text: str) -> Path:
    path = folder / "keymap.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _notes(app: RondomApp) -> list[str]:
    """What the app notifies, recorded instead of shown."""
    notes: list[str] = []
    app.notify = lambda message, **_: notes.append(message)  # type: ignore[method-assign]
    return notes


async def test_a_keymap_file_gives_a_binding_another_key(store: Store, tmp_path: Path) -> None:
    keymap = _write(tmp_path, '[keys]\n"caselist.new" = "N"\n')
    app = app_on(store, keymap_file=keymap)
    notes = _notes(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        assert isinstance(pilot.app.screen, CaseListScreen)  # `n` is free now
        active = pilot.app.screen.active_bindings
        assert "n" not in active and active["N"].binding.description == "Nieuw"
        await pilot.press("N")
        assert isinstance(pilot.app.screen, CaseFormScreen)
    assert notes == []


async def test_entries_that_cannot_work_are_told_in_one_line(store: Store, tmp_path: Path) -> None:
    keymap = _write(
        tmp_path,
        '[keys]\n"caselist.nieuw" = "A"\n"caselist.open" = "ctrl+"\n"caselist.new" = "N"\n',
    )
    app = app_on(store, keymap_file=keymap)
    notes = _notes(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("N")  # the good entry still applies
        assert isinstance(pilot.app.screen, CaseFormScreen)
    assert len(notes) == 1 and "\n" not in notes[0]
    assert str(keymap) in notes[0]
    assert "'caselist.nieuw'" in notes[0] and "caselist.open = 'ctrl+'" in notes[0]
    assert "Traceback" not in notes[0]


def test_the_keymap_lives_in_the_users_config_folder(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert user_keymap_file() == tmp_path / "rondom" / "keymap.toml"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[keys\n", "geen geldige TOML (regel 1)"),
        ('"caselist.new" = "N"\n', "geen tabel [keys]"),
        ('[keys]\n"caselist.new" = 3\n', "caselist.new = 3 is geen toets"),
        ('[keys]\n"caselist.new" = "N"\n[extra]\n', "onbekende tabel 'extra'"),
        ('[keys]\n"x\\u001b[2J" = "N"\n', "onbekende toets-id 'x\\x1b[2J'"),
    ],
)
def test_what_is_wrong_is_named_and_escaped(tmp_path: Path, text: str, problem: str) -> None:
    keymap = read_keymap(_write(tmp_path, text), {"caselist.new"})
    assert problem in keymap.problems
    assert "\x1b" not in keymap.report(tmp_path / "keymap.toml")


def test_a_file_that_is_not_text_is_told_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "keymap.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert read_keymap(path, {"caselist.new"}).problems == ["het bestand is niet te lezen"]
    assert read_keymap(tmp_path / "missing.toml", {"caselist.new"}).problems == []


def test_many_problems_still_fit_one_line(tmp_path: Path) -> None:
    lines = "".join(f'"nope.{n}" = "N"\n' for n in range(6))
    keymap = read_keymap(_write(tmp_path, "[keys]\n" + lines), set())
    report = keymap.report(tmp_path / "keymap.toml")
    assert "\n" not in report and "(en nog 3)" in report


@pytest.mark.parametrize(
    ("keys", "valid"),
    [
        ("N", True),
        ("ctrl+s", True),
        ("f2,question_mark", True),
        ("shift+left", True),
        ("plus", True),
        ("?", True),
        ("", False),
        ("ctrl+", False),
        ("hyperspace", False),
        ("cmd+s", False),
        (" ", False),
    ],
)
def test_keys_are_checked_before_textual_gets_them(keys: str, valid: bool) -> None:
    assert is_key_list(keys) is valid


def _bindings_in_source() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Binding":
                found.append((f"{path.relative_to(UI)}:{node.lineno}", node))
    return found


def test_every_binding_has_an_id() -> None:
    missing = [
        where
        for where, call in _bindings_in_source()
        if not any(k.arg == "id" for k in call.keywords)
    ]
    assert missing == []


def test_the_readme_names_every_binding_id() -> None:
    readme = README.read_text(encoding="utf-8")
    assert {"caselist.new", "timeline.add", "assessment.score.1"} <= known_binding_ids()
    assert sorted(i for i in known_binding_ids() if f"`{i}`" not in readme) == []
