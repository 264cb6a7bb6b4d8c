"""Pausing Python's cycle collector through bursts of allocation.

Opening a 2,000-card map makes some 100,000 small objects (records, shapes,
scene items) in a fraction of a second. Each 700 of them start a collection,
and the older generations are walked whole again and again: 167 collections,
0.08-0.10 s of a 0.5 s open, measured (``benchmarks/``). The objects are
almost all acyclic and live on; none of that work frees anything. So the
paths that allocate in bursts (laying out and building the scene, drawing
lane pictures, exporting) run with the collector paused. Objects are still
freed by reference counting the moment they are unused; only cycles wait,
and the next collection after the burst finds them.

The pauses, all through ``collector_paused``: reading a project and laying
out its first map (``app.opening``, on a worker thread); building a project
window and its first scene (``ProjectWindow``); laying a map out again after
an edit (``MapScene.rebuild``); making the card items opening left for later
(``StagedOpening.make_cards``); drawing a lane's zoomed-out picture
(``LanePicture.image``); planning and painting an export (``app.exporting``).
What opening made is then set aside for as long as any project opened that
way is open (``keep_out_of_collections``, ``CollectorShare``).
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

LARGE_BURST = 50_000  # objects made and still alive at the end of a pause: set aside with opening's

_lock = threading.Lock()
_pauses = 0  # pauses under way, on any thread
_resume = False  # whether the collector was on when the first of them began
_shares = 0  # opened projects keeping what their opening set aside out of collections


@contextmanager
def collector_paused():
    """``with collector_paused():`` or ``@collector_paused()``: no cycle collection inside.

    Counted across threads (opening lays a map out on a worker thread while the
    window may draw a lane picture): the collector is turned off by the first
    pause and back on by the last, and only if it was on before the first."""
    global _pauses, _resume
    with _lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0:
                if _shares and gc.get_count()[0] > LARGE_BURST:
                    # Objects a large burst made and that live on (a paste of thousands
                    # of cards: records, layout, items) join what opening set aside:
                    # left in the collector, the next collections walked them all and
                    # freed nothing (0.1-0.2 s after a 20,000-line paste, measured).
                    gc.freeze()
                if _resume:
                    gc.enable()


def keep_out_of_collections() -> CollectorShare:
    """Every object the collector tracks is set aside (``gc.freeze``) until the last
    ``CollectorShare`` is released; the one returned is the caller's.

    Called while paused, at the end of a burst whose objects live on (a project
    just opened: its records and its layout live as long as its window). Turned
    back on, the collector would at once walk all of them, freeing nothing: 12-16
    ms on the way to the first paint at 2,000 cards, measured. Set aside, they are
    still freed by reference counting; only a cycle among them waits.

    The share goes with what was opened (``ProjectSession.keep_aside``), so closing
    the project gives it back whoever closes it: a window, or a caller that opened
    without showing one."""
    global _shares
    with _lock:
        gc.freeze()
        _shares += 1
    return CollectorShare()


class CollectorShare:
    """An opened project's part in keeping what its opening set aside out of collections.

    ``gc.freeze`` is one for the whole process: what one project's opening set
    aside cannot be given back apart from the rest. So the set-aside objects
    come back to the collector when the last share is released, not when any
    project closes (that gave every other open window's records back to be
    walked again and again). A closed project's cycles wait until then;
    reference counting still frees everything else at once.

    Made only by ``keep_out_of_collections``, which counts it."""

    def __init__(self) -> None:
        self._held = True

    def release(self) -> None:
        """The project is closing (a second call does nothing)."""
        global _shares
        with _lock:
            if not self._held:
                return
            self._held = False
            _shares -= 1
            if _shares == 0:
                gc.unfreeze()


def shares() -> int:
    """How many opened projects hold a share (for tests)."""
    return _shares
