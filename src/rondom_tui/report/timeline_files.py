"""The Tijdlijn as a file for the meeting: the text of an SVG, HTML or Markdown export.

The content comes from `report.timeline` (the whole timeline, not the window on screen); the
picture becomes SVG or HTML through rich's recording console, which writes to memory only.
Encrypting and writing the file is `bundle.export_files`' business.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path

from rich.console import CONSOLE_SVG_FORMAT, Console
from rich.terminal_theme import DEFAULT_TERMINAL_THEME

from rondom_tui.domain.models import Case, Event
from rondom_tui.i18n.texts import translate
from rondom_tui.report.timeline import (
    PRINT_PALETTE,
    markdown_table,
    timeline_renderable,
    who,
    whole_window,
)

AGE_SUFFIX = ".age"
GUTTER = 24
"""Room for the lane labels next to the picture's time columns."""
MIN_PICTURE_WIDTH = 160
"""The picture's narrowest width, so the table of events (ten columns, notes included) has
room to wrap its text in readable lines."""

# Rich's SVG template loads its font from a CDN when the file is opened; an export of a child's
# timeline should not call out to anyone, so only a locally installed font is used.
_SVG_FORMAT = re.sub(
    r',\s*url\("https://[^"]*"\) format\("[^"]*"\)',
    "",
    CONSOLE_SVG_FORMAT,
)


class ExportFormat(StrEnum):
    SVG = "svg"
    HTML = "html"
    MARKDOWN = "md"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


NAMED_FORMATS = {
    ".svg": ExportFormat.SVG,
    ".html": ExportFormat.HTML,
    ".htm": ExportFormat.HTML,
    ".md": ExportFormat.MARKDOWN,
    ".markdown": ExportFormat.MARKDOWN,
}
"""File name endings that say what a file holds."""


def named_format(path: Path) -> ExportFormat | None:
    """The format a file name promises: its suffix, or for an age file the suffix before
    ``.age`` (``tijdlijn.md.age``); None when the name says nothing (``tijdlijn.age``)."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] == AGE_SUFFIX:
        suffixes.pop()
    return NAMED_FORMATS.get(suffixes[-1]) if suffixes else None


def export_text(
    events: Sequence[Event],
    case: Case,
    fmt: ExportFormat,
    *,
    today: date,
    private: bool,
    filter_text: str | None = None,
    lang: str,
) -> str:
    """The whole timeline in `lang` as an SVG picture, an HTML page (both in the print palette)
    or a Markdown document."""
    if fmt is ExportFormat.MARKDOWN:
        return markdown_table(
            events, case, today=today, private=private, filter_text=filter_text, lang=lang
        )
    renderable = timeline_renderable(
        events,
        case,
        today=today,
        private=private,
        filter_text=filter_text,
        lang=lang,
        palette=PRINT_PALETTE,
    )
    _, columns = whole_window(list(events), today)
    console = Console(
        record=True,
        file=io.StringIO(),
        width=max(MIN_PICTURE_WIDTH, columns + GUTTER),
        color_system="truecolor",
        force_terminal=True,
        legacy_windows=False,
    )
    console.print(renderable)
    title = translate(lang, "timeline.export.title", who=who(case, private))
    if fmt is ExportFormat.SVG:
        return console.export_svg(
            title=title, theme=DEFAULT_TERMINAL_THEME, code_format=_SVG_FORMAT, unique_id="tijdlijn"
        )
    return console.export_html(theme=DEFAULT_TERMINAL_THEME, inline_styles=True)
