"""Messages about keeping a store safe: the recovery key, backups and restoring.
id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the recovery key, everywhere -------------------------------------------------------
    "recovery.warning": (
        "Schrijf deze herstelsleutel op papier en bewaar hem veilig, apart van deze computer. "
        "Ben je de wachtwoordzin kwijt, dan opent de herstelsleutel de opslag nog. Zonder "
        "wachtwoordzin én zonder herstelsleutel kan niemand de gegevens terughalen: de makers "
        "van rondom niet, de ICT-afdeling niet, niemand. Wie de herstelsleutel heeft, kan de "
        "opslag openen: bewaar hem zoals je een sleutel van een archiefkast bewaart.",
        "Write this recovery key down on paper and keep it safe, away from this computer. If "
        "you forget the passphrase, the recovery key still opens the store. Without the "
        "passphrase and without the recovery key nobody can get the data back: not the makers "
        "of rondom, not your IT department, nobody. Whoever holds the recovery key can open "
        "the store: keep it as you would keep the key to a filing cabinet.",
    ),
    "recovery.title": ("Je herstelsleutel", "Your recovery key"),
    "recovery.written": (
        "Ik heb de herstelsleutel opgeschreven",
        "I have written the recovery key down",
    ),
    "recovery.not_yet": (
        "Vink eerst aan dat je de herstelsleutel hebt opgeschreven.",
        "First tick that you have written the recovery key down.",
    ),
    "recovery.key.done": ("opgeschreven, verder", "written down, go on"),
    "recovery.key.back": ("terug", "back"),
    "recovery.none_yet": (
        'Deze opslag heeft nog geen herstelsleutel. Maak er een (ctrl+p, "Herstelsleutel '
        'maken"): zonder wachtwoordzin én zonder herstelsleutel is alles weg.',
        'This store has no recovery key yet. Make one (ctrl+p, "Make a recovery key"): '
        "without the passphrase and without a recovery key everything is lost.",
    ),
    "recovery.new_intro": (
        "Een nieuwe herstelsleutel voor deze opslag. Hij wordt pas ingesteld als je hebt "
        "aangevinkt dat je hem hebt opgeschreven.",
        "A new recovery key for this store. It is set only once you ticked that you have "
        "written it down.",
    ),
    "recovery.set": (
        "Herstelsleutel ingesteld; een vorige opent de opslag en de back-ups niet meer.",
        "Recovery key set; a previous one no longer opens the store or its backups.",
    ),
    "recovery.replace_question": (
        "De herstelsleutel vervangen?",
        "Replace the recovery key?",
    ),
    "recovery.replace_detail": (
        "De huidige herstelsleutel opent de opslag en de back-ups daarna niet meer.",
        "The current recovery key will no longer open the store or its backups.",
    ),
    "recovery.cmd.make": ("Herstelsleutel maken", "Make a recovery key"),
    "recovery.cmd.replace": ("Herstelsleutel vervangen", "Replace the recovery key"),
    "recovery.cmd_help": (
        "voor als je de wachtwoordzin vergeet: op papier bewaren",
        "for when the passphrase is forgotten: keep it on paper",
    ),
    "create.recovery_intro": (
        "Bij de nieuwe opslag hoort een herstelsleutel. De opslag wordt gemaakt zodra je hebt "
        "aangevinkt dat je hem hebt opgeschreven.",
        "The new store comes with a recovery key. The store is made once you ticked that you "
        "have written it down.",
    ),
    "unlock.key.forgotten": ("wachtwoordzin vergeten?", "forgot the passphrase?"),
    "recovery_unlock.title": (
        "Wachtwoordzin vergeten: openen met de herstelsleutel",
        "Passphrase forgotten: open with the recovery key",
    ),
    "recovery_unlock.explain": (
        "Typ de herstelsleutel zoals je hem opschreef (hoofdletters, streepjes en spaties doen "
        "er niet toe) en kies een nieuwe wachtwoordzin van minstens {minimum} tekens.",
        "Type the recovery key as you wrote it down (capitals, dashes and spaces do not "
        "matter) and choose a new passphrase of at least {minimum} characters.",
    ),
    "recovery_unlock.no_key": (
        "Deze opslag heeft geen herstelsleutel. Zonder de wachtwoordzin kan niemand hem "
        "openen; een back-up opent met dezelfde wachtwoordzin.",
        "This store has no recovery key. Without the passphrase nobody can open it; a backup "
        "opens with the same passphrase.",
    ),
    "recovery_unlock.key": ("Herstelsleutel (RK2-…)", "Recovery key (RK2-…)"),
    "recovery_unlock.new": ("Nieuwe wachtwoordzin", "New passphrase"),
    "recovery_unlock.again": ("Nieuwe wachtwoordzin nog een keer", "New passphrase again"),
    "recovery_unlock.key.open": ("openen", "open"),
    "recovery_unlock.done": (
        "Geopend met de herstelsleutel; de nieuwe wachtwoordzin geldt nu.",
        "Opened with the recovery key; the new passphrase holds from now on.",
    ),
    # -- the command line -------------------------------------------------------------------
    "cli.help.init_recovery_key_file": (
        "schrijf de herstelsleutel naar dit nieuwe bestand (0600) in plaats van hem te tonen",
        "write the recovery key to this new file (0600) instead of showing it",
    ),
    "cli.help.recovery_key_file": (
        "open de opslag met de herstelsleutel uit dit bestand (wachtwoordzin vergeten; - = stdin)",
        "open the store with the recovery key in this file (passphrase forgotten; - = stdin)",
    ),
    "cli.help.new_recovery_key_file": (
        "maak een nieuwe herstelsleutel en schrijf hem naar dit nieuwe bestand (- = tonen); "
        "de oude werkt dan niet meer",
        "make a new recovery key and write it to this new file (- = show it); the old one "
        "stops working",
    ),
    "cli.help.cmd.backups": (
        "toon de back-ups van de opslag (datum, reden, dossiers, grootte)",
        "list the store's backups (date, reason, cases, size)",
    ),
    "cli.help.cmd.restore": (
        "zet een back-up terug (de huidige opslag wordt eerst zelf een back-up)",
        "restore a backup (the current store is kept as a backup first)",
    ),
    "cli.help.restore_backup": (
        "de back-up: de bestandsnaam uit `rondom backups`, of een pad",
        "the backup: its file name as `rondom backups` lists it, or a path",
    ),
    "cli.help.restore_yes": ("terugzetten zonder te vragen", "restore without asking"),
    "cli.recovery.no_terminal": (
        "Geen terminal om de herstelsleutel te tonen: geef --recovery-key-file BESTAND (of "
        "--new-recovery-key-file BESTAND) om hem in een bestand te schrijven.",
        "No terminal to show the recovery key on: give --recovery-key-file FILE (or "
        "--new-recovery-key-file FILE) to write it to a file.",
    ),
    "cli.recovery.intro": (
        "Herstelsleutel van {path}:",
        "Recovery key of {path}:",
    ),
    "cli.recovery.written_question": (
        "Heb je de herstelsleutel opgeschreven? (j/n) ",
        "Have you written the recovery key down? (y/n) ",
    ),
    "cli.recovery.not_written": (
        "Niets gemaakt of gewijzigd: begin opnieuw wanneer je de herstelsleutel kunt opschrijven.",
        "Nothing was made or changed: start again when you can write the recovery key down.",
    ),
    "cli.recovery.file_exists": (
        "{path} bestaat al; een herstelsleutel wordt nooit over een bestand geschreven. Niets "
        "gemaakt of gewijzigd.",
        "{path} exists; a recovery key is never written over a file. Nothing was made or changed.",
    ),
    "cli.recovery.file_note": (
        "rondom: herstelsleutel van {path}, gemaakt op {day}. Bewaar dit bestand veilig.",
        "rondom: recovery key of {path}, made on {day}. Keep this file safe.",
    ),
    "cli.recovery.file_unreadable": (
        "Het bestand met de herstelsleutel is niet te lezen: {reason}",
        "The recovery key file cannot be read: {reason}",
    ),
    "cli.recovery.written": (
        "Herstelsleutel geschreven naar {path} (alleen voor jou leesbaar). Bewaar hem veilig, "
        "apart van deze computer.",
        "Recovery key written to {path} (readable by you only). Keep it safe, away from this "
        "computer.",
    ),
    "cli.recovery.replaced": (
        "Nieuwe herstelsleutel ingesteld; de vorige opent de opslag en de back-ups niet meer.",
        "New recovery key set; the previous one no longer opens the store or its backups.",
    ),
    "cli.backups.where": ("Back-ups in {folder}", "Backups in {folder}"),
    "cli.backups.policy": (
        "Bewaard: de laatste {daily} dagelijkse, {weekly} wekelijkse en {events} bij import, "
        "terugzetten of wissen.",
        "Kept: the last {daily} daily, {weekly} weekly and {events} made before an import, "
        "restore or erasure.",
    ),
    "cli.backups.none": ("Nog geen back-ups.", "No backups yet."),
    "cli.restore.backup": (
        "Back-up {name} van {when} ({reason}): {held}.",
        "Backup {name} of {when} ({reason}): {held}.",
    ),
    "cli.restore.replaces": (
        "Die komt in de plaats van de opslag zoals die nu is ({n} dossiers); die wordt eerst "
        "zelf als back-up bewaard. Het toegangslog blijft compleet en gewiste dossiers blijven "
        "gewist.",
        "It takes the place of the store as it is now ({n} cases), which is kept as a backup "
        "first. The access log stays complete and erased cases stay erased.",
    ),
    "cli.restore.replaces.one": (
        "Die komt in de plaats van de opslag zoals die nu is ({n} dossier); die wordt eerst "
        "zelf als back-up bewaard. Het toegangslog blijft compleet en gewiste dossiers blijven "
        "gewist.",
        "It takes the place of the store as it is now ({n} case), which is kept as a backup "
        "first. The access log stays complete and erased cases stay erased.",
    ),
    "cli.restore.question": ("Deze back-up terugzetten? (j/n) ", "Restore this backup? (y/n) "),
    "cli.restore.needs_yes": (
        "Terugzetten vraagt om bevestiging: geef --yes (er is geen terminal om het te vragen). "
        "Er is niets veranderd.",
        "Restoring needs a confirmation: give --yes (there is no terminal to ask). Nothing was "
        "changed.",
    ),
    "cli.restore.cancelled": (
        "Niet teruggezet; er is niets veranderd.",
        "Not restored; nothing was changed.",
    ),
    "cli.restore.done": (
        "Back-up teruggezet: de opslag heeft nu {cases}.",
        "Backup restored: the store now holds {cases}.",
    ),
    "cli.restore.kept": (
        "De opslag zoals die was, is bewaard als back-up {name}.",
        "The store as it was is kept as backup {name}.",
    ),
    # -- backups, everywhere ----------------------------------------------------------------
    "backups.col.date": ("datum", "date"),
    "backups.col.reason": ("reden", "reason"),
    "backups.col.cases": ("dossiers", "cases"),
    "backups.col.size": ("grootte", "size"),
    "backups.col.file": ("bestand", "file"),
    "backups.reason.daily": ("dagelijks", "daily"),
    "backups.reason.import": ("voor import", "before import"),
    "backups.reason.restore": ("voor terugzetten", "before restore"),
    "backups.reason.erase": ("voor wissen", "before erasure"),
    "backups.reason.passwd": ("voor sleutelwissel", "before key change"),
    "backups.unreadable": ("onleesbaar", "unreadable"),
    "backups.other_store": ("andere opslag", "other store"),
    "backups.erased_again": (
        "{n} dossiers die na deze back-up zijn gewist, zijn opnieuw gewist.",
        "{n} cases erased after this backup were erased again.",
    ),
    "backups.erased_again.one": (
        "{n} dossier dat na deze back-up is gewist, is opnieuw gewist.",
        "{n} case erased after this backup was erased again.",
    ),
    "backups.cmd": ("Back-ups", "Backups"),
    "backups.cmd_help": (
        "de kopieën van de opslag bekijken en er een terugzetten",
        "see the copies of the store and restore one",
    ),
    "backups.title": ("Back-ups van de opslag", "Backups of the store"),
    "backups.reading": ("Back-ups worden gelezen…", "Reading the backups…"),
    "backups.hint": (
        "enter zet de gekozen back-up terug (je krijgt eerst de vraag).",
        "enter restores the chosen backup (you are asked first).",
    ),
    "backups.problem": (
        "De laatste back-up is mislukt: {reason}",
        "The last backup failed: {reason}",
    ),
    "backups.question": (
        "De back-up van {when} ({reason}) terugzetten?",
        "Restore the backup of {when} ({reason})?",
    ),
    "backups.restoring": ("Bezig met terugzetten…", "Restoring…"),
    "backups.wait": (
        "Even wachten: de back-up wordt gelezen of teruggezet.",
        "Please wait: the backup is being read or restored.",
    ),
    "backups.key.restore": ("terugzetten", "restore"),
    "backups.key.back": ("terug", "back"),
    "backup.other_store": (
        "Dit is geen back-up van deze opslag (of het is geen opslagbestand van versie 2).",
        "This is not a backup of this store (or not a version 2 store file).",
    ),
    "backup.missing": ("Back-up niet gevonden: {path}", "Backup not found: {path}"),
}
