"""Only the store knows TinyDB: the bundle layer, the app and the command line go through the
store's API (issue 13), so the storage under it can change without touching them."""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).parents[2] / "src" / "rondom_tui"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_nothing_outside_the_store_imports_tinydb() -> None:
    offenders = sorted(
        str(path.relative_to(SOURCE))
        for path in SOURCE.rglob("*.py")
        if path.relative_to(SOURCE).parts[0] != "store"
        and any(name.split(".")[0] == "tinydb" for name in imported_modules(path))
    )
    assert offenders == []


def test_the_store_does_import_tinydb() -> None:  # the scan above looks at real files
    assert any("tinydb" in imported_modules(path) for path in (SOURCE / "store").rglob("*.py"))
