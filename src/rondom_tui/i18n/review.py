"""Messages of the casusreview (the review over many cases): id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # months and the selection
    "review.month.unreadable": (
        "Schrijf een maand als JJJJ-MM, bijvoorbeeld 2024-03.",
        "Write a month as YYYY-MM, for example 2024-03.",
    ),
    "review.selection.backwards": (
        "De periode eindigt voordat ze begint.",
        "The period ends before it begins.",
    ),
    "review.selection.all": ("alle", "all"),
    "review.selection.schools": ("Scholen", "Schools"),
    "review.selection.period": ("Periode", "Period"),
    "review.selection.status": ("Status", "Status"),
    "review.selection.tags": ("Labels", "Tags"),
    "review.period.between": ("{since} – {until}", "{since} – {until}"),
    "review.period.since": ("vanaf {since}", "from {since}"),
    "review.period.until": ("tot en met {until}", "up to {until}"),
    "review.period.all": ("alle tijd", "all time"),
    "review.school.none": ("(zonder school)", "(no school)"),
    # header
    "review.header.cases": ("Casussen", "Cases"),
    "review.header.schools": ("Scholen", "Schools"),
    "review.header.made": ("Gemaakt in", "Made in"),
    "review.header.sources": ("Uit extracten", "From extracts"),
    # sections
    "review.section.keys": (
        "Belemmerend en bevorderend per sleutel",
        "Hindering and promoting per key",
    ),
    "review.section.lanes": ("Per baan van de Tijdlijn", "Per lane of the Tijdlijn"),
    "review.section.categories": (
        "Meest voorkomende belemmerende gebeurtenissen",
        "Most frequent hindering events",
    ),
    "review.section.waits": (
        "Wachttijd van aanmelding tot start van de hulp (weken)",
        "Waiting time from referral to the start of help (weeks)",
    ),
    "review.section.scores": (
        "Zeven sleutels: gemiddelde score over de casussen",
        "Seven keys: mean score over the cases",
    ),
    "review.section.trend": ("Zeven sleutels: verloop per kwartaal", "Seven keys: per quarter"),
    "review.section.actions": (
        "Actiepunten uit de zelfevaluaties",
        "Action points of the self-assessments",
    ),
    "review.section.schools": ("Per school", "Per school"),
    "review.section.policy": ("Beleidsactiepunten", "Policy action points"),
    # column headings
    "review.col.key": ("Sleutel", "Key"),
    "review.col.lane": ("Baan", "Lane"),
    "review.col.category": ("Soort", "Kind"),
    "review.col.group": ("Groep", "Group"),
    "review.col.hindering": ("belemmerend", "hindering"),
    "review.col.promoting": ("bevorderend", "promoting"),
    "review.col.cases": ("casussen", "cases"),
    "review.col.waits": ("wachttijden", "waits"),
    "review.col.median": ("mediaan", "median"),
    "review.col.p90": ("90e perc.", "90th perc."),
    "review.col.longest": ("langst", "longest"),
    "review.col.mean": ("gemiddeld", "mean"),
    "review.col.trend": ("verloop", "trend"),
    "review.col.open": ("open", "open"),
    "review.col.overdue": ("te laat", "overdue"),
    "review.col.school": ("school", "school"),
    "review.col.section": ("onderdeel", "section"),
    "review.col.figure": ("cijfer", "figure"),
    "review.col.row": ("rij", "row"),
    "review.col.value": ("waarde", "value"),
    # notes under the sections
    "review.note.keys": (
        "Een gebeurtenis met twee sleutels telt bij beide; zonder sleutel bij geen.",
        "An event linked to two keys counts under both; one without keys under none.",
    ),
    "review.note.waits": (
        "In hele weken. Mediaan: de helft wachtte korter of even lang; 90e percentiel: 9 van "
        "de 10. Wie nog wacht, telt mee tot vandaag.",
        "In whole weeks. Median: half waited as long or less; 90th percentile: 9 in 10. "
        "Those still waiting count up to today.",
    ),
    "review.note.scores": (
        "Per casus de laatste afgeronde zelfevaluatie in de periode; elke casus telt even zwaar.",
        "Per case its latest final self-assessment in the period; every case weighs the same.",
    ),
    "review.note.trend": (
        "Per kwartaal de laatste afgeronde zelfevaluatie van elke casus; · = geen cijfer.",
        "Per quarter the latest final self-assessment of each case; · = no figure.",
    ),
    "review.note.actions": (
        "Nog niet gedaan; te laat: de datum is voorbij.",
        "Not done yet; overdue: past their date.",
    ),
    "review.none": ("Geen.", "None."),
    "review.wait.all": ("alle wachttijden", "all waits"),
    "review.wait.lane": ("aangemeld bij {lane}", "referred under {lane}"),
    "review.wait.help": ("hulp in {lane}", "help in {lane}"),
    "review.wait.no_help": ("nog geen hulp", "no help yet"),
    "review.actions.all": ("alle sleutels", "all keys"),
    # policy action points
    "review.policy.unknown": (
        "Dit actiepunt staat niet meer op de review.",
        "This action point is no longer on the review.",
    ),
    "review.policy.status.open": ("open", "open"),
    "review.policy.status.started": ("gestart", "started"),
    "review.policy.status.done": ("klaar", "done"),
    "review.policy.status.dropped": ("vervallen", "dropped"),
}
