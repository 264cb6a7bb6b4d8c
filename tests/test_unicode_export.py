"""Any text a user can type exports: no exception, nothing silently lost.

Property-based: control characters, right-to-left scripts, combining marks,
joiners, emoji and 5,000-character words. Characters our font cannot draw
are listed (the export dialog and the command line show that list) rather
than printed as boxes; the scripts we support come back out of the PDF's
text layer exactly.
"""

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pdf_tools
from journeymapper.app.exporting import ExportRequest, plan_export, run_export
from journeymapper.app.new_project import project_from_template
from journeymapper.content.markers import untranslated
from journeymapper.content.templates import DEFAULT_TEMPLATE
from journeymapper.domain import LaneKind
from journeymapper.domain.rules import MAX_NAME, MAX_TEXT
from journeymapper.layout import face

HOSTILE_PIECES = [
    "\u202e",
    "\u202d",
    "\u200d",
    "\u200c",
    "\u200f",
    "\u0301",
    "\u0308\u0308\u0308",
    "\x00",
    "\x1b",
    "\t",
    "\r\n",
    "\ufeff",
    "👩‍👩‍👧",
    "🇳🇱",
    "שלום",
    "سلام",
    "中文字",
    "ﬁ",
    "\u00ad",
    "\U0010ffff",
    "a" * 5000,
]
any_text = st.lists(
    st.one_of(st.text(st.characters(exclude_categories=("Cs",)), max_size=40), st.sampled_from(HOSTILE_PIECES)),
    max_size=8,
).map("".join)

# Latin with Dutch and other accents, Greek, Cyrillic: what Noto Sans in resources/ covers.
SUPPORTED = "".join(
    chr(c)
    for r in (
        (0x41, 0x5A),
        (0x61, 0x7A),
        (0x30, 0x39),
        (0xC0, 0xFF),
        (0x100, 0x17F),
        (0x391, 0x3A9),
        (0x3B1, 0x3C9),
        (0x410, 0x44F),
    )
    for c in range(r[0], r[1] + 1)
    if chr(c).isprintable() and c not in (0xD7, 0xF7)
)
supported_text = st.lists(st.text(st.sampled_from(SUPPORTED), min_size=1, max_size=30), min_size=1, max_size=12).map(
    " ".join
)


def export_card(text: str, folder: Path, phase_name: str = "Fase"):
    document = project_from_template(DEFAULT_TEMPLATE, untranslated)
    journey = document.maps()[0]
    lane = next(lane for lane in document.lanes(journey.id) if lane.kind is LaneKind.ACTIONS)
    step = document.map_steps(journey.id)[0]
    document.add_card(lane.id, step.id, text[:MAX_TEXT])
    document.rename_phase(document.phases(journey.id)[0].id, phase_name[:MAX_NAME])
    planned = plan_export(document, ExportRequest("pdf", (journey.id,)))
    target = folder / "kaart.pdf"
    return run_export(document, planned, target), target


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text, name=any_text)
def test_any_text_exports_and_lists_what_the_font_cannot_draw(text, name):
    font = face()
    with tempfile.TemporaryDirectory() as folder:
        result, target = export_card(text, Path(folder), name)
        assert target.stat().st_size > 0
    shown = text[:MAX_TEXT] + name[:MAX_NAME]
    undrawable = {c for c in shown if c.isprintable() and not c.isspace() and not font.has_glyph(c)}
    assert undrawable <= result.missing_characters  # listed in the warning, never silent boxes


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=supported_text)
def test_supported_scripts_round_trip_through_the_pdf_text(text):
    with tempfile.TemporaryDirectory() as folder:
        result, target = export_card(text, Path(folder))
        assert not result.missing_characters
        found = unicodedata.normalize("NFC", "".join(pdf_tools.text(target).split()))
    assert unicodedata.normalize("NFC", "".join(text.split())) in found


def test_more_characters_than_one_font_subset_and_pdf_syntax_characters_come_back_out(tmp_path):
    """A font subset holds 256 characters; past that the PDF switches subsets within
    a line. Parentheses and backslashes must be escaped in the PDF's strings. Each
    text is on two cards: the second is written from what the first taught the encoder."""
    assert len(SUPPORTED) > 256
    document = project_from_template(DEFAULT_TEMPLATE, untranslated)
    journey = document.maps()[0]
    lane = next(lane for lane in document.lanes(journey.id) if lane.kind is LaneKind.ACTIONS)
    step = document.map_steps(journey.id)[0]
    texts = [
        " ".join(SUPPORTED[i : i + 12] for i in range(start, min(start + 180, len(SUPPORTED)), 12))
        for start in range(0, len(SUPPORTED), 180)
    ]
    texts.append("(haakjes) en \\schuin\\ en )omgekeerd( en\u00a0vast")
    for text in texts + texts:
        document.add_card(lane.id, step.id, text)
    target = tmp_path / "kaart.pdf"
    result = run_export(document, plan_export(document, ExportRequest("pdf", (journey.id,))), target)
    assert not result.missing_characters
    found = unicodedata.normalize("NFC", "".join(pdf_tools.text(target).split()))
    for text in texts:
        expected = unicodedata.normalize("NFC", "".join(text.replace("\u00a0", " ").split()))
        assert found.count(expected) == 2, text
