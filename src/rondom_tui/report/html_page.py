"""What every HTML page rondom writes begins with: a standalone page (no scripts, no external
resources), its language, its title as heading and the facts that describe it."""

from __future__ import annotations

import html
from collections.abc import Iterable


def escape(text: str) -> str:
    """User text as HTML text (quotes too, so it is safe in an attribute)."""
    return html.escape(text, quote=True)


def page_start(title: str, lang: str, style: str, facts: Iterable[tuple[str, str]]) -> list[str]:
    """The lines up to and including the facts: doctype, head with `style`, the heading and a
    definition list of (label, value)."""
    return [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}">',
        '<head><meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        f"<style>{style}</style></head>",
        "<body>",
        f"<h1>{escape(title)}</h1>",
        "<dl>",
        *(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>" for label, value in facts),
        "</dl>",
    ]
