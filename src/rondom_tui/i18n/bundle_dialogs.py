"""Messages of the app's export and import screens and of this store's key: id -> (Dutch,
English). The bundle layer's own words (errors, the preview) are in `bundle.py`."""

MESSAGES: dict[str, tuple[str, str]] = {
    "bundleui.more": ("… en nog {n}", "… and {n} more"),
    "bundleui.own_key": (
        "De bundelsleutel van deze opslag (geef hem aan een collega; f2 kopieert): {key}",
        "This store's bundle key (hand it to a colleague; f2 copies): {key}",
    ),
    "bundleui.wait": (
        "Even geduld: de bundel wordt nog verwerkt.",
        "One moment: the bundle is still being processed.",
    ),
    "export.key.export": ("Exporteren", "Export"),
    "export.key.copy_own": ("Bundelsleutel kopiëren", "Copy bundle key"),
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
        "kan alleen na je bevestiging; het toegangslog legt vast dat er geen toestemming was.",
        "⚠ The marked cases have no recorded consent for sharing. Exporting them needs your "
        "confirmation; the access log records that there was no consent.",
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
        "Bijvoorbeeld de bundelsleutel die `rondom id` bij je collega toont, of "
        "~/.ssh/collega.pub.",
        "For example the bundle key `rondom id` shows at your colleague's, or "
        "~/.ssh/colleague.pub.",
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
    "import.identity_label": (
        "Extra sleutelbestand (mag leeg)",
        "Extra encryption key file (optional)",
    ),
    "import.identity_placeholder": (
        "bv. ~/.ssh/id_ed25519 of key.txt van age-keygen",
        "e.g. ~/.ssh/id_ed25519 or key.txt from age-keygen",
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
    "import.no_replace_pseudonymised": (
        "Vervangen kan niet: deze bundel is gepseudonimiseerd en zou namen, contactgegevens en "
        "geboortedatum van bestaande dossiers wissen.",
        "Replacing is not offered: this bundle is pseudonymised and would erase the names, "
        "contact details and dates of birth of existing cases.",
    ),
    "import.replace_question": (
        "{n} bestaande dossiers vervangen door die uit de bundel?",
        "Replace {n} existing cases with the bundle's?",
    ),
    "import.replace_question.one": (
        "{n} bestaand dossier vervangen door dat uit de bundel?",
        "Replace {n} existing case with the bundle's?",
    ),
    "import.replace_detail": (
        "Hun gebeurtenissen en zelfevaluaties in deze opslag worden ook vervangen.",
        "Their events and self-assessments in this store are replaced as well.",
    ),
    "identity.title": ("Je bundelsleutel", "Your bundle key"),
    "identity.explain": (
        "Geef deze publieke sleutel aan een collega: een bundel die voor deze sleutel "
        "versleuteld is, kan alleen deze opslag openen.",
        "Hand this public encryption key to a colleague: a bundle encrypted to it can only be "
        "opened by this store.",
    ),
    "identity.hint": ("c = kopiëren · esc = sluiten", "c = copy · esc = close"),
    "identity.key.copy": ("Kopiëren", "Copy"),
    "identity.key.close": ("Sluiten", "Close"),
    "identity.copied": ("Bundelsleutel gekopieerd.", "Bundle key copied."),
    "identity.cmd": ("Mijn bundelsleutel", "My bundle key"),
    "identity.cmd_help": (
        "toon de bundelsleutel (age) van deze opslag, om aan een collega te geven",
        "show this store's bundle key (an age encryption key), to hand to a colleague",
    ),
    "caselist.key.export": ("Export", "Export"),
    "caselist.key.import": ("Import", "Import"),
}
