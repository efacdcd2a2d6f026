"""rondom-tui: case files, the Tijdlijn and the seven keys of collaboration, in the terminal."""

__version__ = "0.1.0"
