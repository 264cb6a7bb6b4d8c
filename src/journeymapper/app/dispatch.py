"""One way for a change to reach the screen: every view of a session, in one fixed order.

The editing session tells its listeners about every committed edit, undo
and redo (``EditingSession.subscribe``). The session's ``Dispatcher`` is the
one listener for all views: it hands each ``Changes`` on in the order of
``Stage``, defined here and nowhere else:

1. ``CANVAS``: the map scene lays its map out again; whatever comes after may
   read the new layout (the frame round the inspected header, a header's box).
2. ``PANELS``: the project panel (maps, personas, card counts) and the
   structure list (phases, steps, lanes).
3. ``INSPECTOR``: the fields of what is inspected.
4. ``WINDOW``: the title and its unsaved mark, the menus, and the shown map
   if it went away.

Each view reads ``changes.kinds`` (and keys) and refreshes only what those
touch. A view attaches itself when it starts showing a session and detaches
itself when it stops (``MapScene.detach``, ...); no owner reaches into a
view to unsubscribe it. The dispatcher subscribes to the session with its
first view and unsubscribes with its last, so a session whose windows have
all closed holds no listener.

Plain Python, no Qt: the order and the attaching are tested without a window.
"""

from collections.abc import Callable
from enum import IntEnum
from weakref import WeakKeyDictionary, ref

from ..domain import Changes
from .editing import EditingSession

Listener = Callable[[Changes], None]


class Stage(IntEnum):
    """Who hears of a change when: lower stages first."""

    CANVAS = 0
    PANELS = 1
    INSPECTOR = 2
    WINDOW = 3


class Dispatcher:
    """The views of one editing session (``views_of(session)``)."""

    def __init__(self, session: EditingSession) -> None:
        # Weakly: the dispatcher is the value of a weak-keyed table whose key is
        # the session; held strongly here, it kept every session ever opened alive.
        self._session = ref(session)
        self._views: list[tuple[Stage, Listener]] = []  # in dispatch order; within a stage, as attached

    def attach(self, stage: Stage, listener: Listener) -> None:
        """``listener(changes)`` is called after every committed edit, in ``stage``'s turn."""
        session = self._session()
        if not self._views and session is not None:
            session.subscribe(self._dispatch)
        at = next((i for i, (other, _) in enumerate(self._views) if other > stage), len(self._views))
        self._views.insert(at, (Stage(stage), listener))

    def detach(self, listener: Listener) -> None:
        """The view no longer hears of changes (also one it would have heard in this dispatch)."""
        self._views = [(stage, other) for stage, other in self._views if other != listener]
        session = self._session()
        if not self._views and session is not None:
            session.unsubscribe(self._dispatch)

    def listeners(self) -> list[tuple[Stage, Listener]]:
        """The attached views in dispatch order."""
        return list(self._views)

    def _dispatch(self, changes: Changes) -> None:
        for entry in list(self._views):
            # A view may go while another is told (a map deleted: the window shows
            # another map and its scene goes): it is not told after it went.
            if entry in self._views:
                entry[1](changes)


_DISPATCHERS: "WeakKeyDictionary[EditingSession, Dispatcher]" = WeakKeyDictionary()


def views_of(session: EditingSession) -> Dispatcher:
    """The one dispatcher of ``session`` (made when first asked for)."""
    dispatcher = _DISPATCHERS.get(session)
    if dispatcher is None:
        dispatcher = _DISPATCHERS[session] = Dispatcher(session)
    return dispatcher
