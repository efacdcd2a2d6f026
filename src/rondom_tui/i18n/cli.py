"""Messages of the cli area: id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
}
