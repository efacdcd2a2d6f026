"""The panels under the Tijdlijn: the selected event in words, and the analysis of the case.

Both only present what they are given (the screen decides what is shown and filters names in
privacy mode through `tell`). Meanings are words and glyphs as well as colours.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from rich.console import Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from rondom_tui.domain.dates import PartialDate, Qualifier, format_day
from rondom_tui.domain.keys import key_by_number
from rondom_tui.domain.models import HINDERING, NEUTRAL, PROMOTING, Event, Lane
from rondom_tui.domain.timeline.analysis import (
    CLUSTER_DAYS,
    CLUSTER_SIZE,
    Summary,
    ValenceCount,
    WaitingTime,
)
from rondom_tui.domain.timeline.grid import GLYPHS, VALENCE_PAINT
from rondom_tui.domain.timeline.labels import category_name, lane_name, valence_name
from rondom_tui.i18n import current_language, t
from rondom_tui.ui.glyphs import plain_glyphs
from rondom_tui.ui.timeline.details_fit import FittedDetails

NOTE_LINES = 3
"""Lines of a note shown under the timeline; the whole note is in the edit form."""

Tell = Callable[[str], str]
"""Free text as it may be shown: unchanged, or with known names replaced (privacy mode)."""


def _plain(text: str) -> str:
    return text


def is_uncertain(value: PartialDate | None) -> bool:
    """A date said to be about, before or after: "datum onzeker". A month or a year alone is
    not uncertain, only less precise, and says so itself ("mrt 2019")."""
    return value is not None and value.qualifier is not Qualifier.EXACT


def describe_dates(event: Event) -> str:
    """``ca. mrt 2019 – 14-06-2019``, ``mrt 2019 – loopt nog >``, plus the uncertainty."""
    lang = current_language()
    text = event.start.display(lang)
    if event.end is not None:
        text += f" – {event.end.display(lang)}"
    elif event.ongoing:
        text += f" – {t('timeline.export.ongoing')} {GLYPHS['ongoing']}"
    if is_uncertain(event.start) or is_uncertain(event.end):
        text += f"  ({GLYPHS['uncertain']} {t('timeline.details.uncertain')})"
    return text


def describe_keys(keys: Sequence[int]) -> str:
    """``2 Kind centraal in (gezins)context · 7 Aandacht voor bestaanszekerheid``."""
    lang = current_language()
    return " · ".join(f"{k} {key_by_number(k).title(lang)}" for k in sorted(set(keys)))


class EventDetails(Static):
    """The selected event: dates with their uncertainty, kind, lane, valence, source, keys,
    note and whether it is disputed; or where the cursor is when no event is selected."""

    COMPONENT_CLASSES = {
        "event-details--title",
        "event-details--promoting",
        "event-details--hindering",
        "event-details--neutral",
        "event-details--warning",
        "event-details--waiting",
        "event-details--label",
    }

    DEFAULT_CSS = """
    EventDetails > .event-details--title { text-style: bold; }
    EventDetails > .event-details--promoting { color: $success; text-style: bold; }
    EventDetails > .event-details--hindering { color: $error; text-style: bold; }
    EventDetails > .event-details--neutral { color: $primary; }
    EventDetails > .event-details--warning { color: $warning; text-style: bold; }
    EventDetails > .event-details--waiting { color: $secondary; text-style: bold; }
    EventDetails > .event-details--label { color: $text-muted; }
    """

    def _style(self, part: str) -> Style:
        return self.get_component_rich_style(f"event-details--{part}")

    def show_event(
        self,
        event: Event,
        *,
        tell: Tell = _plain,
        wait: WaitingTime | None = None,
        show_source: bool = True,
        links: Sequence[str] = (),
    ) -> None:
        """Describe `event`; `wait` is its measured waiting time when it is a referral, `links`
        its "may explain" links in words."""
        lang = current_language()
        label = self._style("label")
        title = Text(tell(event.title) or "—", style=self._style("title"))
        if event.disputed:
            title.append(f"   ⚠ {t('timeline.details.disputed')}", style=self._style("warning"))
        paint = VALENCE_PAINT[event.valence].value
        facts = Text(describe_dates(event))
        kind, lane = category_name(event.category, lang=lang), lane_name(event.lane, lang=lang)
        facts.append(f" · {kind} · {lane} · ")
        facts.append(
            f"{GLYPHS[event.valence]} {valence_name(event.valence, lang=lang)}",
            style=self._style(paint),
        )
        head: list[Text] = [title, facts]
        if event.source:  # with the title's "betwist", what the details always show
            source = tell(event.source) if show_source else t("timeline.details.hidden_in_privacy")
            head.append(Text.assemble((f"{t('timeline.details.source')}: ", label), source))
        if wait is not None:
            head.append(
                Text(f"{GLYPHS['wait']} {wait.text(lang=lang)}", style=self._style("waiting"))
            )
        if event.keys:
            head.append(
                Text.assemble((f"{t('timeline.details.keys')}: ", label), describe_keys(event.keys))
            )
        note: Text | None = None
        if event.note.strip():
            note_lines = tell(event.note).strip().splitlines()
            shown = "\n".join(note_lines[:NOTE_LINES])
            if len(note_lines) > NOTE_LINES:
                shown += " …"
            note = Text.assemble((f"{t('timeline.details.note')}: ", label), shown)
        waiting = self._style("waiting")
        self.update(
            FittedDetails(
                head,
                [Text(line, style=waiting) for line in links],
                note,
                lambda n: Text(t("timeline.details.more_links", n=n), style=waiting),
            )
        )

    def show_cursor(
        self,
        lane: Lane,
        day: date,
        *,
        has_events: bool,
        waits: Sequence[WaitingTime] = (),
        titles: Mapping[str, str] | None = None,
    ) -> None:
        """No event selected: say where the cursor is and what the keys do from here, and
        which waiting times are drawn there (`titles` names their referrals)."""
        if not has_events:
            self.update(Text(t("timeline.details.empty"), style=self._style("label")))
            return
        lang = current_language()
        text = t("timeline.details.none", lane=lane_name(lane, lang=lang), day=format_day(day))
        lines = [Text(text, style=self._style("label"))]
        for wait in waits:
            line = t(
                "timeline.details.wait_line",
                wait=wait.text(lang=lang),
                day=format_day(wait.referred_on),
                title=(titles or {}).get(wait.referral_id, "—"),
            )
            lines.append(Text(f"{GLYPHS['wait']} {line}", style=self._style("waiting")))
        self.update(Text("\n").join(lines))


def counts_table(
    title: str, rows: Mapping[str, ValenceCount], styles: Mapping[str, Style]
) -> Table:
    """Promoting, hindering and neutral counts per row, with the glyphs as column heads; a
    zero is a dot, so the eye finds the numbers. `styles` by paint name, plus ``muted``."""
    table = Table(box=None, padding=(0, 1), show_edge=False, header_style="bold")
    table.add_column(title, no_wrap=True, overflow="ellipsis", max_width=32)
    for valence in (PROMOTING, HINDERING, NEUTRAL):
        table.add_column(GLYPHS[valence], justify="right")
    for name, count in rows.items():
        cells = []
        for valence, value in zip(
            (PROMOTING, HINDERING, NEUTRAL),
            (count.promoting, count.hindering, count.neutral),
            strict=True,
        ):
            paint = VALENCE_PAINT[valence].value
            cells.append(Text(str(value), styles[paint]) if value else Text("·", styles["muted"]))
        table.add_row(Text(name), *cells)
    return table


class TimelineSummary(Static):
    """Counts of promoting and hindering events per lane and per key, the periods where
    hindering events cluster, and the longest waiting times."""

    COMPONENT_CLASSES = {
        "timeline-summary--promoting",
        "timeline-summary--hindering",
        "timeline-summary--neutral",
        "timeline-summary--muted",
    }

    DEFAULT_CSS = """
    TimelineSummary > .timeline-summary--promoting { color: $success; text-style: bold; }
    TimelineSummary > .timeline-summary--hindering { color: $error; text-style: bold; }
    TimelineSummary > .timeline-summary--neutral { color: $primary; }
    TimelineSummary > .timeline-summary--muted { color: $text-muted; }
    """

    def show_summary(
        self,
        summary: Summary,
        waits: Sequence[WaitingTime],
        *,
        titles: Mapping[str, str],
        filter_text: str = "",
        waits_over_all: bool = False,
    ) -> None:
        """`titles` names the referrals of `waits` (as they may be shown)."""
        lang = current_language()
        lanes = {lane_name(lane, lang=lang): count for lane, count in summary.per_lane.items()}
        keys = {
            f"{k} {key_by_number(k).title(lang)}": count for k, count in summary.per_key.items()
        }
        styles = {
            part: self.get_component_rich_style(f"timeline-summary--{part}")
            for part in ("promoting", "hindering", "neutral", "muted")
        }
        grid = Table.grid(padding=(0, 3))
        grid.add_row(
            counts_table(t("timeline.summary.per_lane"), lanes, styles),
            counts_table(t("timeline.summary.per_key"), keys, styles),
        )
        parts: list[RenderableType] = [
            Text(t("timeline.summary.title"), style="bold underline"),
        ]
        if filter_text:
            parts.append(Text(filter_text, style="italic"))
        parts += [grid, Text(t("timeline.summary.clusters"), style="bold")]
        if summary.clusters:
            parts += [Text(f"  {GLYPHS[-1]} {c.text(lang=lang)}") for c in summary.clusters]
        else:
            message = t("timeline.summary.no_clusters", count=CLUSTER_SIZE, days=CLUSTER_DAYS)
            parts.append(Text(f"  {message}", style=styles["muted"]))
        heading = "timeline.summary.waits_all" if waits_over_all else "timeline.summary.waits"
        parts.append(Text(t(heading), style="bold"))
        if waits:
            for wait in waits:
                line = t(
                    "timeline.summary.wait_line",
                    day=format_day(wait.referred_on),
                    title=titles.get(wait.referral_id, "—"),
                    wait=wait.text(lang=lang),
                )
                parts.append(Text(f"  • {line}"))
        else:
            parts.append(Text(f"  {t('timeline.summary.no_waits')}", style=styles["muted"]))
        self.update(Group(*parts))


class TimelineLegend(Static):
    """What the glyphs, marks, link marks, plan and lane names of the picture mean, in five
    short lines (fits 80 columns); shown and hidden with `l`."""

    def on_mount(self) -> None:
        lines = [t(line) for line in ("timeline.legend.glyphs", "timeline.legend.marks")]
        plain = plain_glyphs()
        cause, effect = ("[1]", "[>1]") if plain else ("¹", "→¹")
        lines += [t("timeline.legend.links", cause=cause, effect=effect)]
        lines += [t(line) for line in ("timeline.legend.plan", "timeline.legend.lanes")]
        self.update(Text("\n".join(lines)))
