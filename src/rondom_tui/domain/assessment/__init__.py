"""The seven-keys self-assessment: its 1-5 scale, the steps of a meeting, the statistics and the
text bars of a summary. Pure: imports only `rondom_tui.domain` and `rondom_tui.i18n.texts`
(the language is an argument)."""
