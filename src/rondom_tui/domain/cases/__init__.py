"""Case files: the case list's rows, the checks on what a person types into the case forms, and
keeping names off shared screens and out of shared files (redaction, pseudonymisation).
Pure: imports only `rondom_tui.domain` and `rondom_tui.i18n.texts`
(the language is an argument)."""
