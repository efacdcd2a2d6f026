"""Checks on what a person typed into the case forms, before anything is saved.

Each function takes the raw text of the fields and returns typed values or a dict of
field -> message id with parameters; the forms show the message next to the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from rondom_tui.domain.dates import PartialDate, parse_day
from rondom_tui.domain.errors import ValidationError
from rondom_tui.domain.keys import KEY_NUMBERS
from rondom_tui.domain.text import clean_line, clean_text

MAX_SHORT = 200


@dataclass
class FieldErrors:
    """Problems found, per form field."""

    errors: dict[str, ValidationError] = field(default_factory=dict)

    def add(self, name: str, message_id: str, **params: object) -> None:
        self.errors.setdefault(name, ValidationError(message_id, field=name, **params))

    def __bool__(self) -> bool:
        return bool(self.errors)

    def messages(self, *, lang: str) -> dict[str, str]:
        """Field -> the sentence to show next to it, in `lang`."""
        return {name: error.text(lang=lang) for name, error in self.errors.items()}


def text(
    raw: str, name: str, errors: FieldErrors, *, required: bool = False, limit: int = MAX_SHORT
) -> str:
    # Typed or pasted text follows the one cleaning rule (`domain.text`): a paste can hold
    # escape sequences; a short field is one line, a long one keeps its lines.
    value = " ".join(clean_line(raw).split()) if limit <= MAX_SHORT else clean_text(raw).strip()
    if required and not value:
        errors.add(name, "form.required")
    if len(value) > limit:
        errors.add(name, "form.too_long", limit=limit)
    return value


def partial_date(
    raw: str,
    name: str,
    errors: FieldErrors,
    *,
    today: date,
    required: bool = False,
    not_future: bool = False,
) -> PartialDate | None:
    if not raw.strip():
        if required:
            errors.add(name, "form.required")
        return None
    try:
        value = PartialDate.parse(raw)
    except ValidationError as exc:
        errors.errors.setdefault(name, ValidationError(exc.message_id, field=name, **exc.params))
        return None
    if not_future and value.first_day() > today:
        errors.add(name, "form.in_future")
        return None
    return value


def day(
    raw: str,
    name: str,
    errors: FieldErrors,
    *,
    required: bool = False,
    not_after: date | None = None,
) -> date | None:
    if not raw.strip():
        if required:
            errors.add(name, "form.required")
        return None
    try:
        value = parse_day(raw)
    except ValidationError as exc:
        errors.errors.setdefault(name, ValidationError(exc.message_id, field=name, **exc.params))
        return None
    if not_after is not None and value > not_after:
        errors.add(name, "form.in_future")
        return None
    return value


def key_numbers(values: list[int], name: str, errors: FieldErrors) -> list[int]:
    if any(v not in KEY_NUMBERS for v in values):
        errors.add(name, "form.bad_keys")
        return []
    return sorted(set(values))
