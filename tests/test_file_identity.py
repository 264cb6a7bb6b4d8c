"""Saving keeps the file's identity: its permissions, its symlink, a long name (issue 16, class 4)."""

import os
import sqlite3
import stat

import pytest

from conftest import run_cli
from journeymapper.app.editing import EditingSession
from journeymapper.domain import LaneKind
from journeymapper.persistence import ProjectFile, read_project, write_project


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def add_a_card(project, document, text="Belt de helpdesk"):
    journey = document.maps()[0]
    lane = next(lane for lane in document.lanes(journey.id) if lane.kind is LaneKind.ACTIONS)
    EditingSession(document, project).edit(document.add_card, lane.id, document.map_steps(journey.id)[0].id, text)


def test_save_keeps_a_private_file_private(sample_file):
    os.chmod(sample_file, 0o600)
    project, document = ProjectFile.open(sample_file)
    try:
        add_a_card(project, document)
        project.save()
    finally:
        project.close()
    assert mode(sample_file) == 0o600
    assert read_project(sample_file)[0] == document


def test_save_as_over_an_existing_file_keeps_its_mode(sample_file, tmp_path, sample_document):
    other = tmp_path / "other.jmap"
    write_project(other, sample_document)
    os.chmod(other, 0o640)
    project, document = ProjectFile.open(sample_file)
    try:
        add_a_card(project, document)
        project.save_as(other)
    finally:
        project.close()
    assert mode(other) == 0o640
    assert read_project(other)[0] == document


def test_save_keeps_the_owner_where_it_may(sample_file):
    if os.geteuid() != 0:
        pytest.skip("only root may give a file to another user")  # pragma: no cover - the CI runs as root
    os.chown(sample_file, 12345, 23456)
    project, document = ProjectFile.open(sample_file)
    try:
        add_a_card(project, document)
        project.save()
    finally:
        project.close()
    info = os.stat(sample_file)
    assert (info.st_uid, info.st_gid) == (12345, 23456)


def damage(path):
    conn = sqlite3.connect(path)
    conn.execute("UPDATE emotion SET score = 99 WHERE rowid = 1")  # out of the scale: repaired
    conn.commit()
    conn.close()


def test_check_repair_keeps_the_mode_of_the_file_and_its_backup(tmp_path):
    path = tmp_path / "p.jmap"
    assert run_cli("sample", str(path)).returncode == 0
    damage(path)
    os.chmod(path, 0o600)
    done = run_cli("check", str(path), "--repair", "--lang", "en")
    assert done.returncode == 0, done.stderr
    [backup] = [p for p in tmp_path.iterdir() if ".backup-" in p.name]
    assert mode(path) == 0o600
    assert mode(backup) == 0o600  # the backup holds the same cards: no one else may read it either


def test_an_export_over_an_existing_file_keeps_its_mode(tmp_path, sample_file):
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"%PDF yesterday's")
    os.chmod(target, 0o600)
    done = run_cli("export", str(sample_file), "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    assert mode(target) == 0o600


def test_save_through_a_symlink_writes_its_target(sample_file, tmp_path):
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    real = real_folder / "kaart.jmap"
    sample_file.rename(real)
    link = tmp_path / "link.jmap"
    link.symlink_to(real)
    project, document = ProjectFile.open(link)
    try:
        add_a_card(project, document)
        project.save()
    finally:
        project.close()
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert read_project(real)[0] == document
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.jmap", "real"]
    assert [p.name for p in real_folder.iterdir()] == ["kaart.jmap"]  # no temporary file left anywhere


def test_check_repair_through_a_symlink_keeps_the_link(tmp_path):
    real = tmp_path / "real.jmap"
    assert run_cli("sample", str(real)).returncode == 0
    damage(real)
    link = tmp_path / "link.jmap"
    link.symlink_to(real)
    done = run_cli("check", str(link), "--repair", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert link.is_symlink()
    assert run_cli("check", str(real)).returncode == 0


def test_a_250_byte_name_saves(tmp_path, sample_document):
    name = "é" * 122 + "x.jmap"  # 250 bytes in UTF-8: the temporary names would pass 255
    assert len(name.encode()) == 250
    path = tmp_path / name
    write_project(path, sample_document)
    project, document = ProjectFile.open(path)
    try:
        add_a_card(project, document)
        project.save()
    finally:
        project.close()
    assert read_project(path)[0] == document
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_a_250_byte_name_repairs_with_a_backup(tmp_path):
    name = "k" * 240 + ".jmap"  # (room for the -journal of the test's own damage)
    path = tmp_path / name
    assert run_cli("sample", str(path)).returncode == 0
    damage(path)
    done = run_cli("check", str(path), "--repair", "--lang", "en")
    assert done.returncode == 0, done.stderr
    [backup] = [p for p in tmp_path.iterdir() if ".backup-" in p.name]
    assert len(backup.name.encode()) <= 255 and backup.name.endswith(".jmap")
    assert run_cli("check", str(path)).returncode == 0
