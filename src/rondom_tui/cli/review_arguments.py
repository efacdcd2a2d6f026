"""The arguments of `rondom review`, registered without loading what it uses: the review's
figures, reports and extracts (`rondom_tui.cli.review`) are loaded only when it runs.
"""

from __future__ import annotations

import argparse

from rondom_tui.cli.arguments import AddCommand
from rondom_tui.cli.csv_option import add_csv_dialect_option
from rondom_tui.domain.errors import ValidationError
from rondom_tui.domain.models import CaseStatus
from rondom_tui.domain.review.months import Month
from rondom_tui.i18n import t

FORMATS = ("md", "html", "csv")
"""The board report's formats (`--format`); a file name ending in one of them chooses it."""


def cmd_review(args: argparse.Namespace) -> int:
    from rondom_tui.cli import review  # the review's layers and pyrage: loaded only now

    return review.cmd_review(args)


def _month(text: str) -> Month:
    try:
        return Month.parse(text)
    except ValidationError:
        raise argparse.ArgumentTypeError(t("review.month.unreadable")) from None


def add_commands(add: AddCommand) -> None:
    """Register `review` with the main parser."""
    review = add("review", cmd_review)
    review.add_argument(
        "--school", action="append", default=[], metavar="S", help=t("cli.review.help.school")
    )
    review.add_argument("--since", type=_month, metavar="YYYY-MM", help=t("cli.review.help.since"))
    review.add_argument("--until", type=_month, metavar="YYYY-MM", help=t("cli.review.help.until"))
    review.add_argument(
        "--status", choices=[s.value for s in CaseStatus], help=t("cli.review.help.status")
    )
    review.add_argument(
        "--tag", action="append", default=[], metavar="T", help=t("cli.review.help.tag")
    )
    review.add_argument(
        "--from", dest="extracts", action="append", default=[], metavar="EXTRACT",
        help=t("cli.review.help.from"),
    )  # fmt: skip
    review.add_argument(
        "-i", "--identity", action="append", default=[], metavar="FILE",
        help=t("cli.help.identity"),
    )  # fmt: skip
    review.add_argument("--format", choices=FORMATS, help=t("cli.review.help.format"))
    add_csv_dialect_option(review)
    review.add_argument("-o", "--output", metavar="FILE", help=t("cli.review.help.output"))
    review.add_argument("--extract", action="store_true", help=t("cli.review.help.extract"))
    review.add_argument(
        "-r", "--recipient", action="append", default=[], metavar="KEY",
        help=t("cli.help.recipient"),
    )  # fmt: skip
    review.add_argument(
        "-R", "--recipients-file", action="append", default=[], metavar="FILE",
        help=t("cli.help.recipients_file"),
    )  # fmt: skip
    review.add_argument("-a", "--armor", action="store_true", help=t("cli.help.armor"))
    review.add_argument("--force", action="store_true", help=t("cli.help.overwrite"))
