"""Messages of the assessment area: id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
}
