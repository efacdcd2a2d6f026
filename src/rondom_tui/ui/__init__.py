"""The terminal app: screens, widgets, modals.

Imports domain, store and bundle; never the reverse.
"""
