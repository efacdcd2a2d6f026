"""Turning models into plain documents and back, for the store and for bundles.

Decoding reports what is wrong by field path only: msgspec's own messages can quote the
offending value, which may be case data, so they are never passed on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any, Generic, TypeVar, final, get_type_hints

import msgspec
from msgspec import inspect

from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.errors import RondomError, ValidationError
from rondom_tui.domain.text import TEXT_PATTERN, clean_line, clean_text

T = TypeVar("T")
M = TypeVar("M", bound=msgspec.Struct)

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


_PROOF = object()
"""Held by this module only: a `Checked` is made here, after the check, or not at all."""


@final
class Checked(Generic[M]):
    """A model known to decode as its own type, so the store writes it without checking it
    again (an import of 10,000 cases spent a third of its time checking records the bundle's
    decoding had just checked).

    Made only here: by `check` (the store's full check), by `json_decode_checked` (untrusted
    JSON decoded straight into the type, which is that same full check) and by `replaced`
    (a checked model with new field values, each checked against its field's type). No
    decoded data and no flag can make one. The model must not be changed in place after."""

    __slots__ = ("model",)

    def __init__(self, model: M, proof: object) -> None:
        if proof is not _PROOF:
            raise TypeError("a Checked is made by rondom_tui.domain.codec only")
        self.model = model
        """The checked model (the same object, not a copy)."""

    def __repr__(self) -> str:  # the model's repr hides its content
        return f"Checked({self.model!r})"

    def document(self) -> dict[str, Any]:
        """The model as a document, not checked again."""
        return to_document(self.model)

    def replaced(self, **changes: Any) -> Checked[M]:
        """A copy with `changes` (an import's new ids, codes, tags): each new value is checked
        against its field's type, and the rest was checked already. That covers the whole
        model because msgspec checks a struct field by field (our models have no
        `__post_init__`; `tests/unit/test_codec_checked.py` holds them to it). Raises
        `RecordInvalid` naming the field."""
        kinds = _field_types(type(self.model))
        for name, value in changes.items():
            try:
                msgspec.convert(to_builtins(value), kinds[name], dec_hook=_made_here)
            except msgspec.ValidationError:
                raise RecordInvalid(path=f"$.{name}") from None
        return Checked(msgspec.structs.replace(self.model, **changes), _PROOF)


@cache
def _field_types(model: type) -> dict[str, Any]:
    return get_type_hints(model, include_extras=True)


def check(model: M) -> Checked[M]:
    """`model` checked as `checked_document` checks it. Raises `RecordInvalid`."""
    checked_document(model)
    return Checked(model, _PROOF)


def json_decode_checked(data: bytes | memoryview, model: type[list[M]]) -> list[Checked[M]]:
    """A JSON array decoded straight into `model` (a list of models), each one checked by
    that decoding; raises `DocumentInvalid` as `json_decode_as` does."""
    return [Checked(item, _PROOF) for item in json_decode_as(data, model)]


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
