"""Messages of the assessment area: id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # the scale, the same in every assessment
    "assessment.scale.1": ("nog niet", "not yet"),
    "assessment.scale.2": ("een beetje", "a little"),
    "assessment.scale.3": ("deels", "partly"),
    "assessment.scale.4": ("grotendeels", "largely"),
    "assessment.scale.5": ("helemaal", "fully"),
    "assessment.scale.dont_know": ("weet niet", "don't know"),
    "assessment.answer.scored": ("score", "score"),
    "assessment.answer.dont_know": ("weet niet", "don't know"),
    "assessment.answer.missing": ("niet ingevuld", "not answered"),
    "assessment.status.draft": ("concept", "draft"),
    "assessment.status.final": ("definitief", "final"),
    "assessment.participant.numbered": ("deelnemer {n}", "participant {n}"),
    # errors (never with case data in the parameters)
    "assessment.error.read_only": (
        "Deze zelfevaluatie is definitief. Heropen haar om iets te wijzigen.",
        "This self-assessment is final. Reopen it to change anything.",
    ),
    "assessment.error.unknown_participant": (
        "Deze deelnemer hoort niet bij deze zelfevaluatie.",
        "This participant is not part of this self-assessment.",
    ),
    "assessment.error.unknown_action": (
        "Dit actiepunt hoort niet bij deze zelfevaluatie.",
        "This action is not part of this self-assessment.",
    ),
    "assessment.error.key": ("Kies een sleutel van 1 tot 7.", "Choose a key from 1 to 7."),
    "assessment.error.score": (
        "Een score is 1 tot 5, of 'weet niet'.",
        "A score is 1 to 5, or 'don't know'.",
    ),
    "assessment.error.too_long": (
        "Deze tekst is te lang (hoogstens {max} tekens).",
        "This text is too long (at most {max} characters).",
    ),
    "assessment.error.subject": (
        "Kies een dossier, of vul een team of school in.",
        "Choose a case, or enter a team or school.",
    ),
    "assessment.error.participant_empty": (
        "Vul een naam of een rol in voor de deelnemer.",
        "Enter a name or a role for the participant.",
    ),
    "assessment.error.action_empty": (
        "Beschrijf het actiepunt.",
        "Describe the action.",
    ),
    "assessment.error.no_participants": (
        "Voeg eerst deelnemers toe: zonder scores valt er niets af te ronden.",
        "Add participants first: without scores there is nothing to finish.",
    ),
    # summary
    "assessment.summary.strongest": ("Sterkst", "Strongest"),
    "assessment.summary.weakest": ("Zwakst", "Weakest"),
    "assessment.summary.disagreements": ("Verschil in beleving", "Different views"),
    "assessment.bars.dont_know": ("weet niet {count}", "don't know {count}"),
    "assessment.bars.missing": ("open {count}", "open {count}"),
    "assessment.bars.legend": (
        "{glyph} = scores liggen 2 of meer punten uit elkaar: bespreken.",
        "{glyph} = scores lie 2 or more points apart: discuss.",
    ),
    # exports
    "assessment.export.title": (
        "Zeven sleutels: zelfevaluatie van de samenwerking",
        "Seven keys: self-assessment of the collaboration",
    ),
    "assessment.export.case": ("Dossier", "Case"),
    "assessment.export.team": ("Team of school", "Team or school"),
    "assessment.export.case_without_code": ("dossier zonder code", "case without a code"),
    "assessment.export.held_on": ("Datum", "Date"),
    "assessment.export.facilitator": ("Gespreksleider", "Facilitator"),
    "assessment.export.participants": ("Deelnemers", "Participants"),
    "assessment.export.status": ("Status", "Status"),
    "assessment.export.overall": ("Gemiddelde over de sleutels", "Mean over the keys"),
    "assessment.export.overview": ("Overzicht", "Overview"),
    "assessment.export.per_key": ("Per sleutel", "Per key"),
    "assessment.export.note": ("Notitie", "Note"),
    "assessment.export.actions": ("Actiepunten", "Actions"),
    "assessment.export.no_actions": ("Geen actiepunten.", "No actions."),
    "assessment.export.none": ("geen", "none"),
    "assessment.export.yes": ("ja", "yes"),
    "assessment.export.name_withheld": ("naam weggelaten", "name withheld"),
    "assessment.export.anonymous_notice": (
        "Anoniem gescoord: per sleutel staat hoe vaak elke score gegeven is, niet door wie.",
        "Scored anonymously: per key this shows how often each score was given, not by whom.",
    ),
    "assessment.export.privacy_notice": (
        "Namen zijn vervangen door de dossiercode en rollen. Controleer notities en actiepunten "
        "op namen voordat je dit deelt.",
        "Names are replaced by the case code and roles. Check notes and actions for names "
        "before you share this.",
    ),
    "assessment.export.col.key": ("Sleutel", "Key"),
    "assessment.export.col.mean": ("Gemiddeld", "Mean"),
    "assessment.export.col.low_high": ("Laagste–hoogste", "Lowest–highest"),
    "assessment.export.col.spread": ("Spreiding", "Spread"),
    "assessment.export.col.stdev": ("Standaardafwijking", "Standard deviation"),
    "assessment.export.col.dont_know": ("Weet niet", "Don't know"),
    "assessment.export.col.missing": ("Niet ingevuld", "Not answered"),
    "assessment.export.col.disagreement": ("Verschil", "Differ"),
    "assessment.export.col.change": ("Sinds vorige", "Since last"),
    "assessment.export.col.action": ("Actiepunt", "Action"),
    "assessment.export.col.owner": ("Wie", "Who"),
    "assessment.export.col.due": ("Wanneer", "Due"),
    "assessment.export.col.done": ("Klaar", "Done"),
    "assessment.csv.assessment": ("zelfevaluatie", "self-assessment"),
    "assessment.csv.subject": ("dossier of team", "case or team"),
    "assessment.csv.held_on": ("datum", "date"),
    "assessment.csv.key": ("sleutel", "key"),
    "assessment.csv.key_title": ("titel", "title"),
    "assessment.csv.participant": ("deelnemer", "participant"),
    "assessment.csv.role": ("rol", "role"),
    "assessment.csv.score": ("score", "score"),
    "assessment.csv.answer": ("antwoord", "answer"),
    # meeting mode: the key page (binding descriptions are ids, translated by the app)
    "assessment.key.score": ("Score", "Score"),
    "assessment.key.dont_know": ("Weet niet", "Don't know"),
    "assessment.key.clear": ("Score wissen", "Clear score"),
    "assessment.key.next": ("Volgende", "Next"),
    "assessment.key.previous": ("Vorige", "Previous"),
    "assessment.page.more_below": ("▼ pgdn", "▼ pgdn"),
    "assessment.key.page_up": ("Pagina omhoog", "Page up"),
    "assessment.key.page_down": ("Pagina omlaag", "Page down"),
    "assessment.key.next_participant": ("Volgende deelnemer", "Next participant"),
    "assessment.key.previous_participant": ("Vorige deelnemer", "Previous participant"),
    "assessment.key.note": ("Notitie", "Note"),
    "assessment.key.action": ("Actiepunt", "Action"),
    "assessment.page.note": ("Notitie", "Note"),
    "assessment.page.actions": ("Actiepunten", "Actions"),
    "assessment.page.read_only": (
        "● Definitief: alleen te lezen. Heropenen: s (overzicht), dan r.",
        "● Final: read-only. To reopen: s (summary), then r.",
    ),
    "assessment.page.no_participants": (
        "Nog geen deelnemers: voeg ze toe om te scoren.",
        "No participants yet: add them to score.",
    ),
    "assessment.page.answered": ("ingevuld", "answered"),
    "assessment.page.key_of": ("sleutel {key} van {total}", "key {key} of {total}"),
    "assessment.page.answered_count": ("{done} van {total} ingevuld", "{done} of {total} answered"),
    # the summary bars
    "assessment.bars.down": ("Volgende sleutel", "Next key"),
    "assessment.bars.up": ("Vorige sleutel", "Previous key"),
    "assessment.bars.open": ("Sleutel openen", "Open key"),
    # entry points on the case list and the case screen
    "assessment.caselist.key.case": ("Sleutels", "Seven keys"),
    "assessment.caselist.key.team": ("Teams en scholen", "Teams and schools"),
    "assessment.key.back": ("Terug", "Back"),
    "assessment.case.actions": ("Actiepunten", "Actions"),
    "assessment.case.no_open_actions": (
        "Geen openstaande actiepunten.",
        "No open actions.",
    ),
    # the list of assessments
    "assessment.list.title_case": (
        "Zelfevaluaties zeven sleutels · {code}",
        "Seven-keys self-assessments · {code}",
    ),
    "assessment.list.title_team": (
        "Zelfevaluaties zeven sleutels · teams en scholen",
        "Seven-keys self-assessments · teams and schools",
    ),
    "assessment.list.key.new": ("Nieuwe zelfevaluatie", "New self-assessment"),
    "assessment.list.key.open": ("Openen", "Open"),
    "assessment.list.key.summary": ("Overzicht", "Summary"),
    "assessment.list.key.delete": ("Verwijderen", "Delete"),
    "assessment.list.col.held_on": ("Datum", "Date"),
    "assessment.list.col.subject": ("Team of school", "Team or school"),
    "assessment.list.col.status": ("Status", "Status"),
    "assessment.list.col.people": ("Pers.", "People"),
    "assessment.list.col.answered": ("Ingevuld", "Answered"),
    "assessment.list.col.mean": ("Gem.", "Mean"),
    "assessment.list.col.trend": ("Verloop", "Trend"),
    "assessment.list.empty": (
        "Nog geen zelfevaluaties. Druk op n om er een te beginnen.",
        "No self-assessments yet. Press n to start one.",
    ),
    "assessment.list.history": (
        "Verloop per sleutel (gemiddelden; * = concept)",
        "History per key (means; * = draft)",
    ),
    "assessment.list.no_history": ("Nog geen verloop.", "No history yet."),
    "assessment.list.open_actions": ("Openstaande actiepunten", "Open actions"),
    "assessment.list.delete_question": (
        "Zelfevaluatie van {date} verwijderen?",
        "Delete the self-assessment of {date}?",
    ),
    "assessment.list.delete_detail": (
        "Scores, notities en actiepunten gaan verloren; dit kan niet ongedaan worden.",
        "Scores, notes and actions are lost; this cannot be undone.",
    ),
    # setting up
    "assessment.setup.title_case": (
        "Nieuwe zelfevaluatie zeven sleutels · {code}",
        "New seven-keys self-assessment · {code}",
    ),
    "assessment.setup.title_team": (
        "Nieuwe zelfevaluatie zeven sleutels voor een team of school",
        "New seven-keys self-assessment for a team or school",
    ),
    "assessment.setup.label": ("Team of school", "Team or school"),
    "assessment.setup.label_placeholder": (
        "bijv. zorgteam Basisschool De Wilgenhoek",
        "e.g. care team of Basisschool De Wilgenhoek",
    ),
    "assessment.setup.held_on": ("Datum", "Date"),
    "assessment.setup.facilitator": ("Gespreksleider", "Facilitator"),
    "assessment.setup.anonymous": (
        "Anoniem scoren: het overzicht toont hoe vaak elke score gegeven is, niet door wie",
        "Score anonymously: the summary shows how often each score was given, not by whom",
    ),
    "assessment.setup.participants": (
        "Deelnemers (in de volgorde waarin ze scoren)",
        "Participants (in scoring order)",
    ),
    "assessment.setup.need_participants": (
        "Voeg minstens één deelnemer toe.",
        "Add at least one participant.",
    ),
    "assessment.setup.hint": (
        "tab: volgend veld · in de lijst: a toevoegen, enter wijzigen, del verwijderen · "
        "ctrl+s: beginnen · esc: annuleren",
        "tab: next field · in the list: a add, enter edit, del remove · ctrl+s: start · "
        "esc: cancel",
    ),
    "assessment.setup.key.start": ("Beginnen", "Start"),
    "assessment.participant.new": ("Nieuwe deelnemer", "New participant"),
    "assessment.participant.edit": ("Deelnemer wijzigen", "Edit participant"),
    "assessment.participant.role": ("Rol", "Role"),
    "assessment.participant.role_placeholder": (
        "ouder, leerkracht, intern begeleider, jeugdhulpverlener, …",
        "parent, teacher, special needs coordinator, youth-care worker, …",
    ),
    "assessment.participant.label": ("Naam (mag leeg)", "Name (may be empty)"),
    "assessment.participant.label_hint": (
        "zoals de deelnemer genoemd wil worden",
        "as the participant wants to be called",
    ),
    # meeting mode
    "assessment.meeting.key.summary": ("Overzicht", "Summary"),
    "assessment.note.title": ("Notitie bij sleutel {key}: {title}", "Note on key {key}: {title}"),
    "assessment.note.label": (
        "Notitie (gedeeld, voor iedereen zichtbaar)",
        "Note (shared, visible to all)",
    ),
    "assessment.action.new": ("Nieuw actiepunt", "New action"),
    "assessment.action.added": (
        "Actiepunt toegevoegd bij sleutel {key}.",
        "Action added under key {key}.",
    ),
    "assessment.action.edit": ("Actiepunt wijzigen", "Edit action"),
    "assessment.action.remove_question": ("Dit actiepunt verwijderen?", "Remove this action?"),
    "assessment.action.text": ("Wat gaan we doen?", "What will we do?"),
    "assessment.action.owner": ("Wie", "Who"),
    "assessment.action.owner_placeholder": ("een rol of naam", "a role or a name"),
    "assessment.action.due": ("Wanneer klaar", "Due"),
    "assessment.action.key": ("Sleutel", "Key"),
    "assessment.action.overdue": ("te laat", "overdue"),
    "assessment.actions.key.done": ("Klaar / niet klaar", "Done / not done"),
    # the summary screen
    "assessment.summary.title": ("Zelfevaluatie", "Self-assessment"),
    "assessment.summary.answered": ("{done}/{total} ingevuld", "{done}/{total} answered"),
    "assessment.summary.people": ("deelnemers: {count}", "participants: {count}"),
    "assessment.summary.anonymous": ("anoniem", "anonymous"),
    "assessment.summary.compared": (
        "▲/▼ = verandering sinds de zelfevaluatie van {date}",
        "▲/▼ = change since the self-assessment of {date}",
    ),
    "assessment.summary.no_previous": (
        "geen eerdere definitieve zelfevaluatie om mee te vergelijken",
        "no earlier final self-assessment to compare with",
    ),
    "assessment.summary.per_key": ("Per sleutel", "Per key"),
    "assessment.summary.col.key": ("#", "#"),
    "assessment.summary.col.mean": ("gem.", "mean"),
    "assessment.summary.col.low": ("laagst", "low"),
    "assessment.summary.col.high": ("hoogst", "high"),
    "assessment.summary.col.spread": ("spreiding", "spread"),
    "assessment.summary.col.dont_know": ("weet niet", "don't know"),
    "assessment.summary.col.missing": ("open", "open"),
    "assessment.summary.col.disagreement": ("!", "!"),
    "assessment.summary.numbers": (
        "gemiddeld {mean} · laagst {low} · hoogst {high} · spreiding {spread}",
        "mean {mean} · lowest {low} · highest {high} · spread {spread}",
    ),
    "assessment.summary.since_last": ("sinds vorige: {change}", "since last: {change}"),
    "assessment.summary.promoting": ("Bevorderend op de tijdlijn", "Promoting, on the timeline"),
    "assessment.summary.hindering": ("Belemmerend op de tijdlijn", "Hindering, on the timeline"),
    "assessment.summary.key.meeting": ("Vergadermodus", "Meeting mode"),
    "assessment.summary.key.finalise": ("Afronden", "Finish"),
    "assessment.summary.key.reopen": ("Heropenen", "Reopen"),
    "assessment.summary.key.export": ("Exporteren", "Export"),
    "assessment.finalise.question": ("Zelfevaluatie afronden?", "Finish the self-assessment?"),
    "assessment.finalise.detail": (
        "{done} van {total} antwoorden gegeven. Daarna is ze alleen te lezen, tot je haar "
        "heropent.",
        "{done} of {total} answers given. After this it is read-only until you reopen it.",
    ),
    "assessment.finalise.done": (
        "Afgerond: de zelfevaluatie is definitief.",
        "Finished: the self-assessment is final.",
    ),
    "assessment.reopen.question": ("Zelfevaluatie heropenen?", "Reopen the self-assessment?"),
    "assessment.reopen.detail": (
        "Ze wordt weer een concept: scores, notities en actiepunten kunnen weer veranderen.",
        "It becomes a draft again: scores, notes and actions can change again.",
    ),
    "assessment.reopen.done": ("Heropend: weer een concept.", "Reopened: a draft again."),
    # the export dialog
    "assessment.export_dialog.title": ("Zelfevaluatie exporteren", "Export the self-assessment"),
    "assessment.export_dialog.warning": (
        "Het bestand wordt NIET versleuteld. Iedereen die het bestand kan lezen, leest de "
        "inhoud. Bewaar het alleen waar dat mag en verwijder het na gebruik.",
        "The file is NOT encrypted. Anyone who can read the file reads its content. Keep it "
        "only where that is allowed and delete it after use.",
    ),
    "assessment.export_dialog.path": ("Bestand", "File"),
    "assessment.export_dialog.path_hint": (
        "bijv. ~/Documenten/zelfevaluatie.md",
        "e.g. ~/Documents/self-assessment.md",
    ),
    "assessment.export_dialog.format": ("Formaat", "Format"),
    "assessment.export_dialog.format.md": (
        "Markdown: overzicht en actiepunten",
        "Markdown: summary and actions",
    ),
    "assessment.export_dialog.format.html": (
        "HTML: overzicht en actiepunten",
        "HTML: summary and actions",
    ),
    "assessment.export_dialog.format.csv": ("CSV: de scores", "CSV: the scores"),
    "assessment.export_dialog.csv_dialect": ("CSV voor", "CSV for"),
    "assessment.export_dialog.csv_dialect.excel-nl": (
        "Excel in het Nederlands (puntkomma, decimale komma)",
        "Excel in Dutch (semicolon, decimal comma)",
    ),
    "assessment.export_dialog.csv_dialect.comma": (
        "gewone CSV (komma, decimale punt)",
        "plain CSV (comma, decimal point)",
    ),
    "assessment.export_dialog.privacy": (
        "Privacy: dossiercode in plaats van de naam van het kind, rollen in plaats van namen",
        "Privacy: the case code instead of the child's name, roles instead of names",
    ),
    "assessment.export_dialog.hint": (
        "Eindigt het bestand op .md, .html of .csv, dan bepaalt dat het formaat. "
        "ctrl+s: exporteren · esc: annuleren",
        "A file ending in .md, .html or .csv decides the format. ctrl+s: export · esc: cancel",
    ),
    "assessment.export_dialog.is_folder": (
        "Dit is een map; geef een bestandsnaam.",
        "This is a folder; give a file name.",
    ),
    "assessment.export_dialog.no_folder": (
        "Deze map bestaat niet. Er wordt geen map gemaakt.",
        "This folder does not exist. No folder is created.",
    ),
    "assessment.export_dialog.overwrite_question": (
        "Bestaand bestand overschrijven?",
        "Overwrite the existing file?",
    ),
    "assessment.export_dialog.overwrite_detail": (
        "{name} bestaat al. Bij ja wordt het vervangen.",
        "{name} exists already. Yes replaces it.",
    ),
    "assessment.export_dialog.written": (
        "Geschreven (niet versleuteld): {path}",
        "Written (not encrypted): {path}",
    ),
    "export.file.failed": (
        "Exporteren mislukt ({reason}). Er is geen bestand achtergelaten.",
        "Export failed ({reason}). No file was left behind.",
    ),
    "export.file.exists": (
        "Er staat al een bestand; het is niet overschreven.",
        "A file is there already; it was not overwritten.",
    ),
    "assessment.meeting.key.add_participant": ("Deelnemer erbij", "Add participant"),
    "assessment.meeting.key_hint": (
        "+ deelnemer erbij · s overzicht · esc terug",
        "+ add a participant · s summary · esc back",
    ),
    "assessment.meeting.key_hint_final": ("s overzicht · esc terug", "s summary · esc back"),
}
