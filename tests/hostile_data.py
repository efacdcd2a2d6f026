"""Text an attacker would send: escape sequences in every string field.

`HOSTILE` holds what issue 8 found reaching the terminal: a new window title (OSC 0), a
cleared screen (CSI 2J), a clipboard write (OSC 52), a hidden link to a local file (OSC 8),
a bell, a C1 CSI, DEL and a bidi override. `soiled(document, model)` puts it into every text
field of a stored document (ids and codes excepted: they never held free text), and
`hostile_store(path)` writes a store the way a version before the cleaning rule could have
held one, bypassing the store's own checks: the text comes back only through its cleaning.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import msgspec
from msgspec import inspect

from rondom_tui.domain.assessment import flow
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import Assessment, AuditEntry, Case, Event, Lane, Party
from rondom_tui.domain.text import TEXT_PATTERN
from rondom_tui.store.envelope import FAST_KDF
from rondom_tui.store.repository import Store
from rondom_tui.store.tables import ASSESSMENTS, AUDIT, CASES, EVENTS

HOSTILE = (
    "\x1b]0;PWNED\x07Eve\x1b[2J\x1b]52;c;UFdORUQ=\x1b\\"
    "\x1b]8;;file:///etc/passwd\x1b\\klik\x1b]8;;\x1b\\\x9b31m\x7f\u202eeveR"
)
"""Escape sequences with some words between them; short enough for a 200-character field."""

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Any character that must never reach a terminal (tab and newline excepted)."""

_NOT_TEXT = {"id", "case_id", "code"}


def soiled(document: Any, model: type[msgspec.Struct]) -> Any:
    """`document` with `HOSTILE` added to every text field of `model`, nested ones too."""
    return _soil(document, inspect.type_info(model))


def _soil(value: Any, info: inspect.Type) -> Any:
    if isinstance(info, inspect.UnionType):
        kinds = [t for t in info.types if not isinstance(t, inspect.NoneType)]
        return _soil(value, kinds[0]) if value is not None else value
    if isinstance(info, inspect.StrType) and isinstance(value, str):
        return value + HOSTILE
    if isinstance(info, inspect.ListType) and isinstance(value, list):
        return [_soil(item, info.item_type) for item in value]
    if isinstance(info, inspect.StructType) and isinstance(value, dict):
        fields = {field.encode_name: field.type for field in info.fields}
        return {
            key: item if key in _NOT_TEXT or key not in fields else _soil(item, fields[key])
            for key, item in value.items()
        }
    return value


def text_fields(model: type[msgspec.Struct]) -> list[tuple[str, bool]]:
    """Every string field of `model`, nested models included, as a path (``$.parties[0].name``)
    and whether it may hold several lines."""
    found: list[tuple[str, bool]] = []

    def walk(info: inspect.Type, path: str) -> None:
        if isinstance(info, inspect.UnionType):
            for member in info.types:
                walk(member, path)
        elif isinstance(info, inspect.StrType):
            found.append((path, info.pattern == TEXT_PATTERN))
        elif isinstance(info, inspect.ListType):
            walk(info.item_type, path + "[0]")
        elif isinstance(info, inspect.StructType):
            for field in info.fields:
                walk(field.type, f"{path}.{field.encode_name}")

    walk(inspect.type_info(model), "$")
    return found


def put(document: Any, path: str, value: str) -> None:
    """Set the field at `path` (as `text_fields` names it) of a plain document."""
    parts = path[2:].replace("[0]", ".0").split(".")
    for part in parts[:-1]:
        document = document[int(part)] if part.isdigit() else document.setdefault(part, {})
    last = parts[-1]
    if last.isdigit():
        document[int(last)] = value
    else:
        document[last] = value


def hostile_store(path: Path, passphrase: str) -> str:
    """A store at `path` whose case (with events, a draft assessment and its participants)
    holds `HOSTILE` in every text field, written around the store's checks; returns the
    case id."""
    with Store.create(path, passphrase, kdf=FAST_KDF) as store:
        case = store.cases.add(
            Case(
                given_name="Eva",
                family_name="Vreemdeling",
                school="De Horizon",
                group="groep 6",
                question="Wat helpt Eva?",
                tags=["nieuw"],
                parties=[Party(role="ouder", name="Moeder", organisation="-", contact="06")],
            )
        )
        store.events.add_many(
            [
                Event(case_id=case.id, lane=Lane.SCHOOL, title="Start", start=PartialDate(2024, 9)),
                Event(
                    case_id=case.id,
                    lane=Lane.JEUGDHULP,
                    title="Hulp",
                    note="Loopt nog",
                    source="verslag",
                    start=PartialDate(2025, 1),
                    end=PartialDate(2025, 6),
                    keys=[2],
                ),
            ]
        )
        draft = flow.start_assessment(
            date(2025, 3, 1),
            case_id=case.id,
            facilitator="Juf",
            participants=[("Moeder", "ouder"), ("Meester", "leerkracht")],
        )
        draft = flow.set_note(draft, 1, "Notitie")
        draft = flow.add_action(draft, 1, "Bellen", owner="Juf")
        store.assessments.save(draft)
        tables = store._storage.read()
        put_raw(
            store,
            [
                (name, ident, soiled(doc, model))
                for name, model in ((CASES, Case), (EVENTS, Event), (ASSESSMENTS, Assessment))
                for ident, doc in tables[name].items()
            ]
            + [(AUDIT, ident, soiled(doc, AuditEntry)) for ident, doc in tables[AUDIT].items()],
        )
        return case.id


def put_raw(store: Store, changes: list[tuple[str, str, Any]]) -> None:
    """Put whole documents into `store` as they are, past every check the store makes (as an
    older version or another program could have written them): (table, id, document)."""
    with store.batch():
        store._storage.apply(changes)
    store._clear_query_caches()
