"""Every string has a finished Dutch translation, and the shipped .qm files are current."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import REPO

TS = REPO / "translations"
QM = REPO / "src" / "journeymapper" / "translations"


def messages(language):
    tree = ET.parse(TS / f"journeymapper_{language}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_string_is_translated(language):
    unfinished = []
    count = 0
    for context, message in messages(language):
        count += 1
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append((context, message.findtext("source")))
    assert count > 200
    assert unfinished == []


def test_dutch_keeps_the_glossary_a_card_is_a_kaartje_and_a_map_a_kaart():
    """Undo steps said "3 kaarten verplaatsen" (three maps) for moving three cards."""
    wrong = []
    for context, message in messages("nl"):
        source = message.findtext("source").lower()
        translation = message.find("translation")
        dutch = " ".join(f.text or "" for f in translation.iter("numerusform")) or (translation.text or "")
        words = set(re.findall(r"\w+", dutch.lower()))
        says_card, says_map = re.search(r"\bcards?\b", source), re.search(r"\bmaps?\b", source)
        if says_card and not says_map and words & {"kaart", "kaarten"}:
            wrong.append((context, source, dutch))
        if says_map and not says_card and words & {"kaartje", "kaartjes"}:
            wrong.append((context, source, dutch))
    assert wrong == []


def test_lupdate_finds_nothing_new(tmp_path):
    """The .ts files hold every string the code has (no string added since the last update)."""
    sources = sorted(str(p) for p in (REPO / "src" / "journeymapper").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(c, m.findtext("source")) for c, m in _parse(fresh)}
    in_ts = {(c, m.findtext("source")) for c, m in messages("nl")}
    assert in_code - in_ts == set()


def _parse(path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("language", ["nl", "en"])
def test_shipped_qm_matches_its_ts(tmp_path, language):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    built = tmp_path / f"{language}.qm"
    subprocess.run([str(lrelease), "-silent", str(TS / f"journeymapper_{language}.ts"), "-qm", str(built)], check=True)
    assert built.read_bytes() == (QM / f"journeymapper_{language}.qm").read_bytes(), (
        "run: python translations/update.py --release"
    )


def test_dutch_is_used_for_content_and_messages():
    from journeymapper.i18n import content_translator, load_translator

    dutch = content_translator("nl")
    assert dutch("Templates", "Purchase consideration") == "Aankoopoverweging"
    assert dutch("Lanes", "Pain points") == "Pijnpunten"
    assert load_translator("nl").translate("Errors", "That is not a colour.") == "Dat is geen kleur."


def test_qt_own_buttons_and_numbers_follow_the_chosen_language(qapp):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QDialogButtonBox

    from journeymapper.i18n import install

    install("nl")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    texts = {
        box.button(b).text().replace("&", "")
        for b in (QDialogButtonBox.StandardButton.Cancel, QDialogButtonBox.StandardButton.Save)
    }
    assert texts == {"Annuleren", "Opslaan"}  # from Qt's own qtbase_nl
    assert QLocale().toString(4.5, "f", 1) == "4,5"
    install("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
    assert QLocale().toString(4.5, "f", 1) == "4.5"


def test_dates_shown_to_the_user_follow_the_language(qapp):
    from journeymapper.i18n import install
    from journeymapper.ui.application import local_time

    install("nl")
    assert "23-11-2026" in local_time("2026-11-23T12:05:00+00:00")
    install("en")
    assert "11/23/26" in local_time("2026-11-23T12:05:00+00:00")
    assert local_time("not a date") == "not a date"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_command_line_s_catalogue_answers_as_qt_s_translator(qapp, language):
    """The command line reads the .qm files without Qt (qm.py): every message, every plural."""
    from journeymapper.i18n import load_catalogue, load_translator

    catalogue, translator = load_catalogue(language), load_translator(language)
    asked = 0
    for context, message in messages(language):
        source, comment = message.findtext("source"), message.findtext("comment")
        for n in (-1, 0, 1, 2, 3, 11, 21, 101, 1000, 1_000_001):
            ours = catalogue.translate(context, source, comment, n) or ""
            assert ours == translator.translate(context, source, comment, n), (context, source, n)
            asked += 1
    assert asked > 2000


def test_a_damaged_catalogue_leaves_the_words_in_english(tmp_path, monkeypatch):
    from journeymapper import i18n
    from journeymapper.qm import Catalogue, QmError

    whole = i18n.qm_path("nl").read_bytes()
    for damaged in (whole[:100], b"not a qm file at all", whole[:16] + b"\x69\xff\xff\xff\xff", b""):
        with pytest.raises(QmError):
            Catalogue.parse(damaged).translate("Cli", "interrupted")
        path = tmp_path / "journeymapper_nl.qm"
        path.write_bytes(damaged)
        monkeypatch.setattr(i18n, "qm_path", lambda language, path=path: path)
        assert i18n.load_catalogue("nl") is None
        i18n.use_language("nl")
        assert i18n.translate("Cli", "interrupted") == "interrupted"
    i18n.use_language("en")
