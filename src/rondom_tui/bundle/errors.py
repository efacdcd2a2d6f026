"""The named errors of case bundles.

Every error carries a message id from `i18n/bundle.py` and parameters that never hold case
data: a field path, a key type, a line number, a limit. The text a library gave us (pyrage,
msgspec) is never passed on, because it can quote the data it choked on.
"""

from __future__ import annotations

from rondom_tui.domain.errors import RondomError


class BundleError(RondomError):
    """Anything that went wrong with a bundle; the command line exits with code 5."""

    message_id = "bundle.error"


class BundleInvalid(BundleError):
    """A received bundle cannot be opened or does not hold a valid rondom bundle.

    `message_id` says why (``bundle.invalid.wrong_key``, ``bundle.invalid.truncated`` ...), so
    tests and the UI can tell the reasons apart without parsing the sentence.
    """

    message_id = "bundle.invalid.damaged"

    @property
    def reason(self) -> str:
        """The last part of the message id: ``wrong_key``, ``truncated``, ``field`` ..."""
        return self.message_id.rsplit(".", 1)[-1]


class KeyInvalid(BundleError):
    """A recipient, identity or passphrase given for a bundle cannot be used."""

    message_id = "bundle.key.invalid_recipient"


class ExportRefused(BundleError):
    """An export that cannot be made as asked (unknown case, nothing to export ...)."""

    message_id = "bundle.export.nothing"
