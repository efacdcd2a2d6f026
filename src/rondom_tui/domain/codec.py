"""Turning models into plain documents and back, for the store and for bundles.

Decoding reports what is wrong by field path only: msgspec's own messages can quote the
offending value, which may be case data, so they are never passed on.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

import msgspec

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.errors import RondomError, ValidationError

T = TypeVar("T")

_PATH = re.compile(r" - at `(\$[^`]{0,200})`$")


class DocumentInvalid(RondomError):
    """A stored or received document does not fit the model."""

    message_id = "error.document_invalid"


def _enc_hook(obj: Any) -> Any:
    if isinstance(obj, PartialDate):
        return obj.iso()
    raise NotImplementedError(type(obj).__name__)


def _dec_hook(kind: type, obj: Any) -> Any:
    if kind is PartialDate:
        if not isinstance(obj, str):
            raise ValueError("expected a partial date")
        try:
            return PartialDate.from_iso(obj)
        except ValidationError:
            raise ValueError("not a partial date") from None
    raise NotImplementedError(kind.__name__)


def to_document(model: msgspec.Struct) -> dict[str, Any]:
    """A model as a JSON-ready dict."""
    result: dict[str, Any] = msgspec.to_builtins(model, enc_hook=_enc_hook)
    return result


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


def json_decode_as(data: bytes, model: type[T]) -> T:
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
