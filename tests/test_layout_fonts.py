"""The layout's widths agree with what ReportLab, Pillow and Qt measure for the bundled font."""

import pytest

from journeymapper.layout import face, font_path
from journeymapper.layout.text import SLACK

DUTCH = [
    "Zoekt 's avonds naar tests van wasmachines en leest reviews op vergelijkingssites",
    "Prijzen verschillen per winkel meer dan € 100 — café, ruïne, ‘oké’ “dubbel” …",
    "Installatiekosten verschijnen pas bij het afrekenen; 68,5% conversie",
    "Ĳsselmeer, coöperatie, één, reünie, naïef, çà, ß",
]


@pytest.mark.parametrize("bold", [False, True])
def test_reportlab_measures_exactly_like_the_layout(bold):
    from reportlab.pdfbase import pdfmetrics

    from journeymapper.export.pdf import FONT, register_fonts

    register_fonts()
    for text in DUTCH:
        assert pdfmetrics.stringWidth(text, FONT[bold], 10) == pytest.approx(face(bold).width(text, 10), rel=1e-9)


@pytest.mark.parametrize("bold", [False, True])
def test_pillow_measures_within_the_slack(bold):
    from PIL import ImageFont

    font = ImageFont.truetype(str(font_path(bold)), 100, layout_engine=ImageFont.Layout.BASIC)
    for text in DUTCH:
        ours = face(bold).width(text, 100)
        assert abs(font.getlength(text) / ours - 1) < (1 - SLACK) / 4


@pytest.mark.parametrize("bold", [False, True])
def test_qt_measures_within_the_slack(qapp, bold):
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

    font_id = QFontDatabase.addApplicationFont(str(font_path(bold)))
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(family)
    font.setPixelSize(100)  # one scene unit is one point
    font.setBold(bold)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    metrics = QFontMetricsF(font)
    for text in DUTCH:
        ours = face(bold).width(text, 100)
        assert abs(metrics.horizontalAdvance(text) / ours - 1) < (1 - SLACK) / 4


def test_the_font_covers_dutch_and_the_euro_sign():
    for char in "€ëïéèöüáóúàçĳĲ‘’“”–—…·×":
        assert face(False).has_glyph(char) and face(True).has_glyph(char), char


def test_the_font_licence_ships_with_it():
    licence = font_path(False).parent / "OFL.txt"
    assert "SIL Open Font License" in licence.read_text("utf-8")
