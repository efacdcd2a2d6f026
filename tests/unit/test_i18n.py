"""Every user-facing string goes through one catalog, complete in Dutch and English."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from rondom_tui.i18n import (
    catalog,
    plural_id,
    set_language,
    t,
    t_count,
    translate,
    translate_count,
)

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
        if name in {"t", "translate", "t_count", "translate_count", "plural_id"} and strings:
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


# -- words: "je", real plurals, one name for each thing -----------------------------------

FORMAL_YOU = re.compile(r"(?<![\w+\-./`])(?:u|uw|U|Uw|UW)(?![\w+\-=`'’])")
""""u" or "uw" as a pronoun; not a key such as ctrl+u."""
BRACKET_PLURAL = re.compile(r"\w\((?:s|en|n|es|'s)\)")
"""A plural written "dossier(s)", "veld(en)"."""


def test_dutch_says_je_never_u_or_uw() -> None:
    formal = {i: nl for i, (nl, _) in catalog().items() if FORMAL_YOU.search(nl)}
    assert formal == {}


def test_the_formal_you_check_catches_u_and_uw_but_not_keys() -> None:
    for sentence in ("Lees het voordat u deelt.", "Uw sleutel", "geen van uw sleutels", "U kunt"):
        assert FORMAL_YOU.search(sentence), sentence
    for sentence in ("ctrl+u wist", "uw-", "je sleutel", "nu", "uur", "`u`"):
        assert not FORMAL_YOU.search(sentence), sentence


def test_no_text_writes_a_plural_in_brackets() -> None:
    bracketed = {
        i: text for i, texts in catalog().items() for text in texts if BRACKET_PLURAL.search(text)
    }
    assert bracketed == {}


def test_every_singular_form_belongs_to_a_message_with_the_same_fields() -> None:
    for message_id, (nl, en) in catalog().items():
        base = message_id.removesuffix(".one")
        if message_id.endswith(".one") and base + ".many" not in catalog():  # older .one/.many
            plural = catalog()[base]
            assert _fields(nl) == _fields(plural[0]) and _fields(en) == _fields(plural[1])


def test_a_count_chooses_the_singular_only_for_one() -> None:
    assert [translate_count("nl", "cli.count.cases", n, n=n) for n in (0, 1, 2)] == [
        "0 dossiers",
        "1 dossier",
        "2 dossiers",
    ]
    assert translate_count("en", "cli.export.for_recipients", 1, n=1) == "encrypted to 1 recipient"
    assert t_count("form.fix_errors", 3, count=3) == "Niet opgeslagen: 3 velden kloppen nog niet."
    assert plural_id("cli.export.consent_needs_yes", 1) == "cli.export.consent_needs_yes.one"
    assert plural_id("store.error", 1) == "store.error"  # no singular form: the text as it is


def test_english_names_the_bestaanszekerheid_lane_livelihood_and_never_security() -> None:
    english = {i: en for i, (_, en) in catalog().items()}
    assert english["timeline.lane.bestaanszekerheid"] == "Livelihood security"
    assert english["timeline.lane_short.bestaanszekerheid"] == "Livelihood"
    assert not [i for i, en in english.items() if re.search(r"(?<!Livelihood )\b[Ss]ecurity", en)]
