"""De Tijdlijn as data: the grid of lanes and time columns, stacking of overlaps at every zoom
level, the axis, navigation between events, and the analysis (waiting times, clusters, filters).
Pure: events in, cells and figures out. Imports only `rondom_tui.domain` and
`rondom_tui.i18n.texts` (the language is an argument)."""
