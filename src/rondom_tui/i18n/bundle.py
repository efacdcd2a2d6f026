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
        "Geen van uw sleutels opent deze bundel: hij is voor iemand anders versleuteld.",
        "None of your keys opens this bundle: it was encrypted for someone else.",
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
        "This bundle is encrypted to keys, not with a passphrase.",
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
    "bundle.invalid.orphan": (
        "De bundel verwijst naar iets dat er niet in zit (bij {path}).",
        "The bundle refers to something it does not hold (at {path}).",
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
    "summary.cases.one": ("{n} dossier", "{n} case"),
    "summary.cases.many": ("{n} dossiers", "{n} cases"),
    "summary.events.one": ("{n} gebeurtenis", "{n} event"),
    "summary.events.many": ("{n} gebeurtenissen", "{n} events"),
    "summary.assessments.one": ("{n} zelfevaluatie", "{n} self-assessment"),
    "summary.assessments.many": ("{n} zelfevaluaties", "{n} self-assessments"),
    "summary.origin": (
        "Bundel van {user}, gemaakt op {when}",
        "Bundle from {user}, made on {when}",
    ),
    "summary.pseudonymised": (
        "gepseudonimiseerd ({review} tekstvelden nog nalezen)",
        "pseudonymised ({review} text fields still to read)",
    ),
    "summary.new": ("nieuw", "new"),
    "summary.exists": ("bestaat al ({code})", "exists already ({code})"),
    "summary.plan.added": ("toevoegen", "add"),
    "summary.plan.replaced": ("vervangen", "replace"),
    "summary.plan.copied": ("kopie met nieuwe code", "copy with a new code"),
    "summary.plan.skipped": ("overslaan", "skip"),
    "summary.done.added": ("{n} toegevoegd", "{n} added"),
    "summary.done.replaced": ("{n} vervangen", "{n} replaced"),
    "summary.done.copied": ("{n} als kopie toegevoegd", "{n} added as a copy"),
    "summary.done.skipped": ("{n} overgeslagen", "{n} skipped"),
    "summary.result": ("Geïmporteerd: {outcomes}.", "Imported: {outcomes}."),
    "summary.result_dry_run": (
        "Proefrun, er is niets veranderd. Bij importeren: {outcomes}.",
        "Dry run, nothing was changed. On import: {outcomes}.",
    ),
    "summary.more": ("… en nog {n}", "… and {n} more"),
    # -- the app: export and import screens, this store's key ------------------------------
    "bundle.own_key": (
        "De sleutel van deze opslag (geef hem aan een collega; f2 kopieert): {key}",
        "This store's key (hand it to a colleague; f2 copies): {key}",
    ),
    "bundle.wait": (
        "Even geduld: de bundel wordt nog verwerkt.",
        "One moment: the bundle is still being processed.",
    ),
    "export.key.export": ("Exporteren", "Export"),
    "export.key.copy_own": ("Eigen sleutel kopiëren", "Copy own key"),
    "export.key.tick": ("Aan/uit", "Tick"),
    "export.key.all": ("Alle/geen", "All/none"),
    "export.title": (
        "Dossiers exporteren als versleutelde bundel",
        "Export cases as an encrypted bundle",
    ),
    "export.cases_label": (
        "Dossiers (spatie = aan/uit, a = alle/geen)",
        "Cases (space = tick, a = all/none)",
    ),
    "export.goes_in": ("Gaat mee: {counts}", "Goes in: {counts}"),
    "export.none_chosen": ("Kies minstens één dossier.", "Choose at least one case."),
    "export.consent_ok": ("toestemming", "consent"),
    "export.consent_missing": ("geen toestemming", "no consent"),
    "export.consent_explain": (
        "⚠ Voor de gemarkeerde dossiers is geen toestemming voor delen vastgelegd. Exporteren "
        "kan alleen na uw bevestiging; het auditlog legt vast dat er geen toestemming was.",
        "⚠ The marked cases have no recorded consent for sharing. Exporting them needs your "
        "confirmation; the audit log records that there was no consent.",
    ),
    "export.consent_confirm": (
        "Ik bevestig: toch exporteren zonder toestemming",
        "I confirm: export without consent",
    ),
    "export.confirm_consent_first": (
        "Bevestig eerst het delen zonder vastgelegde toestemming, of haal die dossiers uit de "
        "keuze.",
        "First confirm sharing without recorded consent, or untick those cases.",
    ),
    "export.keys_label": ("Versleutelen voor", "Encrypt to"),
    "export.use_passphrase": (
        "Met een wachtwoordzin in plaats van voor ontvangers",
        "With a passphrase instead of to recipients",
    ),
    "export.recipients_placeholder": (
        "age1… of ssh-ed25519 …, of een sleutelbestand; één per regel",
        "age1… or ssh-ed25519 …, or a key file; one per line",
    ),
    "export.recipients_hint": (
        "Bijvoorbeeld de sleutel die `rondom id` bij uw collega toont, of ~/.ssh/collega.pub.",
        "For example the key `rondom id` shows at your colleague's, or ~/.ssh/colleague.pub.",
    ),
    "export.passphrase": (
        "wachtwoordzin voor de bundel (minstens 12 tekens)",
        "passphrase for the bundle (at least 12 characters)",
    ),
    "export.passphrase_again": ("herhaal de wachtwoordzin", "repeat the passphrase"),
    "export.options_label": ("Opties", "Options"),
    "export.pseudonymise": (
        "Gepseudonimiseerd (casusreview): namen en contactgegevens eruit",
        "Pseudonymised (case review): names and contact details removed",
    ),
    "export.armor": (
        "Als tekst (ASCII armor), bv. om in een bericht te plakken",
        "As text (ASCII armor), e.g. to paste into a message",
    ),
    "export.path_label": ("Opslaan als", "Save as"),
    "export.file_one": ("rondom-{code}-{day}.age", "rondom-{code}-{day}.age"),
    "export.file_many": ("rondom-{n}-dossiers-{day}.age", "rondom-{n}-cases-{day}.age"),
    "export.bad_path": (
        "Geef een bestandsnaam in een bestaande map.",
        "Give a file name in an existing folder.",
    ),
    "export.overwrite_question": ("{path} bestaat al. Overschrijven?", "{path} exists. Overwrite?"),
    "export.busy": ("Versleutelen en schrijven…", "Encrypting and writing…"),
    "export.busy_passphrase": (
        "Versleutelen met de wachtwoordzin (dat duurt een paar seconden)…",
        "Encrypting with the passphrase (this takes a few seconds)…",
    ),
    "export.done": (
        "Bundel geschreven naar {path}: {counts}",
        "Bundle written to {path}: {counts}",
    ),
    "import.key.open": ("Openen", "Open"),
    "import.key.import": ("Importeren", "Import"),
    "import.title": ("Een bundel importeren", "Import a bundle"),
    "import.path_label": ("Bundelbestand", "Bundle file"),
    "import.path_placeholder": ("bv. ~/Downloads/dossier.age", "e.g. ~/Downloads/case.age"),
    "import.passphrase_label": ("Wachtwoordzin van de bundel", "The bundle's passphrase"),
    "import.passphrase_placeholder": (
        "alleen als de afzender een wachtwoordzin gebruikte",
        "only if the sender used a passphrase",
    ),
    "import.no_path": ("Geef het pad van de bundel.", "Give the path of the bundle."),
    "import.busy_open": ("Openen en controleren…", "Opening and checking…"),
    "import.busy_import": ("Importeren…", "Importing…"),
    "import.policy_label": ("Dossiers die al bestaan", "Cases that exist already"),
    "import.policy.skip": (
        "overslaan (de eigen versie blijft)",
        "skip (keep this store's version)",
    ),
    "import.policy.replace": (
        "vervangen door die uit de bundel",
        "replace with the bundle's",
    ),
    "import.policy.keep-both": (
        "allebei houden (de bundel als kopie met een nieuwe code)",
        "keep both (the bundle's as a copy with a new code)",
    ),
    "import.replace_question": (
        "{n} bestaande dossier(s) vervangen door die uit de bundel?",
        "Replace {n} existing case(s) with the bundle's?",
    ),
    "import.replace_detail": (
        "Hun gebeurtenissen en zelfevaluaties in deze opslag worden ook vervangen.",
        "Their events and self-assessments in this store are replaced as well.",
    ),
    "identity.title": ("Uw sleutel voor bundels", "Your key for bundles"),
    "identity.explain": (
        "Geef deze publieke sleutel aan een collega: een bundel die voor deze sleutel "
        "versleuteld is, kan alleen deze opslag openen.",
        "Hand this public key to a colleague: a bundle encrypted to it can only be opened by "
        "this store.",
    ),
    "identity.hint": ("c = kopiëren · esc = sluiten", "c = copy · esc = close"),
    "identity.key.copy": ("Kopiëren", "Copy"),
    "identity.key.close": ("Sluiten", "Close"),
    "identity.copied": ("Sleutel gekopieerd.", "Key copied."),
    "identity.cmd": ("Mijn sleutel voor bundels", "My key for bundles"),
    "identity.cmd_help": (
        "toon de age-sleutel van deze opslag, om aan een collega te geven",
        "show this store's age key, to hand to a colleague",
    ),
    "caselist.key.export": ("Exporteren", "Export"),
    "caselist.key.import": ("Importeren", "Import"),
}
