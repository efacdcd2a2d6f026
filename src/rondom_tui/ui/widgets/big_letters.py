"""Letters three cells high, drawn with box lines like Textual's `Digits`: the key title on a
projected meeting page, read from the back of the room.

`big_lines` lays a title out in them, wrapping between words; it gives up (None) rather than
cut a word, so the caller shows the title as normal text instead.
"""

from __future__ import annotations

LETTER_ROWS = 3
"""How many lines one line of big letters takes."""

FONT: dict[str, tuple[str, str, str]] = {
    "A": ("╭─╮", "├─┤", "╵ ╵"),
    "B": ("┌─╮", "├─┤", "└─╯"),
    "C": ("╭─╮", "│  ", "╰─╯"),
    "D": ("┌─╮", "│ │", "└─╯"),
    "E": ("╭─╴", "├─ ", "╰─╴"),
    "F": ("╭─╴", "├─ ", "╵  "),
    "G": ("╭─╴", "│╶╮", "╰─╯"),
    "H": ("╷ ╷", "├─┤", "╵ ╵"),
    "I": ("╶┬╴", " │ ", "╶┴╴"),
    "J": ("  ╷", "  │", "╰─╯"),
    "K": ("╷╭╴", "├┤ ", "╵╰╴"),
    "L": ("╷  ", "│  ", "╰─╴"),
    "M": ("╭┬╮", "│││", "╵╵╵"),
    "N": ("╭─╮", "│ │", "╵ ╵"),
    "O": ("╭─╮", "│ │", "╰─╯"),
    "P": ("┌─╮", "├─╯", "╵  "),
    "Q": ("╭─╮", "│ │", "╰─┼"),
    "R": ("┌─╮", "├┬╯", "╵╰╴"),
    "S": ("╭─╴", "╰─╮", "╶─╯"),
    "T": ("╶┬╴", " │ ", " ╵ "),
    "U": ("╷ ╷", "│ │", "╰─╯"),
    "V": ("╷ ╷", "╲ ╱", " ╵ "),
    "W": ("╷╷╷", "│││", "╰┴╯"),
    "X": ("╲ ╱", " ╳ ", "╱ ╲"),
    "Y": ("╷ ╷", "╰┬╯", " ╵ "),
    "Z": ("╶─╮", " ╱ ", "╰─╴"),
    "(": ("╭", "│", "╰"),
    ")": ("╮", "│", "╯"),
    "-": ("  ", "──", "  "),
    ",": (" ", " ", ","),
    "'": ("╵", " ", " "),
}
"""Character -> its three rows (all rows of one character equally wide)."""

LETTER_GAP = 1
WORD_GAP = 2


def _word(word: str) -> tuple[str, str, str] | None:
    """One word in big letters, or None when it holds a character the font lacks."""
    letters = [FONT.get(character) for character in word.upper()]
    if not letters or any(letter is None for letter in letters):
        return None
    gap = " " * LETTER_GAP
    rows = tuple(gap.join(letter[row] for letter in letters if letter) for row in range(3))
    return rows[0], rows[1], rows[2]


def big_lines(title: str, width: int, *, max_lines: int = 2) -> list[str] | None:
    """`title` in big letters, wrapped between words to `width` cells in at most `max_lines`
    lines of letters (an empty line between two): the rows to draw. None when a character
    is not in the font, a word is wider than `width`, or it takes more lines."""
    words = [_word(word) for word in title.split()]
    if not words or any(word is None for word in words):
        return None
    lines: list[list[tuple[str, str, str]]] = [[]]
    used = 0
    for word in words:
        assert word is not None
        size = len(word[0])
        if size > width:
            return None
        if lines[-1] and used + WORD_GAP + size > width:
            lines.append([])
            used = 0
        used += (WORD_GAP if lines[-1] else 0) + size
        lines[-1].append(word)
    if len(lines) > max_lines:
        return None
    rows: list[str] = []
    gap = " " * WORD_GAP
    for number, line in enumerate(lines):
        if number:
            rows.append("")
        rows += [gap.join(word[row] for word in line) for row in range(LETTER_ROWS)]
    return rows
