"""Every file made for people to read: Markdown, HTML, CSV and SVG of the Tijdlijn and of the
seven-keys assessment. Functions from domain objects to text or bytes; writing the file is the
caller's business. Imports `rondom_tui.domain`, `rondom_tui.i18n` and rich (for the picture);
never the store, the bundle layer, the UI or Textual."""
