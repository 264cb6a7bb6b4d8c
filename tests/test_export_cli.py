"""`journeymapper export` from the outside: files written whole or not at all, clear errors."""

import os

import pytest
from PIL import Image

import pdf_tools
from conftest import run_cli


@pytest.fixture
def two_maps(tmp_path, sample_document, english):
    from journeymapper.content.templates import build_map
    from journeymapper.persistence import write_project

    build_map(sample_document, "buyer", english)
    path = tmp_path / "two.jmap"
    write_project(path, sample_document)
    return path


def test_pdf_by_default_on_a3_fitted(tmp_path, sample_file):
    done = run_cli("export", str(sample_file), "-o", str(tmp_path / "map.pdf"), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "Exported" in done.stdout and done.stderr == ""
    assert pdf_tools.page_sizes(tmp_path / "map.pdf") == [pytest.approx((1190.55, 841.89), abs=0.01)]


def test_png_format_option_adds_the_suffix(tmp_path, sample_file):
    done = run_cli("export", str(sample_file), "--format", "png", "--dpi", "100", "-o", str(tmp_path / "map"))
    assert done.returncode == 0, done.stderr
    with Image.open(tmp_path / "map.png") as image:
        assert image.info["dpi"][0] == pytest.approx(100, abs=0.02)


def test_choose_maps_by_number_title_or_all(tmp_path, two_maps):
    done = run_cli("export", str(two_maps), "--map", "2", "-o", str(tmp_path / "second.pdf"))
    assert done.returncode == 0, done.stderr
    assert "Replacing a broken washing machine" not in pdf_tools.text(tmp_path / "second.pdf")
    done = run_cli(
        "export", str(two_maps), "--map", "replacing a broken washing machine", "-o", str(tmp_path / "first.pdf")
    )
    assert done.returncode == 0 and "Replacing a broken washing machine" in pdf_tools.text(tmp_path / "first.pdf")
    done = run_cli("export", str(two_maps), "--all", "-o", str(tmp_path / "all.png"), "--dpi", "72")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.glob("all-*.png")) == ["all-1.png", "all-2.png"]
    done = run_cli("export", str(two_maps), "--map", "9", "-o", str(tmp_path / "none.pdf"), "--lang", "en")
    assert done.returncode == 2 and "There is no map “9”" in done.stderr and "1. Replacing" in done.stderr
    assert not (tmp_path / "none.pdf").exists()


def test_tiled_poster_from_the_command_line(tmp_path, sample_file):
    done = run_cli(
        "export",
        str(sample_file),
        "--paper",
        "A1",
        "--landscape",
        "--tile",
        "A4",
        "--overlap",
        "15mm",
        "-o",
        str(tmp_path / "poster.pdf"),
        "--lang",
        "en",
    )
    assert done.returncode == 0, done.stderr
    pages = int(pdf_tools.info(tmp_path / "poster.pdf")["Pages"])
    assert pages > 4
    assert f"Pages: {pages}" in done.stdout
    assert "overlap by 15 mm" in " ".join(pdf_tools.text(tmp_path / "poster.pdf").split())


@pytest.mark.parametrize(
    "options, message",
    [
        (["--format", "png", "--tile", "A4"], "only be tiled"),
        (["--paper", "B7"], "Unknown paper size “B7”"),
        (["--scale", "half"], "is not a scale"),
        (["--format", "png", "--dpi", "1200"], "between 72 and 600 dpi"),
        (["--margin", "lots"], "is not a length"),
        (["--fit", "--scale", "0.5"], "not allowed with"),
    ],
)
def test_bad_options_are_usage_errors(tmp_path, sample_file, options, message):
    done = run_cli("export", str(sample_file), "-o", str(tmp_path / "out.pdf"), *options, "--lang", "en")
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.glob("out*")) == []


def test_a_scale_that_does_not_fit_says_what_does(tmp_path, sample_file):
    done = run_cli(
        "export", str(sample_file), "--paper", "A4", "--scale", "100%", "-o", str(tmp_path / "x.pdf"), "--lang", "en"
    )
    assert done.returncode == 1
    assert "does not fit" in done.stderr and "at most 47 % fits" in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_missing_folder_and_project_file_target(tmp_path, sample_file):
    done = run_cli("export", str(sample_file), "-o", str(tmp_path / "nope" / "x.pdf"), "--lang", "en")
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "does not exist" in done.stderr
    done = run_cli("export", str(sample_file), "-o", str(sample_file), "--format", "pdf", "--lang", "en")
    assert done.returncode == 2 and "over a project file" in done.stderr


def test_read_only_folder_gets_a_clear_message_and_no_file(read_only_folder, sample_file):
    done = run_cli("export", str(sample_file), "-o", str(read_only_folder / "x.pdf"), "--lang", "en")
    assert done.returncode == 1
    assert "No permission to write" in done.stderr
    assert list(read_only_folder.iterdir()) == []


def test_full_disk_leaves_no_half_written_file(small_disk, sample_file):
    keep = small_disk / "old.png"
    keep.write_bytes(b"\x89PNG\r\n\x1a\n old poster")
    done = run_cli(
        "export", str(sample_file), "--format", "png", "--paper", "A2", "--dpi", "300", "-o", str(keep), "--lang", "en"
    )
    assert done.returncode == 1
    assert "The disk is full" in done.stderr
    assert keep.read_bytes() == b"\x89PNG\r\n\x1a\n old poster"
    assert sorted(p.name for p in small_disk.iterdir()) == ["old.png"]


def test_progress_is_shown_on_request(tmp_path, sample_file):
    done = run_cli(
        "export", str(sample_file), "--format", "png", "--dpi", "150", "--progress", "-o", str(tmp_path / "m.png")
    )
    assert done.returncode == 0
    assert "100 %" in done.stderr and "0 %" in done.stderr
    quiet = run_cli("export", str(sample_file), "--quiet", "-o", str(tmp_path / "q.pdf"))
    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == ""


def test_a_cancelled_export_keeps_the_old_file(tmp_path, sample_document):
    from journeymapper.app.exporting import ExportCancelled, ExportProblem, ExportRequest, plan_export, run_export

    target = tmp_path / "poster.png"
    target.write_bytes(b"\x89PNG\r\n\x1a\n the poster from yesterday")
    planned = plan_export(sample_document, ExportRequest("png", (sample_document.maps()[0].id,), dpi=300))
    calls = []

    def cancel_midway(done, total):
        calls.append(done)
        if done >= total // 2:
            raise ExportCancelled()

    with pytest.raises(ExportCancelled) as cancelled:
        run_export(sample_document, planned, target, progress=cancel_midway)
    assert cancelled.value.problem is ExportProblem.CANCELLED
    assert 0 < len(calls)
    assert target.read_bytes() == b"\x89PNG\r\n\x1a\n the poster from yesterday"
    assert os.listdir(tmp_path) == ["poster.png"]


def test_characters_without_glyphs_are_warned_about(tmp_path, english):
    from journeymapper.app.new_project import project_from_template
    from journeymapper.persistence import write_project

    document = project_from_template("blank", english)
    map_id = document.maps()[0].id
    lane = next(l for l in document.lanes(map_id) if l.kind.holds_cards)
    document.add_cards(lane.id, document.map_steps(map_id)[0].id, ["Klant 客户"])
    path = tmp_path / "cjk.jmap"
    write_project(path, document)
    done = run_cli("export", str(path), "-o", str(tmp_path / "cjk.pdf"), "--lang", "en")
    assert done.returncode == 0
    assert "empty boxes: 客 户" in done.stderr


def test_every_map_tiled_in_one_pdf_keeps_each_map_whole(tmp_path, two_maps):
    """Each map lets its placed shapes go after its last sheet: every sheet still has its map."""
    done = run_cli("export", str(two_maps), "--all", "--paper", "A2", "--tile", "A4", "-o", str(tmp_path / "all.pdf"))
    assert done.returncode == 0, done.stderr
    pages = int(pdf_tools.info(tmp_path / "all.pdf")["Pages"])
    assert pages > 4
    texts = [
        pdf_tools.run("pdftotext", "-f", str(n), "-l", str(n), str(tmp_path / "all.pdf"), "-")
        for n in range(1, pages + 1)
    ]
    titles = [t for t in texts if "Replacing a broken washing machine" in t]
    assert titles and len(titles) < pages  # the first map's sheets, and then the second's
    assert all(len(t.split()) > 3 for t in texts)  # no sheet left empty
