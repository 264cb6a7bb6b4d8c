"""PNG export: pixel size and DPI as asked, the layout's colours and text where the layout put them."""

import io
from pathlib import Path

import pytest
from PIL import Image

from journeymapper.app.exporting import ExportError, ExportProblem, ExportRequest, plan_export, run_export
from journeymapper.domain import Kind
from journeymapper.export.pages import PosterOptions
from journeymapper.export.paper import MM, parse_paper
from journeymapper.layout.theme import rgb


def export_png(document, target: Path, **options):
    request = ExportRequest("png", (document.maps()[0].id,), **options)
    planned = plan_export(document, request)
    run_export(document, planned, target)
    return planned


def test_pixel_size_and_dpi_follow_the_request(tmp_path, sample_document):
    planned = export_png(sample_document, tmp_path / "map.png", dpi=150)
    page = planned.pages[0]
    with Image.open(tmp_path / "map.png") as image:
        assert image.size == (round(page.width * 150 / 72), round(page.height * 150 / 72))
        assert image.info["dpi"] == pytest.approx((150, 150), abs=0.02)  # stored as whole dots per metre
        assert image.mode == "RGB"
    export_png(sample_document, tmp_path / "wide.png", pixel_width=1200)
    with Image.open(tmp_path / "wide.png") as image:
        assert image.width == 1200
        assert image.info["dpi"][0] == pytest.approx(1200 * 72 / page.width, abs=0.01)


def test_a_poster_png_has_the_paper_size(tmp_path, sample_document):
    export_png(sample_document, tmp_path / "a3.png", poster=PosterOptions(parse_paper("A3"), "landscape"), dpi=100)
    with Image.open(tmp_path / "a3.png") as image:
        assert image.size == (round(420 * MM * 100 / 72), round(297 * MM * 100 / 72))


def _pixels_at(planned, dpi):
    transform = planned.pages[0].layers[0].transform
    k = dpi / 72

    def at(x, y):
        return round((transform.dx + transform.scale * x) * k), round((transform.dy + transform.scale * y) * k)

    return at


def test_cards_show_their_colours_and_text_stays_inside(tmp_path, sample_document):
    from journeymapper.layout import Box, TextLine

    dpi = 200
    planned = export_png(sample_document, tmp_path / "map.png", dpi=dpi)
    layout = planned.layouts[0]
    at = _pixels_at(planned, dpi)
    with Image.open(tmp_path / "map.png") as image:
        pixels = image.load()
        for card in sample_document.store.all(Kind.CARD):
            box = layout.boxes[("card", card.id)]
            fill = [s for s in layout.shapes if isinstance(s, Box) and s.ref == ("card", card.id)][-1].fill
            colour = rgb(fill)
            assert pixels[at(box.right - 3, box.bottom - 3)] == colour
            assert pixels[at(box.x + 3, box.y + 2)] == colour
            for line in (s for s in layout.shapes if isinstance(s, TextLine) and s.ref == ("card", card.id)):
                top, bottom = line.baseline - 0.75 * line.size, line.baseline + 0.2 * line.size
                (x0, y0), (x1, y1) = at(line.x, top), at(line.x + line.width, bottom)
                ink = [pixels[x, y] for x in range(x0, x1) for y in range(y0, y1)]
                assert sum(p != colour for p in ink) > 0.05 * len(ink), line.text  # the text is drawn
                # ...and ends where the layout says: nothing between its end and the card's edge
                (a0, _), (a1, _) = at(line.x + line.width + 1.0, top), at(box.right - 1.0, bottom)
                beyond = [pixels[x, y] for x in range(a0, a1) for y in range(y0, y1)]
                assert all(p == colour for p in beyond), line.text


def test_emotion_markers_have_their_score_colour(tmp_path, sample_document):
    from journeymapper.layout import Circle

    dpi = 150
    planned = export_png(sample_document, tmp_path / "map.png", dpi=dpi)
    at = _pixels_at(planned, dpi)
    markers = [s for s in planned.layouts[0].shapes if isinstance(s, Circle)]
    assert len(markers) == 9
    with Image.open(tmp_path / "map.png") as image:
        for marker in markers:
            assert image.getpixel(at(*marker.center)) == rgb(marker.fill)


def test_strips_join_without_a_seam(tmp_path, sample_document, monkeypatch):
    from journeymapper.export import png

    export_png(sample_document, tmp_path / "whole.png", dpi=120)
    monkeypatch.setattr(png, "STRIP_BYTES", 64 * 1024)  # about 16 rows a strip
    export_png(sample_document, tmp_path / "strips.png", dpi=120)
    with Image.open(tmp_path / "whole.png") as whole, Image.open(tmp_path / "strips.png") as strips:
        assert whole.tobytes() == strips.tobytes()


def test_transparent_background(tmp_path, sample_document):
    planned = export_png(sample_document, tmp_path / "clear.png", dpi=72, transparent=True)
    at = _pixels_at(planned, 72)
    card = sample_document.store.all(Kind.CARD)[0]
    box = planned.layouts[0].boxes[("card", card.id)]
    with Image.open(tmp_path / "clear.png") as image:
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0
        assert image.getpixel(at(box.right - 3, box.bottom - 3))[3] == 255


def test_the_stream_is_a_valid_png_pillow_can_verify(tmp_path):
    from journeymapper.export.png_stream import PngStreamWriter

    out = io.BytesIO()
    writer = PngStreamWriter(out, 3, 2, "RGB", 300)
    writer.write_rows(bytes([255, 0, 0] * 3))
    writer.write_rows(bytes([0, 0, 255] * 3))
    writer.close()
    with Image.open(io.BytesIO(out.getvalue())) as image:
        image.verify()
    with Image.open(io.BytesIO(out.getvalue())) as image:
        assert image.getpixel((2, 0)) == (255, 0, 0) and image.getpixel((0, 1)) == (0, 0, 255)
        assert image.info["dpi"] == pytest.approx((300, 300), abs=0.01)


def test_too_large_is_refused_before_any_work(tmp_path, sample_document):
    request = ExportRequest("png", (sample_document.maps()[0].id,), PosterOptions(parse_paper("5000x3000mm")), dpi=600)
    with pytest.raises(ExportError) as refused:
        plan_export(sample_document, request)
    assert refused.value.problem is ExportProblem.PNG_TOO_LARGE
    assert refused.value.details["width"] == round(5000 * MM * 600 / 72 + 0.0)
    assert list(tmp_path.iterdir()) == []
