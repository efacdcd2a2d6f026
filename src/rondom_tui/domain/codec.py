"""Turning models into plain documents and back, for the store and for bundles.

Decoding reports what is wrong by field path only: msgspec's own messages can quote the
offending value, which may be case data, so they are never passed on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any, TypeVar

import msgspec
from msgspec import inspect

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.errors import RondomError, ValidationError
from rondom_tui.domain.text import TEXT_PATTERN, clean_line, clean_text

T = TypeVar("T")

_PATH = re.compile(r" - at `(\$[^`]{0,200})`$")


class DocumentInvalid(RondomError):
    """A stored or received document does not fit the model."""

    message_id = "error.document_invalid"


def _enc_hook(obj: Any) -> Any:
    if isinstance(obj, PartialDate):
        return obj.iso()
    raise NotImplementedError(type(obj).__name__)


@lru_cache(maxsize=65_536)
def _read_date(text: str) -> PartialDate:
    """`PartialDate.from_iso`, once per text: a case of thousands of events is read again
    after every edit, and its dates are few (a `PartialDate` is immutable, so one may serve
    every event that has it)."""
    return PartialDate.from_iso(text)


def _dec_hook(kind: type, obj: Any) -> Any:
    if kind is PartialDate:
        if not isinstance(obj, str):
            raise ValueError("expected a partial date")
        try:
            return _read_date(obj)
        except ValidationError:
            raise ValueError("not a partial date") from None
    raise NotImplementedError(kind.__name__)


def to_document(model: msgspec.Struct) -> dict[str, Any]:
    """A model as a JSON-ready dict."""
    result: dict[str, Any] = msgspec.to_builtins(model, enc_hook=_enc_hook)
    return result


class RecordInvalid(ValidationError):
    """A record the store will not write: it would not decode again (a field too long, a
    code with other characters than letters, digits and dashes, a control character). `field`
    is its path (``$.given_name``), never its value."""

    message_id = "error.record_invalid"

    def __init__(self, *, path: str) -> None:
        super().__init__(self.message_id, field=path, path=path)


def checked_document(model: msgspec.Struct) -> dict[str, Any]:
    """`model` as a document, after checking that it decodes again as its own model, so the
    store never writes what it cannot read back. Raises `RecordInvalid`."""
    document = to_document(model)
    try:
        msgspec.convert(document, type(model), dec_hook=_made_here)
    except msgspec.ValidationError as exc:
        match = _PATH.search(str(exc))
        raise RecordInvalid(path=match.group(1) if match else "$") from None
    return document


def _made_here(kind: type, obj: Any) -> Any:
    # A partial date in a model was checked when it was made, and its text form reads back
    # (tests/unit/test_dates.py); parsing it again for every event of a large save would
    # double the save's time for nothing.
    if kind is PartialDate and isinstance(obj, str):
        return _ANY_DATE
    raise NotImplementedError(kind.__name__)


_ANY_DATE = PartialDate(2000)


def to_builtins(value: Any) -> Any:
    """Any structure of models as JSON-ready builtins."""
    return msgspec.to_builtins(value, enc_hook=_enc_hook)


def from_document(document: Any, model: type[T]) -> T:
    """A document as a model; raises `DocumentInvalid` naming the field, never the value."""
    try:
        return msgspec.convert(document, model, dec_hook=_dec_hook)
    except msgspec.ValidationError as exc:
        match = _PATH.search(str(exc))
        raise DocumentInvalid(path=match.group(1) if match else "$") from None


def json_encode(value: Any) -> bytes:
    """Compact JSON bytes of models or builtins."""
    return msgspec.json.encode(value, enc_hook=_enc_hook)


def json_decode_as(data: bytes | memoryview, model: type[T]) -> T:
    """JSON bytes straight into a model (no intermediate dicts); raises `DocumentInvalid`
    naming the field path only. Untrusted input can nest deeply, so `RecursionError` counts
    as invalid too."""
    try:
        return msgspec.json.decode(data, type=model, dec_hook=_dec_hook)
    except msgspec.ValidationError as exc:
        match = _PATH.search(str(exc))
        raise DocumentInvalid(path=match.group(1) if match else "$") from None
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
        raise DocumentInvalid(path="$") from None


def json_decode(data: bytes) -> Any:
    """JSON bytes to builtins; raises `DocumentInvalid` without quoting the data."""
    try:
        return msgspec.json.decode(data)
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
        raise DocumentInvalid(path="$") from None


def clean_document(document: Any, model: type[msgspec.Struct]) -> Any:
    """`document` (plain builtins, as stored) with every string cleaned by the rule its field
    of `model` follows (`domain.text`): `clean_text` for the free texts, `clean_line` for the
    rest, ids and dict keys included. What does not fit the model is left for decoding to
    refuse."""
    return _struct_cleaner(model)(document)


Cleaner = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def _cleaner(info: inspect.Type) -> Cleaner:
    if isinstance(info, inspect.StrType):
        clean = clean_text if info.pattern == TEXT_PATTERN else clean_line
        return lambda value: clean(value) if isinstance(value, str) else value
    if isinstance(info, inspect.StructType):
        return _struct_cleaner(info.cls)
    if isinstance(info, inspect.ListType):
        item = _cleaner(info.item_type)
        return lambda value: [item(v) for v in value] if isinstance(value, list) else value
    if isinstance(info, inspect.DictType):
        key, item = _cleaner(info.key_type), _cleaner(info.value_type)
        return lambda value: (
            {key(k): item(v) for k, v in value.items()} if isinstance(value, dict) else value
        )
    if isinstance(info, inspect.UnionType):
        for member in info.types:  # our unions are "X or None"
            if not isinstance(member, inspect.NoneType):
                return _cleaner(member)
    return _same


@cache
def _struct_cleaner(cls: type) -> Cleaner:
    info = inspect.type_info(cls)
    assert isinstance(info, inspect.StructType)
    fields = {field.encode_name: _cleaner(field.type) for field in info.fields}

    def clean(value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        return {k: fields[k](v) if k in fields else v for k, v in value.items()}

    return clean
