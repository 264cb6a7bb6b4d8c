"""Python's cycle collector: paused through bursts on any thread, and what opening set
aside kept aside while any project window is open (gc.freeze is one for the process)."""

import gc

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from journeymapper import collector


def test_what_opening_set_aside_stays_aside_until_the_last_window_lets_go():
    before = collector.shares()
    collector.keep_out_of_collections()  # an opening: its window takes this share over
    first = collector.CollectorShare()
    second = collector.CollectorShare()
    assert collector.shares() == before + 2
    gc.freeze()  # (whatever the second window's opening set aside)
    first.release()
    first.release()  # a second release changes nothing
    assert collector.shares() == before + 1 and gc.get_freeze_count() > 0
    second.release()
    assert collector.shares() == before
    if before == 0:
        assert gc.get_freeze_count() == 0


def test_collector_pauses_nest_and_end_with_the_last():
    was = gc.isenabled()
    gc.enable()
    try:
        with collector.collector_paused():
            with collector.collector_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled()
        gc.disable()
        with collector.collector_paused():
            pass
        assert not gc.isenabled()  # off before the pause: off after it
    finally:
        (gc.enable if was else gc.disable)()


def test_closing_one_of_two_windows_keeps_the_other_s_objects_aside(qtbot, tmp_path):
    """Closing any window gave everything back to the collector while other windows were open."""
    from conftest import close_application_windows
    from journeymapper.app.new_project import sample_project
    from journeymapper.content.markers import untranslated
    from journeymapper.persistence import write_project
    from journeymapper.ui import application

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # earlier tests' windows let go
    paths = []
    for name in ("een", "twee"):
        path = tmp_path / f"{name}.jmap"
        write_project(path, sample_project(untranslated))
        paths.append(path)
    gc.unfreeze()
    try:
        first = application.open_path(paths[0])
        second = application.open_path(paths[1])
        assert gc.get_freeze_count() > 0 and collector.shares() >= 2
        first.close()
        assert gc.get_freeze_count() > 0  # the other window's objects stay aside
        second.close()
        assert collector.shares() > 0 or gc.get_freeze_count() == 0
    finally:
        close_application_windows()
