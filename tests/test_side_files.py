"""Side files another program left beside a project (-wal, a hot -journal).

Their changes are read in (a WAL's commits) or finished (a crashed write
rolled back) through a private copy, never in place; check reports them;
and once we have written the file, no side file of the old one is left for
the next SQLite program to apply to the new one.
"""

import sqlite3

import pytest

from conftest import run_cli
from journeymapper.domain import Kind
from journeymapper.persistence import FileProblem, ProjectFile, ProjectFileError, read_project
from reliability.hostile_corpus import UNCOMMITTED_TEXT, WAL_TEXT, _hot_journal, _wal_with_commits

SIDES = ("-wal", "-shm", "-journal")


def texts(document):
    return {card.text for card in document.store.all(Kind.CARD)}


def sides_of(path):
    return [suffix for suffix in SIDES if path.with_name(path.name + suffix).exists()]


def plain_sqlite_texts(path):
    """What any other SQLite program sees: it would apply a -wal or roll a hot journal back."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in conn.execute("SELECT text FROM card")}
    finally:
        conn.close()


@pytest.fixture(params=["wal", "hot journal"])
def left_beside(request, sample_file):
    if request.param == "wal":
        _wal_with_commits(sample_file)
        return sample_file, WAL_TEXT, None
    _hot_journal(sample_file)
    return sample_file, None, UNCOMMITTED_TEXT * 20


def test_a_read_sees_what_the_side_files_hold_and_writes_nothing(left_beside):
    path, committed, uncommitted = left_beside
    before = {p.name: p.read_bytes() for p in path.parent.iterdir()}
    document, fixes, _ = read_project(path)
    assert fixes["side file"] == 1
    if committed:
        assert committed in texts(document)  # the WAL's commit is seen
    if uncommitted:
        assert uncommitted not in texts(document)  # the crashed write is not
    assert {p.name: p.read_bytes() for p in path.parent.iterdir()} == before


def test_saving_leaves_no_side_file_to_damage_the_new_file(left_beside):
    path, committed, uncommitted = left_beside
    project, document = ProjectFile.open(path)
    try:
        assert project.modified  # the side files' content is not in the file yet
        card = document.store.all(Kind.CARD)[0]
        project.write(document.set_card_text(card.id, "na het openen"))
        project.save()
    finally:
        project.close()
    assert sides_of(path) == []
    seen = plain_sqlite_texts(path)
    assert "na het openen" in seen
    if committed:
        assert committed in seen or card.text == committed
    if uncommitted:
        assert uncommitted not in seen
    again, fixes, _ = read_project(path)
    assert not fixes and texts(again) == seen


def test_check_reports_them_and_repair_clears_them(left_beside):
    path, committed, _uncommitted = left_beside
    check = run_cli("check", str(path), "--lang", "en")
    assert check.returncode == 1 and "unfinished changes another program left" in check.stdout
    repair = run_cli("check", str(path), "--repair", "--lang", "en")
    assert repair.returncode == 0, repair.stdout + repair.stderr
    assert sides_of(path) == []
    assert run_cli("check", str(path), "--lang", "en").returncode == 0
    if committed:
        assert committed in plain_sqlite_texts(path)


def test_side_files_that_cannot_be_read_refuse_the_open_clearly(sample_file):
    _wal_with_commits(sample_file)
    wal = sample_file.with_name(sample_file.name + "-wal")
    wal.unlink()
    wal.mkdir()  # not a file: cannot be copied (as an unreadable file cannot)
    (wal / "x").write_bytes(b"x" * 100)
    with pytest.raises(ProjectFileError) as refused:
        read_project(sample_file)
    assert refused.value.problem is FileProblem.PENDING_CHANGES
    done = run_cli("info", str(sample_file), "--lang", "nl")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "-wal" in done.stderr or "-wal" in done.stdout


def test_a_finished_journal_and_a_wal_of_a_rollback_file_are_not_pending(sample_file):
    """journal_mode=PERSIST leaves a journal with a zeroed header; a -wal beside a
    file not in WAL mode is never read by SQLite. Neither changes the open."""
    sample_file.with_name(sample_file.name + "-journal").write_bytes(b"\0" * 512)
    sample_file.with_name(sample_file.name + "-wal").write_bytes(b"\1" * 4096)
    _document, fixes, _ = read_project(sample_file)
    assert not fixes


def _journal_naming(project, victim) -> None:
    """A hot journal with no pages and a super-journal record naming ``victim``: on
    rollback SQLite deletes the super-journal it names when nothing else refers to it."""
    import struct

    page_size = struct.unpack(">H", project.read_bytes()[16:18])[0]
    magic = bytes.fromhex("d9d505f920a163d7")
    header = (magic + struct.pack(">IIIII", 0, 0x12345678, project.stat().st_size // page_size, 512, page_size)).ljust(
        512, b"\0"
    )
    name = str(victim).encode()
    record = (
        struct.pack(">I", 0x40000000 // page_size + 1)
        + name
        + struct.pack(">II", len(name), sum(name) & 0xFFFFFFFF)
        + magic
    )
    project.with_name(project.name + "-journal").write_bytes(header + record)


def test_a_journal_that_names_another_file_never_deletes_it(sample_file, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    victim = elsewhere / "notities.txt"
    victim.write_text("kostbaar")
    _journal_naming(sample_file, victim)
    with pytest.raises(ProjectFileError) as refused:
        read_project(sample_file)
    assert refused.value.problem is FileProblem.PENDING_CHANGES
    assert victim.read_text() == "kostbaar"
    _journal_naming(sample_file, sample_file)  # the project itself
    done = run_cli("info", str(sample_file), "--lang", "en")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert sample_file.exists() and victim.exists()


@pytest.mark.parametrize("kind", ["fifo", "huge", "symlink to a device"])
def test_a_side_file_that_is_no_plain_file_refuses_at_once(sample_file, kind):
    """A FIFO named -journal blocked every open for ever; an 8 GB sparse one was copied whole."""
    import os

    journal = sample_file.with_name(sample_file.name + "-journal")
    if kind == "fifo":
        os.mkfifo(journal)
    elif kind == "huge":
        with open(journal, "wb") as handle:
            handle.write(bytes.fromhex("d9d505f920a163d7"))
            handle.truncate(3 * 2**30)  # sparse: 3 GB that take no room
    else:
        journal.symlink_to("/dev/zero")
    done = run_cli("info", str(sample_file), "--lang", "en", timeout=30)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "unfinished changes" in done.stderr


def test_side_files_are_found_beside_a_linked_files_target(sample_file, tmp_path):
    real = tmp_path / "echt"
    real.mkdir()
    target = real / "kaart.jmap"
    sample_file.rename(target)
    _wal_with_commits(target)
    link = tmp_path / "link.jmap"
    link.symlink_to(target)
    document, fixes, _ = read_project(link)
    assert fixes["side file"] == 1 and WAL_TEXT in texts(document)
    repair = run_cli("check", str(link), "--repair", "--lang", "en")
    assert repair.returncode == 0, repair.stdout + repair.stderr
    assert link.is_symlink() and sides_of(target) == []
    assert WAL_TEXT in plain_sqlite_texts(target)
