"""One translation function for every user-facing string: Dutch first, English second.

Two modules, so the layers can tell pure lookup from session state:

- `texts`: the catalogue and `translate(lang, message_id, **params)`, a pure function. The
  domain, the reports, the store and the bundle layer import only this module.
- `session`: the language chosen for this run (`set_language`, `current_language`) and
  `t(message_id, **params)`, which translates to it. Only the UI and the command line use it.

Both are re-exported here for the edges (`from rondom_tui.i18n import t`); a lower layer that
imported this package would load the session too, so it imports `rondom_tui.i18n.texts`.
"""

from __future__ import annotations

from rondom_tui.i18n.session import (
    current_language,
    language_from_environment,
    set_language,
    t,
    t_count,
)
from rondom_tui.i18n.texts import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    catalog,
    plural_id,
    translate,
    translate_count,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "catalog",
    "current_language",
    "language_from_environment",
    "plural_id",
    "set_language",
    "t",
    "t_count",
    "translate",
    "translate_count",
]
