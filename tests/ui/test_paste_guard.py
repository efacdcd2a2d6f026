"""What a terminal sends for a bracketed paste reaches the app as one paste, never as keys,
however the input is cut into reads; keys outside a paste pass untouched and at once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual import events
from textual._xterm_parser import XTermParser
from textual.drivers import linux_driver

from rondom_tui.ui.paste_guard import (
    PASTE_END,
    PASTE_START,
    PasteFilter,
    PasteSafeParser,
    guard_pastes,
    without_escapes,
)

HOSTILE = "je\x1b[B\tvan\rDijk"
"""Text, a down arrow's escape sequence, a Tab and an Enter."""

pieces = st.text(alphabet=st.sampled_from("ab\t\r\n\x1b[]B0O~;?"), max_size=40)


def _feed(chunks: list[str]) -> str:
    """The filter's output for input read in `chunks`, and what still waits at the end."""
    paste_filter = PasteFilter()
    return "".join(paste_filter.feed(chunk) for chunk in chunks) + paste_filter.flush()


def _cut(data: str, cuts: list[int]) -> list[str]:
    points = sorted({min(c, len(data)) for c in cuts})
    return [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True)]


@given(pieces, pieces, pieces, st.lists(st.integers(0, 200), max_size=6))
def test_a_paste_comes_out_whole_and_without_escapes_however_it_is_read(
    before: str, pasted: str, after: str, cuts: list[int]
) -> None:
    before, after = before.replace("\x1b", ""), after.replace("\x1b", "")
    data = before + PASTE_START + pasted + PASTE_END + after
    lone_escape = len(before) + 1  # a read ending on the marker's escape: let go at once
    out = _feed(_cut(data, [c for c in cuts if c != lone_escape]))
    assert out == before + PASTE_START + without_escapes(pasted) + PASTE_END + after
    assert "\x1b" not in out.removeprefix(before + PASTE_START).split(PASTE_END)[0]


@given(pieces, st.lists(st.integers(0, 50), max_size=4))
def test_keys_outside_a_paste_pass_untouched(keys: str, cuts: list[int]) -> None:
    assert _feed(_cut(keys, cuts)) == keys


def test_an_escape_key_is_never_held_back() -> None:
    assert PasteFilter().feed("\x1b") == "\x1b"


def test_a_key_that_only_looked_like_a_paste_is_let_go_after_the_escape_delay() -> None:
    parser = PasteSafeParser()
    assert list(parser.feed("\x1b[2")) == []  # it could begin a paste
    assert list(parser.tick()) == []  # not yet: the next read may finish the marker
    parser._pastes.waiting_since -= 1  # a second later, nothing more came
    keys = [
        e for e in [*parser.tick(), *parser.tick(), *parser.feed("")] if isinstance(e, events.Key)
    ]
    assert keys  # the keys reach the app after all


def _events(parser: XTermParser, data: str) -> list[object]:
    return [*parser.feed(data), *parser.feed("")]


@pytest.mark.parametrize("cut", [0, 3, 9, 14])  # one read, or two: in the start marker, ...
def test_the_guarded_parser_gives_one_paste_and_no_keys(cut: int) -> None:
    data = PASTE_START + HOSTILE + PASTE_END
    parser = PasteSafeParser()
    reads = [piece for piece in (data[:cut], data[cut:]) if piece]  # "" is the end of input
    found = [event for piece in [*reads, ""] for event in parser.feed(piece)]
    assert [type(e) for e in found] == [events.Paste]
    [paste] = found
    assert isinstance(paste, events.Paste) and paste.text == "je\tvan\rDijk"


def test_textuals_own_parser_still_reads_such_a_paste_as_keys() -> None:
    """Why the guard is there: when this fails, Textual reads pastes whole and
    `ui.paste_guard` can go."""
    found = _events(XTermParser(), PASTE_START + HOSTILE + PASTE_END)
    assert any(isinstance(e, events.Key) and e.key == "tab" for e in found)


def test_the_driver_builds_the_guarded_parser() -> None:
    """`guard_pastes` replaces the name the Linux driver builds its parser from (private):
    an upgrade that renames it fails here."""
    assert hasattr(linux_driver, "XTermParser")
    guard_pastes()
    assert linux_driver.XTermParser is PasteSafeParser
