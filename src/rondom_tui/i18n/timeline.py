"""Messages of the timeline area: id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
}
