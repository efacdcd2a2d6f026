"""Messages shared by every part of the app. id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "error.unexpected": ("Er ging iets onverwachts mis.", "Something unexpected went wrong."),
    "error.invalid": ("Ongeldige invoer.", "Invalid input."),
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
}
