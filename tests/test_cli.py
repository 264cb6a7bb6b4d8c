"""The command line, run as a user would: in a child process."""

import json
import sqlite3

import pytest

from conftest import run_cli


def no_traceback(done):
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout


def test_templates_lists_all_four_in_both_languages():
    english = run_cli("templates", "--lang", "en")
    assert english.returncode == 0
    for template_id in ("buyer", "design-thinking", "store-visit", "blank"):
        assert template_id in english.stdout
    assert "Purchase consideration" in english.stdout
    dutch = run_cli("templates", "--lang", "nl")
    assert dutch.returncode == 0
    assert "Aankoopoverweging" in dutch.stdout and "Instroom" in dutch.stdout


def test_new_info_and_check(tmp_path):
    path = tmp_path / "workshop.jmap"
    done = run_cli("new", str(path), "--template", "store-visit", "--lang", "nl")
    assert done.returncode == 0, done.stderr
    assert path.exists()
    info = run_cli("info", str(path), "--json")
    assert info.returncode == 0
    summary = json.loads(info.stdout)
    [journey] = summary["maps"]
    assert [p["name"] for p in journey["phases"]] == ["Instroom", "Levering", "Verkoop", "Uitstroom"]
    assert "Pijnpunten" in [lane["title"] for lane in journey["lanes"]]
    check = run_cli("check", str(path))
    assert check.returncode == 0 and check.stdout.strip()


def test_new_adds_the_suffix_and_refuses_to_overwrite(tmp_path):
    assert run_cli("new", str(tmp_path / "kaart")).returncode == 0
    assert (tmp_path / "kaart.jmap").exists()
    again = run_cli("new", str(tmp_path / "kaart.jmap"), "--lang", "en")
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1 and "already exists" in again.stderr
    no_traceback(again)


def test_sample_info_shows_every_card(tmp_path):
    path = tmp_path / "voorbeeld.jmap"
    assert run_cli("sample", str(path), "--lang", "nl").returncode == 0
    summary = json.loads(run_cli("info", str(path), "--json").stdout)
    texts = [
        card["text"] for lane in summary["maps"][0]["lanes"] for cell in lane["cells"] for card in cell.get("cards", ())
    ]
    assert len(texts) >= 40
    assert "Vraagt in de familie-app welk merk ze vertrouwen" in texts
    human = run_cli("info", str(path), "--lang", "nl")
    assert human.returncode == 0
    for text in texts:
        assert text in human.stdout
    kinds = {lane["kind"] for lane in summary["maps"][0]["lanes"]}
    assert kinds == {
        "actions",
        "thoughts",
        "needs",
        "emotion",
        "pain_points",
        "opportunities",
        "channels",
        "metrics",
        "image",
        "backstage",
        "custom",
    }


def test_bad_files_get_one_clear_line(tmp_path):
    missing = run_cli("info", str(tmp_path / "nope.jmap"), "--lang", "en")
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    no_traceback(missing)
    text = tmp_path / "notes.jmap"
    text.write_text("hallo")
    dutch = run_cli("check", str(text), "--lang", "nl")
    assert dutch.returncode == 1 and "geen JourneyMapper-project" in dutch.stderr
    assert dutch.stderr.count("\n") == 1
    no_traceback(dutch)


def test_check_fails_on_a_damaged_project(tmp_path):
    path = tmp_path / "p.jmap"
    run_cli("sample", str(path))
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO card VALUES ('x', 'no-lane', 'no-step', 0, 'wees', '')")
    conn.commit()
    conn.close()
    done = run_cli("check", str(path), "--lang", "en")
    assert done.returncode == 1
    assert "rows that point at missing rows: 1" in done.stdout
    dutch = run_cli("check", str(path), "--lang", "nl")
    assert dutch.returncode == 1 and "rijen die naar ontbrekende rijen wijzen: 1" in dutch.stdout


def test_recover_lists_and_restores(tmp_path, sample_file, state_dir):
    from journeymapper.app.editing import EditingSession
    from journeymapper.persistence import ProjectFile

    project, document = ProjectFile.open(sample_file)
    EditingSession(document, project).edit(document.rename_map, document.maps()[0].id, "Na de crash")
    project.close(keep_working_copy=True)
    listing = run_cli("recover", "--lang", "en")
    assert listing.returncode == 0
    assert "unsaved edits: 1" in listing.stdout and str(sample_file) in listing.stdout
    session_id = listing.stdout.split()[0]
    out = tmp_path / "gered.jmap"
    restored = run_cli("recover", session_id, "-o", str(out))
    assert restored.returncode == 0, restored.stderr
    info = json.loads(run_cli("info", str(out), "--json").stdout)
    assert info["maps"][0]["title"] == "Na de crash"
    assert "No unsaved work" in run_cli("recover", "--lang", "en").stdout


def test_usage_errors_exit_2():
    done = run_cli("new")
    assert done.returncode == 2
    no_traceback(done)


def test_argparse_own_words_are_dutch_too(tmp_path):
    done = run_cli("check", "--lang", "nl")
    assert done.returncode == 2
    assert "gebruik: journeymapper check" in done.stderr
    assert "fout: deze argumenten zijn verplicht: FILE" in done.stderr
    done = run_cli("export", str(tmp_path / "x.jmap"), "-o", str(tmp_path / "x.png"), "--format", "gif", "--lang", "nl")
    assert done.returncode == 2 and "ongeldige keuze: 'gif'" in done.stderr
    english = run_cli("check", "--lang", "en")
    assert "usage: journeymapper check" in english.stderr and "the following arguments are required" in english.stderr
    helped = run_cli("--lang", "nl", "--help")
    assert "toon deze hulp en stop" in helped.stdout and "opties" in helped.stdout


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_command_prints_its_help(language):
    from journeymapper.cli.main import SUBCOMMANDS

    for command in SUBCOMMANDS:
        done = run_cli(command, "--help", "--lang", language)
        assert done.returncode == 0, (command, done.stderr)
        assert f"journeymapper {command}" in done.stdout
    exported = run_cli("export", "--help", "--lang", language)
    assert "50%" in exported.stdout  # the scale's example, shown as written


def test_check_repair_fixes_backs_up_and_a_second_run_finds_nothing(tmp_path):
    path = tmp_path / "p.jmap"
    run_cli("sample", str(path))
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO card VALUES ('x', 'no-lane', 'no-step', 0, 'wees', '')")  # an orphan
    conn.execute("UPDATE emotion SET score = 99 WHERE rowid = 1")  # out of the scale
    conn.execute("UPDATE card SET position = position + 7")  # out of order
    conn.commit()
    conn.close()
    damaged = path.read_bytes()

    done = run_cli("check", str(path), "--repair", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "rows that point at missing rows: 1" in done.stdout
    assert "scores outside the scale: 1" in done.stdout
    [backup] = [p for p in tmp_path.iterdir() if ".backup-" in p.name]
    assert backup.read_bytes() == damaged  # the original, byte for byte, written first
    assert "Repaired:" in done.stdout and str(backup) in done.stdout

    again = run_cli("check", str(path), "--repair", "--lang", "en")
    assert again.returncode == 0 and "(0 fixes)" in again.stdout, again.stdout
    assert run_cli("check", str(path)).returncode == 0
    assert len([p for p in tmp_path.iterdir() if ".backup-" in p.name]) == 1  # no backup of a sound file
    dutch = run_cli("check", str(backup), "--repair", "--lang", "nl")
    assert dutch.returncode == 0 and "Reservekopie" in dutch.stdout


def test_check_repair_leaves_a_file_open_in_the_editor_alone(tmp_path, sample_file, state_dir):
    from journeymapper.persistence import ProjectFile

    before = sample_file.read_bytes()
    project, _ = ProjectFile.open(sample_file)
    try:
        done = run_cli(
            "check", str(sample_file), "--repair", "--lang", "en", env={"JOURNEYMAPPER_STATE_DIR": str(state_dir)}
        )
    finally:
        project.close()
    assert done.returncode != 0 and "open" in done.stderr.lower()
    assert sample_file.read_bytes() == before


def test_check_repair_makes_every_hostile_file_that_opens_sound(tmp_path):
    """The hostile corpus: repaired once, each reads back with nothing left to fix."""
    from journeymapper.app.new_project import sample_project
    from journeymapper.app.repair import repair_project
    from journeymapper.content.markers import untranslated
    from journeymapper.persistence import read_project, write_project
    from reliability.hostile_corpus import OPENED, build_corpus

    sample = tmp_path / "sample.source"
    write_project(sample, sample_project(untranslated))
    repaired = 0
    for entry, path in build_corpus(tmp_path / "files", sample):
        if entry.expect != OPENED or entry.name == "100k-cards":
            continue
        first = repair_project(path)
        repaired += first.backup is not None
        assert not read_project(path)[1], entry.name
        assert repair_project(path).backup is None, entry.name
    assert repaired >= 15


def test_a_file_over_the_open_bounds_is_refused_in_one_line_in_both_languages(tmp_path, sample_file):
    from reliability.hostile_corpus import _many_cards

    _many_cards(300_000)(sample_file)
    conn = sqlite3.connect(sample_file)
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
    rows = sum(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables)
    conn.close()
    for language, figure in (("nl", f"{rows:,}".replace(",", ".")), ("en", f"{rows:,}")):
        done = run_cli("info", str(sample_file), "--lang", language)
        no_traceback(done)
        assert done.returncode == 1
        assert figure in done.stderr and "250" in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
