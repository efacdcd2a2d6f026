"""The seven keys of collaboration between parents, school and youth care.

Titles are those of the research "Rondom het kind" (De Haagse Hogeschool, Kennisnetwerk Jeugd
Haaglanden); the explanations are written in this project's own words.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CollaborationKey:
    """One of the seven keys."""

    number: int
    """1..7, as numbered in the research."""
    title_nl: str
    """The Dutch title, exactly as the research names it."""
    title_en: str
    """An English rendering of the title."""
    description_nl: str
    """A short Dutch explanation for the meeting screen."""
    description_en: str
    """The same explanation in English."""

    def title(self, lang: str) -> str:
        return self.title_nl if lang == "nl" else self.title_en

    def description(self, lang: str) -> str:
        return self.description_nl if lang == "nl" else self.description_en


SEVEN_KEYS: tuple[CollaborationKey, ...] = (
    CollaborationKey(
        1,
        "Investeren in relaties",
        "Investing in relationships",
        "Ouders en professionals bouwen aan een band die blijft: ze vertrouwen elkaar en "
        "nemen elkaars kennis en ervaring serieus.",
        "Parents and professionals build lasting ties: they trust each other and take each "
        "other's knowledge and experience seriously.",
    ),
    CollaborationKey(
        2,
        "Kind centraal in (gezins)context",
        "The child at the centre, in the family context",
        "Doelen en plannen gaan uit van wat dit kind en dit gezin nodig hebben om te groeien "
        "en op te voeden.",
        "Goals and plans start from what this child and this family need to grow up and to "
        "raise the child.",
    ),
    CollaborationKey(
        3,
        "Versterken van professionals",
        "Strengthening professionals",
        "Professionals krijgen ruimte om te leren: in hun eigen vak en in het samenwerken met "
        "anderen.",
        "Professionals get room to learn: in their own field and in working with others.",
    ),
    CollaborationKey(
        4,
        "Ruimte voor samenwerking",
        "Room for collaboration",
        "Organisaties maken samenwerken mogelijk: met tijd, afspraken en steun voor wie het "
        "werk doet.",
        "Organisations make collaboration possible: with time, agreements and support for "
        "the people doing the work.",
    ),
    CollaborationKey(
        5,
        "Dekkend en flexibel aanbod",
        "Complete and flexible provision",
        "Onderwijs en jeugdhulp leveren maatwerk dat past bij heel verschillende kinderen en "
        "ouders.",
        "Education and youth care offer tailored support that fits very different children "
        "and parents.",
    ),
    CollaborationKey(
        6,
        "Ontschotting van onderwijs en jeugdhulp",
        "Removing walls between education and youth care",
        "Schotten in wetten, regels en budgetten worden geslecht zodat school en jeugdhulp "
        "samen kunnen optrekken.",
        "Walls in laws, rules and budgets are taken down so that school and youth care can "
        "work as one.",
    ),
    CollaborationKey(
        7,
        "Aandacht voor bestaanszekerheid",
        "Attention to basic security",
        "Wonen, werk en geld staan mee op tafel: zonder een stabiele basis thuis lukt de rest "
        "ook niet.",
        "Housing, work and money are part of the conversation: without a stable base at home "
        "the rest does not work either.",
    ),
)

KEY_NUMBERS: frozenset[int] = frozenset(k.number for k in SEVEN_KEYS)


def key_by_number(number: int) -> CollaborationKey:
    """The key with this number; `KeyError` when there is none."""
    for key in SEVEN_KEYS:
        if key.number == number:
            return key
    raise KeyError(number)
