"""Python's cycle collector: paused through bursts on any thread, and what opening set
aside kept aside while any project opened for editing is open (gc.freeze is one for the process)."""

import gc

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from journeymapper import collector


def test_what_opening_set_aside_stays_aside_until_the_last_share_is_released():
    before = collector.shares()
    first = collector.keep_out_of_collections()  # one project's opening
    second = collector.keep_out_of_collections()  # another's
    assert collector.shares() == before + 2 and gc.get_freeze_count() > 0
    first.release()
    first.release()  # a second release changes nothing
    assert collector.shares() == before + 1 and gc.get_freeze_count() > 0
    second.release()
    assert collector.shares() == before
    if before == 0:
        assert gc.get_freeze_count() == 0


def test_a_project_opened_for_editing_gives_its_share_back_when_closed_without_a_window(sample_file):
    """Opening set objects aside for a window that never came: the share was left behind,
    and the collector never walked those objects again while the process lived."""
    from journeymapper.app.opening import open_for_editing
    from journeymapper.layout import Labels

    before = collector.shares()
    project, _cache = open_for_editing(sample_file, Labels())
    assert collector.shares() == before + 1
    project.close()
    assert collector.shares() == before


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
    before = collector.shares()
    try:
        first = application.open_path(paths[0])
        second = application.open_path(paths[1])
        assert gc.get_freeze_count() > 0 and collector.shares() == before + 2
        first.close()
        assert gc.get_freeze_count() > 0 and collector.shares() == before + 1  # the other's stay aside
        second.close()
        assert collector.shares() == before
        if before == 0:
            assert gc.get_freeze_count() == 0
    finally:
        close_application_windows()


def test_a_large_burst_that_lives_on_is_set_aside_only_while_a_project_keeps_its_own_aside():
    """A paste of 20,000 lines left some 400,000 new objects for the collector to walk
    again and again, freeing nothing; set aside, they are walked no more."""
    share = collector.keep_out_of_collections()
    try:
        before = gc.get_freeze_count()
        with collector.collector_paused():
            kept = [[n] for n in range(collector.LARGE_BURST + 1000)]  # lists: objects the collector tracks
        assert gc.get_freeze_count() >= before + len(kept)
        with collector.collector_paused():
            few = [[n] for n in range(100)]
        assert gc.get_freeze_count() < before + len(kept) + len(few)  # a small burst stays with the collector
    finally:
        share.release()
    if collector.shares() == 0:
        assert gc.get_freeze_count() == 0
        with collector.collector_paused():
            more = [[n] for n in range(collector.LARGE_BURST + 1000)]
        assert gc.get_freeze_count() == 0 and more  # nothing kept aside: nothing to give back later
