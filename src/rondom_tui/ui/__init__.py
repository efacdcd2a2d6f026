"""The terminal app: screens, widgets, modals.

Imports domain, store and bundle; never the reverse.
"""

from rondom_tui.ui.terminal_text import keep_terminal_text_plain

# Before any widget draws a word: Textual and Rich drop every control character from text.
keep_terminal_text_plain()
