"""A command runs without Qt: its words from the .qm catalogue, its numbers and dates
as the chosen language writes them. Loading Qt's core cost every command 70-90 ms
of its whole run (issue 18); the words must stay exactly the editor's."""

import os
import subprocess
import sys

import pytest

from conftest import run_cli

PROBE = (
    "import sys\n"
    "from journeymapper.cli.main import main\n"
    "code = main(sys.argv[1:])\n"
    "print('QT LOADED' if any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules) else 'NO QT')\n"
    "sys.exit(code)\n"
)


def command(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_commands_never_load_qt(sample_file, tmp_path, language):
    runs = [
        ("info", str(sample_file)),
        ("info", str(sample_file), "--json"),
        ("check", str(sample_file)),
        ("templates",),
        ("new", str(tmp_path / f"nieuw-{language}.jmap")),
        ("sample", str(tmp_path / f"voorbeeld-{language}.jmap")),
        ("export", str(sample_file), "-o", str(tmp_path / f"poster-{language}.pdf"), "--paper", "A3"),
        ("export", str(sample_file), "-o", str(tmp_path / f"poster-{language}.png"), "--dpi", "72"),
        ("export", str(sample_file), "-o", str(tmp_path / "x.pdf"), "--paper", "Q7"),  # a usage error
        ("check", str(tmp_path / "missing.jmap")),  # a file error
    ]
    for args in runs:
        done = command(*args, "--lang", language)
        assert done.stdout.strip().endswith("NO QT"), (args, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr


def test_a_command_speaks_dutch_with_dutch_numbers(sample_file, tmp_path):
    done = run_cli("check", str(sample_file), "--lang", "nl")
    assert (
        done.returncode == 0
        and "kaartjes" in done.stdout
        and "Kaart 1" in run_cli("info", str(sample_file), "--lang", "nl").stdout
    )
    wrong = run_cli("export", str(sample_file), "-o", str(tmp_path / "x.pdf"), "--paper", "Q7", "--lang", "nl")
    assert wrong.returncode == 2 and "Onbekende papiermaat" in wrong.stderr and "50 tot 5000 mm" in wrong.stderr
    usage = run_cli("export", "--lang", "nl")
    assert "gebruik:" in usage.stderr  # argparse's own words, from our catalogue


@pytest.mark.parametrize(("language", "written"), [("nl", "23-11-2026 12:05"), ("en", "11/23/26 12:05 PM")])
def test_a_lock_s_time_is_written_as_the_language_writes_it_without_qt(language, written):
    code = (
        "import sys\n"
        "from journeymapper import i18n\n"
        f"i18n.use_language({language!r})\n"
        "print(i18n.local_date_time('2026-11-23T12:05:00+00:00'), i18n.local_date_time('geen tijd'))\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "TZ": "UTC"})
    assert done.stdout.splitlines() == [f"{written} geen tijd", "False"]


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "nl_BE.UTF-8"}, "nl"),
        ({"LC_ALL": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"}, "nl"),
        ({"LANGUAGE": "de:nl", "LANG": "en_GB.UTF-8"}, "nl"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({}, "en"),
    ],
)
def test_the_system_language_is_read_as_qt_reads_it(environment, language):
    code = (
        "from journeymapper.i18n import system_language\n"
        "from PySide6.QtCore import QLocale\n"
        "ours = system_language()\n"
        "codes = [n.split('-')[0] for n in QLocale.system().uiLanguages()]\n"
        "qt = next((c for c in codes if c in ('en', 'nl')), 'en')\n"
        "print(ours, qt)\n"
    )
    keep = {key: os.environ[key] for key in ("PATH", "HOME", "PYTHONPATH", "QT_QPA_PLATFORM") if key in os.environ}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**keep, **environment})
    assert done.stdout.split() == [language, language], done.stderr
