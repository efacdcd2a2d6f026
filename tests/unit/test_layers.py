"""Imports go one way: domain <- store, bundle <- ui <- cli. The lower layers never load Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).parents[2] / "src" / "rondom_tui"


@pytest.mark.parametrize("layer", ["domain", "store", "bundle"])
def test_lower_layers_do_not_import_textual(layer: str) -> None:
    modules = sorted(
        "rondom_tui."
        + ".".join(p.relative_to(SOURCE).with_suffix("").parts).removesuffix(".__init__")
        for p in (SOURCE / layer).rglob("*.py")
    )
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
