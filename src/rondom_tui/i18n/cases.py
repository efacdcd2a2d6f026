"""Messages of the cases area: id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
}
