"""The floor for starting up: a Textual app with one line of text, nothing of rondom.

`bench/frames.py` starts it in the same pretend terminal as `rondom` and times both to their
first frame. (Underscored: `make bench` does not run it as a group.)
"""

from textual.app import App, ComposeResult
from textual.widgets import Label


class BareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Label("bare textual app")


if __name__ == "__main__":
    BareApp().run()
