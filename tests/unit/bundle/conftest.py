"""Registers the bundle tests' fixtures (kept in `bundle_fixtures` and `cli_runs`, importable
by name)."""

from bundle_fixtures import age_cli, make_store
from cli_runs import clean_environment, passfile

__all__ = ["age_cli", "clean_environment", "make_store", "passfile"]
