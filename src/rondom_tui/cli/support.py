"""What every `rondom` subcommand shares: exit codes, the one-line error, passphrases from a
prompt or a file, opening the store, argparse in the user's language, no core dumps.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import math
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from rondom_tui.domain.errors import RondomError, ValidationError
from rondom_tui.i18n import t

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_STORE, EXIT_IN_USE, EXIT_INPUT = 0, 1, 2, 3, 4, 5
DEMO_PATH = Path("demo.rondom")
MAX_DEMO_CASES = 100_000

# Textual reads these at import; each could write the screen or a log, with case data, to disk.
UNSAFE_ENVIRONMENT = (
    "TEXTUAL",
    "TEXTUAL_LOG",
    "TEXTUAL_SCREENSHOT",
    "TEXTUAL_SCREENSHOT_LOCATION",
    "TEXTUAL_SCREENSHOT_FILENAME",
    "TEXTUAL_DEVTOOLS_HOST",
    "TEXTUAL_DEVTOOLS_PORT",
    "TEXTUAL_PRESS",
)


class CliError(RondomError):
    """A problem with the command itself (exit code 1 unless given)."""

    def __init__(self, message_id: str, /, *, code: int = EXIT_ERROR, **params: object) -> None:
        super().__init__(message_id, **params)
        self.code = code


def default_store_path() -> Path:
    if env := os.environ.get("RONDOM_STORE"):
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("rondom")) / "store.rondom"


def idle_lock_minutes() -> float:
    """Minutes without input before the app locks itself (`RONDOM_IDLE_LOCK`; 0 = never)."""
    from rondom_tui.ui.app import DEFAULT_IDLE_LOCK_MINUTES

    raw = os.environ.get("RONDOM_IDLE_LOCK", "")
    try:
        value = float(raw) if raw else DEFAULT_IDLE_LOCK_MINUTES
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    if not math.isfinite(value) or value < 0:
        return DEFAULT_IDLE_LOCK_MINUTES  # nonsense must not switch the safeguard off
    return value


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
            store_errors.StoreCorrupt,
            store_errors.UnsupportedFormat,
        ),
    ):
        return EXIT_STORE
    if isinstance(error, (ValidationError, store_errors.PassphraseTooShort, BundleError)):
        return EXIT_INPUT
    return EXIT_ERROR


# -- passphrases --------------------------------------------------------------------------


def read_passphrase_file(path: str) -> str:
    """The first line of `path` (``-`` = standard input), without its line ending."""
    try:
        if path == "-":
            raw = (
                sys.stdin.buffer.readline()
                if hasattr(sys.stdin, "buffer")
                else sys.stdin.readline().encode()
            )
        else:
            with open(Path(path).expanduser(), "rb") as handle:
                raw = handle.readline()
    except OSError as exc:
        raise CliError(
            "cli.passphrase_file_unreadable", reason=exc.strerror or type(exc).__name__
        ) from None
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CliError("cli.passphrase_not_utf8", code=EXIT_INPUT) from None
    return line.rstrip("\r\n")


def passphrase_source(args: argparse.Namespace) -> str | None:
    return getattr(args, "passphrase_file", None) or os.environ.get("RONDOM_PASSPHRASE_FILE")


def ask_passphrase(args: argparse.Namespace, prompt_id: str = "cli.prompt_passphrase") -> str:
    source = passphrase_source(args)
    if source:
        return read_passphrase_file(source)
    try:
        return getpass.getpass(t(prompt_id))
    except EOFError:
        raise CliError("cli.no_passphrase", code=EXIT_USAGE) from None


def ask_new_passphrase(
    args: argparse.Namespace,
    *,
    file_attr: str = "passphrase_file",
    prompt_id: str = "cli.prompt_new",
) -> str:
    """A new passphrase (`prompt_id` says for what): from the file, or typed twice."""
    from rondom_tui.store.vault import check_new_passphrase

    source = getattr(args, file_attr, None) or (
        os.environ.get("RONDOM_PASSPHRASE_FILE") if file_attr == "passphrase_file" else None
    )
    if source:
        passphrase = read_passphrase_file(source)
        check_new_passphrase(passphrase)
        return passphrase
    for _ in range(3):
        try:
            first = getpass.getpass(t(prompt_id))
            check_new_passphrase(first)
            second = getpass.getpass(t("cli.prompt_repeat"))
        except EOFError:
            raise CliError("cli.no_passphrase", code=EXIT_USAGE) from None
        except RondomError as exc:
            print(str(exc), file=sys.stderr)
            continue
        if first == second:
            return first
        print(t("create.mismatch"), file=sys.stderr)
    raise CliError("cli.passphrase_attempts")


def open_store(  # type: ignore[no-untyped-def]
    args: argparse.Namespace, *, record_open: bool = True
):
    from rondom_tui.store.repository import Store
    from rondom_tui.store.vault import peek_header

    path = args.store
    peek_header(path)  # a missing, foreign or damaged file is reported before asking anything
    return Store.open(path, ask_passphrase(args), record_open=record_open)


# -- subcommands --------------------------------------------------------------------------


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(t("cli.usage_error", message=message), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


_ARGPARSE_TEXTS = {
    "usage: ": "cli.argparse.usage",
    "positional arguments": "cli.argparse.positionals",
    "options": "cli.argparse.options",
    "show this help message and exit": "cli.argparse.help",
    "argument %(argument_name)s: %(message)s": "cli.argparse.argument",
    "the following arguments are required: %s": "cli.argparse.required",
    "one of the arguments %s is required": "cli.argparse.one_required",
    "unrecognized arguments: %s": "cli.argparse.unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse.invalid_choice",
    "invalid %(type)s value: %(value)r": "cli.argparse.invalid_value",
    "expected one argument": "cli.argparse.expected_one",
    "expected at most one argument": "cli.argparse.expected_at_most_one",
    "expected at least one argument": "cli.argparse.expected_at_least_one",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse.ambiguous",
    "not allowed with argument %s": "cli.argparse.not_allowed_with",
    "ignored explicit argument %r": "cli.argparse.ignored_value",
}
"""argparse's own English texts (its gettext message ids) -> our catalog ids. The catalog keeps
argparse's %-placeholders, so option names and values are filled in as argparse gives them."""


def _argparse_text(message: str | None) -> str | None:
    message_id = _ARGPARSE_TEXTS.get(message) if message else None
    return t(message_id) if message_id else message


@contextlib.contextmanager
def argparse_in_our_language() -> Iterator[None]:
    """argparse translates through `gettext`, which only reads .mo files from disk: while the
    command line is parsed (and its help made), argparse's `_` is our catalog instead."""
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


def forbid_core_dumps() -> None:
    """A core dump would hold decrypted cases: switch them off for this process."""
    import contextlib
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 4 -> 0
