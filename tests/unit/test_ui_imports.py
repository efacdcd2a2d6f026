"""The screens import each other at the top of their modules, never inside a function: an import
hidden in a function is how a cycle between two screens (case <-> timeline, meeting <->
summary) went unnoticed. At the top, a cycle fails at once."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).parents[2] / "src" / "rondom_tui" / "ui"


def _imports_inside_functions(tree: ast.AST) -> list[int]:
    lines = []
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            lines += [
                node.lineno
                for node in ast.walk(function)
                if isinstance(node, (ast.Import, ast.ImportFrom))
            ]
    return lines


def test_no_module_of_the_ui_imports_inside_a_function() -> None:
    found = [
        f"{path.relative_to(UI)}:{line}"
        for path in sorted(UI.rglob("*.py"))
        for line in _imports_inside_functions(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == []


def test_the_check_sees_an_import_in_a_method() -> None:
    source = "class A:\n    def go(self):\n        from rondom_tui.ui import app\n"
    assert _imports_inside_functions(ast.parse(source)) == [3]
