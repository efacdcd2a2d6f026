"""Start-up loads what the first screen needs and nothing more.

The unlock screen must appear as fast as a bare Textual app's first screen, near enough: so
`rondom` starts without the bundle layer and pyrage (loaded for a bundle), the reports (for an
export), the Tijdlijn and the other screens (`ui.screens` loads each when it is first shown).
Each check runs in a fresh interpreter, where `sys.modules` tells what was really loaded; what
it costs in time is measured by `make bench` (bench/frames.py), never here.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from textual.screen import Screen

from rondom_tui.bundle import ConflictPolicy
from rondom_tui.cli.export_arguments import CONFLICT_POLICIES, PAPER_SIZES, TIMELINE_FORMATS
from rondom_tui.report.timeline_files import ExportFormat
from rondom_tui.report.timeline_svg import Paper
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store
from rondom_tui.ui import screens
from tests.conftest import PASSPHRASE

LOADED_LATER = (
    "pyrage",
    "rondom_tui.bundle",
    "rondom_tui.report",
    "rondom_tui.ui.timeline",
    "rondom_tui.ui.screens.case_list",
    "rondom_tui.ui.screens.timeline",
    "rondom_tui.ui.screens.case_view",
    "rondom_tui.ui.screens.export_bundle",
    "rondom_tui.ui.screens.import_bundle",
    "rondom_tui.ui.screens.assessment_list",
    "rich.traceback",
)
"""Modules that start-up must leave unloaded (a package stands for all of its modules)."""


def _loaded_after(code: str) -> set[str]:
    """The modules of `LOADED_LATER` that running `code` in a fresh interpreter loaded."""
    check = (
        textwrap.dedent(code)
        + "\nimport sys\n"
        + f"later = {LOADED_LATER!r}\n"
        + "print('\\n'.join(m for m in sys.modules if m.startswith(later)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return {line for line in result.stdout.splitlines() if line}


FIRST_FRAME = (
    *LOADED_LATER,
    "rondom_tui.store.repository",
    "rondom_tui.store.storage",
    "rondom_tui.store.cases",
    "rondom_tui.ui.store_commands",
    "rondom_tui.ui.screens.create_store",
    "rondom_tui.cli.store_commands",
    "rondom_tui.cli.records",
    "rondom_tui.cli.export_arguments",
    "rondom_tui.cli.csv_option",
    "rondom_tui.cli.full_parser",
    "rondom_tui.cli.arguments",
    "argparse",
    "tinydb",
    # The header check reads with struct alone (`store.layout`, `store.store_file`): the keys,
    # the cipher and the journal's records come with the store, after the first frame.
    "cryptography",
    "msgspec",
    "rondom_tui.store.envelope",
    "rondom_tui.store.header",
    "rondom_tui.store.journal",
    "rondom_tui.store.reading",
    "rondom_tui.store.recovery",
    "rondom_tui.store.vault",
    "rondom_tui.store.sealed_copy",
    # Screens the first frame does not show (`ui.screens`), the keymap's reader (only for a
    # keymap file), the save queue's thread pool (made with the first save).
    "rondom_tui.ui.screens.lock",
    "rondom_tui.ui.screens.help",
    "rondom_tui.ui.screens.store_problem",
    "rondom_tui.ui.modals",
    "rondom_tui.ui.keymap",
    "concurrent.futures.thread",
    # The Header with the save mark is on the screens after the unlock screen; the app knows
    # the save state alone (`ui.save_state`).
    "rondom_tui.ui.widgets.app_header",
    # What the stdlib would bring for nothing: `secrets` (hmac, hashlib) for a temp file's
    # name, `importlib.resources` (zipfile) for the themes' folder.
    "secrets",
    "hmac",
    "importlib.resources",
    "zipfile",
)
"""Modules the unlock screen's first frame must do without: the store itself, the case list
and the command modules come after it (`ui.deferred`, `cli.open_app`)."""

_START = """
import asyncio
import sys
from pathlib import Path
from rondom_tui.cli.program import parse_without_commands
from rondom_tui.ui import deferred

args = parse_without_commands(["--store", {path!r}])  # what `rondom` reads first
assert args is not None and args.command is None

seen = {{}}
start_loading = deferred.load_in_background

def first_frame():  # the unlock screen calls this after its first frame
    seen["loaded"] = sorted(m for m in sys.modules if m.startswith({first!r}))
    seen["thread"] = start_loading()

deferred.load_in_background = first_frame

from rondom_tui.ui.app import RondomApp
from rondom_tui.ui.screens.unlock import UnlockScreen

async def start() -> None:
    async with RondomApp(args.store, idle_lock_minutes=0).run_test() as pilot:
        await pilot.pause()
        assert isinstance(pilot.app.screen, UnlockScreen), pilot.app.screen
        seen["thread"].join(60)

asyncio.run(start())
print("at-first-frame:" + ",".join(seen["loaded"]))
print("after:" + ",".join(m for m in {after!r} if m in sys.modules))
"""

AFTER_FIRST_FRAME = (
    "rondom_tui.store.repository",
    "rondom_tui.store.envelope",
    "rondom_tui.store.journal",
    "cryptography",
    "msgspec",
    "rondom_tui.ui.screens.case_list",
    "rondom_tui.ui.store_commands",
    "rondom_tui.domain.models",
    "rondom_tui.ui.screens.lock",
    "rondom_tui.ui.screens.help",
    "concurrent.futures.thread",
)


def _start_to_unlock(store_path: Path) -> tuple[set[str], set[str]]:
    """(what the unlock screen's first frame had loaded of `FIRST_FRAME`, what of
    `AFTER_FIRST_FRAME` was loaded once the loading thread finished), in a fresh interpreter."""
    code = _START.format(path=str(store_path), first=FIRST_FRAME, after=AFTER_FIRST_FRAME)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)
    at_first = {m for m in lines["at-first-frame"].split(",") if m}
    after = {m for m in lines["after"].split(",") if m}
    return at_first, after


def test_the_unlock_screen_shows_without_the_store_the_case_list_or_the_commands(
    store_path: Path,
) -> None:
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    at_first_frame, _ = _start_to_unlock(store_path)
    assert at_first_frame == set()


def test_the_store_and_the_case_list_are_loaded_after_the_first_frame(store_path: Path) -> None:
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    _, after = _start_to_unlock(store_path)
    assert after == set(AFTER_FIRST_FRAME)


def test_a_keymap_file_can_remap_a_key_of_a_screen_not_loaded_yet(
    store_path: Path, tmp_path: Path
) -> None:
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    keymap = tmp_path / "keymap.toml"
    keymap.write_text('[keys]\n"caselist.new" = "N"\n', encoding="utf-8")
    _loaded_after(  # in a fresh interpreter: no test has loaded the case list's module before
        f"""
        import asyncio
        from pathlib import Path
        from rondom_tui.store.repository import Store
        from rondom_tui.ui.app import RondomApp

        async def start() -> None:
            store = Store.open(Path({str(store_path)!r}), {PASSPHRASE!r})
            app = RondomApp(store.path, store=store, idle_lock_minutes=0,
                            keymap_file=Path({str(keymap)!r}))
            async with app.run_test() as pilot:
                await pilot.pause()
                await pilot.press("N")
                await pilot.pause()
                assert type(app.screen).__name__ == "CaseFormScreen", app.screen
            store.close()

        asyncio.run(start())
        """
    )


def test_the_case_list_module_loads_no_bundle_code_nor_pyrage() -> None:
    loaded = _loaded_after("import rondom_tui.ui.screens.case_list")
    assert loaded == {"rondom_tui.ui.screens.case_list"}


def test_the_check_sees_a_module_that_is_loaded() -> None:
    assert _loaded_after("import rondom_tui.ui.screens.export_bundle") >= {
        "pyrage",
        "rondom_tui.bundle",
        "rondom_tui.ui.screens.export_bundle",
    }


@pytest.mark.parametrize("name", sorted(screens.ON_FIRST_USE))
def test_every_screen_loaded_on_first_use_is_found_where_it_is_said_to_be(name: str) -> None:
    found = getattr(screens, name)
    assert isinstance(found, type) and issubclass(found, Screen)
    assert found.__module__ == screens.ON_FIRST_USE[name]
    assert name in screens.__all__


def test_asking_whether_a_screen_is_the_lock_screen_does_not_load_it() -> None:
    code = """
        import sys
        from rondom_tui.ui import screens
        assert not screens.is_a(object(), "LockScreen")
        assert "rondom_tui.ui.screens.lock" not in sys.modules
        lock = screens.LockScreen  # loaded now
        assert screens.is_a(object.__new__(lock), "LockScreen")
        assert not screens.is_a(object.__new__(lock), "HelpScreen")
        """
    _loaded_after(code)


def test_a_name_that_is_no_screen_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = screens.NoSuchScreen  # type: ignore[attr-defined]


def test_the_command_line_offers_the_importers_conflict_policies() -> None:
    assert tuple(policy.value for policy in ConflictPolicy) == CONFLICT_POLICIES
    assert CONFLICT_POLICIES[0] == ConflictPolicy.SKIP.value


def test_the_command_line_offers_the_timeline_files_formats_and_papers() -> None:
    assert tuple(each.value for each in ExportFormat) == TIMELINE_FORMATS
    assert tuple(each.value for each in Paper) == PAPER_SIZES
    assert PAPER_SIZES[0] == Paper.A4.value
