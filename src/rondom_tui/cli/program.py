"""The `rondom` command: argument parsing and exit codes only; the work is done elsewhere.

Exit codes: 0 ok, 1 error, 2 usage, 3 wrong passphrase or corrupt store, 4 store in use,
5 invalid bundle or input. Errors are one line on stderr, never a traceback. Passphrases come
from a prompt or a file (`--passphrase-file`, `-` for stdin), never from the command line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from rondom_tui.cli.support import (
    DEMO_PATH,
    EXIT_ERROR,
    EXIT_IN_USE,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_STORE,
    EXIT_USAGE,
    MAX_DEMO_CASES,
    UNSAFE_ENVIRONMENT,
    CliError,
    Parser,
    argparse_in_our_language,
    ask_new_passphrase,
    ask_passphrase,
    default_store_path,
    exit_code_for,
    forbid_core_dumps,
    idle_lock_minutes,
    open_store,
    passphrase_source,
    read_passphrase_file,
)
from rondom_tui.domain.errors import RondomError
from rondom_tui.i18n import LANGUAGES, language_from_environment, set_language, t

__all__ = [
    "EXIT_ERROR", "EXIT_INPUT", "EXIT_IN_USE", "EXIT_OK", "EXIT_STORE", "EXIT_USAGE",
    "MAX_DEMO_CASES", "CliError", "ask_passphrase", "build_parser", "forbid_core_dumps",
    "idle_lock_minutes", "main", "passphrase_source", "read_passphrase_file",
]  # fmt: skip


def cmd_open(args: argparse.Namespace) -> int:
    for name in UNSAFE_ENVIRONMENT:
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

    parser = Parser(prog="rondom", description=t("cli.description"), parents=[common])
    parser.add_argument("--theme", default=None, help=t("cli.help.theme"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

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
    from rondom_tui.cli import bundles as cli_bundles  # loaded only when the parser is built

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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    forbid_core_dumps()
    set_language(_language(argv))
    with argparse_in_our_language():
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
