"""Run every benchmark module and print its figures: `make bench` (or `python -m bench`)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    names = sorted(
        m.name
        for m in pkgutil.iter_modules([str(Path(__file__).parent)])
        if not m.name.startswith("_")
    )
    only = set(sys.argv[1:])
    print(f"rondom benchmarks ({len(names)} groups); seconds unless stated")
    for name in names:
        if only and name not in only:
            continue
        module = importlib.import_module(f"bench.{name}")
        run = getattr(module, "run", None)
        if run is None:
            continue
        print(f"\n[{name}]")
        for label, value in run().items():
            shown = f"{value:10.4f}" if isinstance(value, float) else f"{value:>10}"
            print(f"  {label:<52} {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
