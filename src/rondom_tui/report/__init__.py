"""Every file made for people to read: Markdown, HTML, CSV and SVG of the Tijdlijn and of the
seven-keys assessment. Functions from domain objects to text or bytes; writing the file is the
caller's business; so is the language (`lang`) and the picture's colours (a `TimelinePalette`,
the print palette by default). Imports `rondom_tui.domain`, `rondom_tui.i18n.texts` and rich
(for the picture); never the session's language, the store, the bundle layer, the UI or
Textual."""
