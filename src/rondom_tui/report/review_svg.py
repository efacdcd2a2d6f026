"""The review's charts as inline SVG for the board report's HTML page.

Drawn in black on white, so they survive a printer and a projector: hindering bars are
hatched, promoting bars solid, and every bar has its numbers beside it. Nothing but our own
words and numbers goes in (key, lane and category names, school labels, figures), each escaped.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from rondom_tui.domain.models import HINDERING
from rondom_tui.domain.review.schools import SchoolPanel
from rondom_tui.domain.review.sections import GLYPHS, Figure, Row, Section

INK = "#000"
PAPER = "#fff"
LABEL_WIDTH = 250
BAR_WIDTH = 260
ROW_HEIGHT = 24
CHART_WIDTH = LABEL_WIDTH + BAR_WIDTH + 150


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _hatch(ident: str) -> str:
    return (
        f'<pattern id="{ident}" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="{PAPER}"/>'
        f'<line x1="0" y1="0" x2="0" y2="6" stroke="{INK}" stroke-width="3"/></pattern>'
    )


def _fill(figure: Figure, hatch: str) -> str:
    return f"url(#{hatch})" if figure.glyph == GLYPHS[HINDERING] else INK


def _figure_text(figure: Figure) -> str:
    return f"{figure.sign} {figure.value} ({figure.cases})".strip()


def _svg(title: str, width: int, height: int, body: Sequence[str], hatch: str) -> str:
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" '
            f'font-size="12" aria-label="{_e(title)}">',
            f"<title>{_e(title)}</title>",
            f"<defs>{_hatch(hatch)}</defs>",
            *body,
            "</svg>",
        ]
    )


def bar_chart(section: Section, number: int) -> str:
    """Rows of one or two bars (hindering hatched, promoting solid), numbers beside them."""
    hatch = f"hatch-{number}"
    body: list[str] = []
    for i, row in enumerate(section.rows):
        top = i * ROW_HEIGHT
        body.append(f'<text x="0" y="{top + 16}" fill="{INK}">{_e(row.label)}</text>')
        height = (ROW_HEIGHT - 6) // max(1, len(row.figures))
        for j, figure in enumerate(row.figures):
            y = top + 2 + j * height
            length = round((figure.share or 0) * BAR_WIDTH)
            if figure.share:
                body.append(
                    f'<rect x="{LABEL_WIDTH}" y="{y}" width="{max(1, length)}" '
                    f'height="{height - 1}" fill="{_fill(figure, hatch)}" stroke="{INK}"/>'
                )
            body.append(
                f'<text x="{LABEL_WIDTH + length + 6}" y="{y + height - 2}" '
                f'fill="{INK}">{_e(_figure_text(figure))}</text>'
            )
    height = max(ROW_HEIGHT, len(section.rows) * ROW_HEIGHT + 4)
    return _svg(section.title, CHART_WIDTH, height, body, hatch)


def wait_chart(section: Section, number: int) -> str:
    """Per group a bar: solid to the median, hatched to the 90th percentile, open to the
    longest wait; the weeks and the cases beside it."""
    hatch = f"hatch-{number}"
    body: list[str] = []
    for i, row in enumerate(section.rows):
        top = i * ROW_HEIGHT
        count, median, p90, longest = row.figures
        body.append(f'<text x="0" y="{top + 16}" fill="{INK}">{_e(row.label)}</text>')
        start = LABEL_WIDTH
        for end, fill in zip(count.marks, (INK, f"url(#{hatch})", PAPER), strict=False):
            x_end = LABEL_WIDTH + round(end * BAR_WIDTH)
            if x_end > start:
                body.append(
                    f'<rect x="{start}" y="{top + 4}" width="{x_end - start}" height="14" '
                    f'fill="{fill}" stroke="{INK}"/>'
                )
            start = max(start, x_end)
        text = f"{median.value} / {p90.value} / {longest.value} · n={count.value} ({count.cases})"
        body.append(f'<text x="{start + 6}" y="{top + 16}" fill="{INK}">{_e(text)}</text>')
    height = max(ROW_HEIGHT, len(section.rows) * ROW_HEIGHT + 4)
    return _svg(section.title, CHART_WIDTH, height, body, hatch)


def trend_multiples(section: Section, number: int) -> str:
    """A small chart per key: its mean per quarter on the 1-5 scale, gaps where no figure."""
    panel_w, panel_h, columns = 210, 78, 3
    body: list[str] = []
    quarters = section.columns[2:]
    for i, row in enumerate(section.rows):
        x0 = (i % columns) * panel_w
        y0 = (i // columns) * panel_h
        body.append(f'<text x="{x0}" y="{y0 + 12}" fill="{INK}">{_e(row.label[:30])}</text>')
        body.append(
            f'<rect x="{x0}" y="{y0 + 18}" width="{panel_w - 20}" height="44" fill="none" '
            f'stroke="{INK}" stroke-width="0.5"/>'
        )
        step = (panel_w - 40) / max(1, len(quarters) - 1)
        points: list[str] = []
        for j, figure in enumerate(row.figures[1:]):
            value = _number(figure.value)
            if value is None:
                if len(points) > 1:
                    body.append(_polyline(points))
                points = []
                continue
            x = x0 + 10 + j * step
            y = y0 + 18 + 44 - (value - 1) / 4 * 40 - 2
            points.append(f"{x:.1f},{y:.1f}")
            body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{INK}"/>')
        if len(points) > 1:
            body.append(_polyline(points))
        last = next((f.value for f in reversed(row.figures[1:]) if _number(f.value)), "–")
        body.append(
            f'<text x="{x0}" y="{y0 + 74}" fill="{INK}" font-size="10">'
            f"{_e(' '.join((quarters[0], '…', quarters[-1], '·', last)) if quarters else '')}"
            "</text>"
        )
    rows = (len(section.rows) + columns - 1) // columns
    return _svg(section.title, panel_w * columns, rows * panel_h, body, f"hatch-{number}")


def _polyline(points: list[str]) -> str:
    return f'<polyline points="{" ".join(points)}" fill="none" stroke="{INK}" stroke-width="1.5"/>'


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def school_multiples(title: str, panels: Sequence[SchoolPanel], number: int) -> str:
    """A small chart per school, on one scale: per key its hindering and promoting bars."""
    hatch = f"hatch-{number}"
    panel_w, line_h, columns = 320, 16, 2
    panel_h = 30 + 7 * line_h + 10
    body: list[str] = []
    for i, panel in enumerate(panels):
        x0 = (i % columns) * panel_w
        y0 = (i // columns) * panel_h
        head = f"{panel.school[:40]} ({panel.cases.value})"
        body.append(
            f'<text x="{x0}" y="{y0 + 14}" font-weight="bold" fill="{INK}">{_e(head)}</text>'
        )
        for j, row in enumerate(panel.rows):
            y = y0 + 24 + j * line_h
            body.append(f'<text x="{x0}" y="{y + 11}" fill="{INK}">{_e(row.label)}</text>')
            body += _panel_bars(row, x0 + 16, y, hatch)
    rows = (len(panels) + columns - 1) // columns
    return _svg(title, panel_w * columns, rows * panel_h, body, hatch)


def _panel_bars(row: Row, x: int, y: int, hatch: str) -> list[str]:
    out = []
    for k, figure in enumerate(row.figures):
        length = round((figure.share or 0) * 110)
        left = x + k * 150
        if figure.share:
            out.append(
                f'<rect x="{left}" y="{y + 2}" width="{max(1, length)}" height="11" '
                f'fill="{_fill(figure, hatch)}" stroke="{INK}"/>'
            )
        out.append(
            f'<text x="{left + length + 4}" y="{y + 11}" fill="{INK}">'
            f"{_e(f'{figure.sign} {figure.value}')}</text>"
        )
    return out
