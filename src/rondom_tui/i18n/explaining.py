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
    "links.holder.school": ("school", "school"),
    "links.holder.parents": ("ouders", "parents"),
    "links.holder.youth_care": ("jeugdhulp", "youth care"),
    "links.holder.child": ("kind", "child"),
    "links.holder.together": ("samen", "together"),
    "links.holder.other": ("anders", "other"),
    # the link form
    "timeline.key.link": ("Mogelijke verklaring", "May explain"),
    "links.form.new": ("Mogelijke verklaring bij: {title}", "May explain: {title}"),
    "links.form.edit": ("Verklaring wijzigen bij: {title}", "Edit the explanation of: {title}"),
    "links.form.direction": ("Richting", "Direction"),
    "links.form.explained_by": (
        "Wordt mogelijk verklaard door (vink aan)",
        "May be explained by (tick them)",
    ),
    "links.form.explains": ("Verklaart mogelijk (vink er één aan)", "May explain (tick one)"),
    "links.form.others": (
        "Gebeurtenissen (spatie vinkt aan)",
        "Events (space ticks)",
    ),
    "links.form.wording": ("In een paar woorden", "In a few words"),
    "links.form.wording_placeholder": (
        "bijv. de verhuizing en de schulden geven onrust",
        "e.g. the move and the debts cause unrest",
    ),
    "links.form.holder": ("Wiens kijk is dit", "Whose view is this"),
    "links.form.disputed": (
        "Betwist (anderen zien het anders)",
        "Disputed (others see it otherwise)",
    ),
    "links.form.choose": ("Vink minstens één gebeurtenis aan.", "Tick at least one event."),
    "links.form.one_effect": (
        "Een gebeurtenis verklaart er hier één; vink er één aan.",
        "Here an event explains one other; tick one.",
    ),
    "links.no_event": (
        "Kies eerst een gebeurtenis (←→): k koppelt er een mogelijke verklaring aan.",
        "Choose an event first (←→): k links a possible explanation to it.",
    ),
    "links.only_one_event": (
        "Er is nog geen andere gebeurtenis om mee te verbinden.",
        "There is no other event to link it with yet.",
    ),
    "links.saved": ("Verklaring bewaard.", "Explanation saved."),
    "links.deleted": ("Verklaring verwijderd.", "Explanation removed."),
    "links.delete_question": ("Deze verklaring verwijderen?", "Remove this explanation?"),
    "links.delete_detail": (
        "De gebeurtenissen zelf blijven staan.",
        "The events themselves stay.",
    ),
    "links.disputed": ("⚠ betwist", "⚠ disputed"),
    "links.heading": ("Mogelijke verklaringen", "May explain"),
    "links.panel_hint": (
        "k bij een gekozen gebeurtenis voegt er een toe · tab naar de lijst: enter wijzigt, "
        "del verwijdert",
        "k on a chosen event adds one · tab to the list: enter edits, del removes",
    ),
    "links.details": ("Verklaring {number}: {line}", "Explanation {number}: {line}"),
    # the legend (`l`): one line that fits 80 columns
    "timeline.legend.links": (
        "{cause}Verhuizing kan {effect}Onrust verklaren: mogelijke verklaring 1 (s: de lijst)",
        "{cause}Move may explain {effect}Unrest: possible explanation 1 (s: the list)",
    ),
    "links.delete_event_detail": (
        "Dit kan niet ongedaan worden gemaakt. Ook de {n} verklaringen bij deze gebeurtenis "
        "verdwijnen (een verklaring met nog andere oorzaken blijft, zonder deze).",
        "This cannot be undone. The {n} explanations of this event go too (one that has other "
        "causes stays, without this one).",
    ),
    "links.delete_event_detail.one": (
        "Dit kan niet ongedaan worden gemaakt. Ook {n} verklaring bij deze gebeurtenis verdwijnt "
        "(een verklaring met nog andere oorzaken blijft, zonder deze).",
        "This cannot be undone. {n} explanation of this event goes too (one that has other "
        "causes stays, without this one).",
    ),
}
