"""Pictures are PNG or JPEG, checked by their bytes (tests/reliability/hostile_pictures.py).

A project whose image row holds PostScript, TIFF, SVG, an inflating chunk,
a 4-gigapixel JPEG header or a lying header opens; ``check`` says the
picture cannot be used and names where it is; ``check --repair`` drops it;
PDF and PNG exports leave it out with a warning naming map and step; no
decoder but PNG and JPEG is ever asked to read it.
"""

import io

import pytest
from PIL import Image

import pdf_tools
from conftest import run_cli
from journeymapper.persistence import read_project
from reliability.hostile_pictures import EPS_MARKER, PICTURES, build_pictures, replace_step_picture
from reliability.hostile_pictures import _eps as eps_bytes

NAMES = [entry.name for entry in PICTURES]


@pytest.fixture(scope="module")
def pictures(tmp_path_factory):
    from journeymapper.app.new_project import sample_project
    from journeymapper.content.markers import untranslated
    from journeymapper.persistence import write_project

    folder = tmp_path_factory.mktemp("pictures")
    sample = folder / "sample.source"
    write_project(sample, sample_project(untranslated))
    made = {entry.name: path for entry, path in build_pictures(folder / "files", sample)}
    made["sample"] = sample
    return made


def where(path):
    """The title of the map and the name of the step that show the hostile picture."""
    document, _, _ = read_project(path)
    from journeymapper.domain import Kind

    (step_image,) = document.store.all(Kind.STEP_IMAGE)
    step = document.step(step_image.step_id)
    return document.map(document.map_of_step(step.id)).title, step.name


@pytest.fixture
def formats_asked(monkeypatch):
    """Every ``formats`` argument PIL.Image.open is called with, by us or by a library for us."""
    asked = []
    real_open = Image.open

    def recording_open(fp, mode="r", formats=None):
        asked.append(None if formats is None else tuple(formats))
        return real_open(fp, mode, formats)

    monkeypatch.setattr(Image, "open", recording_open)
    return asked


@pytest.mark.parametrize("fmt", ["pdf", "png"])
def test_postscript_in_a_project_never_reaches_ghostscript(pictures, formats_asked, tmp_path, fmt):
    from journeymapper.app.exporting import ExportRequest, plan_export, run_export, select_maps

    path = tmp_path / "eps.jmap"  # a folder of its own: the marker says this test's export ran it
    path.write_bytes(pictures["sample"].read_bytes())
    replace_step_picture(path, eps_bytes(tmp_path), "image/png", 120, 80)
    marker = tmp_path / EPS_MARKER
    document, _, _ = read_project(path)
    planned = plan_export(document, ExportRequest(fmt, select_maps(document, None, False)))
    result = run_export(document, planned, tmp_path / f"out.{fmt}")
    assert not marker.exists()  # the PostScript did not run
    assert formats_asked and all(f is not None and set(f) <= {"PNG", "JPEG"} for f in formats_asked), formats_asked
    title, step = where(path)
    assert [(p.map_title, p.step_name) for problem in result.skipped_pictures for p in problem.places] == [
        (title, step)
    ]
    assert (tmp_path / f"out.{fmt}").stat().st_size > 1000


@pytest.mark.parametrize("name", NAMES)
def test_check_reports_the_picture_and_where_it_is(pictures, name):
    path = pictures[name]
    before = path.read_bytes()
    done = run_cli("check", str(path), "--lang", "en")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "sound" not in done.stdout
    title, step = where(path)
    assert f"“{title}”" in done.stdout and f"“{step}”" in done.stdout, done.stdout
    assert "Traceback" not in done.stderr and "Warning" not in done.stderr, done.stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", NAMES)
def test_repair_drops_the_picture_once(pictures, tmp_path, name):
    path = tmp_path / "copy.jmap"
    path.write_bytes(pictures[name].read_bytes())
    first = run_cli("check", str(path), "--repair", "--lang", "en")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Repaired: " in first.stdout and "Repaired: 0" not in first.stdout, first.stdout
    assert "pictures that cannot be shown: 1" in first.stdout, first.stdout
    second = run_cli("check", str(path), "--repair", "--lang", "en")
    assert "(0 fixes)" in second.stdout, second.stdout
    assert run_cli("check", str(path), "--lang", "en").returncode == 0
    document, _, _ = read_project(path)
    assert len(document.images()) == 1  # the persona's photo stays
    assert not (path.parent / EPS_MARKER).exists()


def test_a_persona_photo_that_cannot_be_shown_is_named_by_its_persona(pictures, tmp_path):
    from reliability.hostile_pictures import PERSONA_PHOTO, _tiff

    path = tmp_path / "photo.jmap"
    path.write_bytes(pictures["sample"].read_bytes())
    replace_step_picture(path, _tiff(tmp_path), "image/png", 120, 80, query=PERSONA_PHOTO)
    document, _, _ = read_project(path)
    journey = document.maps()[0]
    persona = document.persona(journey.persona_id)
    where = f"Map “{journey.title}”, photo of persona “{persona.name}”"
    check = run_cli("check", str(path), "--lang", "en")
    assert check.returncode == 1 and where in check.stdout, check.stdout
    export = run_cli("export", str(path), "-o", str(tmp_path / "poster.pdf"), "--lang", "en")
    assert export.returncode == 0 and where in export.stderr, export.stderr
    assert run_cli("check", str(path), "--repair", "--lang", "en").returncode == 0
    repaired, _, _ = read_project(path)
    assert repaired.persona(persona.id).photo_id is None and len(repaired.images()) == 1


@pytest.mark.parametrize("fmt", ["pdf", "png"])
@pytest.mark.parametrize("name", NAMES)
def test_export_leaves_the_picture_out_and_says_where(pictures, tmp_path, name, fmt):
    path = pictures[name]
    out = tmp_path / f"poster.{fmt}"
    done = run_cli("export", str(path), "-o", str(out), "--lang", "en", *(["--dpi", "72"] if fmt == "png" else []))
    assert done.returncode == 0, done.stdout + done.stderr
    title, step = where(path)
    warnings = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(warnings) == 1, done.stderr  # one line for the picture; none of Pillow's own
    assert f"“{title}”" in warnings[0] and f"“{step}”" in warnings[0] and "picture" in warnings[0], warnings
    assert "could not be written" not in done.stdout + done.stderr
    if fmt == "pdf":
        assert step in pdf_tools.text(out)
    else:
        with Image.open(out, formats=["PNG"]) as image:
            assert image.size[0] > 500
    assert not (path.parent / EPS_MARKER).exists()


@pytest.mark.parametrize("fmt", ["pdf", "png"])
@pytest.mark.parametrize("name", ["eps", "svg", "jpeg-65000", "png-huge-ztxt"])
def test_the_editor_opens_it_and_its_export_says_where_the_picture_was_left_out(
    pictures, qtbot, monkeypatch, tmp_path, formats_asked, name, fmt
):
    from PySide6.QtWidgets import QMessageBox

    from conftest import close_window, open_window
    from journeymapper.app.exporting import ExportRequest, plan_export
    from journeymapper.domain import Kind
    from journeymapper.i18n import install
    from journeymapper.ui.file_commands import run_export_with_progress

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    install("en")
    window = open_window(qtbot, pictures[name])  # as the editor opens it
    document = window.session.document
    try:
        window.show()
        window.resize(1200, 800)
        assert window.grab().toImage().width() > 100  # painted, the picture's place left blank
        if name in QT_REFUSES:  # the step's picture in the inspector says so, rather than a blank
            (cell,) = document.store.all(Kind.STEP_IMAGE)
            window.inspector.show_for("step", cell.step_id)
            preview = window.inspector.step_cells.boxes[cell.lane_id].preview
            assert preview.text() == "(this picture cannot be shown)" and preview.pixmap().isNull()
        planned = plan_export(document, ExportRequest(fmt, (document.maps()[0].id,), dpi=72))
        assert run_export_with_progress(window, planned, tmp_path / f"poster.{fmt}")
        title, step = where(pictures[name])
        assert len(shown) == 1 and f"“{title}”" in shown[0] and f"“{step}”" in shown[0], shown
        assert "could not be written" not in shown[0]
        assert (tmp_path / f"poster.{fmt}").exists()
        assert not any(f is None or not set(f) <= {"PNG", "JPEG"} for f in formats_asked), formats_asked
    finally:
        close_window(window)


def painted(data: bytes, image_id: str):
    """The colours the editor's painter (canvas, printing, export preview) puts in a picture's place."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from journeymapper.layout import Picture, Rect
    from journeymapper.ui.canvas.qt_painter import QtShapePainter

    canvas = QImage(120, 80, QImage.Format.Format_RGB32)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    QtShapePainter(painter, {image_id: data}).paint([Picture(Rect(0.0, 0.0, 120.0, 80.0), image_id)])
    painter.end()
    return {canvas.pixelColor(x, y).name() for x in range(0, 120, 7) for y in range(0, 80, 7)}


# Qt decodes SVG and TIFF when it guesses the format (checked: it does, on the old code).
# The two PNGs with inflating chunks are not here: libpng caps chunk memory itself and
# skips them, so Qt could show their pixels safely; check and export, which decode with
# Pillow, report them, and the canvas is handed only what exports print (the test below).
QT_REFUSES = ["eps", "tiff", "svg", "jpeg-65000", "png-size-lies"]


@pytest.mark.parametrize("name", QT_REFUSES)
def test_the_canvas_paints_only_png_and_jpeg_within_the_limits(pictures, qapp, name):
    """Qt has decoders for SVG, TIFF, PDF, WebP and more: the painter names the format and
    checks the size before any pixel is decoded; what it refuses stays blank."""
    entry = next(e for e in PICTURES if e.name == name)
    assert painted(entry.make(pictures["sample"].parent), f"hostile-{name}") == {"#ffffff"}


def test_the_canvas_paints_a_sound_picture(qapp):
    for fmt in ("PNG", "JPEG"):
        assert len(painted(photo(300, 200, fmt=fmt), f"sound-{fmt}")) > 3


def photo(width, height, mode="RGB", fmt="JPEG") -> bytes:
    """A camera-like picture: smooth gradients with a little grain, so it compresses as photos do."""
    base = Image.linear_gradient("L").resize((width, height))
    grain = Image.effect_noise((width, height), 12)
    picture = Image.merge("RGB", (base, grain, base.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
    if mode == "RGBA":
        picture = picture.convert("RGBA")
        picture.putalpha(base)
    buffer = io.BytesIO()
    picture.save(buffer, fmt, **({"quality": 92} if fmt == "JPEG" else {}))
    return buffer.getvalue()


def unsafe_decodes(source: str) -> list[str]:
    """Calls in ``source`` that could decode a picture with a decoder other than PNG or JPEG:
    Pillow's open without ``formats``, Qt's guessing loaders, ReportLab's reader given bytes.
    (The two decoders that may, ``export.pictures.decode`` and ``ui.canvas.qt_painter.decode_picture``,
    name the formats.)"""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        owner = getattr(node.func, "value", None)
        owner = getattr(owner, "id", getattr(owner, "attr", ""))
        keywords = {k.arg for k in node.keywords}
        if name == "open" and owner in ("Image", "PILImage") and "formats" not in keywords:
            found.append(f"{owner}.open without formats, line {node.lineno}")
        if name in ("fromData", "loadFromData"):  # Qt guesses even after a named format fails
            found.append(f"{name} (use decode_picture), line {node.lineno}")
        if name == "ImageReader" and any(isinstance(a, (ast.Call, ast.Constant)) for a in node.args):
            found.append(f"ImageReader on bytes or a file, line {node.lineno}")
    return found


def test_no_code_decodes_a_picture_but_as_png_or_jpeg():
    from pathlib import Path

    import journeymapper

    package = Path(journeymapper.__file__).parent
    found = {
        str(path.relative_to(package)): unsafe_decodes(path.read_text(encoding="utf-8"))
        for path in package.rglob("*.py")
    }
    assert {path: calls for path, calls in found.items() if calls} == {}


def test_the_scan_sees_an_unsafe_decode():
    planted = (
        "from PIL import Image\nImage.open(io.BytesIO(data))\npixmap.loadFromData(data)\n"
        "reader = ImageReader(io.BytesIO(data))\nImage.open(fp, formats=['PNG'])\n"
    )
    assert len(unsafe_decodes(planted)) == 3


@pytest.mark.parametrize("name", [entry.name for entry in PICTURES])
def test_the_canvas_shows_no_picture_the_poster_leaves_out(pictures, qtbot, monkeypatch, name):
    """What is printed matches the screen: a picture an export leaves out (Pillow refuses
    it, such as a PNG whose text chunk inflates to 16 MB that Qt's reader would show) is
    left blank on the canvas too, while the sample's own pictures are painted."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QMessageBox

    from conftest import close_window, open_window
    from journeymapper.domain import Kind
    from journeymapper.i18n import install
    from journeymapper.layout import Picture
    from journeymapper.persistence import read_project

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    install("en")
    window = open_window(qtbot, pictures[name])  # as the editor opens it
    document = window.session.document
    try:
        window.show()
        scene = window.scene
        scene.make_cards()
        sound = {image.data for image in read_project(pictures["sample"])[0].images()}
        hostile = {
            cell.image_id
            for cell in document.store.all(Kind.STEP_IMAGE)
            if document.image(cell.image_id).data not in sound
        }
        assert len(hostile) == 1, "the hostile picture is in the project"
        for shape in scene.layout.shapes:
            if not isinstance(shape, Picture):
                continue
            r = shape.rect
            image = QImage(60, 40, QImage.Format.Format_RGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)
            scene.render(painter, QRectF(0, 0, 60, 40), QRectF(r.x + 2, r.y + 2, r.w - 4, r.h - 4))
            painter.end()
            colours = {image.pixelColor(x, y).name() for x in range(0, 60, 6) for y in range(0, 40, 6)}
            if shape.image_id in hostile:
                assert "#2878c8" not in colours and "#c87828" not in colours, (name, colours)
            else:
                assert len(colours) > 1, "a sound picture is painted"
    finally:
        close_window(window)
