"""The arguments of `rondom export`, `rondom import`, `rondom timeline` and `rondom plan`,
registered without
loading what they use.

Every run of `rondom` builds the whole parser, opening the app included; the bundle layer with
pyrage (`rondom_tui.cli.bundles`) and the reports (`rondom_tui.cli.timeline`) are loaded only
when one of these commands runs.
"""

from __future__ import annotations

import argparse

from rondom_tui.cli.arguments import AddCommand
from rondom_tui.i18n import t

CONFLICT_POLICIES = ("skip", "replace", "keep-both")
"""The values of `rondom_tui.bundle.ConflictPolicy`, the first the default (a test checks they
are the same): naming them here keeps the bundle layer out of every other command."""
TIMELINE_FORMATS = ("svg", "html", "md")
"""The values of `rondom_tui.report.timeline_files.ExportFormat` (a test checks it)."""
PAPER_SIZES = ("a4", "a3")
"""The values of `rondom_tui.report.timeline_svg.Paper`, the first the default (a test checks
it)."""


def cmd_export(args: argparse.Namespace) -> int:
    from rondom_tui.cli import bundles  # the bundle layer and pyrage: loaded only now

    return bundles.cmd_export(args)


def cmd_import(args: argparse.Namespace) -> int:
    from rondom_tui.cli import bundles  # the bundle layer and pyrage: loaded only now

    return bundles.cmd_import(args)


def cmd_timeline(args: argparse.Namespace) -> int:
    from rondom_tui.cli import timeline  # the report layer: loaded only now

    return timeline.cmd_timeline(args)


def cmd_plan(args: argparse.Namespace) -> int:
    from rondom_tui.cli import plan  # the report layer: loaded only now

    return plan.cmd_plan(args)


def add_commands(add: AddCommand) -> None:
    """Register `export`, `import`, `timeline` and `plan` with the main parser."""
    export = add("export", cmd_export)
    export.add_argument("case_ids", nargs="*", metavar="CASE_ID", help=t("cli.help.export_cases"))
    export.add_argument("--all", action="store_true", help=t("cli.help.export_all"))
    export.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=t("cli.help.export_output")
    )
    export.add_argument(
        "-r", "--recipient", action="append", default=[], metavar="KEY",
        help=t("cli.help.recipient"),
    )  # fmt: skip
    export.add_argument(
        "-R", "--recipients-file", action="append", default=[], metavar="FILE",
        help=t("cli.help.recipients_file"),
    )  # fmt: skip
    export.add_argument("--passphrase", action="store_true", help=t("cli.help.bundle_passphrase"))
    _bundle_passphrase_file(export)
    export.add_argument(
        "--pseudonymise", "--pseudonymize", action="store_true", help=t("cli.help.pseudonymise")
    )
    export.add_argument("-a", "--armor", action="store_true", help=t("cli.help.armor"))
    export.add_argument("-y", "--yes", action="store_true", help=t("cli.help.yes"))
    export.add_argument("--force", action="store_true", help=t("cli.help.overwrite"))

    importing = add("import", cmd_import)
    importing.add_argument("file", metavar="FILE", help=t("cli.help.import_file"))
    importing.add_argument("--dry-run", action="store_true", help=t("cli.help.dry_run"))
    importing.add_argument(
        "--on-conflict",
        choices=CONFLICT_POLICIES,
        default=CONFLICT_POLICIES[0],
        help=t("cli.help.on_conflict"),
    )
    importing.add_argument(
        "-i", "--identity", action="append", default=[], metavar="FILE",
        help=t("cli.help.identity"),
    )  # fmt: skip
    _bundle_passphrase_file(importing)

    for name, command, help_format in (
        ("timeline", cmd_timeline, "cli.help.timeline_format"),
        ("plan", cmd_plan, "cli.help.plan_format"),
    ):
        report = add(name, command)
        report.add_argument("case", metavar="CASE", help=t("cli.help.timeline_case"))
        report.add_argument("--format", choices=TIMELINE_FORMATS, help=t(help_format))
        report.add_argument(
            "-o", "--output", required=True, metavar="FILE", help=t("cli.help.timeline_output")
        )
        report.add_argument("--privacy", action="store_true", help=t("cli.help.timeline_privacy"))
        report.add_argument(
            "--paper", choices=PAPER_SIZES, default=PAPER_SIZES[0], help=t("cli.help.paper")
        )
        report.add_argument("--force", action="store_true", help=t("cli.help.timeline_force"))


def _bundle_passphrase_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--bundle-passphrase-file", metavar="PATH", help=t("cli.help.bundle_passphrase_file")
    )
