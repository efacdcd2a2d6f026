"""The themes' colours hold up in the room: contrast, 256 and 16 colours.

Computed from the colours Textual really paints (each theme's generated variables, alpha
blended over the background they sit on), not from the theme files alone.
"""

from __future__ import annotations

import pytest
from rich.color import Color as TerminalColor
from rich.color import ColorSystem
from textual.color import Color
from textual.theme import Theme

from rondom_tui.ui.themes import load_themes

THEMES = {theme.name: theme for theme in load_themes()}
ROOM_THEMES = ("rondom", "rondom-licht", "rondom-contrast", "rondom-beamer")
RED = {1, 9}
"""Red and bright red among the 16 standard colours (and their 256-colour twins)."""
RED_256 = {1, 9, 52, 88, 124, 160, 196}

TEXT_PAIRS = [
    ("text", "background"),
    ("text", "surface"),
    ("text", "panel"),
    ("foreground", "background"),
    ("foreground", "surface"),
    ("text-muted", "background"),
    ("text-muted", "surface"),
    ("text-primary", "background"),
    ("text-accent", "background"),
    ("text-warning", "background"),
    ("text-error", "background"),
    ("text-success", "background"),
    ("accent", "background"),
    ("warning", "background"),
    ("error", "background"),
    ("footer-key-foreground", "footer-background"),
    ("footer-description-foreground", "footer-background"),
    ("block-cursor-foreground", "block-cursor-background"),
    ("input-selection-foreground", "input-selection-background"),
]
"""Text colour on the background it is drawn on, as the app's screens use them."""


def _colours(theme: Theme) -> dict[str, Color]:
    """The theme's colour variables, each blended over the theme's background; "auto" text
    (Textual's default for `text` and `text-muted`) is the contrasting colour Textual picks."""
    variables = theme.to_color_system().generate()
    background = Color.parse(variables["background"])
    result = {}
    for name, value in variables.items():
        if value.startswith("auto"):
            alpha = float(value.split()[1].rstrip("%")) / 100 if " " in value else 1.0
            colour = background.get_contrast_text(alpha)
        else:
            try:
                colour = Color.parse(value)
            except Exception:  # not a colour: a text style
                continue
        result[name] = background + colour if colour.a < 1 else colour
    return result


def contrast_ratio(a: Color, b: Color) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    lighter, darker = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)


def test_the_contrast_formula_matches_wcag() -> None:
    assert contrast_ratio(Color(0, 0, 0), Color(255, 255, 255)) == pytest.approx(21)
    assert contrast_ratio(Color.parse("#777777"), Color(255, 255, 255)) == pytest.approx(
        4.48, abs=0.01
    )


def test_the_room_has_a_dark_a_light_a_high_contrast_and_a_projector_theme() -> None:
    assert set(ROOM_THEMES) <= set(THEMES)
    assert THEMES["rondom"].dark and THEMES["rondom-contrast"].dark
    assert not THEMES["rondom-licht"].dark and not THEMES["rondom-beamer"].dark


@pytest.mark.parametrize("text, background", TEXT_PAIRS)
def test_high_contrast_text_reaches_wcag_aaa(text: str, background: str) -> None:
    colours = _colours(THEMES["rondom-contrast"])
    assert contrast_ratio(colours[text], colours[background]) >= 7.0


@pytest.mark.parametrize("text, background", TEXT_PAIRS[:6])
@pytest.mark.parametrize("name", ROOM_THEMES)
def test_body_text_reaches_wcag_aa_in_every_theme(name: str, text: str, background: str) -> None:
    colours = _colours(THEMES[name])
    assert contrast_ratio(colours[text], colours[background]) >= 4.5


@pytest.mark.parametrize("name", ROOM_THEMES)
def test_the_projector_and_light_themes_keep_text_dark_on_light(name: str) -> None:
    colours = _colours(THEMES[name])
    light_background = _luminance(colours["background"]) > 0.5
    assert light_background == (not THEMES[name].dark)


def _mapped(colour: Color, system: ColorSystem) -> int | None:
    return TerminalColor.parse(colour.hex6).downgrade(system).number


@pytest.mark.parametrize("name", ROOM_THEMES)
def test_no_colour_but_an_error_turns_red_in_16_colours(name: str) -> None:
    """TERM=xterm: Rich maps each colour to the nearest of 16; the amber accent used to become
    bright red, so column headers, keys and the today marker looked like errors."""
    red = {
        variable
        for variable, colour in _colours(THEMES[name]).items()
        if "error" not in variable and _mapped(colour, ColorSystem.STANDARD) in RED
    }
    assert red == set()


@pytest.mark.parametrize("name", ROOM_THEMES)
def test_no_colour_but_an_error_turns_red_in_256_colours(name: str) -> None:
    red = {
        variable
        for variable, colour in _colours(THEMES[name]).items()
        if "error" not in variable and _mapped(colour, ColorSystem.EIGHT_BIT) in RED_256
    }
    assert red == set()
