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
"""

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    """``with collector_paused():`` or ``@collector_paused()``: no cycle collection inside.

    Nests: only the outermost pause turns the collector back on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def keep_out_of_collections() -> None:
    """Every object the collector tracks is set aside for good (``gc.freeze``),
    until ``bring_back`` returns them.

    Called while paused, at the end of a burst whose objects live on (a project
    just opened: its records and its layout live as long as its window). Turned
    back on, the collector would at once walk all of them, freeing nothing: 12-16
    ms on the way to the first paint at 2,000 cards, measured. Set aside, they are
    still freed by reference counting; only a cycle among them waits for
    ``bring_back``."""
    gc.freeze()


def bring_back() -> None:
    """Return what ``keep_out_of_collections`` set aside to the collector (a project
    window closing: cycles among what it held can be freed again)."""
    gc.unfreeze()
