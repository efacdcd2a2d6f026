"""Dutch name rules for showing a person's name.

A tussenvoegsel ("de", "van", "van der") is written in lower case after a first name or an
initial ("Liv de Ruiter", "M. de Klerk") and with a capital when the family name stands alone
or starts a sentence ("De Ruiter"). Names are stored as the user typed them: a name that
always carries a capital (a Flemish "De Smet") is never lowered here.
"""

from __future__ import annotations


def family_name_alone(family_name: str) -> str:
    """The family name as it is written without a first name: ``de Ruiter`` -> ``De Ruiter``,
    ``van der Meer`` -> ``Van der Meer``."""
    name = family_name.strip()
    return name[:1].upper() + name[1:]


def full_name(given_name: str, family_name: str) -> str:
    """``Liv de Ruiter``; without a first name the family name alone (``De Ruiter``)."""
    given, family = given_name.strip(), family_name.strip()
    if not given:
        return family_name_alone(family)
    return f"{given} {family}" if family else given


__all__ = ["family_name_alone", "full_name"]
