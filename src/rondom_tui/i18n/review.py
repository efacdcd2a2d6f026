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
    # the board report
    "review.report.title": ("Casusreview", "Case review"),
    "review.report.threshold": (
        "Cijfers die op minder dan {threshold} casussen rusten, staan er als <{threshold}. Er "
        "staan geen namen, codes, vrije tekst uit dossiers of dagen in dit verslag.",
        "Figures resting on fewer than {threshold} cases read <{threshold}. This report holds "
        "no names, codes, free text from case files or days.",
    ),
    "review.report.merged": (
        "Samengevoegd uit extracten: ≥ betekent dat een school hier minder dan 5 casussen had; "
        "die tellen niet mee in gemiddelden en wachttijden.",
        "Merged from extracts: ≥ means a school had fewer than 5 cases here; those do not count "
        "in means and waiting times.",
    ),
    "review.source.own": (
        "deze opslag ({schools} scholen, {period})",
        "this store ({schools} schools, {period})",
    ),
    "review.source.extract": (
        "extract van {made} ({schools} scholen, {period})",
        "extract of {made} ({schools} schools, {period})",
    ),
    "review.extract.overlap": (
        "Twee delen van deze review kunnen dezelfde casussen bevatten (hetzelfde extract twee "
        "keer, of twee extracten van één opslag met dezelfde school).",
        "Two parts of this review may hold the same cases (the same extract twice, or two "
        "extracts of one store with the same school).",
    ),
    "review.extract.invalid.not_extract": (
        "Dit is geen review-extract van rondom.",
        "This is not a rondom review extract.",
    ),
    "review.extract.invalid.is_bundle": (
        "Dit is een dossierbundel, geen review-extract: lees hem in met rondom import.",
        "This is a case bundle, not a review extract: read it with rondom import.",
    ),
    "review.extract.invalid.version": (
        "Dit extract heeft versie {version}; deze rondom leest versie {supported}.",
        "This extract has version {version}; this rondom reads version {supported}.",
    ),
    "review.extract.invalid.field": (
        "Het extract is ongeldig bij {path}.",
        "The extract is invalid at {path}.",
    ),
    "review.extract.invalid.figure": (
        "Het extract bevat een onbekend cijfer bij {path}.",
        "The extract holds an unknown figure at {path}.",
    ),
    "review.extract.invalid.small": (
        "Het extract toont bij {path} een cijfer dat op minder dan 5 casussen rust; het wordt "
        "niet gelezen.",
        "The extract shows a figure resting on fewer than 5 cases at {path}; it is not read.",
    ),
    "review.extract.invalid.threshold": (
        "Het extract is gemaakt met een andere drempel dan {threshold} casussen.",
        "The extract was made with another threshold than {threshold} cases.",
    ),
    "review.extract.invalid.too_large": (
        "Het bestand is te groot voor een review-extract.",
        "The file is too large for a review extract.",
    ),
    # header
    "review.header.cases": ("Aantal casussen", "Number of cases"),
    "review.header.schools": ("Aantal scholen", "Number of schools"),
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
    "review.policy.unchanged": ("{status} (ongewijzigd)", "{status} (unchanged)"),
    "review.policy.moved": ("{status} (was {before})", "{status} (was {before})"),
    "review.policy.col.key": ("Sleutel", "Key"),
    "review.policy.col.bottleneck": ("Knelpunt", "Bottleneck"),
    "review.policy.col.action": ("Actie", "Action"),
    "review.policy.col.owner": ("Eigenaar (rol)", "Owner (role)"),
    "review.policy.col.due": ("Gereed in", "Due"),
    "review.policy.col.status": ("Status", "Status"),
    "review.policy.none": ("Nog geen actiepunten.", "No action points yet."),
    "review.policy.held": ("Review van {month}", "Review of {month}"),
    # the command line
    "cli.help.cmd.review": (
        "casusreview over alle dossiers: verslag voor het bestuur, of een extract",
        "case review over all cases: a report for the board, or an extract",
    ),
    "cli.review.help.school": ("alleen deze school (mag vaker)", "only this school (may repeat)"),
    "cli.review.help.since": ("vanaf deze maand", "from this month"),
    "cli.review.help.until": ("tot en met deze maand", "up to this month"),
    "cli.review.help.status": ("alleen open of gesloten dossiers", "only open or closed cases"),
    "cli.review.help.tag": (
        "alleen dossiers met dit label (mag vaker)",
        "only cases with this tag (may repeat)",
    ),
    "cli.review.help.from": (
        "een review-extract van een andere opslag erbij (mag vaker)",
        "add a review extract of another store (may repeat)",
    ),
    "cli.review.help.format": (
        "md, html of csv (anders volgens -o)",
        "md, html or csv (else from -o)",
    ),
    "cli.review.help.output": (
        "schrijf het verslag naar dit bestand (0600; anders naar de terminal)",
        "write the report to this file (0600; else to the terminal)",
    ),
    "cli.review.help.extract": (
        "schrijf een versleuteld extract (-o FILE.age -r KEY) voor een coördinator",
        "write an encrypted extract (-o FILE.age -r KEY) for a coordinator",
    ),
    "cli.review.keys_without_extract": (
        "-r, -R en --armor horen bij --extract; een verslag is niet versleuteld.",
        "-r, -R and --armor go with --extract; a report is not encrypted.",
    ),
    "cli.review.format_mismatch": (
        "--format zegt iets anders dan de naam van het bestand.",
        "--format says something else than the file's name.",
    ),
    "cli.review.exists": (
        "{path} bestaat al; --force overschrijft het.",
        "{path} exists already; --force overwrites it.",
    ),
    "cli.review.written": (
        "Verslag geschreven: {path} (niet versleuteld; geen namen, codes of dagen)",
        "Report written: {path} (not encrypted; no names, codes or days)",
    ),
    "cli.review.extract_alone": (
        "--extract gaat niet samen met --from of --format.",
        "--extract does not go with --from or --format.",
    ),
    "cli.review.extract_output": (
        "--extract heeft een bestand nodig: -o FILE.age.",
        "--extract needs a file: -o FILE.age.",
    ),
    "cli.review.extract_written": (
        "Extract geschreven: {path} ({schools} scholen, {cases} casussen; cijfers op minder dan "
        "5 casussen als <5)",
        "Extract written: {path} ({schools} schools, {cases} cases; figures on fewer than 5 "
        "cases as <5)",
    ),
    "cli.demo_extract": (
        "Demo-extract {path}: drie verzonnen scholen van een andere gemeente; open het in de "
        "casusreview (R, dan i) of met rondom review --from {path}.",
        "Demo extract {path}: three invented schools of another municipality; open it in the "
        "case review (R, then i) or with rondom review --from {path}.",
    ),
}
