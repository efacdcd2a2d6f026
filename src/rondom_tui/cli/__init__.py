"""The `rondom` command: argument parsing and one module per command group. No business logic:
every command calls the store, bundle or report layer. Nothing imports this package."""

from rondom_tui.cli.program import main

__all__ = ["main"]
