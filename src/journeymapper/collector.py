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
What opening made is then set aside for as long as any project window is
open (``keep_out_of_collections``, ``CollectorShare``).
"""

import gc
import threading
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0  # pauses under way, on any thread
_resume = False  # whether the collector was on when the first of them began
_shares = 0  # windows keeping what opening set aside out of collections (and openings not yet shown)
_unclaimed = 0  # openings that set objects aside and whose window has not taken its share yet


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
            if _pauses == 0 and _resume:
                gc.enable()


def keep_out_of_collections() -> None:
    """Every object the collector tracks is set aside (``gc.freeze``) until the last
    window's ``CollectorShare`` is released.

    Called while paused, at the end of a burst whose objects live on (a project
    just opened: its records and its layout live as long as its window). Turned
    back on, the collector would at once walk all of them, freeing nothing: 12-16
    ms on the way to the first paint at 2,000 cards, measured. Set aside, they are
    still freed by reference counting; only a cycle among them waits.

    The opening holds a share from here until its window takes it over (the
    next ``CollectorShare``): a window closing meanwhile gives nothing back."""
    global _shares, _unclaimed
    with _lock:
        gc.freeze()
        _shares += 1
        _unclaimed += 1


class CollectorShare:
    """A project window's part in keeping what opening set aside out of collections.

    ``gc.freeze`` is one for the whole process: what one window's opening set
    aside cannot be given back apart from the rest. So the set-aside objects
    come back to the collector when the last window releases its share, not
    when any window closes (that gave every other open window's records back
    to be walked again and again). A closed window's cycles wait until then;
    reference counting still frees everything else at once."""

    def __init__(self) -> None:
        global _shares, _unclaimed
        with _lock:
            if _unclaimed:
                _unclaimed -= 1  # the share the opening of this window's project took
            else:
                _shares += 1
        self._held = True

    def release(self) -> None:
        """The window is closing (a second call does nothing)."""
        global _shares
        with _lock:
            if not self._held:
                return
            self._held = False
            _shares -= 1
            if _shares == 0:
                gc.unfreeze()


def shares() -> int:
    """How many windows hold a share (for tests)."""
    return _shares
