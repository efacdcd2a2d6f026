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
        "Cijfers die op minder dan {threshold} dossiers rusten, staan er als <{threshold}. Er "
        "staan geen namen, codes, vrije tekst uit dossiers of dagen in dit verslag.",
        "Figures resting on fewer than {threshold} cases read <{threshold}. This report holds "
        "no names, codes, free text from case files or days.",
    ),
    "review.report.merged": (
        "Samengevoegd uit extracten: ≥ betekent dat een school hier minder dan 5 dossiers had; "
        "die tellen niet mee in gemiddelden en wachttijden.",
        "Merged from extracts: ≥ means a school had fewer than 5 cases here; those do not count "
        "in means and waiting times.",
    ),
    "review.source.own": (
        "deze opslag ({schools} scholen, {period})",
        "this store ({schools} schools, {period})",
    ),
    "review.source.own.one": (
        "deze opslag ({schools} school, {period})",
        "this store ({schools} school, {period})",
    ),
    "review.source.extract": (
        "extract van {made} ({schools} scholen, {period})",
        "extract of {made} ({schools} schools, {period})",
    ),
    "review.source.extract.one": (
        "extract van {made} ({schools} school, {period})",
        "extract of {made} ({schools} school, {period})",
    ),
    "review.extract.overlap": (
        "Twee delen van deze review kunnen dezelfde dossiers bevatten (hetzelfde extract twee "
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
        "Het extract toont bij {path} een cijfer dat op minder dan 5 dossiers rust; het wordt "
        "niet gelezen.",
        "The extract shows a figure resting on fewer than 5 cases at {path}; it is not read.",
    ),
    "review.extract.invalid.threshold": (
        "Het extract is gemaakt met een andere drempel dan {threshold} dossiers.",
        "The extract was made with another threshold than {threshold} cases.",
    ),
    "review.extract.invalid.too_large": (
        "Het bestand is te groot voor een review-extract.",
        "The file is too large for a review extract.",
    ),
    # the text chart
    "review.chart.cases": ("{cases} dossiers", "{cases} cases"),
    "review.chart.cases.one": ("{cases} dossier", "{cases} case"),
    "review.chart.waits": (
        "{waits}× · {median}/{p90}/{longest} wk",
        "{waits}× · {median}/{p90}/{longest} wk",
    ),
    "review.chart.latest": ("nu {value} · {cases} dossiers", "now {value} · {cases} cases"),
    "review.chart.latest.one": ("nu {value} · {cases} dossier", "now {value} · {cases} case"),
    # header
    "review.header.cases": ("Aantal dossiers", "Number of cases"),
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
        "Zeven sleutels: gemiddelde score over de dossiers",
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
    "review.col.cases": ("dossiers", "cases"),
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
        "Per dossier de laatste afgeronde zelfevaluatie in de periode; elk dossier telt even "
        "zwaar.",
        "Per case its latest final self-assessment in the period; every case weighs the same.",
    ),
    "review.note.trend": (
        "Per kwartaal de laatste afgeronde zelfevaluatie van elk dossier; · = geen cijfer.",
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
        "Extract geschreven: {path} ({schools}, {cases}; cijfers op minder dan 5 dossiers als <5)",
        "Extract written: {path} ({schools}, {cases}; figures on fewer than 5 cases as <5)",
    ),
    "cli.demo_extract": (
        "Demo-extract {path}: drie verzonnen scholen van een andere gemeente; open het in de "
        "casusreview (R, dan i) of met rondom review --from {path}.",
        "Demo extract {path}: three invented schools of another municipality; open it in the "
        "case review (R, then i) or with rondom review --from {path}.",
    ),
    # the screen
    "review.caselist.key": ("Casusreview", "Case review"),
    "review.key.select": ("Selectie", "Selection"),
    "review.key.export": ("Verslag", "Report"),
    "review.key.extract": ("Extract erbij", "Add extract"),
    "review.key.clear": ("Zonder extracten", "Without extracts"),
    "review.key.add": ("Actiepunt", "Action point"),
    "review.key.edit": ("Wijzig actiepunt", "Edit action point"),
    "review.key.status": ("Status actiepunt", "Action point status"),
    "review.key.remove": ("Verwijder actiepunt", "Remove action point"),
    "review.key.new": ("Nieuwe review", "New review"),
    "review.key.back": ("Terug", "Back"),
    "review.key_hint": (
        "tab actiepunten: e wijzig · space status · d weg · n nieuwe review\n"
        "i extract erbij · c zonder extracten · p privacy",
        "tab action points: e edit · space status · d remove · n new review\n"
        "i add extract · c without extracts · p privacy",
    ),
    "review.chart.down": ("Volgend cijfer", "Next figure"),
    "review.chart.up": ("Vorig cijfer", "Previous figure"),
    "review.chart.page": ("Bladzijde verder", "Page on"),
    "review.chart.first": ("Eerste cijfer", "First figure"),
    "review.chart.last": ("Laatste cijfer", "Last figure"),
    "review.chart.open": ("Dossiers", "Cases"),
    "review.counting": ("Bezig met tellen…", "Counting…"),
    "review.status.cases": ("{cases} dossiers", "{cases} cases"),
    "review.status.cases.one": ("{cases} dossier", "{cases} case"),
    "review.status.schools": ("{schools} scholen", "{schools} schools"),
    "review.status.schools.one": ("{schools} school", "{schools} school"),
    "review.view.team": ("team: alle aantallen", "team: every number"),
    "review.view.board": ("bestuur: <5 verborgen", "board: <5 hidden"),
    "review.filtered": ("selectie", "selection"),
    "review.with_extracts": ("+ {n} extracten", "+ {n} extracts"),
    "review.with_extracts.one": ("+ {n} extract", "+ {n} extract"),
    "review.cases.board": (
        "Met privacy aan of met extracten opent een cijfer geen dossiers.",
        "With privacy on or with extracts, a figure opens no cases.",
    ),
    "review.cases.none": (
        "Achter dit cijfer zitten geen dossiers.",
        "No cases behind this figure.",
    ),
    "review.cases.title": ("{figure}: {n} dossiers", "{figure}: {n} cases"),
    "review.cases.title.one": ("{figure}: {n} dossier", "{figure}: {n} case"),
    "review.cases.key.timeline": ("Tijdlijn", "Timeline"),
    "review.select.title": ("Welke dossiers telt de review?", "Which cases does the review count?"),
    "review.select.school": ("School", "School"),
    "review.select.since": ("Vanaf maand", "From month"),
    "review.select.until": ("Tot en met maand", "Up to month"),
    "review.select.status": ("Status", "Status"),
    "review.select.tag": ("Label", "Tag"),
    "review.select.month_hint": ("JJJJ-MM, leeg: geen grens", "YYYY-MM, empty: no limit"),
    "review.select.tag_hint": ("leeg: alle dossiers", "empty: every case"),
    "review.owner.board": ("bestuur", "board"),
    "review.owner.municipality": ("gemeente", "municipality"),
    "review.owner.directors": ("directeuren", "head teachers"),
    "review.owner.youth_care": ("wijkteam", "neighbourhood team"),
    "review.owner.team": ("zorgteam", "care team"),
    "review.policy.owner_hint": ("een rol, geen naam", "a role, not a name"),
    "review.policy.no_key": ("– geen sleutel", "– no key"),
    "review.policy.new": ("Nieuw actiepunt", "New action point"),
    "review.policy.edit": ("Actiepunt wijzigen", "Edit action point"),
    "review.policy.saved": ("Actiepunt bewaard.", "Action point saved."),
    "review.policy.removed": ("Actiepunt verwijderd.", "Action point removed."),
    "review.policy.remove_question": ("Dit actiepunt verwijderen?", "Remove this action point?"),
    "review.policy.title": (
        "Beleidsactiepunten · review van {month} ({n})",
        "Policy action points · review of {month} ({n})",
    ),
    "review.policy.title_none": (
        "Beleidsactiepunten · nog geen (a voegt er een toe)",
        "Policy action points · none yet (a adds one)",
    ),
    "review.new.question": ("Een nieuwe review beginnen?", "Start a new review?"),
    "review.new.detail": (
        "Open en gestarte actiepunten gaan mee; bij elk blijft te zien hoe het er vorige keer "
        "voor stond.",
        "Open and started action points come along; each shows where it stood last time.",
    ),
    "review.new.done": ("Nieuwe review begonnen.", "New review started."),
    "review.extracts.title": (
        "Een review-extract erbij (versleuteld voor de sleutel van deze opslag)",
        "Add a review extract (encrypted to this store's key)",
    ),
    "review.extracts.path": ("Bestand", "File"),
    "review.extracts.path_hint": (
        "bijvoorbeeld ~/extract-school.age",
        "for example ~/extract-school.age",
    ),
    "review.extracts.identity": (
        "Extra sleutelbestand (niet verplicht)",
        "Extra key file (optional)",
    ),
    "review.extracts.identity_hint": ("age-keygen of ssh-ed25519", "age-keygen or ssh-ed25519"),
    "review.extracts.no_file": ("Dat bestand bestaat niet.", "That file does not exist."),
    "review.extracts.added": (
        "Extract toegevoegd: {schools} scholen.",
        "Extract added: {schools} schools.",
    ),
    "review.extracts.added.one": (
        "Extract toegevoegd: {schools} school.",
        "Extract added: {schools} school.",
    ),
    "review.export.title": ("Verslag voor het bestuur", "Report for the board"),
    "review.export.path": ("Bestand", "File"),
    "review.export.path_hint": (
        "bijvoorbeeld ~/casusreview.html",
        "for example ~/case-review.html",
    ),
    "review.export.format": ("Vorm", "Format"),
    "review.export.warning": (
        "Het bestand wordt NIET versleuteld. Het bevat geen namen, codes, vrije tekst uit "
        "dossiers of dagen; cijfers op minder dan 5 dossiers staan er als <5.",
        "The file is NOT encrypted. It holds no names, codes, free text from case files or "
        "days; figures on fewer than 5 cases read <5.",
    ),
    "review.export.written": ("Verslag geschreven: {path}", "Report written: {path}"),
}
