"""Registers the bundle tests' fixtures (kept in `bundle_fixtures`, importable by name)."""

from bundle_fixtures import make_store

__all__ = ["make_store"]
