"""Messages of the timeline area: id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # lanes, in display order
    "timeline.lane.kind": ("Kind", "Child"),
    "timeline.lane.gezin": ("Gezin", "Family"),
    "timeline.lane.school": ("School", "School"),
    "timeline.lane.jeugdhulp": ("Jeugdhulp", "Youth care"),
    "timeline.lane.bestaanszekerheid": ("Bestaanszekerheid", "Livelihood security"),
    "timeline.lane.overig": ("Overig", "Other"),
    # lane labels in the timeline's left gutter, where width is scarce
    "timeline.lane_short.kind": ("Kind", "Child"),
    "timeline.lane_short.gezin": ("Gezin", "Family"),
    "timeline.lane_short.school": ("School", "School"),
    "timeline.lane_short.jeugdhulp": ("Jeugdhulp", "Youth care"),
    "timeline.lane_short.bestaanszekerheid": ("Bestaansz.", "Livelihood"),
    "timeline.lane_short.overig": ("Overig", "Other"),
    # categories
    "timeline.category.life_event": ("Levensgebeurtenis", "Life event"),
    "timeline.category.school_change": ("Schoolwissel", "School change"),
    "timeline.category.referral": ("Aanmelding", "Referral"),
    "timeline.category.waiting": ("Wachttijd", "Waiting"),
    "timeline.category.help_started": ("Hulp gestart", "Help started"),
    "timeline.category.help_ended": ("Hulp beëindigd", "Help ended"),
    "timeline.category.meeting": ("Overleg", "Meeting"),
    "timeline.category.plan": ("Plan", "Plan"),
    "timeline.category.evaluation": ("Evaluatie", "Evaluation"),
    "timeline.category.incident": ("Incident", "Incident"),
    "timeline.category.observation": ("Observatie", "Observation"),
    "timeline.category.other": ("Anders", "Other"),
    # valence
    "timeline.valence.promoting": ("bevorderend", "promoting"),
    "timeline.valence.hindering": ("belemmerend", "hindering"),
    "timeline.valence.neutral": ("neutraal", "neutral"),
    # zoom levels: how much time one column stands for
    "timeline.zoom.day": ("1 dag per kolom", "1 day per column"),
    "timeline.zoom.two_days": ("2 dagen per kolom", "2 days per column"),
    "timeline.zoom.four_days": ("4 dagen per kolom", "4 days per column"),
    "timeline.zoom.week": ("1 week per kolom", "1 week per column"),
    "timeline.zoom.ten_days": ("10 dagen per kolom", "10 days per column"),
    "timeline.zoom.two_weeks": ("2 weken per kolom", "2 weeks per column"),
    "timeline.zoom.three_weeks": ("3 weken per kolom", "3 weeks per column"),
    "timeline.zoom.five_weeks": ("5 weken per kolom", "5 weeks per column"),
    "timeline.zoom.six_weeks": ("6 weken per kolom", "6 weeks per column"),
    "timeline.zoom.seven_weeks": ("7 weken per kolom", "7 weeks per column"),
    "timeline.zoom.eleven_weeks": ("11 weken per kolom", "11 weeks per column"),
    "timeline.zoom.fifteen_weeks": ("15 weken per kolom", "15 weeks per column"),
    "timeline.zoom.quarter": ("3 maanden per kolom", "3 months per column"),
    "timeline.zoom.month": ("1 maand per kolom", "1 month per column"),
    "timeline.zoom.two_months": ("2 maanden per kolom", "2 months per column"),
    "timeline.zoom.four_months": ("4 maanden per kolom", "4 months per column"),
    # axis and legend
    "timeline.axis.age": ("{years} jr", "{years} y"),
    "timeline.legend": (
        "+ bevorderend   - belemmerend   o neutraal   ░ ergens in deze periode   > loopt nog   "
        "┄ wachttijd   ┊ vandaag   ═ gepland   ◇ evaluatie gepland",
        "+ promoting   - hindering   o neutral   ░ somewhere in this span   > ongoing   "
        "┄ waiting time   ┊ today   ═ planned   ◇ evaluation planned",
    ),
    # the legend on the screen (`l`): three lines that fit 80 columns
    "timeline.legend.glyphs": (
        "+ bevorderend  - belemmerend  o neutraal  ░ datum onzeker  > loopt nog",
        "+ promoting  - hindering  o neutral  ░ date uncertain  > ongoing",
    ),
    "timeline.legend.marks": (
        "┄ wachttijd  ┊ vandaag  ! betwist  [+] gekozen  +3 zonder woorden: zoom in",
        "┄ waiting time  ┊ today  ! disputed  [+] selected  +3 without words: zoom in",
    ),
    "timeline.legend.plan": (
        "═ gepland (plan, p)  ◇ evaluatie gepland",
        "═ planned (plan, p)  ◇ evaluation planned",
    ),
    "timeline.legend.lanes": (
        "Banen: Kind · Gezin · School · Jeugdhulp · Bestaansz.(ekerheid) · Overig",
        "Lanes: Child · Family · School · Youth care · Livelihood · Other",
    ),
    "timeline.key.legend": ("Legenda", "Legend"),
    # `rondom timeline`
    "cli.help.cmd.timeline": (
        "de tijdlijn van een casus als tekening (svg), webpagina (html) of tabel (md)",
        "a case's timeline as a drawing (svg), web page (html) or table (md)",
    ),
    "cli.help.timeline_case": ("id of code van de casus", "the case's id or code"),
    "cli.help.timeline_format": (
        "svg (tekening), html (tekening en tabel) of md (tabel); anders volgens de bestandsnaam",
        "svg (drawing), html (drawing and table) or md (table); else from the file name",
    ),
    "cli.help.timeline_output": (
        "het bestand dat geschreven wordt (0600, niet versleuteld)",
        "the file to write (0600, not encrypted)",
    ),
    "cli.help.timeline_privacy": (
        "het kind als code, bekende namen vervangen, geen bronnen",
        "the child by code, known names replaced, no sources",
    ),
    "cli.help.paper": ("papierformaat, liggend (a4 of a3)", "paper size, landscape (a4 or a3)"),
    "cli.help.timeline_force": ("een bestaand bestand overschrijven", "replace an existing file"),
    "cli.timeline.no_age": (
        "rondom timeline versleutelt niet: kies een naam zonder .age (of exporteer in de app)",
        "rondom timeline does not encrypt: choose a name without .age (or export in the app)",
    ),
    "cli.timeline.no_format": (
        "Kies --format svg, html of md (de bestandsnaam zegt het niet)",
        "Choose --format svg, html or md (the file name does not say)",
    ),
    "cli.timeline.format_contradicts": (
        "{file} heeft de naam van een ander formaat dan {format}",
        "{file} is named for another format than {format}",
    ),
    "cli.timeline.case_not_found": ("Geen casus {case} in deze opslag", "No case {case} here"),
    "cli.timeline.exists": (
        "{path} bestaat al; niets geschreven (--force overschrijft)",
        "{path} exists; nothing written (--force replaces it)",
    ),
    "cli.timeline.written": (
        "Geschreven: {path} (niet versleuteld: bewaar en deel het zorgvuldig)",
        "Written: {path} (not encrypted: keep and share it with care)",
    ),
    "timeline.meeting.heading": (
        "{code} · Tijdlijn in het overleg · {number} van {count}",
        "{code} · Timeline in the meeting · {number} of {count}",
    ),
    "timeline.meeting.next": ("Volgende", "Next"),
    "timeline.meeting.previous": ("Vorige", "Previous"),
    "timeline.meeting.first": ("Eerste", "First"),
    "timeline.meeting.last": ("Laatste", "Last"),
    "timeline.key.present": ("Presenteren", "Present"),
    # key bindings of the timeline widget (descriptions shown in the Footer and help)
    "timeline.key.previous": ("Vorige gebeurtenis", "Previous event"),
    "timeline.key.next": ("Volgende gebeurtenis", "Next event"),
    "timeline.key.lane_up": ("Baan omhoog", "Lane up"),
    "timeline.key.lane_down": ("Baan omlaag", "Lane down"),
    "timeline.key.zoom_in": ("Inzoomen", "Zoom in"),
    "timeline.key.zoom_out": ("Uitzoomen", "Zoom out"),
    "timeline.key.pan_left": ("Schuif terug", "Pan back"),
    "timeline.key.pan_right": ("Schuif verder", "Pan on"),
    "timeline.key.page_left": ("Pagina terug", "Page back"),
    "timeline.key.page_right": ("Pagina verder", "Page on"),
    "timeline.key.first": ("Eerste gebeurtenis", "First event"),
    "timeline.key.last": ("Laatste gebeurtenis", "Last event"),
    "timeline.key.today": ("Naar vandaag", "Go to today"),
    "timeline.key.hide_empty": ("Lege banen verbergen/tonen", "Hide/show empty lanes"),
    "timeline.key.add": ("Nieuw", "New"),
    "timeline.key.edit": ("Wijzig", "Edit"),
    "timeline.key.delete": ("Verwijder", "Delete"),
    # analysis
    "timeline.weeks.one": ("1 week", "1 week"),
    "timeline.weeks.many": ("{weeks} weken", "{weeks} weeks"),
    "timeline.wait.measured": ("wachttijd {duration}", "waiting time {duration}"),
    "timeline.wait.measured_approx": ("wachttijd ca. {duration}", "waiting time c. {duration}"),
    "timeline.wait.ongoing": (
        "wachttijd {duration}, nog geen hulp gestart",
        "waiting time {duration}, no help started yet",
    ),
    "timeline.cluster": (
        "{count} belemmerende gebeurtenissen tussen {first} en {last}",
        "{count} hindering events between {first} and {last}",
    ),
    "timeline.filter.none": ("Alle gebeurtenissen ({total})", "All events ({total})"),
    "timeline.filter.active": (
        "Filter: {parts} (getoond {shown} van {total} gebeurtenissen)",
        "Filter: {parts} (showing {shown} of {total} events)",
    ),
    "timeline.filter.active.one": (
        "Filter: {parts} (getoond {shown} van {total} gebeurtenis)",
        "Filter: {parts} (showing {shown} of {total} event)",
    ),
    "timeline.filter.lanes": ("baan {values}", "lane {values}"),
    "timeline.filter.valences": ("waardering {values}", "valence {values}"),
    "timeline.filter.keys": ("sleutel {values}", "seven keys {values}"),
    "timeline.filter.categories": ("soort {values}", "kind {values}"),
    "timeline.filter.disputed.only": ("alleen betwist", "disputed only"),
    "timeline.filter.disputed.hide": ("zonder betwiste", "without disputed"),
    "timeline.filter_form.disputed": ("Betwist", "Disputed"),
    "timeline.filter_form.disputed.all": ("Alle gebeurtenissen", "All events"),
    "timeline.filter_form.disputed.only": (
        "Alleen betwiste gebeurtenissen",
        "Only disputed events",
    ),
    "timeline.filter_form.disputed.hide": ("Betwiste verbergen", "Hide disputed events"),
    # export
    "timeline.export.title": ("Tijdlijn van {who}", "Timeline of {who}"),
    "timeline.export.made_on": ("Gemaakt op {day}.", "Made on {day}."),
    "timeline.export.col.start": ("Datum", "Date"),
    "timeline.export.col.end": ("Tot", "Until"),
    "timeline.export.col.lane": ("Baan", "Lane"),
    "timeline.export.col.category": ("Soort", "Kind"),
    "timeline.export.col.title": ("Gebeurtenis", "Event"),
    "timeline.export.col.valence": ("Waardering", "Valence"),
    "timeline.export.col.keys": ("Sleutels", "Seven keys"),
    "timeline.export.col.source": ("Bron", "Source"),
    "timeline.export.col.disputed": ("Betwist", "Disputed"),
    "timeline.export.col.note": ("Notitie", "Note"),
    "timeline.export.ongoing": ("loopt nog", "ongoing"),
    "timeline.export.yes": ("ja", "yes"),
    "timeline.export.no_events": ("Geen gebeurtenissen.", "No events."),
    "timeline.export.waits": ("Wachttijden", "Waiting times"),
    "timeline.export.all_events": ("Alle gebeurtenissen op datum", "Every event by date"),
    "timeline.export.legend_marks": (
        "! betwist   +3 gebeurtenissen zonder woorden in de tekening (zie de lijst)   "
        "Bestaansz. = Bestaanszekerheid",
        "! disputed   +3 events without words in the drawing (see the list)   "
        "Livelihood = Livelihood security",
    ),
    "timeline.export.clusters": (
        "Periodes met veel belemmerende gebeurtenissen",
        "Periods with many hindering events",
    ),
    "timeline.export.private_note": (
        "Het kind staat hier onder de code {code}; namen in vrije tekst zijn vervangen waar "
        "ze bekend zijn. Lees de tekst na voordat je dit deelt.",
        "The child is shown by the code {code}; known names in free text are replaced. "
        "Read the text before you share it.",
    ),
    "timeline.export.page": ("blad {n} van {total}", "page {n} of {total}"),
    "timeline.export.pages_in_html": (
        "dit SVG-bestand is blad 1; de HTML-export drukt alle bladen af",
        "this SVG file is page 1; the HTML export prints every page",
    ),
    "timeline.export.unencrypted_warning": (
        "Let op: dit bestand wordt niet versleuteld opgeslagen. Bewaar en deel het zorgvuldig.",
        "Note: this file is saved without encryption. Store and share it with care.",
    ),
    # -- the timeline screen ---------------------------------------------------------------
    "timeline.key.open": ("Tijdlijn", "Timeline"),
    "timeline.key.filter": ("Filter", "Filter"),
    "timeline.key.clear_filter": ("Filter wissen", "Clear filter"),
    "timeline.key.summary": ("Analyse", "Analysis"),
    "timeline.key.export": ("Export", "Export"),
    "timeline.heading.keys": (
        "+/- zoom · ←→↑↓ · t vandaag · b vooraf · k verklaar · l legenda · P privacy · esc terug",
        "+/- zoom · ←→↑↓ · t today · b before · k explains · l legend · P privacy · esc back",
    ),
    # The same keys where the line above does not fit (80 columns): without the arrows.
    "timeline.heading.keys_narrow": (
        "+/- zoom  t vandaag  b vooraf  k verklaar  l legenda  P privacy  esc terug",
        "+/- zoom  t today  b before  k explains  l legend  P privacy  esc back",
    ),
    "timeline.heading.privacy": ("privacy: alleen code", "privacy: code only"),
    "timeline.details.none": (
        "Geen gebeurtenis gekozen · {lane}, {day} · a voegt hier een gebeurtenis toe",
        "No event selected · {lane}, {day} · a adds an event here",
    ),
    "timeline.details.empty": (
        "Nog geen gebeurtenissen. a voegt er een toe op de plek van de cursor.",
        "No events yet. a adds one where the cursor is.",
    ),
    "timeline.details.wait_line": (
        "{wait} · aanmelding van {day}: {title}",
        "{wait} · referral of {day}: {title}",
    ),
    "timeline.details.uncertain": ("datum onzeker", "date uncertain"),
    "timeline.details.until": ("tot", "until"),
    "timeline.details.disputed": ("betwist", "disputed"),
    "timeline.details.source": ("Bron", "Source"),
    "timeline.details.keys": ("Sleutels", "Seven keys"),
    "timeline.details.note": ("Notitie", "Note"),
    "timeline.details.more_links": ("Verklaringen: +{n} meer", "Explanations: +{n} more"),
    "timeline.details.hidden_in_privacy": (
        "(verborgen in privacymodus)",
        "(hidden in privacy mode)",
    ),
    "timeline.summary.title": ("Analyse", "Analysis"),
    "timeline.summary.per_lane": ("Per baan", "Per lane"),
    "timeline.summary.per_key": ("Per sleutel", "Per key of the seven keys"),
    "timeline.summary.clusters": (
        "Periodes met veel belemmerende gebeurtenissen",
        "Periods with many hindering events",
    ),
    "timeline.summary.no_clusters": (
        "Geen periode met {count} of meer belemmerende gebeurtenissen binnen {days} dagen.",
        "No period with {count} or more hindering events within {days} days.",
    ),
    "timeline.summary.waits": ("Langste wachttijden", "Longest waiting times"),
    "timeline.summary.waits_all": (
        "Langste wachttijden (gemeten over alle gebeurtenissen, niet alleen het filter)",
        "Longest waiting times (measured over all events, not just the filter)",
    ),
    "timeline.summary.no_waits": (
        "Geen aanmelding gevonden om een wachttijd aan te meten.",
        "No referral found to measure a waiting time from.",
    ),
    "timeline.summary.wait_line": ("{day} · {title}: {wait}", "{day} · {title}: {wait}"),
    "timeline.deleted": ("Gebeurtenis verwijderd.", "Event deleted."),
    "timeline.saved": ("Gebeurtenis opgeslagen.", "Event saved."),
    "timeline.outside_filter": (
        "Opgeslagen, maar het filter verbergt deze gebeurtenis (c wist het filter).",
        "Saved, but the filter hides this event (c clears the filter).",
    ),
    "timeline.delete_question": (
        "Gebeurtenis “{title}” verwijderen?",
        "Delete the event “{title}”?",
    ),
    "timeline.delete_detail": (
        "Dit kan niet ongedaan worden gemaakt.",
        "This cannot be undone.",
    ),
    # -- the event form ----------------------------------------------------------------------
    "timeline.event.new": ("Nieuwe gebeurtenis", "New event"),
    "timeline.event.edit": ("Gebeurtenis wijzigen", "Edit event"),
    "timeline.event.title": ("Wat gebeurde er?", "What happened?"),
    "timeline.event.lane": ("Baan", "Lane"),
    "timeline.event.category": ("Soort", "Kind"),
    "timeline.event.start": ("Begin (of datum)", "Start (or date)"),
    "timeline.event.end": ("Einde (leeg bij één moment)", "End (empty for a single moment)"),
    "timeline.event.date_placeholder": (
        "bijv. 14-03-2019, 03-2019, 2019, ~2019, <03-2019",
        "e.g. 14-03-2019, 03-2019, 2019, ~2019, <03-2019",
    ),
    "timeline.event.ongoing": (
        "Loopt nog (periode zonder einde)",
        "Still going on (a period without an end)",
    ),
    "timeline.event.valence": ("Waardering", "Valence"),
    "timeline.event.keys": ("Sleutels", "Seven keys"),
    "timeline.event.source": ("Bron (wie of welk document)", "Source (who or which document)"),
    "timeline.event.disputed": (
        "Betwist (iemand ziet het anders)",
        "Disputed (someone sees it differently)",
    ),
    "timeline.event.note": ("Notitie", "Note"),
    "timeline.event.end_before_start": (
        "Het einde ligt vóór het begin.",
        "The end lies before the start.",
    ),
    "timeline.event.end_and_ongoing": (
        "Een periode die nog loopt heeft geen einde: maak dit veld leeg of zet ‘loopt nog’ uit.",
        "A period still going on has no end: empty this field or untick ‘still going on’.",
    ),
    # -- the filter form ---------------------------------------------------------------------
    "timeline.filter_form.title": ("Wat toont de tijdlijn?", "What does the timeline show?"),
    "timeline.filter_form.hint": (
        "Niets aangevinkt in een rij = geen beperking. spatie vinkt aan of uit.",
        "Nothing ticked in a row = no limit. space ticks or unticks.",
    ),
    "timeline.filter_form.lanes": ("Banen", "Lanes"),
    "timeline.filter_form.valences": ("Waardering", "Valence"),
    "timeline.filter_form.keys": ("Sleutels", "Seven keys"),
    "timeline.filter_form.categories": ("Soorten", "Kinds"),
    # -- exporting ---------------------------------------------------------------------------
    "timeline.export_form.title": ("Tijdlijn exporteren", "Export the timeline"),
    "timeline.export_form.what": (
        "De hele tijdlijn van {code}, van de eerste tot de laatste gebeurtenis. {selection}",
        "The whole timeline of {code}, from the first event to the last. {selection}",
    ),
    "timeline.export_form.format": ("Formaat", "Format"),
    "timeline.export_form.format.svg": ("SVG (tekening, één blad)", "SVG (drawing, one page)"),
    "timeline.export_form.format.html": (
        "HTML (webpagina: alle bladen en de tabel)",
        "HTML (web page: every page and the table)",
    ),
    "timeline.export_form.format.md": ("Markdown (tabel op datum)", "Markdown (table by date)"),
    "timeline.export_form.paper": ("Papier (tekening, liggend)", "Paper (drawing, landscape)"),
    "timeline.export_form.paper.a4": ("A4", "A4"),
    "timeline.export_form.paper.a3": ("A3", "A3"),
    "timeline.export_form.path": ("Bestand", "File"),
    "timeline.export_form.path_placeholder": (
        "bijv. ~/Documenten/tijdlijn.svg of tijdlijn.md.age",
        "e.g. ~/Documents/timeline.svg or timeline.md.age",
    ),
    "timeline.export_form.private": (
        "Privacy: code in plaats van namen, zonder bronnen",
        "Privacy: code instead of names, without sources",
    ),
    "timeline.export_form.protection": ("Versleuteling", "Encryption"),
    "timeline.export_form.protection.none": ("Niet versleuteld", "Not encrypted"),
    "timeline.export_form.protection.recipient": (
        "Versleuteld (age) voor een ontvanger",
        "Encrypted (age) for a recipient",
    ),
    "timeline.export_form.protection.passphrase": (
        "Versleuteld (age) met een wachtwoordzin",
        "Encrypted (age) with a passphrase",
    ),
    "timeline.export_form.recipient": (
        "Ontvanger: age1… of ssh-ed25519 …",
        "Recipient: age1… or ssh-ed25519 …",
    ),
    "timeline.export_form.passphrase": ("Wachtwoordzin", "Passphrase"),
    "timeline.export_form.passphrase_again": ("Herhaal de wachtwoordzin", "Repeat the passphrase"),
    "timeline.export_form.warning_plain": (
        "⚠ NIET VERSLEUTELD: iedereen die dit bestand in handen krijgt, kan het lezen. "
        "Kies bij Versleuteling een ontvanger of wachtwoordzin om een .age-bestand te maken.",
        "⚠ NOT ENCRYPTED: anyone who gets hold of this file can read it. Choose a recipient "
        "or passphrase under Encryption to make an .age file instead.",
    ),
    "timeline.export_form.encrypted_hint": (
        "🔒 Het bestand wordt met age versleuteld; open het met `age -d`.",
        "🔒 The file is encrypted with age; open it with `age -d`.",
    ),
    "timeline.export_form.need_age_suffix": (
        "Een versleuteld bestand eindigt op .age, bijv. {example}.",
        "An encrypted file ends in .age, e.g. {example}.",
    ),
    "timeline.export_form.plain_with_age_suffix": (
        "Dit bestand wordt niet versleuteld: geef het geen naam op .age.",
        "This file is not encrypted: do not name it .age.",
    ),
    "timeline.export_form.format_contradicts": (
        "De naam {file} past niet bij het formaat {format}: kies het formaat dat de naam "
        "noemt, of geef een andere naam.",
        "The name {file} does not match the format {format}: choose the format the name "
        "says, or give another name.",
    ),
    "timeline.export_form.no_folder": (
        "De map {folder} bestaat niet.",
        "The folder {folder} does not exist.",
    ),
    "timeline.export_form.is_folder": (
        "Dit is een map; geef een bestandsnaam.",
        "This is a folder; give a file name.",
    ),
    "timeline.export_form.is_store": (
        "Dit is het bestand van de opslag zelf; kies een andere naam.",
        "This is the store's own file; choose another name.",
    ),
    "timeline.export_form.passphrase_mismatch": (
        "De twee wachtwoordzinnen zijn niet gelijk.",
        "The two passphrases differ.",
    ),
    "timeline.export_form.passphrase_short": (
        "Gebruik minstens {minimum} tekens.",
        "Use at least {minimum} characters.",
    ),
    "timeline.export_form.confirm_plain": (
        "Niet versleuteld opslaan in {path}?",
        "Save without encryption to {path}?",
    ),
    "timeline.export_form.confirm_plain_detail": (
        "Het bestand is voor iedereen leesbaar die het in handen krijgt. n = terug, om "
        "versleuteling te kiezen.",
        "Anyone who gets hold of the file can read it. n = back, to choose encryption.",
    ),
    "timeline.export_form.confirm_overwrite": (
        "{path} bestaat al. Overschrijven?",
        "{path} exists. Overwrite it?",
    ),
    "timeline.export_form.exists": (
        "{path} bestaat al en is niet overschreven.",
        "{path} already exists and was not overwritten.",
    ),
    "timeline.export_form.write_failed": (
        "Kon niet schrijven naar {path}.",
        "Could not write to {path}.",
    ),
    "timeline.export_form.done_plain": (
        "Tijdlijn opgeslagen in {path}. Let op: NIET versleuteld.",
        "Timeline saved to {path}. Note: NOT encrypted.",
    ),
    "timeline.export_form.done_encrypted": (
        "Tijdlijn versleuteld opgeslagen in {path}.",
        "Timeline saved, encrypted, to {path}.",
    ),
    "timeline.export_form.working": ("Tijdlijn exporteren…", "Exporting the timeline…"),
}
