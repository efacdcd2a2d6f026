"""Messages of the command line: id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.description": (
        "rondom: dossiers, de Tijdlijn en de zeven sleutels, versleuteld in de terminal.",
        "rondom: case files, the Tijdlijn and the seven keys, encrypted in the terminal.",
    ),
    "cli.help.store": ("pad van de opslag (of RONDOM_STORE)", "path of the store (or RONDOM_STORE)"),
    "cli.help.passphrase_file": (
        "lees de wachtwoordzin uit de eerste regel van dit bestand (- = stdin)",
        "read the passphrase from the first line of this file (- = stdin)",
    ),
    "cli.help.new_passphrase_file": (
        "lees de nieuwe wachtwoordzin uit dit bestand",
        "read the new passphrase from this file",
    ),
    "cli.help.lang": ("taal: nl of en", "language: nl or en"),
    "cli.help.theme": ("kleurenthema", "colour theme"),
    "cli.help.cases": ("aantal verzonnen dossiers", "number of fictional cases"),
    "cli.help.no_open": ("alleen de opslag schrijven, niet openen", "only write the store, do not open it"),
    "cli.help.force": ("een bestaande demo-opslag opnieuw maken", "recreate an existing demo store"),
    "cli.help.json": ("uitvoer als JSON", "output as JSON"),
    "cli.help.cmd.init": ("maak een nieuwe opslag", "create a new store"),
    "cli.help.cmd.demo": (
        "maak ./demo.rondom met verzonnen dossiers (wachtwoordzin: demo) en open die",
        "create ./demo.rondom with fictional cases (passphrase: demo) and open it",
    ),
    "cli.help.cmd.list": ("toon de dossiers", "list the cases"),
    "cli.help.cmd.id": ("toon de age-ontvanger van deze opslag", "print this store's age recipient"),
    "cli.help.cmd.passwd": ("wijzig de wachtwoordzin", "change the passphrase"),
    "cli.help.cmd.verify": ("controleer de hele opslag", "check the whole store"),
    "cli.help.cmd.audit": ("toon het auditlog (optioneel van één dossier)", "show the audit log (optionally of one case)"),
    "cli.prompt_passphrase": ("Wachtwoordzin: ", "Passphrase: "),
    "cli.prompt_new": ("Nieuwe wachtwoordzin: ", "New passphrase: "),
    "cli.prompt_repeat": ("Herhaal de wachtwoordzin: ", "Repeat the passphrase: "),
    "cli.no_passphrase": (
        "Geen wachtwoordzin: gebruik een terminal of --passphrase-file.",
        "No passphrase: use a terminal or --passphrase-file.",
    ),
    "cli.passphrase_attempts": ("Te veel pogingen.", "Too many attempts."),
    "cli.passphrase_file_unreadable": (
        "Kan het wachtwoordbestand niet lezen ({reason}).",
        "Cannot read the passphrase file ({reason}).",
    ),
    "cli.created": ("Opslag gemaakt: {path}", "Store created: {path}"),
    "cli.demo_created": (
        "Demo-opslag {path} gemaakt met {cases} verzonnen dossiers. Wachtwoordzin: {passphrase}",
        "Demo store {path} created with {cases} fictional cases. Passphrase: {passphrase}",
    ),
    "cli.demo_exists": (
        "Bestaande demo-opslag {path} wordt geopend (wachtwoordzin: {passphrase}; --force maakt hem opnieuw).",
        "Opening the existing demo store {path} (passphrase: {passphrase}; --force recreates it).",
    ),
    "cli.demo_not_demo": (
        "{path} is geen demo-opslag; die wordt niet aangeraakt.",
        "{path} is not a demo store; it will not be touched.",
    ),
    "cli.passwd_done": ("Wachtwoordzin gewijzigd.", "Passphrase changed."),
    "cli.verify_ok": (
        "Opslag in orde: {cases} dossiers, {events} gebeurtenissen, {assessments} zelfevaluaties, {audit} auditregels.",
        "Store is sound: {cases} cases, {events} events, {assessments} self-assessments, {audit} audit entries.",
    ),
    "cli.usage_error": ("Onjuist gebruik: {message}", "Usage error: {message}"),
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
