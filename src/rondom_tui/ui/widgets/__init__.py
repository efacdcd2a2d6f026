"""Widgets: they present and post messages; they never touch the store."""
