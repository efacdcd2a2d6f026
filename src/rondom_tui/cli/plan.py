"""`rondom plan CASE --format md|html|svg -o FILE [--privacy] [--force]`: the case's plan on
paper, next to its Tijdlijn picture, for scripts and printing.

The same files and the same rules as `rondom timeline` (`cli/timeline.py`): the format from
`--format` or the file name, never an age file, never the store, mode 0600, never over an
existing file without `--force`, recorded in the audit trail before and after. The file is not
encrypted; the command says so on stderr. `--privacy` names the child by the case code and
replaces known names in free text.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from rondom_tui.cli.exit_codes import EXIT_OK
from rondom_tui.cli.timeline import find_case, report_output, write_report
from rondom_tui.cli.unlock import unlock_store
from rondom_tui.i18n import current_language, t
from rondom_tui.report.plan import PlanReport, plan_file
from rondom_tui.report.timeline_svg import Paper


def cmd_plan(args: argparse.Namespace) -> int:
    path, fmt = report_output(args)
    with unlock_store(args) as store:
        case = find_case(store, args.case)
        report = PlanReport(
            case=case,
            events=store.events.for_case(case.id),
            items=store.plans.for_case(case.id),
            versions=store.plans.versions(case.id),
            links=store.links.for_case(case.id),
            today=date.today(),
        )
        text = plan_file(
            report, fmt, private=args.privacy, lang=current_language(), paper=Paper(args.paper)
        )
        write_report(store, path, text, force=args.force, note=(case.id, f"plan:{fmt.value}:cli"))
    print(t("cli.timeline.written", path=str(path)), file=sys.stderr)
    return EXIT_OK
