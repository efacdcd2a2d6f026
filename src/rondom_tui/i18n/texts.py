"""The catalogue of every user-facing message, and the pure lookup of one in a given language.

No state here: `translate` takes the language as an argument, so the domain and the reports
(which must not depend on who is running the app, or in which language) import this module
and nothing else from `rondom_tui.i18n`. The language chosen for a session lives in
`rondom_tui.i18n.session`, which only the edges (the UI and the command line) use.

Catalogues are plain data, one module per area of the app, each a dict of
``message id -> (Dutch, English)``. Having both texts in one tuple makes a half-translated
message impossible to write; `tests/unit/test_i18n.py` checks that every id used in the code
exists and that no text is empty.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from rondom_tui.i18n import (
    assessment,
    audit,
    backups,
    bundle,
    bundle_dialogs,
    cases,
    cli,
    common,
    explaining,
    plan,
    review,
    store,
    timeline,
)

LANGUAGES = ("nl", "en")
"""Supported languages, the default first."""
DEFAULT_LANGUAGE = LANGUAGES[0]
"""Dutch: the language of the people who use the app."""


def _merged() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    modules = (
        common,
        cases,
        store,
        cli,
        timeline,
        assessment,
        bundle,
        bundle_dialogs,
        audit,
        backups,
        review,
        explaining,
        plan,
    )
    for module in modules:
        overlap = merged.keys() & module.MESSAGES.keys()
        if overlap:  # pragma: no cover - caught by the catalog test as well
            raise RuntimeError(f"message ids defined twice: {sorted(overlap)}")
        merged.update(module.MESSAGES)
    return merged


_CATALOG: Mapping[str, tuple[str, str]] = MappingProxyType(_merged())


def translate(lang: str, message_id: str, /, **params: object) -> str:
    """The text of `message_id` in `lang`, with `params` filled in.

    An unknown id raises `KeyError` and an unknown language `ValueError`: a missing
    translation is a bug, not a fallback.
    """
    if lang not in LANGUAGES:
        raise ValueError(lang)
    nl, en = _CATALOG[message_id]
    text = nl if lang == "nl" else en
    return text.format(**params) if params else text


SINGULAR_SUFFIX = ".one"
"""A message's form for exactly one thing is ``<id>.one``; the id itself is the plural."""


def plural_id(message_id: str, count: int) -> str:
    """The id of `message_id`'s form for `count` things: ``<id>.one`` for exactly one (when the
    catalogue has that form), else `message_id` itself. Dutch and English agree: one dossier,
    zero or two dossiers. For a named error, which carries an id: raise it with this id."""
    singular = message_id + SINGULAR_SUFFIX
    return singular if count == 1 and singular in _CATALOG else message_id


def translate_count(lang: str, message_id: str, count: int, /, **params: object) -> str:
    """The text of `message_id` in `lang` in its form for `count` things ("1 dossier",
    "3 dossiers"), never "dossier(s)". `count` only chooses the form: pass the number itself
    in `params` under the name the text uses."""
    return translate(lang, plural_id(message_id, count), **params)


def catalog() -> Mapping[str, tuple[str, str]]:
    """All messages (read-only), for tests and tooling."""
    return _CATALOG
