"""Messages of the plan (onderwijs- en hulpverleningsplan): id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the item form ------------------------------------------------------------------
    "plan.item.new": ("Nieuw plandoel", "New plan item"),
    "plan.item.new_for": ("Nieuw plandoel bij: {answers}", "New plan item for: {answers}"),
    "plan.item.with_links": ("{title} (+ {n} verklaringen)", "{title} (+ {n} explanations)"),
    "plan.item.with_links.one": ("{title} (+ {n} verklaring)", "{title} (+ {n} explanation)"),
    "plan.item.edit": ("Plandoel wijzigen", "Edit plan item"),
    "plan.item.goal": ("Doel", "Goal"),
    "plan.item.action": ("Wat gaan we doen", "What will be done"),
    "plan.item.by_whom": ("Door wie (rol)", "By whom (role)"),
    "plan.item.start": ("Vanaf", "From"),
    "plan.item.until": ("Tot en met", "Until"),
    "plan.item.evaluate_on": ("Evalueren op", "Evaluate on"),
    "plan.item.date_placeholder": (
        "bijv. 03-2027, ~2027 of 14-03-2027",
        "e.g. 03-2027, ~2027 or 14-03-2027",
    ),
    "plan.item.keys": ("Sleutels (spatie kiest)", "Seven keys (space selects)"),
    "plan.item.status": ("Stand", "Status"),
    "plan.item.saved": ("Plandoel bewaard", "Plan item saved"),
    "plan.heading.key": ("p plan ({n}) · v bespreken", "p plan ({n}) · v discuss"),
    # -- words (domain/plan/words.py) ---------------------------------------------------
    "plan.period.from": ("vanaf {start}", "from {start}"),
    "plan.period.until": ("tot {until}", "until {until}"),
    "plan.agreement.agreed": ("akkoord", "agreed"),
    "plan.agreement.not_agreed": ("niet akkoord", "not agreed"),
    "plan.agreement.undiscussed": ("nog niet besproken", "not yet discussed"),
    "plan.evaluate_on": ("evalueren op {day}", "evaluate on {day}"),
    "plan.evaluation.due": ("binnenkort", "due soon"),
    "plan.evaluation.overdue": ("te laat", "overdue"),
    "plan.changes.none": (
        "Niets veranderd sinds versie {number}",
        "Nothing changed since version {number}",
    ),
    "plan.changes.since": ("Sinds versie {number}: {changes}", "Since version {number}: {changes}"),
    "plan.changes.added": ("{n} nieuw", "{n} new"),
    "plan.changes.added.one": ("{n} nieuw", "{n} new"),
    "plan.changes.dropped": ("{n} vervallen", "{n} dropped"),
    "plan.changes.dropped.one": ("{n} vervallen", "{n} dropped"),
    "plan.changes.moved": ("{n} data verschoven", "{n} dates moved"),
    "plan.changes.moved.one": ("{n} datum verschoven", "{n} date moved"),
    "plan.changes.item_added": ("nieuw sinds de vorige versie", "new since the last version"),
    "plan.changes.moved_start": (
        "start verschoven van {before} naar {after}",
        "start moved from {before} to {after}",
    ),
    "plan.changes.moved_until": (
        "einde verschoven van {before} naar {after}",
        "end moved from {before} to {after}",
    ),
    "plan.changes.moved_evaluate_on": (
        "evaluatie verschoven van {before} naar {after}",
        "evaluation moved from {before} to {after}",
    ),
    # -- the meeting (ui/screens/plan_meeting.py) ----------------------------------------
    "plan.meeting.heading": (
        "Plan · {code} · doel {number} van {count}",
        "Plan · {code} · item {number} of {count}",
    ),
    "plan.meeting.version": ("versie {number} van {day}", "version {number} of {day}"),
    "plan.meeting.empty": (
        "Nog geen plan: + begint hier een doel, p op de tijdlijn een bij een gebeurtenis",
        "No plan yet: + starts an item here, p on the timeline one that answers an event",
    ),
    "plan.meeting.overdue": ("⚠ evaluaties te laat: {n}", "⚠ evaluations overdue: {n}"),
    "plan.meeting.due": ("◷ evaluaties binnenkort: {n}", "◷ evaluations due soon: {n}"),
    "plan.meeting.action": ("Wat: {action}", "What: {action}"),
    "plan.meeting.answers": ("Antwoord op: {events}", "Answers: {events}"),
    "plan.meeting.parents": ("Ouders: {view}", "Parents: {view}"),
    "plan.meeting.parents_none": ("(nog niets genoteerd)", "(nothing written yet)"),
    "plan.meeting.parents_title": ("Zo zien de ouders het", "How the parents see it"),
    "plan.meeting.parents_label": ("In hun woorden", "In their words"),
    "plan.meeting.version_saved": (
        "Plan bewaard als versie {number}",
        "Plan saved as version {number}",
    ),
    "plan.meeting.keys": (
        "← → ↑ ↓ doel kiezen · + nieuw doel · e wijzig · d schrap · esc terug",
        "← → ↑ ↓ choose an item · + new item · e edit · d drop · esc back",
    ),
    "plan.meeting.delete_question": (
        "Dit doel uit het plan schrappen?",
        "Drop this item from the plan?",
    ),
    "plan.case.form_hint": (
        "Doelen staan in het plan: p op de tijdlijn maakt er een, v bespreekt het plan.",
        "Goals are the plan's items: p on the timeline makes one, v discusses the plan.",
    ),
    "plan.case.evaluation_due": ("evaluatie binnenkort", "evaluation due soon"),
    "plan.case.evaluation_overdue": ("evaluatie te laat", "evaluation overdue"),
    # -- on paper (report/plan.py) --------------------------------------------------------
    "plan.report.title": ("Plan van {who}", "Plan for {who}"),
    "plan.report.version": (
        "Laatst bewaard: versie {number} van {day}",
        "Last saved: version {number} of {day}",
    ),
    "plan.report.empty": ("Nog geen doelen in het plan.", "No items in the plan yet."),
    "plan.report.items": ("Doelen", "Items"),
    "plan.report.action": ("Wat", "What"),
    "plan.report.by_whom": ("Door wie", "By whom"),
    "plan.report.period": ("Wanneer", "When"),
    "plan.report.evaluation": ("Evaluatie", "Evaluation"),
    "plan.report.keys": ("Sleutels", "Seven keys"),
    "plan.report.answers": ("Antwoord op", "Answers"),
    "plan.report.links": ("Verklaringen", "Explanations"),
    "plan.report.status": ("Stand", "Status"),
    "plan.report.agreement": ("Afspraak", "Agreement"),
    "plan.report.parents": ("Ouders", "Parents"),
    # -- `rondom plan` ---------------------------------------------------------------------
    "cli.help.cmd.plan": (
        "het plan van een casus naast de tijdlijn: tekening (svg), webpagina (html) of tekst (md)",
        "a case's plan next to its timeline: drawing (svg), web page (html) or text (md)",
    ),
    "cli.help.plan_format": (
        "svg (tekening en doelen), html (pagina) of md (tekst); anders volgens de bestandsnaam",
        "svg (drawing and items), html (page) or md (text); else from the file name",
    ),
    # -- the export dialog (ui/modals/plan_export.py) -------------------------------------
    "plan.export.title": ("Plan exporteren", "Export the plan"),
    "plan.export.hint": (
        "Het plan naast de tijdlijn, voor de bespreking of het dossier. "
        "ctrl+s schrijft, esc annuleert.",
        "The plan next to the timeline, for the meeting or the file. ctrl+s writes, esc cancels.",
    ),
    "plan.export.path_hint": ("bijv. ~/Documenten/plan.html", "e.g. ~/Documents/plan.html"),
    "plan.export.format": ("Formaat", "Format"),
    "plan.export.format.svg": (
        "SVG (tekening en doelen, om te printen)",
        "SVG (drawing and items, to print)",
    ),
    "plan.export.format.html": (
        "HTML (webpagina met tekening)",
        "HTML (web page with the drawing)",
    ),
    "plan.export.format.md": ("Markdown (tekst)", "Markdown (text)"),
    "plan.key.export": ("Export", "Export"),
    "plan.key.add": ("Nieuw doel", "New item"),
    "plan.key.edit": ("Wijzig", "Edit"),
    "plan.key.delete": ("Schrap", "Drop"),
    # -- the seven keys (assessment summary) ----------------------------------------------
    "plan.assessment.serving": ("Plan: doelen voor deze sleutel", "Plan: items serving this key"),
    "plan.assessment.key.to_plan": ("Naar plan", "To plan"),
    "plan.assessment.action": ("actiepunt bij sleutel {key}", "action point under key {key}"),
    "plan.assessment.no_case": (
        "Dit is de zelfevaluatie van een team of school: er is geen plan van een kind",
        "This is a team's or school's self-assessment: there is no child's plan",
    ),
    # -- keys -------------------------------------------------------------------------------
    "plan.key.draft": ("Plan", "Plan"),
    "plan.key.view": ("Plan bespreken", "Discuss the plan"),
    "plan.key.agree": ("Akkoord", "Agreed"),
    "plan.key.not_agree": ("Niet akkoord", "Not agreed"),
    "plan.key.parents_view": ("Ouders", "Parents"),
    "plan.key.save_version": ("Versie bewaren", "Save version"),
}
