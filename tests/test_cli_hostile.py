"""The command line facing hostile text and places: one clear line, never a traceback,
and nothing from a file that a terminal would obey (issue 16)."""

import json

import pytest

from conftest import run_cli

# Set the window title, clear the screen, write the clipboard, reverse what follows.
TITLE = "\x1b]0;pwned\x07"
CLEAR = "\x1b[2J"
CLIPBOARD = "\x1b]52;c;ZWNobyBoaQ==\x07"
CSI = "\x9b31m"
REVERSE = "\u202e"


def no_traceback(done):
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout


@pytest.fixture
def hostile_text_file(tmp_path, sample_document):
    from journeymapper.persistence import write_project

    journey = sample_document.maps()[0]
    sample_document.rename_map(journey.id, f"Map{TITLE}{CLEAR}")
    lane = next(
        lane
        for lane in sample_document.lanes(journey.id)
        if sample_document.cards(lane.id, sample_document.map_steps(journey.id)[0].id)
    )
    card = sample_document.cards(lane.id, sample_document.map_steps(journey.id)[0].id)[0]
    sample_document.set_card_text(card.id, f"Card{CLIPBOARD}{CSI}{REVERSE}txt\tend")
    path = tmp_path / "hostile.jmap"
    write_project(path, sample_document)
    return path


def test_info_shows_control_codes_instead_of_obeying_them(hostile_text_file):
    done = run_cli("info", str(hostile_text_file), "--lang", "en")
    assert done.returncode == 0, done.stderr
    no_traceback(done)
    for code in ("\x1b", "\x07", "\x9b", REVERSE):
        assert code not in done.stdout
    assert "Map 1: Map\\x1b]0;pwned\\x07\\x1b[2J" in done.stdout
    assert "Card\\x1b]52;c;ZWNobyBoaQ==\\x07\\x9b31m\\u202etxt\tend" in done.stdout


def test_info_json_escapes_them_and_keeps_the_text(hostile_text_file):
    done = run_cli("info", str(hostile_text_file), "--json")
    assert done.returncode == 0, done.stderr
    for code in ("\x1b", "\x07", "\x9b", REVERSE):
        assert code not in done.stdout
    summary = json.loads(done.stdout)
    assert summary["maps"][0]["title"] == f"Map{TITLE}{CLEAR}"
    texts = [
        card["text"] for lane in summary["maps"][0]["lanes"] for cell in lane["cells"] for card in cell.get("cards", ())
    ]
    assert f"Card{CLIPBOARD}{CSI}{REVERSE}txt\tend" in texts


def test_an_error_naming_a_hostile_path_is_shown_safely(tmp_path):
    done = run_cli("info", str(tmp_path / f"gone{CLEAR}.jmap"), "--lang", "en")
    assert done.returncode == 1
    assert "\x1b" not in done.stderr and "gone\\x1b[2J.jmap" in done.stderr


def test_c_locale_error_is_exactly_one_line(tmp_path):
    done = run_cli("info", str(tmp_path / "missing.jmap"), "--lang", "en", env={"LC_ALL": "C"})
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"journeymapper: The file or folder “{tmp_path / 'missing.jmap'}” does not exist."
    ]


def obeyed(text: str) -> list[str]:
    """Characters a terminal would act on rather than show."""
    return [
        c
        for c in text
        if (ord(c) < 32 and c not in "\t\n")
        or 0x7F <= ord(c) <= 0x9F
        or 0x202A <= ord(c) <= 0x202E
        or 0x2066 <= ord(c) <= 0x2069
    ]


@pytest.mark.parametrize("name", ["control-characters", "terminal-codes", "terminal-codes-c1"])
def test_hostile_corpus_texts_never_reach_the_terminal_raw(tmp_path, sample_file, name):
    path = hostile_file(name, tmp_path, sample_file)
    for args in (
        ["info", str(path)],
        ["info", "--json", str(path)],
        ["check", str(path)],
        ["export", str(path), "--all", "-o", str(tmp_path / "out.pdf")],
    ):
        done = run_cli(*args, "--lang", "en")
        no_traceback(done)
        assert done.returncode in (0, 1), (args, done.stderr)
        assert obeyed(done.stdout + done.stderr) == [], args


def hostile_file(name: str, folder, sample):
    """One file of the hostile corpus (tests/reliability/hostile_corpus.py), built from ``sample``."""
    import shutil

    from reliability.hostile_corpus import CORPUS

    [entry] = [e for e in CORPUS if e.name == name]
    path = folder / f"{name}.jmap"
    shutil.copyfile(sample, path)
    entry.build(path)
    return path


def test_the_editor_application_starts_without_the_locale_warning_too():
    import subprocess
    import sys

    code = (
        "from journeymapper.i18n import quiet_locale_warning\n"
        "from PySide6.QtWidgets import QApplication\n"
        "with quiet_locale_warning():\n"
        "    app = QApplication(['journeymapper'])\n"
        "from PySide6.QtCore import qWarning\n"
        "qWarning('other warnings still show')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "LC_ALL": "C", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert "Detected locale" not in done.stderr and "other warnings still show" in done.stderr


def test_export_to_standard_output_refuses_a_terminal(tmp_path, sample_file):
    import os
    import pty
    import subprocess
    import sys

    main, terminal = pty.openpty()
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "journeymapper",
                "export",
                str(sample_file),
                "--format",
                "pdf",
                "-o",
                "-",
                "--lang",
                "en",
            ],
            stdout=terminal,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            cwd=tmp_path,
        )
        os.set_blocking(main, False)
        try:
            shown = os.read(main, 65536)
        except BlockingIOError:
            shown = b""
    finally:
        os.close(main)
        os.close(terminal)
    assert done.returncode == 2 and "Refusing to write a PDF to the terminal" in done.stderr
    assert b"%PDF" not in shown and [p.name for p in tmp_path.iterdir()] == ["sample.jmap"]
