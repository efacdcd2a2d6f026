"""The store's lock: reads never wait for the disk, changes keep their order.

Every public method of the store holds this lock while it reads or changes the data in
memory, so a read on the UI thread and a save on the save thread never see half a change. A
committed change is encoded under the lock (a consistent record), but written to disk only
when the thread lets go of its outermost hold: while that write and its fsync run, reads go on
and a change from another thread waits (`changing`), so saves reach the disk in the order they
were made and a failed save can be undone before anything else changes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class Guard:
    """A re-entrant lock whose outermost release writes what the holder committed."""

    def __init__(self, write: Callable[[], None]) -> None:
        self._lock = threading.RLock()
        self._write_done = threading.Condition(self._lock)
        self._write = write
        self._writer: threading.Thread | None = None
        self._local = threading.local()

    def _depth(self) -> int:
        depth: int = getattr(self._local, "depth", 0)
        return depth

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Hold the data still for reading; never waits for a disk write in progress."""
        self._enter()
        try:
            yield
        finally:
            self._leave()

    @contextmanager
    def changing(self) -> Iterator[None]:
        """Hold the data for a change: first waits until another thread's write is on disk
        (or undone), so that nothing is changed on top of a save that may yet fail."""
        self._enter()
        try:
            me = threading.current_thread()
            while self._writer is not None and self._writer is not me:
                self._write_done.wait()
            yield
        finally:
            self._leave()

    def write_on_release(self) -> None:
        """Ask for the write to run when this thread lets go of its outermost hold."""
        self._local.pending = True

    @property
    def writing(self) -> bool:
        """This thread is writing a committed change (and holds no lock meanwhile)."""
        return self._writer is threading.current_thread()

    def _enter(self) -> None:
        self._lock.acquire()
        self._local.depth = self._depth() + 1

    def _leave(self) -> None:
        self._local.depth = depth = self._depth() - 1
        if depth or not getattr(self._local, "pending", False):
            self._lock.release()
            return
        self._local.pending = False
        self._writer = threading.current_thread()
        self._lock.release()
        try:
            self._write()
        finally:
            with self._lock:
                self._writer = None
                self._write_done.notify_all()
