"""The commands on the store itself: init, demo, list, id, passwd and verify (audit and erase
are in `records`, the app in `open_app`). Each unlocks the store, asks it one thing and prints
the answer; the work is done by `rondom_tui.store` (and the app by `rondom_tui.ui`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from datetime import date
from pathlib import Path

from rondom_tui.cli import recovery
from rondom_tui.cli.arguments import AddCommand
from rondom_tui.cli.exit_codes import EXIT_OK, EXIT_USAGE, CliError
from rondom_tui.cli.open_app import cmd_open
from rondom_tui.cli.passphrase import ask_new_passphrase
from rondom_tui.cli.unlock import unlock_store
from rondom_tui.i18n import t, t_count

DEMO_PATH = Path("demo.rondom")
"""Where `rondom demo` makes its store when no `--store` is given: the current folder."""

DEMO_EXTRACT = "demo-extract.age"
"""Beside a new demo store: a fictional other municipality's review extract, for its key."""

MAX_DEMO_CASES = 100_000
"""`rondom demo --cases N` stops here: more would take minutes and gigabytes."""


def add_commands(add: AddCommand) -> None:
    """Register the store's commands with the main parser."""
    init = add("init", cmd_init)
    init.add_argument(
        "--recovery-key-file", metavar="FILE", help=t("cli.help.init_recovery_key_file")
    )
    demo = add("demo", cmd_demo)
    demo.add_argument("--cases", type=int, default=None, metavar="N", help=t("cli.help.cases"))
    demo.add_argument("--no-open", action="store_true", help=t("cli.help.no_open"))
    demo.add_argument("--force", action="store_true", help=t("cli.help.force"))
    demo.add_argument("--theme", default=argparse.SUPPRESS, help=t("cli.help.theme"))
    listing = add("list", cmd_list)
    listing.add_argument("--json", action="store_true", help=t("cli.help.json"))
    add("id", cmd_id)


def add_maintenance_commands(add: AddCommand) -> None:
    """Register passwd and verify (listed after the bundle commands in the help)."""
    passwd = add("passwd", cmd_passwd)
    passwd.add_argument(
        "--new-passphrase-file", metavar="PATH", help=t("cli.help.new_passphrase_file")
    )
    passwd.add_argument("--recovery-key-file", metavar="FILE", help=t("cli.help.recovery_key_file"))
    passwd.add_argument(
        "--new-recovery-key-file", metavar="FILE", help=t("cli.help.new_recovery_key_file")
    )
    add("verify", cmd_verify)


def cmd_init(args: argparse.Namespace) -> int:
    """A new store with a recovery key, shown once on the terminal (or written to
    `--recovery-key-file`) before the store is made."""
    from rondom_tui.store.errors import StoreExists
    from rondom_tui.store.recovery import RecoveryKey
    from rondom_tui.store.repository import Store

    if os.path.lexists(args.store):
        raise StoreExists(path=str(args.store))
    passphrase = ask_new_passphrase(args)
    key = RecoveryKey.generate()
    key_file = recovery.hand_over(key, args.recovery_key_file, args.store)
    try:
        with Store.create(args.store, passphrase, recovery_key=key):
            pass
    except BaseException:
        if key_file is not None:  # a key for a store that was never made
            key_file.unlink(missing_ok=True)
        raise
    print(t("cli.created", path=str(args.store)))
    if key_file is not None:
        print(t("cli.recovery.written", path=str(key_file)))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from rondom_tui.store.files import ensure_folder, sweep_temp_files
    from rondom_tui.store.layout import DEMO_PASSPHRASE
    from rondom_tui.store.lock import StoreLock
    from rondom_tui.store.store_file import peek_header

    if args.cases is not None and not 1 <= args.cases <= MAX_DEMO_CASES:
        print(t("cli.usage_error", message=f"1 <= --cases <= {MAX_DEMO_CASES}"), file=sys.stderr)
        return EXIT_USAGE
    path: Path = args.store if args.store_given else DEMO_PATH
    ensure_folder(path.parent)
    lock = StoreLock(path)
    lock.acquire()  # before anything is replaced: a store someone has open is never touched
    try:
        sweep_temp_files(path)  # a demo killed while it was being built left its temp file
        exists = path.exists()
        if exists and not peek_header(path).is_demo:
            raise CliError("cli.demo_not_demo", path=str(path))
        if exists and not args.force:
            print(t("cli.demo_exists", path=str(path), passphrase=DEMO_PASSPHRASE))
        else:
            extract_path = _demo_extract_path(path)
            cases = _build_demo(path, extract_path, args.cases)
            print(
                t_count(
                    "cli.demo_created",
                    cases,
                    path=str(path),
                    cases=cases,
                    passphrase=DEMO_PASSPHRASE,
                )
            )
            print(t("cli.demo_extract", path=str(extract_path)))
    finally:
        lock.release()
    if args.no_open:
        return EXIT_OK
    args.store = path
    return cmd_open(args)


def _demo_extract_path(path: Path) -> Path:
    """Where the demo extract goes: beside the store, never over it (`--store demo-extract.age`)."""
    extract = path.with_name(DEMO_EXTRACT)
    return extract if extract != path else path.with_name(f"{path.name}.extract.age")


def _build_demo(path: Path, extract_path: Path, count: int | None) -> int:
    """Make a demo store of `count` cases (none: the standard demo, 60 cases over six schools)
    beside `path` (its own temp name and lock, which a later demo sweeps) and rename it into
    place once it is complete and closed: killed at any moment, `path` holds the old demo or
    the new one, never an empty or half one (`--force` included). The caller holds the lock of
    `path`. The demo's review extract, encrypted to the new store's own key, is written under
    a temp name of the store too (swept alike) and renamed to `extract_path` right after the
    store. Returns the number of cases."""
    import secrets

    from rondom_tui.bundle import write_bundle_file
    from rondom_tui.bundle.review_extract import demo_extract
    from rondom_tui.domain.demo import demo_cases, standard_demo
    from rondom_tui.domain.demo.links import demo_links
    from rondom_tui.domain.demo.plans import demo_plans
    from rondom_tui.store.envelope import FAST_KDF
    from rondom_tui.store.files import fsync_folder, temp_prefix
    from rondom_tui.store.layout import DEMO_PASSPHRASE
    from rondom_tui.store.lock import StoreLock, lock_path
    from rondom_tui.store.repository import Store

    token = secrets.token_hex(6)
    building = path.with_name(f"{temp_prefix(path)}demo-{token}")
    building_extract = path.with_name(f"{temp_prefix(path)}extract-{token}")
    cases, events, assessments = demo_cases(count) if count is not None else standard_demo()
    plan_items, plan_versions = demo_plans(cases, events, date.today())
    try:
        # The passphrase is public ("demo"): a slow key derivation would guard nothing.
        with Store.create(
            building, DEMO_PASSPHRASE, kdf=FAST_KDF, demo=True, lock=StoreLock(building)
        ) as store:
            with store.batch():
                store.cases.add_many(cases, audit=False)
                store.events.add_many(events, audit=False)
                store.links.add_many(demo_links(cases, events), audit=False)
                for assessment in assessments:
                    store.assessments.save(assessment)
                for version in plan_versions:
                    store.plans.add_version(version)
                for item in plan_items:
                    store.plans.save(item)
            write_bundle_file(building_extract, demo_extract(store, date.today()))
        os.replace(building, path)  # complete, saved and closed: now it is the demo
        os.replace(building_extract, extract_path)
        fsync_folder(path.parent)
    finally:
        for leftover in (building, building_extract, lock_path(building)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return len(cases)


def cmd_list(args: argparse.Namespace) -> int:
    with unlock_store(args, read_only_fallback=True) as store:
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

    with unlock_store(args) as store:
        print(store_recipient(store))
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    """A new passphrase, or a new recovery key, or both; the store is opened with its
    passphrase or, when it is forgotten, with `--recovery-key-file`. Each change is one atomic
    rewrite, audited; the backups are sealed again with the new keys."""
    from rondom_tui.store.recovery import RecoveryKey

    new_key_target = args.new_recovery_key_file
    new_passphrase = bool(args.new_passphrase_file) or not new_key_target
    with unlock_store(args, recovery_key_file=args.recovery_key_file) as store:
        if new_key_target:
            key = RecoveryKey.generate()
            key_file = recovery.hand_over(key, new_key_target, store.path)
            try:
                store.set_recovery_key(key)
            except BaseException:
                if key_file is not None:  # the store keeps its old key: this one opens nothing
                    key_file.unlink(missing_ok=True)
                raise
            print(t("cli.recovery.replaced"))
            if key_file is not None:
                print(t("cli.recovery.written", path=str(key_file)))
        if new_passphrase:
            store.change_passphrase(ask_new_passphrase(args, file_attr="new_passphrase_file"))
            print(t("cli.passwd_done"))
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    with unlock_store(args, read_only_fallback=True) as store:
        counts = store.verify()
        dropped = store.dropped_bytes
    counted = {name: t_count(f"cli.count.{name}", n, n=n) for name, n in counts.items()}
    print(t("cli.verify_ok", **counted))
    if dropped:
        print(t("cli.verify_dropped", bytes=dropped))
    return EXIT_OK
