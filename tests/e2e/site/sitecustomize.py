"""Loaded by every Python process started in an e2e pane (tests/e2e/tmux.py puts this folder
on PYTHONPATH): the app runs under the suite's own audit hook (tests/written_files.py), and
when it ends it appends to $RONDOM_E2E_WRITTEN one JSON line: the files it wrote and those that
held one of the names in $RONDOM_E2E_NEEDLES (read before removal and at the end). Outside an
e2e pane (the variable unset) it does nothing."""

from __future__ import annotations

import atexit
import json
import os

_LOG = os.environ.get("RONDOM_E2E_WRITTEN")

if _LOG:
    from tests.written_files import recording, watching

    _needles = [n for n in os.environ.get("RONDOM_E2E_NEEDLES", "").split("\x1f") if n]
    _watch = watching(*_needles)
    _leaks = _watch.__enter__()
    _record = recording()
    _paths = _record.__enter__()

    def _report() -> None:
        _record.__exit__(None, None, None)
        _watch.__exit__(None, None, None)  # reads every file written, now that it is done
        line = {"pid": os.getpid(), "written": sorted(set(_paths)), "leaks": sorted(_leaks)}
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(json.dumps(line) + "\n")

    atexit.register(_report)
