"""Undo, redo, save and reopen as a state machine over the editor's commands
(tests/reliability/editor_states.py): 200 runs of up to 50 steps."""

import pytest

from reliability import editor_states


@pytest.mark.slow
def test_history_scene_and_file_agree_after_every_step(qapp):
    editor_states.check(runs=200, steps=50)


def test_the_machine_notices_a_broken_history(qapp, monkeypatch):
    """A history whose undo forgets to undo must be caught, or the test above proves nothing."""
    from hypothesis.errors import Flaky

    from journeymapper.ui.undo import ChangesCommand

    monkeypatch.setattr(ChangesCommand, "undo", lambda self: None)
    # Hypothesis reports several distinct failures together (an undo on a full
    # disk that says nothing, a history that no longer replays) as a group.
    with pytest.raises((AssertionError, Flaky, ExceptionGroup)) as caught:
        editor_states.check(runs=30, steps=20)
    if isinstance(caught.value, ExceptionGroup):
        assert caught.value.subgroup(AssertionError) is not None
