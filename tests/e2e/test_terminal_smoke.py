"""The installed `rondom` command in a real terminal (tmux): init, open, add a case, quit.

The passphrase is typed at the prompts, the case is typed on the keyboard, and afterwards
`rondom list --json` shows the case while no file in the store's folder contains its name.
"""

from __future__ import annotations

import json
import re
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import files_containing
from tests.e2e.tmux import RONDOM, Terminal, terminal

pytestmark = pytest.mark.e2e
__all__ = ["RONDOM", "Terminal", "terminal"]  # shared with the other e2e tests

PASSPHRASE = "een lange geheime zin voor tmux"
CHILD = "Pluisjesveld"
PAPER_KEY = re.compile(r"RK2(?:-[0-9A-Z]{4}){8}-[0-9A-Z]{2}")


def test_init_open_add_a_case_and_quit(terminal: Terminal, tmp_path: Path) -> None:
    folder = tmp_path / "winkel"
    store = folder / "store.rondom"
    terminal.type(f"rondom init --store {store}")
    terminal.send("Enter")
    terminal.wait_for("Nieuwe wachtwoordzin")
    terminal.type(PASSPHRASE)
    terminal.send("Enter")
    terminal.wait_for("Herhaal")
    terminal.type(PASSPHRASE)
    terminal.send("Enter")
    shown = terminal.wait_for("opgeschreven? (j/n)")
    assert "kan niemand de gegevens terughalen" in " ".join(shown.split())  # plain warning
    [recovery_key] = PAPER_KEY.findall(shown)
    assert not store.exists()  # nothing is made before the key is written down
    terminal.type("j")
    terminal.send("Enter")
    terminal.wait_for("Opslag gemaakt")

    terminal.type(f"clear; rondom --store {store}; echo exit=$?")
    terminal.send("Enter")
    terminal.wait_for("Opslag ontgrendelen")
    terminal.type(PASSPHRASE)
    terminal.send("Enter")
    terminal.wait_for("0 van 0 dossiers")
    terminal.send("n")
    terminal.wait_for("Nieuw dossier")
    # Wait for each typed word to show before the next key, as a person would.
    terminal.type(CHILD)
    terminal.wait_for(CHILD)
    terminal.send("Tab")
    time.sleep(0.3)
    terminal.type("Testfamilie")
    terminal.wait_for("Testfamilie")
    terminal.send("C-s")
    terminal.wait_for("1 van 1 dossier ")
    assert CHILD in terminal.screen()
    # q quits; keys typed right after it (here: edit, new) must not crash the closing app
    terminal.type("qenen")
    terminal.wait_for("exit=0", timeout=20)

    result = subprocess.run(
        [str(RONDOM), "list", "--json", "--store", str(store), "--passphrase-file", "-"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    [row] = json.loads(result.stdout)
    assert (row["given_name"], row["family_name"]) == (CHILD, "Testfamilie")
    assert files_containing(folder, CHILD, "Testfamilie", recovery_key) == []

    # The passphrase forgotten: the key written down from the screen sets a new one.
    new_passphrase = tmp_path / "nieuw.txt"
    new_passphrase.write_text("de nieuwe wachtwoordzin na het vergeten\n")
    result = subprocess.run(
        [
            *(str(RONDOM), "passwd", "--store", str(store), "--recovery-key-file", "-"),
            *("--new-passphrase-file", str(new_passphrase)),
        ],
        input=recovery_key.lower() + "\n",  # read forgivingly: as typed from paper
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    result = subprocess.run(
        [str(RONDOM), "list", "--store", str(store), "--passphrase-file", str(new_passphrase)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and CHILD in result.stdout, result.stderr
