"""Pictures put into a project: phone photos are scaled down to a sensible size, not refused.

A 6.6 MB photo made a 160 KB project 6.8 MB and an A3 PDF 6.6 MB: a picture
is stored at most 2,400 pixels on its longest side (JPEG for photos, PNG when
it has transparency) and embedded in a PDF at the size it is printed.
Absurd files (decompression bombs) are still refused.
"""

import io
import os

import pytest
from PIL import Image

from test_hostile_pictures import photo


def test_a_big_photo_is_scaled_down_when_inserted(tmp_path, sample_document):
    from journeymapper.app.exporting import ExportRequest, plan_export, run_export, select_maps
    from journeymapper.app.pictures import prepare_picture
    from journeymapper.domain import Kind
    from journeymapper.persistence import write_project

    data = photo(6000, 4000)
    assert len(data) > 2_000_000
    mime, width, height, stored = prepare_picture(data)
    assert (mime, width, height) == ("image/jpeg", 2400, 1600)
    with Image.open(io.BytesIO(stored), formats=["JPEG"]) as image:
        assert image.size == (2400, 1600)
    document = sample_document
    image_id, _ = document.add_image(mime, width, height, stored)
    (step_image,) = document.store.all(Kind.STEP_IMAGE)
    document.set_step_image(step_image.lane_id, step_image.step_id, image_id)
    project = tmp_path / "photo.jmap"
    write_project(project, document)
    assert project.stat().st_size < 1_500_000
    planned = plan_export(document, ExportRequest("pdf", select_maps(document, None, False)))
    result = run_export(document, planned, tmp_path / "photo.pdf")
    assert not result.skipped_pictures
    assert os.path.getsize(tmp_path / "photo.pdf") < 1_000_000


def test_a_big_transparent_png_stays_a_png_with_its_transparency():
    from journeymapper.app.pictures import prepare_picture

    mime, width, height, stored = prepare_picture(photo(1800, 3000, "RGBA", "PNG"))
    assert (mime, width, height) == ("image/png", 1440, 2400)
    with Image.open(io.BytesIO(stored), formats=["PNG"]) as image:
        assert image.mode == "RGBA" and image.getpixel((0, 0))[3] < 10


def test_a_small_picture_is_kept_as_it_is():
    from journeymapper.app.pictures import prepare_picture

    data = photo(800, 600)
    assert prepare_picture(data) == ("image/jpeg", 800, 600, data)


def test_an_absurd_picture_is_still_refused():
    from journeymapper.app.pictures import prepare_picture
    from journeymapper.domain import EditError
    from reliability.image_limits import make

    with pytest.raises(EditError) as refused:
        prepare_picture(make("png_bomb"))
    assert refused.value.details["reason"] == "pixels"


def test_the_editor_scales_a_chosen_photo_too(tmp_path):
    """The inspector's "Choose photo" and a step's "Choose picture" read files through here."""
    from journeymapper.ui.pictures import read_picture

    path = tmp_path / "IMG_0001.jpg"
    path.write_bytes(photo(6000, 4000))
    mime, width, height, data = read_picture(path)
    assert (mime, width, height) == ("image/jpeg", 2400, 1600) and len(data) < path.stat().st_size


def test_a_photo_taken_sideways_is_stored_upright():
    """The scaled copy has no EXIF, so the camera's orientation note is applied to the pixels."""
    from journeymapper.app.pictures import prepare_picture

    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was turned a quarter clockwise
    Image.open(io.BytesIO(photo(4000, 3000)), formats=["JPEG"]).save(buffer, "JPEG", exif=exif)
    assert prepare_picture(buffer.getvalue())[1:3] == (1800, 2400)
