"""Messages of the audit trail, retention and erasure, the passphrase change in the app and
quitting with unsaved forms: id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- actions, as the audit trail names them ---------------------------------------------
    "audit.action.open": ("opslag geopend", "store opened"),
    "audit.action.view": ("bekeken", "viewed"),
    "audit.action.create": ("aangemaakt", "created"),
    "audit.action.update": ("gewijzigd", "changed"),
    "audit.action.delete": ("verwijderd", "deleted"),
    "audit.action.export": ("geëxporteerd", "exported"),
    "audit.action.import": ("geïmporteerd", "imported"),
    "audit.action.passwd": ("wachtwoordzin gewijzigd", "passphrase changed"),
    "audit.action.lock": ("vergrendeld", "locked"),
    "audit.action.erase": ("gewist", "erased"),
    "audit.action.restore": ("back-up teruggezet", "backup restored"),
    # -- columns (screen, Markdown, CSV) ----------------------------------------------------
    "audit.col.at": ("Wanneer", "When"),
    "audit.col.user": ("Wie", "Who"),
    "audit.col.host": ("Computer", "Computer"),
    "audit.col.action": ("Actie", "Action"),
    "audit.col.action_code": ("Actiecode", "Action code"),
    "audit.col.case": ("Dossier", "Case"),
    "audit.col.name": ("Naam", "Name"),
    "audit.col.detail": ("Toelichting", "Detail"),
    # -- the screen -------------------------------------------------------------------------
    "audit.title_store": ("Toegangslog · hele opslag", "Access log · the whole store"),
    "audit.title_case": ("Toegangslog · dossier {case}", "Access log · case {case}"),
    "audit.store_subject": ("hele opslag", "the whole store"),
    "audit.loading": ("Toegangslog lezen…", "Reading the access log…"),
    "audit.count": ("{shown} van {total} regels", "{shown} of {total} entries"),
    "audit.count.one": ("{shown} van {total} regel", "{shown} of {total} entry"),
    "audit.empty": ("Geen regels die bij het filter passen.", "No entries match the filter."),
    "audit.key.open": ("Toegangslog", "Access log"),
    "audit.key.filter": ("Filter", "Filter"),
    "audit.key.clear": ("Filter wissen", "Clear filter"),
    "audit.key.export": ("Exporteer", "Export"),
    "audit.key_hint": (
        "c filter wissen · p privacy (alleen codes) · esc terug",
        "c clear filter · p privacy (codes only) · esc back",
    ),
    "audit.explain": (
        "Wie deed wat, wanneer en vanaf welke computer. Nooit inhoud; het bekijken van dit "
        "log wordt zelf ook vastgelegd.",
        "Who did what, when and from which computer. Never content; viewing this log is "
        "recorded too.",
    ),
    "audit.cmd": ("Toegangslog", "Access log"),
    "audit.cmd_help": (
        "Wie heeft welk dossier wanneer bekeken of gewijzigd (hele opslag)",
        "Who viewed or changed which case, and when (the whole store)",
    ),
    # -- the filter -------------------------------------------------------------------------
    "audit.filter.title": ("Toegangslog filteren", "Filter the access log"),
    "audit.filter.action": ("Actie", "Action"),
    "audit.filter.any": ("alle acties", "every action"),
    "audit.filter.user": ("Gebruiker (deel van de naam)", "User (part of the name)"),
    "audit.filter.since": ("Vanaf (dag)", "From (day)"),
    "audit.filter.until": ("Tot en met (dag)", "Up to and including (day)"),
    "audit.filter.until_before_since": (
        "Tot en met moet op of na vanaf liggen.",
        "Up to must lie on or after from.",
    ),
    "audit.filter.action_is": ("actie: {action}", "action: {action}"),
    "audit.filter.user_is": ("gebruiker: {user}", "user: {user}"),
    "audit.filter.period_is": ("periode: {since} t/m {until}", "period: {since} to {until}"),
    "audit.filter_on": ("filter: {filter}", "filter: {filter}"),
    # -- the export -------------------------------------------------------------------------
    "audit.export.dialog_title": (
        "Toegangslog exporteren (inzageverzoek)",
        "Export the access log (request for access)",
    ),
    "audit.export.format": ("Formaat", "Format"),
    "audit.export.format.md": ("Markdown: leesbare tabel", "Markdown: a readable table"),
    "audit.export.format.csv": ("CSV: voor een spreadsheet", "CSV: for a spreadsheet"),
    "audit.export.privacy": (
        "Privacy: alleen de dossiercode, niet de naam van het kind",
        "Privacy: the case code only, not the child's name",
    ),
    "audit.export.path_hint": (
        "bijv. ~/Documenten/toegangslog.md",
        "e.g. ~/Documents/access-log.md",
    ),
    "audit.export.hint": (
        "De regels die nu getoond worden (met het filter). Eindigt het bestand op .md of .csv, "
        "dan bepaalt dat het formaat. ctrl+s: exporteren · esc: annuleren",
        "The entries shown now (with the filter). A file ending in .md or .csv decides the "
        "format. ctrl+s: export · esc: cancel",
    ),
    "audit.export.no_html": (
        "Het toegangslog wordt Markdown (.md) of CSV (.csv), geen HTML.",
        "The access log is written as Markdown (.md) or CSV (.csv), not HTML.",
    ),
    "audit.export.title": ("Toegangslog: {subject}", "Access log: {subject}"),
    "audit.export.made": ("Gemaakt op {at} door {user}.", "Made on {at} by {user}."),
    "audit.export.selection": ("Selectie: {filter}.", "Selection: {filter}."),
    "audit.export.count": ("{count} regels.", "{count} entries."),
    "audit.export.count.one": ("{count} regel.", "{count} entry."),
    # -- retention --------------------------------------------------------------------------
    "caselist.filter.retention_passed": ("bewaartermijn voorbij", "keep-until passed"),
    "caselist.retention_count": (
        "⚠ {count} voorbij bewaartermijn (f)",
        "⚠ {count} past keep-until (f)",
    ),
    # -- erasure ----------------------------------------------------------------------------
    "erase.question": ("Dossier {code} definitief wissen?", "Erase case {code} for good?"),
    "erase.what_goes": (
        "Dit verdwijnt: het dossier met {events}, {assessments}, {drafts} en {links}. Er blijft "
        "alleen een regel in het toegangslog: de code, de datum en wie wiste.",
        "This goes: the case with {events}, {assessments}, {drafts} and {links}. Only an entry "
        "in the access log stays: the code, the date and who erased it.",
    ),
    "erase.events": ("{n} gebeurtenissen", "{n} events"),
    "erase.events.one": ("{n} gebeurtenis", "{n} event"),
    "erase.assessments": ("{n} zelfevaluaties", "{n} self-assessments"),
    "erase.assessments.one": ("{n} zelfevaluatie", "{n} self-assessment"),
    "erase.drafts": ("{n} concepten", "{n} drafts"),
    "erase.drafts.one": ("{n} concept", "{n} draft"),
    "erase.links": ("{n} koppelingen", "{n} links"),
    "erase.links.one": ("{n} koppeling", "{n} link"),
    "erase.done": ("Dossier {code} gewist.", "Case {code} erased."),
    # -- the command line -------------------------------------------------------------------
    "cli.help.cmd.erase": (
        "wis dossiers definitief (bewaartermijn voorbij); alleen een auditregel blijft",
        "erase cases for good (keep-until passed); only an audit entry stays",
    ),
    "cli.help.audit_case": (
        "alleen dit dossier: id of code (ook van een gewist dossier)",
        "this case only: id or code (also of an erased case)",
    ),
    "cli.help.erase_cases": ("id's of codes van de dossiers", "ids or codes of the cases"),
    "cli.help.erase_yes": (
        "wissen zonder te vragen (voor scripts)",
        "erase without asking (for scripts)",
    ),
    "cli.audit.unknown_case": (
        "Geen dossier met id of code {case} in deze opslag of haar toegangslog.",
        "No case with id or code {case} in this store or its access log.",
    ),
    "cli.erase.unknown_case": (
        "Geen dossier met id of code {case}; er is niets gewist.",
        "No case with id or code {case}; nothing was erased.",
    ),
    "cli.erase.question": (
        "{n} dossiers definitief wissen? [j/N] ",
        "Erase {n} cases for good? [y/N] ",
    ),
    "cli.erase.question.one": (
        "{n} dossier definitief wissen? [j/N] ",
        "Erase {n} case for good? [y/N] ",
    ),
    "cli.erase.needs_yes": (
        "Niet gewist: bevestig het wissen in een terminal of met --yes.",
        "Not erased: confirm the erasure in a terminal or with --yes.",
    ),
    "cli.erase.cancelled": ("Niet gewist.", "Not erased."),
    # -- passphrase change in the app -------------------------------------------------------
    "passwd.cmd": ("Wachtwoordzin wijzigen", "Change the passphrase"),
    "passwd.cmd_help": (
        "Nieuwe wachtwoordzin voor deze opslag (de oude is nodig)",
        "A new passphrase for this store (the old one is needed)",
    ),
    "passwd.title": ("Wachtwoordzin wijzigen", "Change the passphrase"),
    "passwd.explain": (
        "Typ de huidige wachtwoordzin en twee keer de nieuwe (minstens {minimum} tekens). "
        "Wie de wachtwoordzin kwijt is, kan de opslag niet meer openen.",
        "Type the current passphrase and the new one twice (at least {minimum} characters). "
        "Whoever loses the passphrase cannot open the store any more.",
    ),
    "passwd.old": ("Huidige wachtwoordzin", "Current passphrase"),
    "passwd.new": ("Nieuwe wachtwoordzin", "New passphrase"),
    "passwd.again": ("Nieuwe wachtwoordzin nog eens", "New passphrase again"),
    "passwd.checking": ("Huidige wachtwoordzin controleren…", "Checking the current passphrase…"),
    "passwd.deriving": (
        "Nieuwe sleutel afleiden en opslag herschrijven…",
        "Deriving the new key and rewriting the store…",
    ),
    "passwd.wrong_old": (
        "De huidige wachtwoordzin klopt niet; er is niets gewijzigd.",
        "The current passphrase is wrong; nothing was changed.",
    ),
    "passwd.done": ("Wachtwoordzin gewijzigd.", "Passphrase changed."),
    "passwd.key.change": ("Wijzigen", "Change"),
    "passwd.wait": (
        "Even wachten: de wachtwoordzin wordt gewijzigd.",
        "Please wait: the passphrase is being changed.",
    ),
    # -- quitting with a form open ----------------------------------------------------------
    "quit.unsaved_question": (
        "Afsluiten zonder op te slaan?",
        "Quit without saving?",
    ),
    "quit.unsaved_detail": (
        "{count} formulieren bevatten getypte tekst die niet is opgeslagen. Bij ja gaat die "
        "verloren; bij nee keer je terug om op te slaan (ctrl+s).",
        "{count} forms hold typed text that was not saved. Yes loses it; no goes back so you "
        "can save (ctrl+s).",
    ),
    "quit.unsaved_detail.one": (
        "{count} formulier bevat getypte tekst die niet is opgeslagen. Bij ja gaat die "
        "verloren; bij nee keer je terug om op te slaan (ctrl+s).",
        "{count} form holds typed text that was not saved. Yes loses it; no goes back so you "
        "can save (ctrl+s).",
    ),
}
