"""Case data is never read as markup: every Label and Static in the UI says `markup=False`.

Markup in a name ("[/x]") would crash the app, and a link ("[@click=...]") would run an app
action; the walk in tests/ui/test_hostile_text.py shows it, this check keeps new code honest.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).parents[2] / "src" / "rondom_tui" / "ui"


def test_every_label_and_static_is_plain_text() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in {"Label", "Static"} and not any(
                k.arg == "markup" and isinstance(k.value, ast.Constant) and k.value.value is False
                for k in node.keywords
            ):
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert offenders == []
