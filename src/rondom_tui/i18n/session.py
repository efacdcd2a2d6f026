"""The language of this session: chosen once by the command line, read by the UI and the CLI.

This is the only state in `rondom_tui.i18n`, and only the edges may use it: the domain, the
reports, the store and the bundle layer take the language as an argument (or carry message
ids) and import `rondom_tui.i18n.texts` instead. `tests/unit/test_layers.py` checks that.
"""

from __future__ import annotations

import os

from rondom_tui.i18n.texts import DEFAULT_LANGUAGE, LANGUAGES, translate, translate_count

_language = DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    """Choose the language for every later call of `t`."""
    global _language
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _language = lang


def current_language() -> str:
    """The language `t` translates to now; what the edges pass to the domain as `lang`."""
    return _language


def language_from_environment(default: str = DEFAULT_LANGUAGE) -> str:
    """`RONDOM_LANG` when it names a supported language, else the default."""
    lang = os.environ.get("RONDOM_LANG", "").strip().lower()[:2]
    return lang if lang in LANGUAGES else default


def t(message_id: str, /, **params: object) -> str:
    """The text of `message_id` in the session's language, with `params` filled in.

    An unknown id raises `KeyError`: a missing translation is a bug, not a fallback.
    """
    return translate(_language, message_id, **params)


def t_count(message_id: str, count: int, /, **params: object) -> str:
    """The text of `message_id` in the session's language in its form for `count` things
    (see `rondom_tui.i18n.texts.translate_count`)."""
    return translate_count(_language, message_id, count, **params)
