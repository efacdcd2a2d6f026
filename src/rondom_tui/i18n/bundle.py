"""Messages of the bundle area: id -> (Dutch, English).

Parameters are never case data: a field path, a key type, a file name the user gave, a line
number, a limit.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "bundle.error": (
        "Er ging iets mis met de bundel.",
        "Something went wrong with the bundle.",
    ),
    # -- a received bundle that cannot be opened or used ---------------------------------
    "bundle.invalid.too_large": (
        "De bundel is groter dan {limit_mib} MiB en wordt niet geopend.",
        "The bundle is larger than {limit_mib} MiB and is not opened.",
    ),
    "bundle.invalid.empty": ("Het bundelbestand is leeg.", "The bundle file is empty."),
    "bundle.invalid.not_age": (
        "Dit bestand is geen met age versleutelde bundel.",
        "This file is not an age-encrypted bundle.",
    ),
    "bundle.invalid.age_version": (
        "Deze bundel gebruikt een age-versie die dit programma niet kent.",
        "This bundle uses an age version this program does not know.",
    ),
    "bundle.invalid.armor": (
        "De tekstvorm (armor) van de bundel is ongeldig of beschadigd.",
        "The bundle's text (armor) form is invalid or damaged.",
    ),
    "bundle.invalid.header": (
        "De kop van de versleutelde bundel is ongeldig.",
        "The header of the encrypted bundle is invalid.",
    ),
    "bundle.invalid.work_factor": (
        "De bundel vraagt een te zware wachtwoordberekening (werkfactor boven {maximum}) en "
        "wordt niet geopend.",
        "The bundle asks for too heavy a passphrase computation (work factor above {maximum}) "
        "and is not opened.",
    ),
    "bundle.invalid.truncated": (
        "De bundel is onvolledig (afgekapt).",
        "The bundle is incomplete (truncated).",
    ),
    "bundle.invalid.damaged": (
        "De bundel is beschadigd of gewijzigd.",
        "The bundle is damaged or was altered.",
    ),
    "bundle.invalid.wrong_key": (
        "Geen van je sleutels opent deze bundel: hij is voor iemand anders versleuteld.",
        "None of your encryption keys opens this bundle: it was encrypted for someone else.",
    ),
    "bundle.invalid.wrong_passphrase": (
        "De wachtwoordzin van deze bundel is onjuist.",
        "The bundle's passphrase is wrong.",
    ),
    "bundle.invalid.needs_passphrase": (
        "Deze bundel is met een wachtwoordzin beveiligd; open hem met die wachtwoordzin.",
        "This bundle is protected with a passphrase; open it with that passphrase.",
    ),
    "bundle.invalid.needs_identity": (
        "Deze bundel is voor sleutels versleuteld, niet met een wachtwoordzin.",
        "This bundle is encrypted to recipients' encryption keys, not with a passphrase.",
    ),
    "bundle.invalid.not_bundle": (
        "Het bestand is te ontsleutelen, maar het is geen rondom-bundel.",
        "The file decrypts, but it is not a rondom bundle.",
    ),
    "bundle.invalid.version": (
        "Deze bundel heeft formaatversie {version}; dit programma leest versie {supported}.",
        "This bundle has format version {version}; this program reads version {supported}.",
    ),
    "bundle.invalid.field": (
        "De bundel bevat ongeldige gegevens bij veld {path}.",
        "The bundle holds invalid data at field {path}.",
    ),
    "bundle.invalid.checksum": (
        "De controlesom van de bundel klopt niet met de inhoud.",
        "The bundle's checksum does not match its content.",
    ),
    "bundle.invalid.counts": (
        "De aantallen in de inhoudsopgave van de bundel kloppen niet met de inhoud.",
        "The counts in the bundle's manifest do not match its content.",
    ),
    "bundle.invalid.case_ids": (
        "De dossiers in de inhoudsopgave van de bundel kloppen niet met de inhoud.",
        "The cases listed in the bundle's manifest do not match its content.",
    ),
    "bundle.invalid.duplicate_id": (
        "De bundel bevat hetzelfde id twee keer (bij {path}).",
        "The bundle holds the same id twice (at {path}).",
    ),
    "bundle.invalid.period": (
        "De bundel bevat een gebeurtenis die eindigt voordat ze begint (bij {path}).",
        "The bundle holds an event that ends before it starts (at {path}).",
    ),
    "bundle.invalid.orphan": (
        "De bundel verwijst naar iets dat er niet in zit (bij {path}).",
        "The bundle refers to something it does not hold (at {path}).",
    ),
    "bundle.invalid.link": (
        "De bundel bevat een verklaring die niet klopt: een gebeurtenis die zichzelf verklaart, "
        "verklaringen in een kring, of een gebeurtenis van een ander dossier (bij {path}).",
        "The bundle holds an explanation that does not hold: an event explaining itself, "
        "explanations in a circle, or an event of another case (at {path}).",
    ),
    "bundle.invalid.no_cases": (
        "De bundel bevat geen dossiers.",
        "The bundle holds no cases.",
    ),
    # -- recipients, identities, passphrases ---------------------------------------------
    "bundle.key.invalid_recipient": (
        "Geen geldige ontvanger: gebruik een age1…-sleutel, een ssh-ed25519-sleutel of een "
        "bestand met sleutels.",
        "Not a valid recipient: use an age1… key, an ssh-ed25519 key or a file of keys.",
    ),
    "bundle.key.invalid_recipient_line": (
        "{path}, regel {line}: geen geldige age- of ssh-sleutel.",
        "{path}, line {line}: not a valid age or ssh public key.",
    ),
    "bundle.key.unsupported_type": (
        "Sleuteltype {kind} wordt niet ondersteund; gebruik een age1…- of ssh-ed25519-sleutel.",
        "Key type {kind} is not supported; use an age1… or ssh-ed25519 key.",
    ),
    "bundle.key.plugin_recipient": (
        "Post-quantum- en plugin-sleutels van age worden niet ondersteund; vraag om een "
        "gewone age1…-sleutel.",
        "Post-quantum and plugin age keys are not supported; ask for a plain age1… key.",
    ),
    "bundle.key.secret_age_file": (
        "{path} bevat een geheime age-sleutel (AGE-SECRET-KEY-…), geen ontvanger: geef de "
        "publieke age1…-sleutel; age-keygen -y {path} toont die.",
        "{path} holds a secret age key (AGE-SECRET-KEY-…), not a recipient: give the public "
        "age1… key; age-keygen -y {path} prints it.",
    ),
    "bundle.key.secret_age": (
        "Dit is een geheime age-sleutel (AGE-SECRET-KEY-…), geen ontvanger: geef de publieke "
        "age1…-sleutel (age-keygen -y SLEUTELBESTAND toont die) en deel de geheime met niemand.",
        "This is a secret age key (AGE-SECRET-KEY-…), not a recipient: give the public age1… "
        "key (age-keygen -y KEYFILE prints it) and share the secret one with no one.",
    ),
    "bundle.key.secret_ssh_file": (
        "{path} is een privésleutel, geen publieke sleutel: geef de publieke ssh-sleutel, "
        "meestal het bestand met .pub erachter ({path}.pub).",
        "{path} is a private key, not a public key: give the public ssh key, usually the file "
        "with .pub after its name ({path}.pub).",
    ),
    "bundle.key.secret_ssh": (
        "Dit is een privésleutel, geen publieke sleutel: geef de publieke ssh-sleutel (het "
        ".pub-bestand) en deel de privésleutel met niemand.",
        "This is a private key, not a public key: give the public ssh key (the .pub file) and "
        "share the private key with no one.",
    ),
    "bundle.key.no_keys": (
        "{path} bevat geen publieke sleutels.",
        "{path} holds no public keys.",
    ),
    "bundle.key.unreadable": (
        "Het sleutelbestand {path} is niet te lezen.",
        "The key file {path} cannot be read.",
    ),
    "bundle.key.invalid_identity_file": (
        "{path} is geen bestand met age- of ssh-sleutels.",
        "{path} is not a file of age or ssh keys.",
    ),
    "bundle.key.invalid_identity_line": (
        "{path}, regel {line}: geen geheime age-sleutel (AGE-SECRET-KEY-1…).",
        "{path}, line {line}: not an age secret key (AGE-SECRET-KEY-1…).",
    ),
    "bundle.key.public_not_identity": (
        "{path} bevat een publieke sleutel, geen geheime: kies het bestand met de geheime "
        "sleutel (van age-keygen, of de ssh-sleutel zonder .pub).",
        "{path} holds a public key, not a secret one: choose the file with the secret key "
        "(from age-keygen, or the ssh key without .pub).",
    ),
    "bundle.key.no_identities": (
        "{path} bevat geen geheime sleutels.",
        "{path} holds no secret keys.",
    ),
    "bundle.key.unsupported_identity": (
        "Dit soort geheime sleutel wordt niet ondersteund; gebruik een age-sleutel "
        "(age-keygen) of een ssh-ed25519-sleutel.",
        "This kind of secret key is not supported; use an age key (age-keygen) or an "
        "ssh-ed25519 key.",
    ),
    "bundle.key.encrypted_ssh": (
        "Deze ssh-sleutel is met een wachtwoordzin beveiligd en kan hier niet gebruikt worden; "
        "gebruik een age-sleutel (age-keygen).",
        "This ssh key is protected with a passphrase and cannot be used here; use an age key "
        "(age-keygen).",
    ),
    "bundle.key.encrypted_identity_file": (
        "Dit sleutelbestand is zelf met age versleuteld; dat wordt niet ondersteund.",
        "This identity file is itself encrypted with age; that is not supported.",
    ),
    "bundle.key.none": (
        "Geef minstens één ontvanger of een wachtwoordzin.",
        "Give at least one recipient or a passphrase.",
    ),
    "bundle.key.both": (
        "Kies ontvangers of een wachtwoordzin, niet allebei.",
        "Choose recipients or a passphrase, not both.",
    ),
    "bundle.key.passphrase_too_short": (
        "De wachtwoordzin van een bundel moet minstens {minimum} tekens lang zijn.",
        "A bundle's passphrase must be at least {minimum} characters long.",
    ),
    # -- exporting -----------------------------------------------------------------------
    "bundle.export.nothing": (
        "Er zijn geen dossiers om te exporteren.",
        "There are no cases to export.",
    ),
    "bundle.export.case_not_found": (
        "Geen dossier met id of code {case}.",
        "No case with id or code {case}.",
    ),
    "bundle.export.too_large": (
        "De bundel zou groter worden dan {limit_mib} MiB; exporteer minder dossiers tegelijk.",
        "The bundle would be larger than {limit_mib} MiB; export fewer cases at a time.",
    ),
    "bundle.export.work_factor": (
        "Deze computer koos een te zware wachtwoordberekening voor de bundel; gebruik "
        "ontvangers in plaats van een wachtwoordzin.",
        "This computer chose too heavy a passphrase computation for the bundle; use "
        "recipients instead of a passphrase.",
    ),
    # -- files ---------------------------------------------------------------------------
    "bundle.file.is_store": (
        "{path} is de opslag zelf, het slot of een reservekopie ervan (of een koppeling "
        "ernaar); daar wordt nooit een export geschreven.",
        "{path} is the store itself, its lock or one of its backups (or a link to one); an "
        "export is never written there.",
    ),
    "bundle.file.special": (
        "{path} is geen gewoon bestand (een pipe of apparaat?); geef een bundelbestand, of - "
        "voor standaardinvoer.",
        "{path} is not a regular file (a pipe or a device?); give a bundle file, or - for "
        "standard input.",
    ),
    "bundle.file.unreadable": (
        "Het bundelbestand {path} is niet te lezen.",
        "The bundle file {path} cannot be read.",
    ),
    "bundle.file.exists": (
        "{path} bestaat al en wordt niet overschreven.",
        "{path} already exists and is not overwritten.",
    ),
    "bundle.file.write_failed": (
        "De bundel kon niet naar {path} geschreven worden.",
        "The bundle could not be written to {path}.",
    ),
    # -- preview and outcome (bundle/summary.py) -----------------------------------------
    "bundle.summary.case": ("{n} dossier", "{n} case"),
    "bundle.summary.cases": ("{n} dossiers", "{n} cases"),
    "bundle.summary.event": ("{n} gebeurtenis", "{n} event"),
    "bundle.summary.events": ("{n} gebeurtenissen", "{n} events"),
    "bundle.summary.assessment": ("{n} zelfevaluatie", "{n} self-assessment"),
    "bundle.summary.assessments": ("{n} zelfevaluaties", "{n} self-assessments"),
    "bundle.summary.link": ("{n} verklaring", "{n} explanation"),
    "bundle.summary.links": ("{n} verklaringen", "{n} explanations"),
    "bundle.summary.plan_item": ("{n} plandoel", "{n} plan item"),
    "bundle.summary.plan_items": ("{n} plandoelen", "{n} plan items"),
    "bundle.summary.origin": (
        "Bundel van {user}, gemaakt op {when}",
        "Bundle from {user}, made on {when}",
    ),
    "bundle.summary.pseudonymised": (
        "gepseudonimiseerd ({review} tekstvelden nog nalezen)",
        "pseudonymised ({review} text fields still to read)",
    ),
    "bundle.summary.pseudonymised.one": (
        "gepseudonimiseerd ({review} tekstveld nog nalezen)",
        "pseudonymised ({review} text field still to read)",
    ),
    "bundle.summary.pseudonymised_meaning": (
        "Gepseudonimiseerd: een bundel voor een casusbespreking. Namen, contactgegevens en "
        "geboortedatum (alleen het jaar blijft) zijn eruit gehaald. Zo'n dossier komt binnen "
        "als gemarkeerde kopie en vervangt of verandert nooit een dossier in deze opslag.",
        "Pseudonymised: a bundle for a case review. Names, contact details and the date of "
        "birth (only the year stays) were taken out. Such a case comes in as a marked copy and "
        "never replaces or changes a case in this store.",
    ),
    "bundle.import.pseudonymised_replace": (
        "Een gepseudonimiseerde bundel vervangt geen dossiers: {codes} staan al in deze "
        "opslag. Kies skip (overslaan) of keep-both (erbij als gemarkeerde kopie).",
        "A pseudonymised bundle does not replace cases: {codes} are in this store already. "
        "Choose skip or keep-both (added as a marked copy).",
    ),
    "bundle.summary.new": ("nieuw", "new"),
    "bundle.summary.exists": ("bestaat al", "exists already"),
    "bundle.summary.exists_as": ("bestaat al als {code}", "exists already as {code}"),
    "bundle.summary.plan.added": ("toevoegen", "add"),
    "bundle.summary.plan.replaced": ("vervangen", "replace"),
    "bundle.summary.plan.copied": ("kopie met nieuwe code", "copy with a new code"),
    "bundle.summary.plan.skipped": ("overslaan", "skip"),
    "bundle.summary.done.added": ("{n} toegevoegd", "{n} added"),
    "bundle.summary.done.replaced": ("{n} vervangen", "{n} replaced"),
    "bundle.summary.done.copied": ("{n} als kopie toegevoegd", "{n} added as a copy"),
    "bundle.summary.done.skipped": ("{n} overgeslagen", "{n} skipped"),
    "bundle.summary.result": ("Geïmporteerd: {outcomes}.", "Imported: {outcomes}."),
    "bundle.summary.result_dry_run": (
        "Proefrun, er is niets veranderd. Bij importeren: {outcomes}.",
        "Dry run, nothing was changed. On import: {outcomes}.",
    ),
}
