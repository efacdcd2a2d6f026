"""The `rondom` command: argument parsing and exit codes only; the work is done elsewhere.

Exit codes: 0 ok, 1 error, 2 usage, 3 wrong passphrase or corrupt store, 4 store in use,
5 invalid bundle or input. Errors are one line on stderr, never a traceback. Passphrases come
from a prompt or a file (`--passphrase-file`, `-` for stdin), never from the command line.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import math
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from rondom_tui.domain.errors import RondomError, ValidationError
from rondom_tui.i18n import LANGUAGES, language_from_environment, set_language, t

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_STORE, EXIT_IN_USE, EXIT_INPUT = 0, 1, 2, 3, 4, 5
DEMO_PATH = Path("demo.rondom")
MAX_DEMO_CASES = 100_000

# Textual reads these at import; each could write the screen or a log, with case data, to disk.
_UNSAFE_ENVIRONMENT = (
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


def cmd_open(args: argparse.Namespace) -> int:
    for name in _UNSAFE_ENVIRONMENT:
        os.environ.pop(name, None)
    # Textual draws the screen on stderr: redirected to a file, the screen (with case data)
    # would be written to disk in plain text.
    if not (sys.stdin.isatty() and sys.__stderr__ is not None and sys.__stderr__.isatty()):
        raise CliError("cli.needs_terminal")
    from rondom_tui.ui.app import RondomApp

    app = RondomApp(
        args.store, theme=getattr(args, "theme", None), idle_lock_minutes=idle_lock_minutes()
    )
    try:
        app.run()
    finally:
        app.close_store()
    return app.return_code or 0


def cmd_init(args: argparse.Namespace) -> int:
    from rondom_tui.store.errors import StoreExists
    from rondom_tui.store.repository import Store

    if args.store.exists():
        raise StoreExists(path=str(args.store))
    passphrase = ask_new_passphrase(args)
    with Store.create(args.store, passphrase):
        pass
    print(t("cli.created", path=str(args.store)))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from rondom_tui.domain.demo import demo_cases
    from rondom_tui.store.files import ensure_folder
    from rondom_tui.store.lock import StoreLock
    from rondom_tui.store.repository import Store
    from rondom_tui.store.vault import DEMO_PASSPHRASE, peek_header

    path: Path = args.store if args.store_given else DEMO_PATH
    ensure_folder(path.parent)
    lock = StoreLock(path)
    lock.acquire()  # before anything is removed: a store someone has open is never touched
    try:
        if path.exists():
            if not peek_header(path).is_demo:
                raise CliError("cli.demo_not_demo", path=str(path))
            if args.force:
                path.unlink()
        if not path.exists():
            cases, events, assessments = demo_cases(args.cases)
            with Store.create(path, DEMO_PASSPHRASE, demo=True, lock=lock) as store, store.batch():
                store.cases.add_many(cases, audit=False)
                store.events.add_many(events, audit=False)
                for assessment in assessments:
                    store.assessments.save(assessment)
            print(
                t("cli.demo_created", path=str(path), cases=len(cases), passphrase=DEMO_PASSPHRASE)
            )
        else:
            print(t("cli.demo_exists", path=str(path), passphrase=DEMO_PASSPHRASE))
    finally:
        lock.release()
    if args.no_open:
        return EXIT_OK
    args.store = path
    return cmd_open(args)


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = store.cases.summaries()
    rows.sort(key=lambda r: r.code)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "code": r.code,
                        "given_name": r.given_name,
                        "family_name": r.family_name,
                        "school": r.school,
                        "group": r.group,
                        "status": r.status.value,
                        "events": r.events,
                        "updated_at": r.updated_at.isoformat(),
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    header = (
        t("caselist.col.code"),
        t("caselist.col.name"),
        t("caselist.col.status"),
        t("caselist.col.events"),
        t("caselist.col.updated"),
    )
    lines = [header] + [
        (
            r.code,
            r.full_name,
            t(f"status.{r.status.value}"),
            str(r.events),
            r.updated_at.astimezone().strftime("%d-%m-%Y %H:%M"),
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
    return EXIT_OK


def cmd_id(args: argparse.Namespace) -> int:
    from rondom_tui.bundle import store_recipient

    with open_store(args) as store:
        print(store_recipient(store))
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.change_passphrase(ask_new_passphrase(args, file_attr="new_passphrase_file"))
    print(t("cli.passwd_done"))
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        counts = store.verify()
    print(t("cli.verify_ok", **counts))
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        entries = store.audit.entries(args.case_id)
        codes = {c.id: c.code for c in store.cases.list()}
    for entry in entries:
        case = codes.get(entry.case_id or "", entry.case_id or "-")
        when = entry.at.astimezone().strftime("%d-%m-%Y %H:%M:%S")
        print(
            f"{when}  {entry.user:<12} {entry.action.value:<8} {case:<10} {entry.detail}".rstrip()
        )
    return EXIT_OK


# -- parser -------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
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
def _argparse_in_our_language() -> Iterator[None]:
    """argparse translates through `gettext`, which only reads .mo files from disk: while the
    command line is parsed (and its help made), argparse's `_` is our catalog instead."""
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--store", type=Path, default=argparse.SUPPRESS, metavar="PATH", help=t("cli.help.store")
    )
    common.add_argument(
        "--passphrase-file",
        default=argparse.SUPPRESS,
        metavar="PATH",
        help=t("cli.help.passphrase_file"),
    )
    common.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=t("cli.help.lang")
    )

    parser = _Parser(prog="rondom", description=t("cli.description"), parents=[common])
    parser.add_argument("--theme", default=None, help=t("cli.help.theme"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, handler: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        cmd = sub.add_parser(
            name,
            parents=[common],
            help=t(f"cli.help.cmd.{name}"),
            description=t(f"cli.help.cmd.{name}"),
        )
        cmd.set_defaults(handler=handler)
        return cmd

    add("init", cmd_init)
    demo = add("demo", cmd_demo)
    demo.add_argument("--cases", type=int, default=12, metavar="N", help=t("cli.help.cases"))
    demo.add_argument("--no-open", action="store_true", help=t("cli.help.no_open"))
    demo.add_argument("--force", action="store_true", help=t("cli.help.force"))
    demo.add_argument("--theme", default=argparse.SUPPRESS, help=t("cli.help.theme"))
    listing = add("list", cmd_list)
    listing.add_argument("--json", action="store_true", help=t("cli.help.json"))
    add("id", cmd_id)
    from rondom_tui import cli_bundles  # imports this module: registered once it is loaded

    cli_bundles.add_commands(add)
    passwd = add("passwd", cmd_passwd)
    passwd.add_argument(
        "--new-passphrase-file", metavar="PATH", help=t("cli.help.new_passphrase_file")
    )
    add("verify", cmd_verify)
    audit = add("audit", cmd_audit)
    audit.add_argument("case_id", nargs="?", default=None, metavar="CASE_ID")
    parser.set_defaults(handler=cmd_open)
    return parser


def _language(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            return argv[i + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGUAGES:
            return arg[7:]
    return language_from_environment()


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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    forbid_core_dumps()
    set_language(_language(argv))
    with _argparse_in_our_language():
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:
            return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    args.store_given = hasattr(args, "store")
    if not args.store_given:
        args.store = default_store_path()
    args.store = Path(args.store).expanduser()
    if not 1 <= getattr(args, "cases", 1) <= MAX_DEMO_CASES:
        print(t("cli.usage_error", message=f"1 <= --cases <= {MAX_DEMO_CASES}"), file=sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.handler(args))
    except RondomError as exc:
        print(f"rondom: {exc}", file=sys.stderr)
        return exit_code_for(exc)
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(
            f"rondom: {t('cli.os_error', reason=exc.strerror or type(exc).__name__)}",
            file=sys.stderr,
        )
        return EXIT_ERROR
    except Exception as exc:
        print(f"rondom: {t('error.unexpected')} ({type(exc).__name__})", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
