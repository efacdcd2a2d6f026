"""The real terminal of the e2e tests: a tmux pane running bash, driven by keys and read by
screen captures, and what every story needs around it (opening the app, bursts of keys, the
command line, the search for plain text on disk).

Every pane runs with HOME and TMPDIR in the test's own folder, so that any file the app could
write lands where the test searches. Its Python processes load `tests/e2e/site/sitecustomize.py`,
which runs the suite's own audit hook (tests/written_files.py) inside the app: `app_writes`
reads back which files each process wrote and which of them held a watched name.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import files_containing

RONDOM = Path(sys.executable).parent / "rondom"
REPO = Path(__file__).resolve().parents[2]
SITE = Path(__file__).resolve().parent / "site"
WRITTEN_LOG = "written-by-the-app.jsonl"
"""Where (in the test's folder) each app process lists the files it wrote, as JSON lines."""
NEEDLE_SEPARATOR = "\x1f"

SMALL = (80, 24)
LARGE = (120, 36)
SIZES = [pytest.param(SMALL, id="80x24"), pytest.param(LARGE, id="120x36")]
"""The two terminals every story runs in: the smallest supported, and a laptop's."""

DROPDOWN_OPEN = "Keuzelijst sluiten"
"""The Footer's word for `esc` while a dropdown is open."""

KEY_NAMES = frozenset(
    {"Tab", "BTab", "Enter", "Down", "Up", "Home", "End", "Space", "Escape", "BSpace", "C-s"}
)


class Terminal:
    """A tmux pane running bash, driven by keys and read by screen captures."""

    def __init__(self, socket: str, cwd: Path, size: tuple[int, int] = (110, 32)) -> None:
        self.socket = socket
        self.cwd = cwd
        self.size = size
        self.seen: list[str] = []
        """The screens each `wait_for` ended on (the last few), shown when one fails."""

    def tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=30
        )
        return result.stdout

    def start(self, *, watch: Sequence[str] = ()) -> None:
        """Start bash in the pane; the app's processes watch their writes for `watch`."""
        temp = self.cwd / "tmp"
        temp.mkdir(exist_ok=True)
        width, height = self.size
        self.tmux(
            "new-session", "-d", "-s", "smoke", "-x", str(width), "-y", str(height),
            "-c", str(self.cwd), "env", "-i", f"PATH={RONDOM.parent}:/usr/bin:/bin",
            f"HOME={self.cwd}", f"TMPDIR={temp}", "TERM=xterm-256color", "LANG=C.UTF-8",
            f"PYTHONPATH={SITE}:{REPO}", f"RONDOM_E2E_WRITTEN={self.cwd / WRITTEN_LOG}",
            f"RONDOM_E2E_NEEDLES={NEEDLE_SEPARATOR.join(watch)}",
            "bash", "--norc", "--noprofile",
        )  # fmt: skip

    def send(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "smoke", *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "smoke", "-l", text)

    def burst(self, *keys: str) -> None:
        """One `send-keys` call: tmux writes every key to the pane at once, as a slow link
        delivers them. A key of more than one character that is not a key name is text
        (`-l` is per call, so text is split into its characters)."""
        sent: list[str] = []
        for key in keys:
            sent.extend([key] if key in KEY_NAMES or len(key) == 1 else list(key))
        self.send(*sent)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "smoke")

    def cursor(self) -> tuple[int, int]:
        """Where the terminal's cursor is: Textual puts it in the focused text field."""
        x, y = self.tmux("display", "-p", "-t", "smoke", "#{cursor_x} #{cursor_y}").split()
        return int(x), int(y)

    def field(self, text: str) -> None:
        """Type `text` into the focused text field, then `tab` to the next text field and wait
        until the cursor is there: a person's pace, so that no key can land in the field being
        left (keys sent in one burst with the `tab` do, under load: see the report of the
        stories)."""
        _, row = self.cursor()
        self.typed(text)
        self.send("Tab")
        self.wait_until(lambda: self.cursor()[1] != row, f"the cursor to leave row {row}")

    def choose(self, index: int) -> None:
        """Open the focused dropdown, choose its option `index` (from the top, whatever it
        showed) and wait until it has closed. An open dropdown shows `▲` or, where its list
        covers that (and the Footer), at least its options as extra rows."""
        rows = self.screen().count("▊")

        def open_() -> bool:
            shown = self.screen()
            return "▲" in shown or DROPDOWN_OPEN in shown or shown.count("▊") > rows + 2

        self.send("Enter")
        self.wait_until(open_, "the dropdown to open")
        self.send("Home", *["Down"] * index, "Enter")
        self.wait_until(lambda: not open_(), "the dropdown to close")

    def steps(self, *steps: str | list[str] | int) -> None:
        """A form filled in at a person's pace: a key name is pressed (then `settle`), a list
        of keys is pressed at once (then `settle`), a number chooses that option of the
        focused dropdown (`choose`), and other text is typed and waited for."""
        for step in steps:
            if isinstance(step, int):
                self.choose(step)
            elif isinstance(step, list) or step in KEY_NAMES:
                self.send(*([step] if isinstance(step, str) else step))
                self.settle()
            else:
                self.typed(step)

    def typed(self, text: str) -> None:
        """Type `text` and wait until a field shows it (an input as `▊  text`, a text area as
        `▊ text`: not the same words elsewhere on the screen)."""
        self.type(text)
        self.wait_until(
            lambda: any(f"▊{gap}{text}" in self.screen() for gap in (" ", "  ")),
            f"{text!r} in a field",
        )

    def settle(self) -> None:
        """Let a key whose effect does not show in the text of the screen (focus moving to a
        list or a dropdown) be handled before the next."""
        time.sleep(0.3)

    def wait_until(self, done: Callable[[], bool], what: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            if time.monotonic() > deadline:
                raise AssertionError(f"waited for {what}; the screen shows:\n{self.screen()}")
            time.sleep(0.05)

    def wait_for(self, text: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                self.seen = [*self.seen[-2:], shown]
                return shown
            time.sleep(0.05)
        before = "\n".join(f"-- an earlier wait ended on:\n{screen}" for screen in self.seen)
        raise AssertionError(
            f"{before}\n-- {text!r} did not appear; the screen shows:\n{self.screen()}"
        )

    def stop(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, timeout=30)

    # -- the app ------------------------------------------------------------------------

    def open_app(self, store: Path, passphrase: str, *, shows: str = "dossier") -> None:
        """Start `rondom` on `store`, unlock it and wait for the case list."""
        self.type(f"clear; rondom --store {store}; echo exit=$?")
        self.send("Enter")
        self.wait_for("ontgrendelen")
        self.type(passphrase)
        self.send("Enter")
        self.wait_for(shows)

    def quit_app(self) -> None:
        """`ctrl+q`, and wait for the app to end well."""
        self.send("C-q")
        self.wait_for("exit=0", timeout=30)


def _ready_for_tmux() -> None:
    if shutil.which("tmux") is None:
        pytest.fail("tmux is missing: `make test` installs it (scripts/system-tools.sh)")
    if not RONDOM.exists():
        pytest.fail(f"the installed command {RONDOM} is missing: run `make test`")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    """A started pane of 110x32 in the test's folder."""
    _ready_for_tmux()
    term = Terminal(f"rondom-e2e-{uuid.uuid4().hex[:8]}", tmp_path)
    term.start()
    yield term
    term.stop()


@pytest.fixture
def pane_at(tmp_path: Path) -> Iterator[Callable[..., Terminal]]:
    """Start a pane of a given size, its app watching its writes for some names:
    `pane_at((80, 24), watch=NAMES)`."""
    _ready_for_tmux()
    started: list[Terminal] = []

    def start(size: tuple[int, int], *, watch: Sequence[str] = ()) -> Terminal:
        term = Terminal(f"rondom-e2e-{uuid.uuid4().hex[:8]}", tmp_path, size)
        term.start(watch=watch)
        started.append(term)
        return term

    yield start
    for term in started:
        term.stop()


def rondom(
    *args: str, passphrase: str, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """What the installed command prints, the passphrase given on stdin (`--passphrase-file
    -`); it must succeed."""
    result = subprocess.run(
        [str(RONDOM), *args, "--passphrase-file", "-"],
        input=passphrase + "\n",
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@dataclass(frozen=True)
class AppWrites:
    """What the app's processes in a pane wrote, by their own audit hook."""

    processes: int
    """How many processes ended and said so."""
    written: frozenset[Path]
    leaks: frozenset[Path]
    """Written files that held a watched name (read before removal and at the end)."""


def open_demo(terminal: Terminal, folder: Path) -> None:
    """`rondom demo` in `folder` (its fictional cases, passphrase "demo"), then the app on it
    in `terminal`, unlocked, on the case list."""
    made = subprocess.run(
        [str(RONDOM), "demo", "--no-open"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    terminal.type("clear; rondom --store demo.rondom; echo exit=$?")
    terminal.send("Enter")
    terminal.wait_for("Opslag ontgrendelen")
    terminal.type("demo")
    terminal.send("Enter")
    terminal.wait_for("60 van 60 dossiers")


def app_writes(folder: Path) -> AppWrites:
    log = folder / WRITTEN_LOG
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    records = [json.loads(line) for line in lines]
    return AppWrites(
        processes=len(records),
        written=frozenset(Path(p) for r in records for p in r["written"]),
        leaks=frozenset(Path(p) for r in records for p in r["leaks"]),
    )


def nothing_plain_on_disk(folder: Path, *needles: str) -> AppWrites:
    """The no-plaintext search of the suite, for an app that ran in a pane: every file each
    process wrote (and removed again) passed `tests/written_files.py`'s watch, and no file
    under `folder` (the pane's HOME and TMPDIR) holds one of `needles`."""
    writes = app_writes(folder)
    assert writes.processes > 0, "no app process reported its writes (the audit hook ran?)"
    assert sorted(writes.leaks) == [], "a watched name was written to disk"
    assert files_containing(folder, *needles) == []
    return writes
