"""Messages of the bundle area: id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
}
