"""Messages of the store: errors and states. id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "store.error": ("Er ging iets mis met de opslag.", "Something went wrong with the store."),
    "store.wrong_passphrase": (
        "Wachtwoordzin onjuist, of het sleutelblok van het bestand is beschadigd.",
        "Wrong passphrase, or the file's encryption key block is damaged.",
    ),
    "store.corrupt": ("Het opslagbestand is beschadigd.", "The store file is damaged."),
    "store.empty": ("Het opslagbestand is leeg.", "The store file is empty."),
    "store.truncated": (
        "Het opslagbestand is afgekapt (onvolledig).",
        "The store file is truncated (incomplete).",
    ),
    "store.too_large": (
        "Het bestand is te groot voor een opslag.",
        "The file is too large for a store.",
    ),
    "store.not_a_file": (
        "Dit pad is geen gewoon bestand (maar een map, apparaat, pijp of socket); het wordt "
        "niet als opslag geopend.",
        "This path is not a regular file (but a folder, device, pipe or socket); it is not "
        "opened as a store.",
    ),
    "store.symlink": (
        "Dit pad is een koppeling (symlink); open het opslagbestand zelf.",
        "This path is a link (symlink); open the store file itself.",
    ),
    "store.flags_unknown": (
        "Het opslagbestand is beschadigd of van een nieuwere versie: onbekende vlaggen.",
        "The store file is damaged or from a newer version: unknown flags.",
    ),
    "store.journal_altered": (
        "Het opslagbestand is beschadigd of gewijzigd: een opgeslagen wijziging klopt niet "
        "met de controle (veranderd, verplaatst, weggehaald of herhaald). Er is niets "
        "overschreven.",
        "The store file is damaged or altered: a saved change fails its check (changed, "
        "moved, removed or repeated). Nothing was overwritten.",
    ),
    "store.journal_tail": (
        "Het opslagbestand is beschadigd: na de laatste volledige wijziging staan meer bytes "
        "dan een afgebroken opslag kan achterlaten.",
        "The store file is damaged: after the last complete change there are more bytes than "
        "an interrupted save can leave.",
    ),
    "store.changed_on_disk": (
        "Het opslagbestand is buiten deze sessie om gewijzigd (door een ander programma, of "
        "een teruggezette kopie). Er is niets opgeslagen: je laatste wijziging staat alleen "
        "nog in het geheugen. Laad de opslag opnieuw om verder te werken.",
        "The store file was changed outside this session (by another program, or a restored "
        "copy). Nothing was saved: your last change is only in memory. Reload the store to "
        "go on working.",
    ),
    "store.read_only": (
        "De opslag is alleen-lezen geopend; er kan niets worden gewijzigd.",
        "The store was opened read-only; nothing can be changed.",
    ),
    "store.recovery_key_invalid": (
        "Dit is geen geldige herstelsleutel: controleer de tekens (RK2- en 34 letters en "
        "cijfers in groepjes van vier).",
        "This is not a valid recovery key: check the characters (RK2- and 34 letters and "
        "digits in groups of four).",
    ),
    "store.wrong_recovery_key": (
        "Deze herstelsleutel opent de opslag niet (of de opslag heeft geen herstelsleutel).",
        "This recovery key does not open the store (or the store has no recovery key).",
    ),
    "store.kdf_out_of_range": (
        "Het opslagbestand is beschadigd: de sleutelparameters vallen buiten de toegestane "
        "grenzen.",
        "The store file is damaged: its encryption key parameters are out of the allowed range.",
    ),
    "store.kdf_unknown": (
        "Het opslagbestand is beschadigd: onbekende sleutelafleiding.",
        "The store file is damaged: unknown encryption key derivation.",
    ),
    "store.body_altered": (
        "Het opslagbestand is beschadigd of gewijzigd: de inhoud klopt niet met de controle.",
        "The store file is damaged or altered: its content fails the integrity check.",
    ),
    "store.body_unreadable": (
        "Het opslagbestand is beschadigd: de inhoud is onleesbaar.",
        "The store file is damaged: its content cannot be read.",
    ),
    "store.document_invalid": (
        "Het opslagbestand bevat een ongeldig document in '{table}'.",
        "The store file holds an invalid document in '{table}'.",
    ),
    "store.unsupported": (
        "Dit bestand is geen rondom-opslag die dit programma kan lezen.",
        "This file is not a rondom store this program can read.",
    ),
    "store.not_a_store": (
        "Dit bestand is geen rondom-opslag.",
        "This file is not a rondom store.",
    ),
    "store.unsupported_version": (
        "Deze opslag heeft formaatversie {version}; dit programma leest versie 1 en 2.",
        "This store has format version {version}; this program reads versions 1 and 2.",
    ),
    "store.locked": (
        "De opslag is in gebruik door {user} op {host} (proces {pid}, sinds {since}).",
        "The store is in use by {user} on {host} (process {pid}, since {since}).",
    ),
    "store.missing": ("Er is geen opslag op {path}.", "There is no store at {path}."),
    "store.exists": (
        "Er bestaat al een opslag op {path}; die wordt niet overschreven.",
        "A store already exists at {path}; it will not be overwritten.",
    ),
    "store.export_not_recorded": (
        "De export kon niet in het auditlog worden vastgelegd ({reason}) en is weer "
        "verwijderd; er is niets geëxporteerd.",
        "The export could not be recorded in the audit log ({reason}) and was removed again; "
        "nothing was exported.",
    ),
    "store.write_failed": (
        "Opslaan mislukt ({reason}). Het bestand en de gegevens zijn ongewijzigd.",
        "Saving failed ({reason}). The file and the data are unchanged.",
    ),
    "store.passphrase_blank": (
        "Een wachtwoordzin van alleen spaties kan niet.",
        "A passphrase of spaces only will not do.",
    ),
    "store.passphrase_too_short": (
        "De wachtwoordzin moet minstens {minimum} tekens lang zijn.",
        "The passphrase must be at least {minimum} characters long.",
    ),
    "store.not_found": (
        "Niet gevonden: het is verwijderd of bestaat niet.",
        "Not found: it was deleted or does not exist.",
    ),
    "store.closed": (
        "De opslag is gesloten; er kan niets meer worden gelezen of opgeslagen.",
        "The store is closed; nothing can be read or saved any more.",
    ),
    "store.lock_not_a_file": (
        "Het vergrendelbestand naast de opslag is geen gewoon bestand; het wordt niet gebruikt.",
        "The lock file next to the store is not a regular file; it will not be used.",
    ),
}
