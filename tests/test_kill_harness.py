"""SIGKILL at random points of every write path loses nothing (see tests/reliability/kill_harness.py).

About 50 kills per path here; the long run (1,000 per path) and its figures
are in docs/reliability.md.
"""

import pytest

from reliability import kill_harness

KILLS = 50


@pytest.mark.slow
@pytest.mark.parametrize("path", kill_harness.PATHS)
def test_kills_on_a_write_path_lose_nothing(path):
    [figures] = kill_harness.run([path], kills=KILLS, workers=2)
    assert figures.kills == KILLS
    assert figures.failures == 0, "\n".join(figures.examples)
    assert figures.reported_edits > KILLS  # the sessions did work before they died
    if path not in ("clean_exit",):
        # Kills must also land inside writes, not only between them, or the test proves little.
        assert sum(n for where, n in figures.mid_write.items() if where != "between writes") > 0, figures.mid_write
