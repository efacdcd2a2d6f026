"""The details panel's lines fitted to its room: the head whole, then links, then the note."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from rondom_tui.ui.timeline.details_fit import FittedDetails

CONSOLE = Console(width=30)
HEAD = [Text("Ruzie op het schoolplein"), Text("Bron: melding leerkracht")]
LINKS = [Text(f"Verklaring {n}: " + "een lange uitleg " * 3) for n in (1, 2, 3)]


def fitted(room: int | None, links: list[Text] = LINKS) -> list[str]:
    details = FittedDetails(HEAD, links, Text("Notitie: kort"), lambda n: Text(f"+{n} meer"))
    return [line.plain for line in details.lines(CONSOLE, 30, room)]


def test_without_a_height_every_line_is_there_wrapped() -> None:
    lines = fitted(None)
    assert lines[:2] == ["Ruzie op het schoolplein", "Bron: melding leerkracht"]
    assert len(lines) > 2 + 3 + 1 and lines[-1] == "Notitie: kort"


def test_short_of_room_the_links_take_a_line_each_and_the_note_goes_first() -> None:
    assert fitted(5) == [
        "Ruzie op het schoolplein",
        "Bron: melding leerkracht",
        "Verklaring 1: een lange uitle…",
        "Verklaring 2: een lange uitle…",
        "Verklaring 3: een lange uitle…",
    ]


def test_links_that_do_not_fit_are_counted_and_the_head_stays_whole() -> None:
    assert fitted(4)[2:] == ["Verklaring 1: een lange uitle…", "+2 meer"]
    assert fitted(3)[2:] == ["+3 meer"]
    assert fitted(2) == [line.plain for line in HEAD]


def test_the_note_takes_what_the_links_leave() -> None:
    assert fitted(4, links=[Text("Verklaring 1")]) == [
        "Ruzie op het schoolplein",
        "Bron: melding leerkracht",
        "Verklaring 1",
        "Notitie: kort",
    ]
