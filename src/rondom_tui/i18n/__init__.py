"""One translation function for every user-facing string: Dutch first, English second.

Catalogs are plain data, one module per area of the app, each a dict of
``message id -> (Dutch, English)``. Having both texts in one tuple makes a half-translated
message impossible to write; `tests/unit/test_i18n.py` checks that every id used in the code
exists and that no text is empty.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from rondom_tui.i18n import (
    assessment,
    bundle,
    bundle_dialogs,
    cases,
    cli,
    common,
    store,
    timeline,
)

LANGUAGES = ("nl", "en")
"""Supported languages, the default first."""

_CATALOG: dict[str, tuple[str, str]] = {}
for _module in (common, cases, store, cli, timeline, assessment, bundle, bundle_dialogs):
    _overlap = _CATALOG.keys() & _module.MESSAGES.keys()
    if _overlap:  # pragma: no cover - caught by the catalog test as well
        raise RuntimeError(f"message ids defined twice: {sorted(_overlap)}")
    _CATALOG.update(_module.MESSAGES)

_language = "nl"


def set_language(lang: str) -> None:
    """Choose the language for every later call of `t`."""
    global _language
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _language = lang


def current_language() -> str:
    """The language `t` translates to now."""
    return _language


def language_from_environment(default: str = "nl") -> str:
    """`RONDOM_LANG` when it names a supported language, else the default."""
    lang = os.environ.get("RONDOM_LANG", "").strip().lower()[:2]
    return lang if lang in LANGUAGES else default


def t(message_id: str, /, **params: object) -> str:
    """The text of `message_id` in the current language, with `params` filled in.

    An unknown id raises `KeyError`: a missing translation is a bug, not a fallback.
    """
    nl, en = _CATALOG[message_id]
    text = nl if _language == "nl" else en
    return text.format(**params) if params else text


def catalog() -> Mapping[str, tuple[str, str]]:
    """All messages, for tests and tooling."""
    return _CATALOG
