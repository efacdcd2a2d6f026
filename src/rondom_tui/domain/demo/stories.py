"""The demo's fictional people, schools and the story every full demo case follows.

Every name, school and event here is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

from rondom_tui.domain.dates import Qualifier
from rondom_tui.domain.models import HINDERING, NEUTRAL, PROMOTING, Category, Lane

GIVEN_NAMES = (
    "Noor",
    "Sem",
    "Liv",
    "Daan",
    "Yara",
    "Milan",
    "Fenna",
    "Bram",
    "Aya",
    "Luuk",
    "Isa",
    "Jesse",
    "Mila",
    "Finn",
    "Sara",
    "Ravi",
    "Lotte",
    "Amir",
    "Femke",
    "Ties",
    "Nova",
    "Owen",
    "Zoë",
    "Ilias",
)
FAMILY_NAMES = (
    "Verhoef",
    "Kraaijeveld",
    "El Idrissi",
    "Brandsma",
    "Oosterbeek",
    "Tromp",
    "Demir",
    "Achterberg",
    "Mensink",
    "Boateng",
    "van Lierop",
    "Zwaneveld",
    "Hoogkamp",
    "Sahin",
    "de Ruiter",
    "Vlasblom",
)
SCHOOLS = (
    "Basisschool De Wilgenhoek",
    "OBS Het Zeekompas",
    "CBS De Lichtboei",
    "IKC Duinpieper",
    "SBO De Oversteek",
    "Montessorischool Het Kleine Veld",
)
GROUPS = ("groep 3", "groep 4", "groep 5", "groep 6", "groep 7", "groep 8")
WORKERS = ("F. Aydın", "M. de Klerk", "J. Hofstede", "R. Tjon", "S. Veldkamp", "L. Peeters")


@dataclass(frozen=True, slots=True)
class Step:
    """One event of a story, placed at an age in months, optionally lasting some weeks."""

    months: int
    lane: Lane
    category: Category
    title: str
    valence: int
    keys: tuple[int, ...] = ()
    weeks: int | None = None
    ongoing: bool = False
    precision: str = "day"
    qualifier: Qualifier = Qualifier.EXACT
    source: str = ""
    disputed: bool = False
    note: str = ""


STORY: tuple[Step, ...] = (
    Step(0, Lane.KIND, Category.LIFE_EVENT, "Geboorte", NEUTRAL, precision="day"),
    Step(
        30,
        Lane.KIND,
        Category.OBSERVATION,
        "Taalachterstand gesignaleerd op consultatiebureau",
        HINDERING,
        (2,),
        precision="month",
        source="consultatiebureau",
    ),
    Step(48, Lane.SCHOOL, Category.LIFE_EVENT, "Start groep 1", NEUTRAL, (1,), precision="month"),
    Step(
        61,
        Lane.GEZIN,
        Category.LIFE_EVENT,
        "Scheiding van de ouders",
        HINDERING,
        (2, 7),
        precision="month",
        qualifier=Qualifier.APPROXIMATE,
        source="gesprek met moeder",
    ),
    Step(
        64,
        Lane.BESTAANSZEKERHEID,
        Category.LIFE_EVENT,
        "Verhuizing naar een kleinere woning",
        HINDERING,
        (7,),
        precision="month",
    ),
    Step(
        66, Lane.SCHOOL, Category.SCHOOL_CHANGE, "Overstap naar een nieuwe school", NEUTRAL, (1, 5)
    ),
    Step(
        70,
        Lane.BESTAANSZEKERHEID,
        Category.LIFE_EVENT,
        "Schulden: betalingsachterstand huur",
        HINDERING,
        (7,),
        weeks=60,
        precision="month",
        qualifier=Qualifier.APPROXIMATE,
        source="schuldhulpverlening",
    ),
    Step(
        74,
        Lane.SCHOOL,
        Category.OBSERVATION,
        "Onrust in de klas, moeite met concentratie",
        HINDERING,
        (2,),
        source="leerkracht",
    ),
    Step(
        75,
        Lane.SCHOOL,
        Category.INCIDENT,
        "Ruzie op het schoolplein",
        HINDERING,
        (2,),
        source="melding leerkracht",
        disputed=True,
        note="Ouders zien het incident anders dan school.",
    ),
    Step(
        76,
        Lane.SCHOOL,
        Category.MEETING,
        "Gesprek ouders, leerkracht en intern begeleider",
        PROMOTING,
        (1, 2),
    ),
    Step(
        77,
        Lane.JEUGDHULP,
        Category.REFERRAL,
        "Aanmelding bij het wijkteam",
        NEUTRAL,
        (4, 5),
        source="intern begeleider",
    ),
    Step(
        77, Lane.JEUGDHULP, Category.WAITING, "Wachtlijst ambulante hulp", HINDERING, (5,), weeks=14
    ),
    Step(
        80,
        Lane.JEUGDHULP,
        Category.HELP_STARTED,
        "Start ambulante gezinsbegeleiding",
        PROMOTING,
        (2, 5),
        weeks=40,
    ),
    Step(
        82,
        Lane.SCHOOL,
        Category.PLAN,
        "Ontwikkelingsperspectief opgesteld met ouders",
        PROMOTING,
        (1, 2, 6),
    ),
    Step(
        86,
        Lane.BESTAANSZEKERHEID,
        Category.LIFE_EVENT,
        "Moeder vindt een nieuwe baan",
        PROMOTING,
        (7,),
        precision="month",
    ),
    Step(
        88,
        Lane.KIND,
        Category.LIFE_EVENT,
        "Lid van de voetbalclub",
        PROMOTING,
        (2,),
        precision="month",
    ),
    Step(89, Lane.JEUGDHULP, Category.HELP_ENDED, "Gezinsbegeleiding afgesloten", NEUTRAL, (5,)),
    Step(
        90,
        Lane.SCHOOL,
        Category.EVALUATION,
        "Evaluatie ontwikkelingsperspectief",
        PROMOTING,
        (1, 2),
    ),
    Step(
        94,
        Lane.GEZIN,
        Category.LIFE_EVENT,
        "Vader verhuist naar een andere stad",
        HINDERING,
        (2,),
        precision="month",
        qualifier=Qualifier.APPROXIMATE,
    ),
    Step(
        95,
        Lane.OVERIG,
        Category.MEETING,
        "Overleg school en jeugdhulp zonder ouders",
        HINDERING,
        (1, 6),
        source="verslag overleg",
    ),
    Step(
        97,
        Lane.SCHOOL,
        Category.OTHER,
        "Begeleiding schoolmaatschappelijk werk",
        PROMOTING,
        (1, 4),
        ongoing=True,
    ),
)
