"""The `rondom` command: argparse in the user's language and one module per command group.

No business logic: every command calls the store, bundle or report layer and prints what it
says. May import every other part (it is the top layer); nothing imports it except
`rondom_tui.__main__` (an import-linter contract in pyproject.toml).

- `main` (here): the collector paused while the program loads, then `program.main`
- `program`: `main`, which reads the command line and runs it
- `open_app`: the app (`rondom` without a command), and its command line read without argparse
- `full_parser`: the parser with every subcommand (argparse), for everything else
- `store_commands`: open (the app), init, demo, list, id, passwd, verify, audit
- `bundles`: export and import of age-encrypted case bundles
- `arguments`: argparse in the user's language, exit code 2 on a mistake
- `csv_option`: `--csv-dialect`, for the commands that write CSV
- `exit_codes`: the documented exit codes and the error that carries one
- `passphrase`: passphrases typed at a prompt or read from a file, never from argv
- `unlock`: opening the store a command names
- `settings`: what the environment sets (store path, idle lock)
- `hardening`: no core dumps, no screen or log written to a file
- `output`: every printed line plain text; a closed standard output ends a command quietly
"""

import gc
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """The `rondom` command (the console script, `python -m rondom_tui`): `program.main`, with
    the garbage collector paused from the first import on. Start-up makes long-lived objects
    only (modules, classes, the catalogue, Textual and the app's first screen), and the
    collections that walked them cost the unlock screen's first frame milliseconds; `program`
    switches the collector on again as soon as it knows it runs a command, the app once its
    first frame is drawn (`ui.app`, after `gc.freeze()`), and this in every case at the end."""
    gc.disable()
    try:
        from rondom_tui.cli.program import main as run  # loaded with the collector paused

        return run(argv)
    finally:
        gc.enable()
