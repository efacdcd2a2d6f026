"""Imports go one way: i18n <- domain <- report, store <- bundle <- ui <- cli.

The rule is written twice on purpose. `lint-imports` (run by `make lint` and CI) checks the
contracts in pyproject.toml over the whole import graph, indirect imports included. These tests
check the same rules in pytest on every file's own imports (read with `ast`, nothing is
imported, so they cost a fraction of a second), and, in a subprocess, that importing the lower
layers really leaves Textual unloaded. docs/ARCHITECTURE.md says what each part holds.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

SOURCE = Path(__file__).parents[2] / "src" / "rondom_tui"

MAY_IMPORT: dict[str, set[str]] = {
    "i18n": set(),
    "domain": {"i18n"},
    "report": {"domain", "i18n"},
    "store": {"domain", "i18n"},
    "bundle": {"store", "report", "domain", "i18n"},
    "ui": {"bundle", "store", "report", "domain", "i18n"},
    "cli": {"ui", "bundle", "store", "report", "domain", "i18n"},
    "__main__": {"cli"},
    "": set(),  # rondom_tui/__init__.py
}
"""Each part of rondom_tui -> the other parts it may import (pyproject: the layers contract).
Every part may import the package `rondom_tui` itself, which holds nothing."""

NEVER_IMPORTS: dict[str, set[str]] = {
    "i18n": {"textual", "rich", "tinydb"},
    "domain": {"textual", "rich", "tinydb"},
    "report": {"textual", "tinydb"},
    "store": {"textual"},
    "bundle": {"textual", "tinydb"},
    "ui": {"tinydb"},
    "cli": {"tinydb"},
    "__main__": {"tinydb"},
    "": {"tinydb"},
}
"""Each part -> the outside packages it may not import: nothing below the UI loads Textual,
the domain draws nothing with Rich, only the store knows TinyDB."""

GIVEN_THEIR_LANGUAGE = {"domain", "report", "store", "bundle"}
"""Parts that take the language as an argument (`lang`) or carry message ids, so the same case
can be shown in Dutch and exported in English (DESIGN.md section 1). Of i18n they import only
`PURE_CATALOGUE`: the package itself re-exports the session's language, which only the UI and
the command line read (pyproject: the contract on `rondom_tui.i18n.session`)."""
PURE_CATALOGUE = "rondom_tui.i18n.texts"


KNOWN_BREACHES: dict[tuple[str, str], str] = {}
"""Breaches that work in progress on issue 13 removes (`lint-imports` reports the import ones).
A new breach fails at once; a fixed one fails until its line here is deleted, so it cannot
come back unnoticed."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE).with_suffix("").parts
    return ".".join(("rondom_tui", *parts)).removesuffix(".__init__")


def _part(module: str) -> str | None:
    """The part of rondom_tui a module belongs to ("" for the package itself), or None when
    the module is not ours."""
    if module == "rondom_tui":
        return ""
    head, _, rest = module.partition(".")
    return rest.split(".")[0] if head == "rondom_tui" else None


def _imports(path: Path) -> Iterator[str]:
    """Every module a file imports (at the top, in a function or under TYPE_CHECKING: each is
    a dependency)."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolved against the importing package
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            yield base
            for alias in node.names:  # `from rondom_tui import cli` imports rondom_tui.cli
                yield f"{base}.{alias.name}"


def _breaches() -> dict[tuple[str, str], str]:
    """(importing module, what it may not import) -> the rule it breaks."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        importer = _module_name(path)
        part = _part(importer)
        assert part is not None and part in MAY_IMPORT, f"{importer}: a part with no rules"
        for imported in _imports(path):
            their_part = _part(imported)
            if their_part is None:
                outside = imported.split(".")[0]
                if outside in NEVER_IMPORTS[part]:
                    found[importer, outside] = f"{part or 'rondom_tui'} never imports {outside}"
            elif their_part not in {"", part, *MAY_IMPORT[part]}:
                what = f"rondom_tui.{their_part}"
                found[importer, what] = f"{part or 'rondom_tui'} may not import {what}"
            if (
                part in GIVEN_THEIR_LANGUAGE
                and their_part == "i18n"
                and not imported.startswith(PURE_CATALOGUE)
            ):
                found[importer, "rondom_tui.i18n.session"] = (
                    f"{part} is given its language: it imports {imported} (the session's "
                    f"language, `t`, `current_language`), where only {PURE_CATALOGUE} is allowed"
                )
    return found


def test_every_part_has_its_rules() -> None:
    parts = {p.name for p in SOURCE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert parts == set(MAY_IMPORT) - {"", "__main__"}, "place the new package in the layers"


def test_imports_go_one_way() -> None:
    new = {key: rule for key, rule in _breaches().items() if key not in KNOWN_BREACHES}
    assert not new, "\n".join(f"{a} -> {b}: {rule}" for (a, b), rule in sorted(new.items()))


def test_known_breaches_are_still_there() -> None:
    fixed = sorted(KNOWN_BREACHES.keys() - _breaches().keys())
    assert not fixed, f"fixed, so delete them from KNOWN_BREACHES: {fixed}"


def test_nothing_imports_the_command_line() -> None:
    importers = {importer for (importer, imported) in _breaches() if imported == "rondom_tui.cli"}
    assert not importers, f"only rondom_tui.__main__ may import the command line: {importers}"
    assert "rondom_tui.cli" in (SOURCE / "__main__.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("layer", ["domain", "store", "bundle", "report", "i18n"])
def test_lower_layers_do_not_import_textual(layer: str) -> None:
    modules = sorted(_module_name(p) for p in (SOURCE / layer).rglob("*.py"))
    assert modules, f"no modules found in {layer}"
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "assert not bad, bad\n"
        "assert not any(m.startswith('rondom_tui.ui') for m in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_domain_does_not_import_store_or_bundle() -> None:
    for path in (SOURCE / "domain").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for higher in ("rondom_tui.store", "rondom_tui.bundle", "rondom_tui.ui", "rondom_tui.cli"):
            assert higher not in text, f"{path.name} imports {higher}"


def test_store_and_bundle_do_not_import_the_ui() -> None:
    for layer in ("store", "bundle"):
        for path in (SOURCE / layer).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "rondom_tui.ui" not in text and "rondom_tui.cli" not in text, path.name
