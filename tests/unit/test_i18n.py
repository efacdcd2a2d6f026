"""Every user-facing string goes through one catalog, complete in Dutch and English."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from rondom_tui.i18n import catalog, set_language, t, translate

SOURCE = Path(__file__).parents[2] / "src" / "rondom_tui"
MESSAGE_ID = re.compile(r"^[a-z_]+(\.[a-z0-9_]+)+$")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_has_both_languages_with_the_same_fields() -> None:
    for message_id, (nl, en) in catalog().items():
        assert nl.strip() and en.strip(), message_id
        assert _fields(nl) == _fields(en), message_id


def _literal_ids(tree: ast.AST) -> set[str]:
    """Message ids written as literals: t("..."), translate(lang, "..."), binding descriptions,
    field labels."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        strings = [
            a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
        ]
        keywords = {
            k.arg: k.value.value
            for k in node.keywords
            if isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)
        }
        if name in {"t", "translate"} and strings:
            found.add(strings[0])
        elif name == "Binding" and len(strings) >= 3:
            found.add(strings[2])
        elif name == "FieldSpec" and len(strings) >= 2:
            found.add(strings[1])
            if keywords.get("placeholder"):
                found.add(keywords["placeholder"])
        elif (
            name in {"ValidationError", "CliError", "StoreCorrupt", "UnsupportedFormat", "add"}
            and strings
        ):
            found.add(strings[-1] if name == "add" else strings[0])
    return {s for s in found if MESSAGE_ID.match(s)}


def test_every_message_id_used_in_the_code_exists() -> None:
    missing = {}
    for path in SOURCE.rglob("*.py"):
        if "i18n" in path.parts:
            continue
        for message_id in _literal_ids(ast.parse(path.read_text(encoding="utf-8"))):
            if message_id not in catalog():
                missing.setdefault(message_id, path.name)
    assert missing == {}


def test_error_classes_name_existing_messages() -> None:
    from rondom_tui.domain.errors import RondomError

    def subclasses(cls: type) -> list[type]:
        return [cls] + [s for sub in cls.__subclasses__() for s in subclasses(sub)]

    import rondom_tui.cli.bundles
    import rondom_tui.cli.exit_codes
    import rondom_tui.store.repository  # noqa: F401

    for cls in subclasses(RondomError):
        assert cls.message_id in catalog(), cls.__name__


def test_translate_depends_on_its_arguments_only() -> None:
    try:
        set_language("en")
        assert translate("nl", "store.error") == "Er ging iets mis met de opslag."
        assert t("store.error") == translate("en", "store.error")
    finally:
        set_language("nl")
    assert translate("en", "store.error") == "Something went wrong with the store."
    assert t("store.error") == translate("nl", "store.error")
    with pytest.raises(ValueError):
        translate("de", "store.error")
    with pytest.raises(KeyError):
        translate("nl", "store.no_such_message")
