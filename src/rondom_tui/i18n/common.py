"""Messages shared by every part of the app. id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "error.unexpected": ("Er ging iets onverwachts mis.", "Something unexpected went wrong."),
    "error.unexpected_kind": (
        "Er ging iets onverwachts mis ({kind}). De opgeslagen gegevens zijn ongewijzigd.",
        "Something unexpected went wrong ({kind}). The saved data is unchanged.",
    ),
    "error.invalid": ("Ongeldige invoer.", "Invalid input."),
    "error.record_invalid": (
        "Niet opgeslagen: veld {path} is te lang of bevat tekens die niet mogen.",
        "Not saved: field {path} is too long or holds characters that are not allowed.",
    ),
    "error.document_invalid": (
        "Ongeldige gegevens bij veld {path}.",
        "Invalid data at field {path}.",
    ),
    "date.year_range": (
        "Het jaar moet tussen {min} en {max} liggen.",
        "The year must lie between {min} and {max}.",
    ),
    "date.day_without_month": ("Een dag zonder maand kan niet.", "A day needs a month."),
    "date.invalid_month": ("De maand moet tussen 1 en 12 liggen.", "The month must be 1 to 12."),
    "date.invalid_day": (
        "Die dag bestaat niet: deze maand heeft {last} dagen.",
        "That day does not exist: this month has {last} days.",
    ),
    "date.unreadable": (
        "Onbekende datum. Gebruik bijv. 2016, 03-2016, 14-03-2016 of ~2016.",
        "Unknown date. Use e.g. 2016, 03-2016, 14-03-2016 or ~2016.",
    ),
    "date.unknown_month": ("Onbekende maandnaam.", "Unknown month name."),
    "date.empty": ("Vul een datum in.", "Enter a date."),
    "date.need_full_day": (
        "Vul een volledige datum in, bijv. 14-03-2026.",
        "Enter a full date, e.g. 14-03-2026.",
    ),
    # -- app --------------------------------------------------------------------------------
    "app.key.quit": ("Afsluiten", "Quit"),
    "app.key.lock": ("Vergrendelen", "Lock"),
    "app.key.help": ("Help", "Help"),
    "app.save_state.saving": ("… opslaan", "… saving"),
    "app.save_state.saved": ("✓ bewaard", "✓ saved"),
    "app.save_state.failed": ("✗ mislukt", "✗ failed"),
    "app.reload_detail": (
        "Opnieuw laden (j) haalt de opslag zoals die nu op schijf staat; je niet-opgeslagen "
        "wijziging gaat dan verloren. Nee (n): verder kijken, maar niets wordt opgeslagen tot je "
        "opnieuw laadt.",
        "Reload (y) reads the store as it is on disk now; your unsaved change is then lost. "
        "No (n): go on looking, but nothing is saved until you reload.",
    ),
    "app.reloaded": (
        "De opslag is opnieuw geladen van schijf.",
        "The store was reloaded from disk.",
    ),
    "app.key_hint": (
        "? toetsen · ctrl+p palet · ctrl+l vergrendel",
        "? keyboard · ctrl+p palette · ctrl+l lock",
    ),
    "app.quit_hint": ("Druk op ctrl+q om af te sluiten.", "Press ctrl+q to quit."),
    "app.quit_hint_title": ("Afsluiten?", "Quit?"),
    "app.cmd.theme": ("Thema", "Theme"),
    "app.cmd.theme_help": ("Kies een ander kleurenthema", "Choose another colour theme"),
    "app.cmd.keys": ("Toetsen", "Keyboard keys"),
    "app.cmd.keys_help": (
        "Toon de toetsen van dit scherm",
        "Show the keyboard keys of this screen",
    ),
    "app.cmd.lock": ("Vergrendelen", "Lock"),
    "app.cmd.lock_help": (
        "Verberg alles achter de wachtwoordzin",
        "Hide everything behind the passphrase",
    ),
    "app.cmd.quit": ("Afsluiten", "Quit"),
    "app.cmd.quit_help": (
        "Sluit rondom af; opslaan wordt eerst afgemaakt",
        "Quit rondom; pending saves finish first",
    ),
    "app.crashed": (
        "rondom is gestopt door een onverwachte fout. Opgeslagen gegevens zijn ongewijzigd. "
        "Details worden om privacyredenen niet getoond.",
        "rondom stopped after an unexpected error. Saved data is unchanged. "
        "Details are not shown, for privacy.",
    ),
    "app.no_screenshots": (
        "Schermafdrukken zijn uitgeschakeld: ze zouden dossiergegevens onversleuteld opslaan.",
        "Screenshots are disabled: they would store case data unencrypted.",
    ),
    "keymap.problems": (
        "Eigen toetsen uit {path} deels genegeerd: {problems}",
        "Your own keyboard keys from {path} partly ignored: {problems}",
    ),
    "keymap.more": ("(en nog {count})", "(and {count} more)"),
    "keymap.unreadable": ("het bestand is niet te lezen", "the file cannot be read"),
    "keymap.not_toml": ("geen geldige TOML (regel {line})", "not valid TOML (line {line})"),
    "keymap.no_keys_table": ("geen tabel [keys]", "no [keys] table"),
    "keymap.unknown_table": ("onbekende tabel {name}", "unknown table {name}"),
    "keymap.unknown_id": ("onbekende toets-id {id}", "unknown key id {id}"),
    "keymap.not_a_key": ("{id} = {value} is geen toets", "{id} = {value} is not a key"),
    "palette.key_help": ("toets: {key}", "press {key}"),
    "palette.placeholder": ("Zoek een opdracht…", "Search for a command…"),
    "palette.themes_placeholder": ("Zoek een thema…", "Search for a theme…"),
    "palette.no_matches": ("Geen opdracht gevonden", "No command found"),
    "status.open": ("open", "open"),
    "status.closed": ("gesloten", "closed"),
    # -- unlock, create, lock, problems ------------------------------------------------------
    "unlock.title": ("Opslag ontgrendelen", "Unlock the store"),
    "unlock.store": ("Opslag: {path}", "Store: {path}"),
    "unlock.demo_hint": (
        "DEMO-opslag met verzonnen dossiers · wachtwoordzin: {passphrase}",
        "DEMO store with fictional cases · passphrase: {passphrase}",
    ),
    "unlock.placeholder": ("Wachtwoordzin", "Passphrase"),
    "unlock.empty": ("Vul de wachtwoordzin in.", "Enter the passphrase."),
    "unlock.deriving": ("Sleutel afleiden…", "Deriving the encryption key…"),
    "unlock.decrypting": ("Ontsleutelen…", "Decrypting…"),
    "unlock.retry": ("Probeer het opnieuw.", "Please try again."),
    "unlock.no_retry": (
        "Opnieuw proberen helpt niet; het bestand is niet gewijzigd. Esc sluit af.",
        "Trying again will not help; the file was not changed. Esc quits.",
    ),
    "unlock.key.unlock": ("Ontgrendelen", "Unlock"),
    "unlock.key.quit": ("Afsluiten", "Quit"),
    "create.title": ("Nieuwe opslag maken", "Create a new store"),
    "create.explain": (
        "Kies een wachtwoordzin van minstens {minimum} tekens. Daarna krijg je een "
        "herstelsleutel om op papier te bewaren: zonder wachtwoordzin én zonder herstelsleutel "
        "is de opslag niet te openen, door niemand.",
        "Choose a passphrase of at least {minimum} characters. Then you get a recovery key to "
        "keep on paper: without the passphrase and without the recovery key nobody can open "
        "the store.",
    ),
    "create.first": ("Wachtwoordzin", "Passphrase"),
    "create.second": ("Herhaal de wachtwoordzin", "Repeat the passphrase"),
    "create.mismatch": (
        "De twee wachtwoordzinnen zijn niet gelijk.",
        "The two passphrases differ.",
    ),
    "create.os_error": ("Kan de opslag niet maken: {reason}", "Cannot create the store: {reason}"),
    "create.key.create": ("Maken", "Create"),
    "problem.title": ("De opslag kan niet worden geopend", "The store cannot be opened"),
    "problem.untouched": (
        "Er is niets gewijzigd of overschreven. q sluit af.",
        "Nothing was changed or overwritten. q quits.",
    ),
    "problem.key.retry": ("Opnieuw proberen", "Try again"),
    "in_use.title": ("De opslag is in gebruik", "The store is in use"),
    "in_use.explain": (
        "Eén sessie tegelijk per opslag voorkomt dat gegevens verloren gaan. Sluit de andere "
        "sessie en druk op r, of q om te stoppen.",
        "One session per store at a time keeps data from being lost. Close the other session "
        "and press r, or q to stop.",
    ),
    "lock.title": ("Vergrendeld", "Locked"),
    "lock.explain": (
        "Deze sessie is vergrendeld. Typ de wachtwoordzin en druk op enter om verder te gaan, "
        "of op ctrl+q om af te sluiten.",
        "This session is locked. Type the passphrase and press enter to continue, or ctrl+q "
        "to quit.",
    ),
    # -- help, confirm, forms ----------------------------------------------------------------
    "help.title": ("Toetsen op dit scherm", "Keyboard keys on this screen"),
    "help.col.key": ("Toets", "Key"),
    "help.col.action": ("Wat het doet", "What it does"),
    "help.general": (
        "ctrl+p opent het opdrachtenpalet: zoek elke actie op naam. ctrl+l vergrendelt, "
        "ctrl+q sluit af. Alles wordt versleuteld opgeslagen; de sessie vergrendelt zich na "
        "een tijd zonder invoer.",
        "ctrl+p opens the command palette: find any action by name. ctrl+l locks, ctrl+q "
        "quits. Everything is stored encrypted; the session locks itself after a while "
        "without input.",
    ),
    "help.key.close": ("Sluiten", "Close"),
    "confirm.key.yes": ("Ja", "Yes"),
    "confirm.key.no": ("Nee", "No"),
    "confirm.hint": ("j/y of enter = ja · n of esc = nee", "y or enter = yes · n or esc = no"),
    "confirm.type_code": (
        "Typ de code {code} en druk op enter om te bevestigen.",
        "Type the code {code} and press enter to confirm.",
    ),
    "confirm.type_mismatch": (
        "Dat is niet de code van dit dossier.",
        "That is not this case's code.",
    ),
    "common.key.focus_next": ("Volgend veld", "Next field"),
    "common.key.focus_previous": ("Vorig veld", "Previous field"),
    "common.key.show_menu": ("Keuzelijst openen", "Open the list"),
    "common.key.dismiss_menu": ("Keuzelijst sluiten", "Close the list"),
    "form.key.save": ("Opslaan", "Save"),
    "form.key.cancel": ("Annuleren", "Cancel"),
    "form.hint": (
        "tab/shift+tab: volgend/vorig veld · ctrl+s: opslaan · esc: annuleren",
        "tab/shift+tab: next/previous field · ctrl+s: save · esc: cancel",
    ),
    "form.required": ("Dit veld is verplicht.", "This field is required."),
    "form.too_long": (
        "Te lang: hoogstens {limit} tekens.",
        "Too long: at most {limit} characters.",
    ),
    "form.in_future": ("Deze datum ligt in de toekomst.", "This date lies in the future."),
    "form.bad_keys": ("Kies sleutels 1 tot en met 7.", "Choose from the seven keys, 1 to 7."),
    "form.fix_errors": (
        "Niet opgeslagen: {count} velden kloppen nog niet.",
        "Not saved: {count} fields need fixing.",
    ),
    "form.fix_errors.one": (
        "Niet opgeslagen: {count} veld klopt nog niet.",
        "Not saved: {count} field needs fixing.",
    ),
    "form.discard_question": ("Wijzigingen weggooien?", "Discard changes?"),
    "form.discard_detail": (
        "Wat je in dit formulier hebt veranderd, wordt niet opgeslagen.",
        "What you changed in this form will not be saved.",
    ),
    "form.day_placeholder": ("dd-mm-jjjj", "dd-mm-yyyy"),
    "form.day_placeholder_optional": ("dd-mm-jjjj (optioneel)", "dd-mm-yyyy (optional)"),
    "items.key.add": ("Toevoegen", "Add"),
    "items.key.edit": ("Wijzigen", "Edit"),
    "items.key.remove": ("Verwijderen", "Remove"),
    "items.empty": ("(nog niets; a = toevoegen)", "(nothing yet; a = add)"),
}
