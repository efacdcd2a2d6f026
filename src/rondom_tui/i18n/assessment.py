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
        "Kies een casus, of vul een team of school in.",
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
    "assessment.bars.without_score": ("geen score: {count}", "no score: {count}"),
    "assessment.bars.legend": (
        "{glyph} = scores liggen 2 of meer punten uit elkaar: bespreken.",
        "{glyph} = scores lie 2 or more points apart: discuss.",
    ),
    # exports
    "assessment.export.title": (
        "Zeven sleutels: zelfevaluatie van de samenwerking",
        "Seven keys: self-assessment of the collaboration",
    ),
    "assessment.export.case": ("Casus", "Case"),
    "assessment.export.team": ("Team of school", "Team or school"),
    "assessment.export.case_without_code": ("casus zonder code", "case without a code"),
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
        "Namen zijn vervangen door de casuscode en rollen. Controleer notities en actiepunten "
        "op namen voordat je dit deelt.",
        "Names are replaced by the case code and roles. Check notes and actions for names "
        "before you share this.",
    ),
    "assessment.export.col.key": ("Sleutel", "Key"),
    "assessment.export.col.mean": ("Gemiddeld", "Mean"),
    "assessment.export.col.low_high": ("Laagste–hoogste", "Lowest–highest"),
    "assessment.export.col.stdev": ("Spreiding (sd)", "Spread (sd)"),
    "assessment.export.col.without_score": ("Geen score", "No score"),
    "assessment.export.col.disagreement": ("Verschil", "Differ"),
    "assessment.export.col.change": ("Sinds vorige", "Since last"),
    "assessment.export.col.action": ("Actiepunt", "Action"),
    "assessment.export.col.owner": ("Wie", "Who"),
    "assessment.export.col.due": ("Wanneer", "Due"),
    "assessment.export.col.done": ("Klaar", "Done"),
    "assessment.csv.held_on": ("datum", "date"),
    "assessment.csv.key": ("sleutel", "key"),
    "assessment.csv.key_title": ("titel", "title"),
    "assessment.csv.participant": ("deelnemer", "participant"),
    "assessment.csv.role": ("rol", "role"),
    "assessment.csv.score": ("score", "score"),
    "assessment.csv.answer": ("antwoord", "answer"),
}
