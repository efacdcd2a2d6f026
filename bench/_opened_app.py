"""The app as `rondom --store STORE` runs it, telling when the store is open.

`python bench/_opened_app.py STORE MARK_FILE` shows the unlock screen; when the typed
passphrase has opened the store, it writes the monotonic clock to MARK_FILE just before the app
shows the case list (after the unlock screen's thread has made the list's rows).
`bench/frames.py` runs it in a pty and times the case list's first frame from that mark.
(Underscored: `make bench` does not run it as a group.)
"""

import sys
import time
from pathlib import Path

from rondom_tui.store.repository import Store
from rondom_tui.ui import app as app_module
from rondom_tui.ui.app import RondomApp


class MarkedApp(RondomApp):
    # The app's sheets, as rondom reads them (not beside this file): with app.tcss alone, the
    # unlock and the case list screens each made a parse of every sheet that rondom does not.
    CSS_PATH = [str(Path(app_module.__file__).parent / path) for path in RondomApp.CSS_PATH]
    mark: Path

    def store_opened(self, store: Store) -> None:
        self.mark.write_text(repr(time.monotonic()))
        super().store_opened(store)


def main() -> None:
    MarkedApp.mark = Path(sys.argv[2])
    app = MarkedApp(Path(sys.argv[1]), idle_lock_minutes=0)
    try:
        app.run()
    finally:
        app.close_store()


if __name__ == "__main__":
    main()
