"""The exit codes of `rondom` and the error that carries one.

0 ok, 1 error, 2 usage, 3 wrong passphrase or a damaged or foreign store, 4 store in use,
5 invalid bundle or input (README, "Exit codes"). Scripts depend on these numbers: a named
error keeps its code forever.
"""

from __future__ import annotations

from rondom_tui.domain.errors import RondomError, ValidationError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_STORE, EXIT_IN_USE, EXIT_INPUT = 0, 1, 2, 3, 4, 5


class CliError(RondomError):
    """A problem with the command itself (exit code 1 unless given)."""

    def __init__(self, message_id: str, /, *, code: int = EXIT_ERROR, **params: object) -> None:
        super().__init__(message_id, **params)
        self.code = code


def exit_code_for(error: BaseException) -> int:
    """The documented exit code of a named error."""
    from rondom_tui.bundle.errors import BundleError
    from rondom_tui.store import errors as store_errors

    if isinstance(error, CliError):
        return error.code
    if isinstance(error, store_errors.StoreLocked):
        return EXIT_IN_USE
    if isinstance(
        error,
        (
            store_errors.WrongPassphraseOrCorrupt,
            store_errors.WrongRecoveryKeyOrCorrupt,
            store_errors.StoreCorrupt,
            store_errors.UnsupportedFormat,
        ),
    ):
        return EXIT_STORE
    if isinstance(
        error,
        (
            ValidationError,
            store_errors.PassphraseTooShort,
            store_errors.RecoveryKeyInvalid,
            BundleError,
        ),
    ):
        return EXIT_INPUT
    return EXIT_ERROR
