"""What the app tells its screens.

Screens ask the app for things by calling it (`store_call`) or with messages of their own; the
app answers the screen in front with these, so it never needs to know which screen that is.
"""

from __future__ import annotations

from textual.message import Message


class DataSaved(Message, bubble=False):
    """A change on the save queue reached the file: show the store as it is now.

    Sent to the screen in front, which may not be the one that asked for the save. A screen
    that shows what the store holds handles it (``on_data_saved``); others need not. It does not
    bubble: the app sent it.
    """

    def can_replace(self, message: Message) -> bool:
        # Meeting mode saves on every score: the screen need only hear about the latest.
        return isinstance(message, DataSaved)
