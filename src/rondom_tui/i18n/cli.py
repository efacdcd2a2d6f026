"""Messages of the command line: id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.description": (
        "rondom: dossiers, de Tijdlijn en de zeven sleutels, versleuteld in de terminal.",
        "rondom: case files, the Tijdlijn and the seven keys, encrypted in the terminal.",
    ),
    "cli.help.store": (
        "pad van de opslag (of RONDOM_STORE)",
        "path of the store (or RONDOM_STORE)",
    ),
    "cli.help.passphrase_file": (
        "lees de wachtwoordzin uit de eerste regel van dit bestand (- = stdin)",
        "read the passphrase from the first line of this file (- = stdin)",
    ),
    "cli.help.new_passphrase_file": (
        "lees de nieuwe wachtwoordzin uit dit bestand",
        "read the new passphrase from this file",
    ),
    "cli.help.lang": ("taal: nl of en", "language: nl or en"),
    "cli.help.theme": (
        "kleurenthema (rondom, rondom-licht, rondom-contrast, rondom-beamer, ...)",
        "colour theme (rondom, rondom-licht, rondom-contrast, rondom-beamer, ...)",
    ),
    "cli.unknown_theme": (
        "onbekend thema '{theme}'; kies uit: {themes}",
        "unknown theme '{theme}'; choose from: {themes}",
    ),
    "cli.help.cases": ("aantal verzonnen dossiers", "number of fictional cases"),
    "cli.help.no_open": (
        "alleen de opslag schrijven, niet openen",
        "only write the store, do not open it",
    ),
    "cli.help.force": (
        "een bestaande demo-opslag opnieuw maken",
        "recreate an existing demo store",
    ),
    "cli.help.csv_dialect": (
        "CSV voor een Nederlandse Excel (excel-nl: puntkomma, BOM, decimale komma; standaard) "
        "of gewone CSV (comma: komma, decimale punt)",
        "CSV for a Dutch Excel (excel-nl: semicolon, BOM, decimal comma; the default) or plain "
        "CSV (comma: comma, decimal point)",
    ),
    "cli.help.json": ("uitvoer als JSON", "output as JSON"),
    "cli.help.cmd.init": ("maak een nieuwe opslag", "create a new store"),
    "cli.help.cmd.demo": (
        "maak ./demo.rondom met verzonnen dossiers (wachtwoordzin: demo) en open die",
        "create ./demo.rondom with fictional cases (passphrase: demo) and open it",
    ),
    "cli.help.cmd.list": ("toon de dossiers", "list the cases"),
    "cli.help.cmd.id": (
        "toon de age-ontvanger van deze opslag",
        "print this store's age recipient",
    ),
    "cli.help.cmd.passwd": ("wijzig de wachtwoordzin", "change the passphrase"),
    "cli.help.cmd.verify": ("controleer de hele opslag", "check the whole store"),
    "cli.help.cmd.audit": (
        "toon het toegangslog (optioneel van één dossier, op id of code)",
        "show the access log (optionally of one case, by id or code)",
    ),
    "cli.help.cmd.export": (
        "exporteer dossiers als versleutelde bundel (age)",
        "export cases as an encrypted bundle (age)",
    ),
    "cli.help.cmd.import": (
        "importeer een versleutelde bundel (eerst een voorbeeld)",
        "import an encrypted bundle (with a preview)",
    ),
    "cli.help.export_cases": ("id's of codes van de dossiers", "ids or codes of the cases"),
    "cli.help.export_all": ("alle dossiers", "every case"),
    "cli.help.export_output": (
        "het bundelbestand dat geschreven wordt",
        "the bundle file to write",
    ),
    "cli.help.recipient": (
        "ontvanger: een age1…-sleutel, een ssh-ed25519-sleutel of een bestand met sleutels "
        "(mag vaker)",
        "recipient: an age1… key, an ssh-ed25519 key or a file of keys (repeatable)",
    ),
    "cli.help.recipients_file": (
        "bestand met publieke sleutels, bv. ~/.ssh/id_ed25519.pub of authorized_keys (mag vaker)",
        "file of public keys, e.g. ~/.ssh/id_ed25519.pub or authorized_keys (repeatable)",
    ),
    "cli.help.bundle_passphrase": (
        "versleutel met een wachtwoordzin (twee keer gevraagd) in plaats van voor ontvangers",
        "encrypt with a passphrase (asked twice) instead of to recipients",
    ),
    "cli.help.bundle_passphrase_file": (
        "lees de wachtwoordzin van de bundel uit dit bestand (- = stdin); --passphrase-file is "
        "die van de opslag",
        "read the bundle's passphrase from this file (- = stdin); --passphrase-file is the store's",
    ),
    "cli.help.pseudonymise": (
        "gepseudonimiseerd, voor een casusreview: namen en contactgegevens eruit",
        "pseudonymised, for a case review: names and contact details removed",
    ),
    "cli.help.armor": ("als tekst (ASCII armor)", "as text (ASCII armor)"),
    "cli.help.yes": (
        "ook exporteren als er geen toestemming voor delen is vastgelegd (voor scripts)",
        "export even when no consent for sharing is on file (for scripts)",
    ),
    "cli.help.overwrite": ("een bestaand bestand overschrijven", "overwrite an existing file"),
    "cli.help.import_file": ("het bundelbestand (- = stdin)", "the bundle file (- = stdin)"),
    "cli.help.dry_run": (
        "toon alleen wat er zou gebeuren; de opslag blijft ongewijzigd",
        "only show what would happen; the store is left unchanged",
    ),
    "cli.help.on_conflict": (
        "wat te doen met een dossier dat al bestaat (standaard: skip)",
        "what to do with a case that already exists (default: skip)",
    ),
    "cli.help.identity": (
        "extra geheime sleutel (age-keygen of ssh-ed25519) om de bundel te openen (mag vaker)",
        "extra secret key (age-keygen or ssh-ed25519) to open the bundle with (repeatable)",
    ),
    "cli.prompt_bundle_new": ("Wachtwoordzin voor de bundel: ", "Passphrase for the bundle: "),
    "cli.prompt_bundle_passphrase": (
        "Wachtwoordzin van de bundel: ",
        "The bundle's passphrase: ",
    ),
    "cli.export.cases_and_all": (
        "Geef dossiers of --all, niet allebei.",
        "Give cases or --all, not both.",
    ),
    "cli.export.no_cases": (
        "Geef de id's of codes van de dossiers, of --all.",
        "Give the ids or codes of the cases, or --all.",
    ),
    "cli.export.output_file": (
        "Geef met -o een bestandsnaam; een bundel gaat niet naar stdout.",
        "Give a file name with -o; a bundle does not go to stdout.",
    ),
    "cli.export.no_bundle_passphrase": (
        "Geen wachtwoordzin voor de bundel: gebruik een terminal of --bundle-passphrase-file.",
        "No passphrase for the bundle: use a terminal or --bundle-passphrase-file.",
    ),
    "cli.export.no_keys": (
        "Geef --recipient, --recipients-file of --passphrase.",
        "Give --recipient, --recipients-file or --passphrase.",
    ),
    "cli.export.keys_and_passphrase": (
        "Kies ontvangers of een wachtwoordzin, niet allebei.",
        "Choose recipients or a passphrase, not both.",
    ),
    "cli.export.no_consent": (
        "Geen vastgelegde toestemming voor delen bij {n} dossiers: {codes}",
        "No recorded consent for sharing for {n} cases: {codes}",
    ),
    "cli.export.no_consent.one": (
        "Geen vastgelegde toestemming voor delen bij {n} dossier: {codes}",
        "No recorded consent for sharing for {n} case: {codes}",
    ),
    "cli.export.more": ("en nog {n}", "and {n} more"),
    "cli.export.consent_question": (
        "Toch exporteren? Het toegangslog legt vast dat er geen toestemming was. [j/N] ",
        "Export anyway? The access log records that there was no consent. [y/N] ",
    ),
    "cli.export.consent_needs_yes": (
        "Niet geëxporteerd: geen vastgelegde toestemming voor delen bij {n} dossiers "
        "({codes}); bevestig het delen in een terminal of met --yes.",
        "Not exported: no recorded consent for sharing for {n} cases ({codes}); confirm "
        "sharing in a terminal or with --yes.",
    ),
    "cli.export.consent_needs_yes.one": (
        "Niet geëxporteerd: geen vastgelegde toestemming voor delen bij {n} dossier "
        "({codes}); bevestig het delen in een terminal of met --yes.",
        "Not exported: no recorded consent for sharing for {n} case ({codes}); confirm "
        "sharing in a terminal or with --yes.",
    ),
    "cli.export.cancelled": (
        "Niet geëxporteerd; er is niets geschreven.",
        "Not exported; nothing was written.",
    ),
    "cli.export.done": ("Bundel geschreven: {path}", "Bundle written: {path}"),
    "cli.export.for_recipients": (
        "versleuteld voor {n} ontvangers",
        "encrypted to {n} recipients",
    ),
    "cli.export.for_recipients.one": (
        "versleuteld voor {n} ontvanger",
        "encrypted to {n} recipient",
    ),
    "cli.export.for_passphrase": (
        "versleuteld met een wachtwoordzin",
        "encrypted with a passphrase",
    ),
    "cli.export.review": (
        "gepseudonimiseerd; {n} vrije tekstvelden nog met de hand nalezen (manifest.review)",
        "pseudonymised; {n} free-text fields still to read by hand (manifest.review)",
    ),
    "cli.export.review.one": (
        "gepseudonimiseerd; {n} vrij tekstveld nog met de hand nalezen (manifest.review)",
        "pseudonymised; {n} free-text field still to read by hand (manifest.review)",
    ),
    "cli.import.stdin_twice": (
        "De bundel en de wachtwoordzin kunnen niet allebei van stdin komen.",
        "The bundle and the passphrase cannot both come from stdin.",
    ),
    "cli.import.no_bundle_passphrase": (
        "Deze bundel heeft een wachtwoordzin: gebruik een terminal of --bundle-passphrase-file.",
        "This bundle has a passphrase: use a terminal or --bundle-passphrase-file.",
    ),
    "cli.import.new_code": ("(nieuwe code {code})", "(new code {code})"),
    "cli.prompt_passphrase": ("Wachtwoordzin: ", "Passphrase: "),
    "cli.prompt_new": ("Nieuwe wachtwoordzin: ", "New passphrase: "),
    "cli.prompt_repeat": ("Herhaal de wachtwoordzin: ", "Repeat the passphrase: "),
    "cli.no_passphrase": (
        "Geen wachtwoordzin: gebruik een terminal of --passphrase-file.",
        "No passphrase: use a terminal or --passphrase-file.",
    ),
    "cli.passphrase_attempts": ("Te veel pogingen.", "Too many attempts."),
    "cli.passphrase_file_special": (
        "Het wachtwoordbestand is geen gewoon bestand (een pipe of apparaat?); geef een "
        "bestand, of - voor standaardinvoer.",
        "The passphrase file is not a regular file (a pipe or a device?); give a file, or - "
        "for standard input.",
    ),
    "cli.passphrase_file_too_large": (
        "Het wachtwoordbestand is groter dan {limit} bytes; een wachtwoordzin is één regel.",
        "The passphrase file is larger than {limit} bytes; a passphrase is one line.",
    ),
    "cli.passphrase_file_unreadable": (
        "Kan het wachtwoordbestand niet lezen ({reason}).",
        "Cannot read the passphrase file ({reason}).",
    ),
    "cli.created": ("Opslag gemaakt: {path}", "Store created: {path}"),
    "cli.demo_created": (
        "Demo-opslag {path} gemaakt met {cases} verzonnen dossiers. Wachtwoordzin: {passphrase}",
        "Demo store {path} created with {cases} fictional cases. Passphrase: {passphrase}",
    ),
    "cli.demo_created.one": (
        "Demo-opslag {path} gemaakt met {cases} verzonnen dossier. Wachtwoordzin: {passphrase}",
        "Demo store {path} created with {cases} fictional case. Passphrase: {passphrase}",
    ),
    "cli.demo_exists": (
        "Bestaande demo-opslag {path} wordt geopend (wachtwoordzin: {passphrase}; --force maakt "
        "hem opnieuw).",
        "Opening the existing demo store {path} (passphrase: {passphrase}; --force recreates it).",
    ),
    "cli.demo_not_demo": (
        "{path} is geen demo-opslag; die wordt niet aangeraakt.",
        "{path} is not a demo store; it will not be touched.",
    ),
    "cli.passwd_done": ("Wachtwoordzin gewijzigd.", "Passphrase changed."),
    "cli.verify_ok": (
        "Opslag in orde: {cases}, {events}, {assessments}, {audit}.",
        "Store is sound: {cases}, {events}, {assessments}, {audit}.",
    ),
    "cli.count.cases": ("{n} dossiers", "{n} cases"),
    "cli.count.cases.one": ("{n} dossier", "{n} case"),
    "cli.count.events": ("{n} gebeurtenissen", "{n} events"),
    "cli.count.events.one": ("{n} gebeurtenis", "{n} event"),
    "cli.count.assessments": ("{n} zelfevaluaties", "{n} self-assessments"),
    "cli.count.assessments.one": ("{n} zelfevaluatie", "{n} self-assessment"),
    "cli.count.audit": ("{n} auditregels", "{n} audit entries"),
    "cli.count.audit.one": ("{n} auditregel", "{n} audit entry"),
    "cli.verify_dropped": (
        "Een afgebroken opslag aan het eind van het bestand ({bytes} bytes) is weggelaten; de "
        "opslag ervoor is heel en de bytes worden bij de volgende opslag afgeknipt.",
        "An interrupted save at the end of the file ({bytes} bytes) was left out; the store "
        "before it is whole, and the bytes are cut off at the next save.",
    ),
    "cli.read_only_access": (
        "Let op: de opslag is alleen-lezen geopend (alleen-lezen medium, geen schrijfrecht of "
        "volle schijf); deze toegang kon niet in het auditlog worden vastgelegd.",
        "Note: the store was opened read-only (read-only medium, no write permission or a full "
        "disk); this access could not be recorded in the audit log.",
    ),
    "cli.usage_error": ("Onjuist gebruik: {message}", "Usage error: {message}"),
    # argparse's own texts (ARGPARSE_TEXTS in cli/arguments.py); the English ones are argparse's.
    "cli.argparse.usage": ("gebruik: ", "usage: "),
    "cli.argparse.positionals": ("argumenten", "positional arguments"),
    "cli.argparse.options": ("opties", "options"),
    "cli.argparse.help": ("toon deze hulp en stop", "show this help message and exit"),
    "cli.argparse.argument": (
        "bij %(argument_name)s: %(message)s",
        "argument %(argument_name)s: %(message)s",
    ),
    "cli.argparse.required": (
        "deze argumenten ontbreken: %s",
        "the following arguments are required: %s",
    ),
    "cli.argparse.one_required": (
        "een van deze argumenten is nodig: %s",
        "one of the arguments %s is required",
    ),
    "cli.argparse.unrecognized": ("onbekende argumenten: %s", "unrecognized arguments: %s"),
    "cli.argparse.invalid_choice": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "cli.argparse.invalid_value": (
        "ongeldige waarde (%(type)s verwacht): %(value)r",
        "invalid %(type)s value: %(value)r",
    ),
    "cli.argparse.expected_one": ("hier hoort één waarde bij", "expected one argument"),
    "cli.argparse.expected_at_most_one": (
        "hier hoort hoogstens één waarde bij",
        "expected at most one argument",
    ),
    "cli.argparse.expected_at_least_one": (
        "hier hoort minstens één waarde bij",
        "expected at least one argument",
    ),
    "cli.argparse.ambiguous": (
        "optie %(option)s is niet eenduidig: %(matches)s",
        "ambiguous option: %(option)s could match %(matches)s",
    ),
    "cli.argparse.not_allowed_with": ("niet samen met %s", "not allowed with argument %s"),
    "cli.argparse.ignored_value": (
        "neemt geen waarde (%r)",
        "ignored explicit argument %r",
    ),
    "cli.interrupted": ("Afgebroken.", "Interrupted."),
    "cli.os_error": ("Bestandsfout: {reason}", "File error: {reason}"),
    "cli.needs_terminal": (
        "De app heeft een terminal nodig (stdin en stderr); omleiden naar een bestand zou het "
        "scherm onversleuteld op schijf zetten.",
        "The app needs a terminal (stdin and stderr); redirecting to a file would put the "
        "screen on disk unencrypted.",
    ),
    "cli.passphrase_not_utf8": (
        "De wachtwoordzin is geen geldige UTF-8-tekst.",
        "The passphrase is not valid UTF-8 text.",
    ),
}
