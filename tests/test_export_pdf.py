"""PDF export: the text is all there and searchable, fonts embedded, paper and tiles right."""

import re
from pathlib import Path

import pytest

import pdf_tools
from journeymapper.app.exporting import ExportError, ExportProblem, ExportRequest, plan_export, run_export
from journeymapper.domain import Kind
from journeymapper.export.pages import PosterOptions, TileOptions
from journeymapper.export.paper import MM, parse_paper
from journeymapper.layout import face

A_SIZES = {
    "A4": (595.28, 841.89),
    "A3": (841.89, 1190.55),
    "A2": (1190.55, 1683.78),
    "A1": (1683.78, 2383.94),
    "A0": (2383.94, 3370.39),
    "Letter": (612.0, 792.0),
    "Tabloid": (792.0, 1224.0),
}


def export(document, target: Path, map_ids=None, **options) -> Path:
    map_ids = map_ids or (document.maps()[0].id,)
    request = ExportRequest("pdf", tuple(map_ids), **options)
    run_export(document, plan_export(document, request), target)
    return target


def normalised(text: str) -> str:
    return " ".join(text.split())


def test_every_card_text_can_be_found_in_the_pdf(tmp_path, sample_document):
    pdf = export(sample_document, tmp_path / "map.pdf", poster=PosterOptions(parse_paper("A3")))
    found = normalised(pdf_tools.text(pdf))
    cards = sample_document.store.all(Kind.CARD)
    assert len(cards) == 47
    missing = [c.text for c in cards if normalised(c.text) not in found]
    assert missing == []
    journey = sample_document.maps()[0]
    for value in (journey.title, journey.trigger, journey.goal, journey.scenario):
        assert normalised(value) in found


def test_every_card_box_is_painted_where_and_in_the_colour_the_layout_says(tmp_path, sample_document):
    """Rounded boxes are placed as shared forms: each card's box must still land on
    its own spot in its own colour (sampled just inside its top edge, above the text)."""
    from journeymapper.layout import Box

    request = ExportRequest("pdf", (sample_document.maps()[0].id,), poster=PosterOptions(parse_paper("A3")))
    planned = plan_export(sample_document, request)
    target = tmp_path / "map.pdf"
    run_export(sample_document, planned, target)
    dpi = 144
    image = pdf_tools.page_image(target, dpi=dpi, mode="RGB")
    page = planned.pages[0]
    card_boxes = {}  # a card's shadow, then its box: the last one is on top
    for layer in page.layers:
        for shape in layer.shapes_in(page.bounds()):
            if isinstance(shape, Box) and shape.radius and shape.ref and shape.ref[0] == "card":
                card_boxes[shape.ref] = (layer.transform, shape)
    assert len(card_boxes) == len(sample_document.store.all(Kind.CARD))
    wrong = []
    for t, shape in card_boxes.values():
        r = shape.rect
        want = tuple(int(shape.fill[i : i + 2], 16) for i in (1, 3, 5))
        for x in (r.x + shape.radius + 2, r.right - shape.radius - 2):  # both ends of its top edge
            point = ((t.dx + x * t.scale) * dpi / 72, (t.dy + (r.y + 2.5) * t.scale) * dpi / 72)
            got = image.getpixel(tuple(map(round, point)))
            if max(abs(a - b) for a, b in zip(want, got)) > 12:
                wrong.append((shape.ref, want, got))
    assert wrong == []


def test_dutch_sample_keeps_its_accents_and_euro_sign(tmp_path):
    from journeymapper.app.new_project import sample_project
    from journeymapper.i18n import content_translator

    dutch = sample_project(content_translator("nl"))
    pdf = export(dutch, tmp_path / "kaart.pdf")
    found = normalised(pdf_tools.text(pdf))
    texts = [c.text for c in dutch.store.all(Kind.CARD)]
    assert any("€" in t for t in texts) and any(ch in "".join(texts) for ch in "ëéïö")
    assert [t for t in texts if normalised(t) not in found] == []


def test_the_font_is_embedded_as_a_subset_with_metadata(tmp_path, sample_document):
    pdf = export(sample_document, tmp_path / "map.pdf")
    fonts = pdf_tools.fonts(pdf)
    assert {f["name"].split("+")[-1] for f in fonts} == {"NotoSans-Regular", "NotoSans-Bold"}
    assert all(f["embedded"] == "yes" and f["subset"] == "yes" and f["unicode"] == "yes" for f in fonts)
    info = pdf_tools.info(pdf)
    assert info["Title"] == sample_document.maps()[0].title
    assert info["Creator"].startswith("JourneyMapper")
    assert "Subject" in info


@pytest.mark.parametrize("paper", sorted(A_SIZES))
@pytest.mark.parametrize("landscape", [False, True])
def test_page_size_follows_paper_and_orientation(tmp_path, sample_document, paper, landscape):
    orientation = "landscape" if landscape else "portrait"
    pdf = export(sample_document, tmp_path / "map.pdf", poster=PosterOptions(parse_paper(paper), orientation))
    ((w, h),) = pdf_tools.page_sizes(pdf)
    short, long = A_SIZES[paper]
    assert (w, h) == pytest.approx((long, short) if landscape else (short, long), abs=0.01)


def test_custom_paper_and_automatic_orientation(tmp_path, sample_document):
    pdf = export(sample_document, tmp_path / "map.pdf", poster=PosterOptions(parse_paper("1000x500mm")))
    assert pdf_tools.page_sizes(pdf) == [pytest.approx((1000 * MM, 500 * MM), abs=0.01)]
    # the sample is wide: on A3 "auto" picks landscape, where it is larger
    pdf = export(sample_document, tmp_path / "auto.pdf", poster=PosterOptions(parse_paper("A3")))
    ((w, h),) = pdf_tools.page_sizes(pdf)
    assert w > h


def test_a_chosen_scale_places_the_map_at_that_size(tmp_path, sample_document):
    from journeymapper.layout import compute_layout

    map_id = sample_document.maps()[0].id
    layout = compute_layout(sample_document, map_id)
    pdf = export(sample_document, tmp_path / "map.pdf", poster=PosterOptions(parse_paper("A0"), "landscape", 0.5))
    ((page_w, page_h),) = pdf_tools.page_sizes(pdf)
    words = pdf_tools.words(pdf)
    title_word = layout.text_lines()[0].text.split()[0]
    topmost = min((w for w in words if w[0] == title_word), key=lambda w: w[2])  # not the footer's
    assert topmost[1] == pytest.approx((page_w - layout.width * 0.5) / 2, abs=0.5)
    assert topmost[2] == pytest.approx((page_h - layout.height * 0.5) / 2, abs=2)
    with pytest.raises(ExportError) as refused:
        plan_export(sample_document, ExportRequest("pdf", (map_id,), PosterOptions(parse_paper("A4"), scale=1.0)))
    assert refused.value.problem is ExportProblem.DOES_NOT_FIT


def test_each_layout_line_is_drawn_where_the_layout_put_it(tmp_path, sample_document):
    """Word by word: poppler finds every word of every layout line at the layout's position."""
    from journeymapper.layout import compute_layout

    map_id = sample_document.maps()[0].id
    layout = compute_layout(sample_document, map_id)
    planned = plan_export(sample_document, ExportRequest("pdf", (map_id,), PosterOptions(margin=10 * MM)))
    transform = planned.pages[0].layers[0].transform
    pdf = tmp_path / "map.pdf"
    run_export(sample_document, planned, pdf)
    found = pdf_tools.words(pdf)
    unmatched = []
    for line in layout.text_lines():
        x = line.x
        for word in re.split(r"([ \u00a0])", line.text):  # poppler splits at no-break spaces too
            if word.strip():
                ex = transform.dx + transform.scale * x
                ey = transform.dy + transform.scale * line.baseline
                if not any(w == word and abs(x0 - ex) < 0.6 and y0 < ey < y1 + 0.5 for w, x0, y0, x1, y1 in found):
                    unmatched.append((line.text, word))
            x += face(line.bold).width(word, line.size)
    assert unmatched == []
    footer = planned.pages[0].layers[1].source
    assert len(found) == sum(len(line.text.split()) for line in (*layout.text_lines(), *footer))


def test_every_map_gets_its_own_page(tmp_path, sample_document, english):
    from journeymapper.content.templates import build_map

    build_map(sample_document, "buyer", english)
    maps = sample_document.maps()
    assert len(maps) == 2
    pdf = export(sample_document, tmp_path / "all.pdf", [m.id for m in maps])
    assert int(pdf_tools.info(pdf)["Pages"]) == 2
    pages = [normalised(pdf_tools.run("pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-")) for n in (1, 2)]
    assert maps[0].title in pages[0] and maps[1].title in pages[1]


def test_a_poster_tiled_over_a4_sheets(tmp_path, sample_document):
    pdf = export(
        sample_document,
        tmp_path / "tiles.pdf",
        poster=PosterOptions(parse_paper("A0"), "landscape"),
        tile=TileOptions(parse_paper("A4"), overlap=10 * MM),
    )
    sizes = pdf_tools.page_sizes(pdf)
    sheet_count = len(sizes) - 1
    # A0 landscape is 1189 x 841 mm; an A4 sheet prints 186 x 273 mm (12 mm margins), 10 mm overlapping
    content_w, content_h = 186 - 10, 273 - 10
    portrait = (-(-(1189 - 10) // content_w)) * (-(-(841 - 10) // content_h))
    landscape = (-(-(1189 - 10) // (content_h))) * (-(-(841 - 10) // (content_w)))
    assert sheet_count == min(portrait, landscape)
    assert all(sorted(size) == pytest.approx(sorted(A_SIZES["A4"]), abs=0.01) for size in sizes)
    overview = pdf_tools.run("pdftotext", "-f", "1", "-l", "1", str(pdf), "-")
    assert "Assembly overview" in overview and "overlap by 10 mm" in normalised(overview)
    first_sheet = pdf_tools.run("pdftotext", "-f", "2", "-l", "2", str(pdf), "-")
    assert f"A1 · Row 1, column 1 · Sheet 1 of {sheet_count}" in first_sheet
    last = pdf_tools.run("pdftotext", "-f", str(len(sizes)), "-l", str(len(sizes)), str(pdf), "-")
    assert f"Sheet {sheet_count} of {sheet_count}" in last


def test_tiles_cover_the_poster_with_the_overlap(sample_document):
    from journeymapper.export.pages import plan_tiles

    planned = plan_export(
        sample_document,
        ExportRequest("pdf", (sample_document.maps()[0].id,), PosterOptions(parse_paper("A1"), "landscape")),
    )
    poster = planned.pages[0]
    plan = plan_tiles(poster, TileOptions(parse_paper("A3"), overlap=15 * MM))
    regions = plan.regions
    assert min(r.x for r in regions) <= 0 and max(r.right for r in regions) >= poster.width
    assert min(r.y for r in regions) <= 0 and max(r.bottom for r in regions) >= poster.height
    for index, region in enumerate(regions):
        if (index + 1) % plan.columns:
            assert region.right - regions[index + 1].x == pytest.approx(15 * MM)
