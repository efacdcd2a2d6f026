"""Messages of the explanatory analysis on the Tijdlijn: what came before an event (`b`) and
the "may explain" links between events (`k`): id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- what came before (`b`) --------------------------------------------------------------
    "timeline.key.before": ("Wat ging eraan vooraf", "What came before"),
    "timeline.before.key.span": ("Andere periode", "Other span"),
    "timeline.before.heading": (
        "{code} · Wat ging eraan vooraf · {months} maanden vóór {title} ({day})",
        "{code} · What came before · {months} months before {title} ({day})",
    ),
    "timeline.before.none": (
        "Niets op de tijdlijn in de {months} maanden hiervoor. w kiest een langere periode.",
        "Nothing on the timeline in the {months} months before. w picks a longer span.",
    ),
    "timeline.before.column.date": ("Datum", "Date"),
    "timeline.before.column.lane": ("Baan", "Lane"),
    "timeline.before.column.event": ("Gebeurtenis", "Event"),
    "timeline.before.unsure": (
        "{mark} volgorde onzeker: de datum kan ook op of na de gekozen gebeurtenis vallen",
        "{mark} order unsure: the date may also fall on or after the chosen event",
    ),
    "timeline.before.span_now": ("{months} maanden terug", "{months} months back"),
    "timeline.before.no_event": (
        "Kies eerst een gebeurtenis (←→): b laat zien wat eraan voorafging.",
        "Choose an event first (←→): b shows what came before it.",
    ),
    # -- "may explain" links (`k`) -----------------------------------------------------------
    "links.error.invalid": (
        "Kies minstens één gebeurtenis die het kan verklaren, elk één keer.",
        "Choose at least one event that may explain it, each once.",
    ),
    "links.error.itself": (
        "Een gebeurtenis kan zichzelf niet verklaren.",
        "An event cannot explain itself.",
    ),
    "links.error.missing": (
        "Een van de gekozen gebeurtenissen bestaat niet meer; kies opnieuw.",
        "One of the chosen events no longer exists; choose again.",
    ),
    "links.error.cycle": (
        "Dan gaan de verklaringen in een kring rond: de gekozen gebeurtenis verklaart er al een "
        "van deze (via andere verbanden). Pas dat verband aan, of leg één kijk vast als betwist.",
        "The explanations would go round in a circle: the chosen event already explains one "
        "of these (through other links). Change that link, or record one view as disputed.",
    ),
}
