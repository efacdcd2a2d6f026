"""The terminal app: screens, widgets, modals.

Imports domain, store and bundle; never the reverse.
"""

from rondom_tui.ui.glyphs import use_plain_glyphs
from rondom_tui.ui.terminal_text import keep_terminal_text_plain

# Before any widget draws a word: Textual and Rich drop every control character from text,
# and on a console without symbols such as ⚠ they draw the plain fallback.
keep_terminal_text_plain()
use_plain_glyphs()
