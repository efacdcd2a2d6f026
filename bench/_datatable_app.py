"""The floor for the case list: Textual's own DataTable holding N rows of the list's columns.

`python bench/_datatable_app.py N` shows a DataTable of N fictional rows (code, child, school
and group, status, events, last change) with the cursor on the first, nothing of rondom.
`bench/frames.py` presses Down in it in the same pretend terminal as the case list, and reads
its peak memory (issue 14's floors: "DataTable 731 B" per Down, "DataTable with 10k rows
57 MB"). (Underscored: `make bench` does not run it as a group.)
"""

import sys

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Label

READY = "datatable floor"
"""The line above the table: `bench/frames.py` waits for it before pressing keys."""
COLUMNS = ("Code", "Kind", "School · groep", "Status", "Gebeurt.", "Gewijzigd")
SCHOOLS = ("IKC Duinpieper", "OBS Het Zeekompas", "SBO De Oversteek", "CBS De Lichtboei")


def row(index: int) -> tuple[str, ...]:
    """A fictional row as wide as the case list's."""
    school = f"{SCHOOLS[index % len(SCHOOLS)]} · groep {3 + index % 6}"
    status = "● open" if index % 4 else "○ gesloten"
    return (f"K-{index:04X}", f"Kind {index}", school, status, str(5 + index % 17), "06-12-2026")


class TableApp(App[None]):
    def __init__(self, rows: int) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield Label(READY)
        yield DataTable(cursor_type="row")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(*COLUMNS)
        table.add_rows(row(index) for index in range(self.rows))
        table.focus()


if __name__ == "__main__":
    TableApp(int(sys.argv[1])).run()
