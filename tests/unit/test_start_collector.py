"""Start-up runs with the garbage collector paused, and nothing else does.

`rondom_tui.cli.main` pauses it from the first import on: start-up makes long-lived objects
only, and collections walking them cost the unlock screen's first frame milliseconds. A
command switches it on as soon as it is read (`program`), the app once its first frame is
drawn, after freezing what start-up made (`ui.app`); an app started with the collector on
(tests, an embedding program) is left alone. What it saves is measured by `make bench`
(bench/frames.py), never here.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from rondom_tui import cli
from rondom_tui.cli import program
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store
from tests.conftest import PASSPHRASE

_PAUSED_START = """
import asyncio, gc
from pathlib import Path
from rondom_tui.ui.app import RondomApp

gc.disable()  # as `rondom_tui.cli.main` leaves it for the app

async def start() -> None:
    async with RondomApp(Path({path!r}), idle_lock_minutes=0).run_test() as pilot:
        await pilot.pause()
        await pilot.pause()
        print(f"enabled:{{gc.isenabled()}} frozen:{{gc.get_freeze_count() > 0}}")

asyncio.run(start())
"""


def test_the_app_switches_a_paused_collector_on_after_its_first_frame(store_path: Path) -> None:
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    code = textwrap.dedent(_PAUSED_START.format(path=str(store_path)))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "enabled:True frozen:True" in result.stdout


def test_an_app_started_with_the_collector_on_freezes_nothing(store_path: Path) -> None:
    # In a fresh interpreter: in the test process, a store loaded by another test's thread
    # pauses the collector for a moment, which this app would take for start-up's pause.
    Store.create(store_path, PASSPHRASE, kdf=FAST_KDF).close()
    code = textwrap.dedent(
        _PAUSED_START.replace("gc.disable()", "gc.enable()").format(path=str(store_path))
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "enabled:True frozen:False" in result.stdout


def _run(monkeypatch: pytest.MonkeyPatch, *, app: bool) -> list[bool]:
    """Whether the collector was on while the command line was read, and in the handler."""
    seen: list[bool] = []

    def language_of(argv: object) -> str:
        seen.append(gc.isenabled())
        return "en"

    def handler(args: object) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(program, "language_of", language_of)
    if app:  # the app itself is not started here: its handler is what `program` checks
        monkeypatch.setattr(program, "cmd_open", handler)
    monkeypatch.setattr(
        program,
        "parse_without_commands",
        lambda argv: SimpleNamespace(command=None, store="s", handler=handler),
    )
    assert cli.main([]) == 0
    assert gc.isenabled()  # and on again afterwards, whatever ran
    return seen


def test_a_command_runs_with_the_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run(monkeypatch, app=False) == [False, True]


def test_the_app_starts_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run(monkeypatch, app=True) == [False, False]
