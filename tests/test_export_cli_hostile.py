"""`journeymapper export` never harms what it does not own, and refuses the absurd
before the work (issue 16). Run as a child process, like a user runs it."""

import os
import subprocess
import sys
import time

import pytest
from PIL import Image

import pdf_tools
from conftest import run_cli


@pytest.fixture
def two_maps(sample_document, english):
    from journeymapper.content.templates import build_map

    build_map(sample_document, "buyer", english)
    return sample_document


def run_binary(*args: str, cwd, timeout: float = 120):
    """The command line with its standard output as bytes (``-o -``), and how long it took."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "journeymapper", *args], capture_output=True, timeout=timeout, cwd=cwd)
    return done, time.monotonic() - started


def test_all_pngs_never_overwrite_the_source_named_like_one_of_them(tmp_path, two_maps):
    from journeymapper.persistence import write_project

    source = tmp_path / "poster-1.png"  # a project saved under the name the second map's PNG gets... the first's
    write_project(source, two_maps)
    before = source.read_bytes()
    done = run_cli("export", str(source), "--all", "-o", str(tmp_path / "poster.png"), "--dpi", "72", "--lang", "en")
    assert done.returncode == 2, done.stdout
    assert "is the project being exported" in done.stderr and "Traceback" not in done.stderr
    assert source.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poster-1.png"]


def test_a_hard_link_to_the_source_is_the_source(tmp_path, sample_file):
    os.link(sample_file, tmp_path / "copy.pdf")
    before = sample_file.read_bytes()
    done = run_cli("export", str(sample_file), "-o", str(tmp_path / "copy.pdf"), "--lang", "en")
    assert done.returncode == 2 and "is the project being exported" in done.stderr
    assert sample_file.read_bytes() == before


def test_a_fifo_named_like_the_target_is_left_alone(tmp_path, sample_file):
    fifo = tmp_path / "map.pdf"
    os.mkfifo(fifo)
    os.symlink(fifo, tmp_path / "link.pdf")
    for name in ("map.pdf", "link.pdf"):
        done = run_cli("export", str(sample_file), "-o", str(tmp_path / name), "--lang", "en")
        assert done.returncode == 2, done.stdout
        assert "is a folder or device, not a file" in done.stderr and "Traceback" not in done.stderr
    assert fifo.is_fifo() and (tmp_path / "link.pdf").is_symlink()


def test_a_symlink_target_is_written_through(tmp_path, sample_file):
    real = tmp_path / "real.pdf"
    real.write_bytes(b"%PDF-1.4 an earlier export")
    os.symlink(real, tmp_path / "link.pdf")
    done = run_cli("export", str(sample_file), "-o", str(tmp_path / "link.pdf"), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "link.pdf").is_symlink()
    assert real.read_bytes().startswith(b"%PDF")
    assert "Exported" in done.stdout and str(tmp_path / "link.pdf") in done.stdout


def test_png_scale_zero_is_refused(tmp_path, sample_file):
    done = run_cli(
        "export", str(sample_file), "--format", "png", "--scale", "0", "-o", str(tmp_path / "x.png"), "--lang", "en"
    )
    assert done.returncode == 2
    assert "between 1 % and 2000 %" in done.stderr
    assert list(tmp_path.glob("x*")) == []


def test_no_scale_given_is_not_told_about_the_scale(tmp_path, sample_file):
    done = run_cli(
        "export",
        str(sample_file),
        "--paper",
        "50x50mm",
        "--margin",
        "24mm",
        "-o",
        str(tmp_path / "x.pdf"),
        "--lang",
        "en",
    )
    assert done.returncode == 1
    assert "smaller than 1 % on this paper" in done.stderr and "must lie between" not in done.stderr
    assert list(tmp_path.glob("x*")) == []


def test_a_small_map_on_huge_paper_stops_at_the_largest_scale(tmp_path, english):
    from journeymapper.app.new_project import project_from_template
    from journeymapper.persistence import write_project

    source = tmp_path / "small.jmap"
    write_project(source, project_from_template("blank", english))
    done = run_cli("export", str(source), "--paper", "5000x5000mm", "-o", str(tmp_path / "x.pdf"), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "2000" in pdf_tools.text(tmp_path / "x.pdf")


def test_a_poster_over_too_many_sheets_is_refused_at_once(tmp_path, sample_file):
    # 5 m square on 50 mm sheets: ~98,000 sheets, gigabytes, had it been drawn.
    done, seconds = run_binary(
        "export",
        str(sample_file),
        "--paper",
        "5000x5000mm",
        "--tile",
        "50x50mm",
        "-o",
        str(tmp_path / "x.pdf"),
        "--lang",
        "en",
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 2, done.stdout
    assert "sheets; at most 500 can be printed" in done.stderr.decode()
    assert seconds < 30 and list(tmp_path.glob("*x.pdf*")) == []


def test_pdf_and_png_to_standard_output(tmp_path, sample_file):
    done, _ = run_binary("export", str(sample_file), "--format", "pdf", "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (tmp_path / "piped.pdf").write_bytes(done.stdout)
    assert "Exported" not in pdf_tools.text(tmp_path / "piped.pdf")
    assert pdf_tools.info(tmp_path / "piped.pdf")["Pages"] == "1"
    done, _ = run_binary("export", str(sample_file), "--format", "png", "--dpi", "72", "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (tmp_path / "piped.png").write_bytes(done.stdout)
    with Image.open(tmp_path / "piped.png") as image:
        assert image.format == "PNG" and image.width > 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["piped.pdf", "piped.png", "sample.jmap"]


def test_standard_output_takes_one_file_and_a_format(tmp_path, two_maps):
    from journeymapper.persistence import write_project

    source = tmp_path / "two.jmap"
    write_project(source, two_maps)
    done = run_cli("export", str(source), "--all", "--format", "png", "-o", "-", "--lang", "en", cwd=tmp_path)
    assert done.returncode == 2 and "standard output takes one" in done.stderr and done.stdout == ""
    done = run_cli("export", str(source), "-o", "-", "--lang", "en", cwd=tmp_path)
    assert done.returncode == 2 and "Give --format pdf or png" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["two.jmap"]


def test_the_next_export_removes_a_killed_ones_temporary_file_and_nothing_else(tmp_path, sample_file):
    ours = tmp_path / ".map.png.0a6d904e.png.tmp"
    ours.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 1000)  # a fresh one: minutes old was kept before
    empty = tmp_path / ".map.png.1ce65d9a.png.tmp"
    empty.write_bytes(b"")
    theirs = tmp_path / ".map.png.89dfd5d7.png.tmp"
    theirs.write_bytes(b"someone's notes, named like ours")
    other = tmp_path / ".map.png.not-ours.png.tmp"
    other.write_bytes(b"\x89PNG\r\n\x1a\n")
    done = run_cli("export", str(sample_file), "--dpi", "72", "-o", str(tmp_path / "map.png"))
    assert done.returncode == 0, done.stderr
    assert not ours.exists() and not empty.exists()
    assert theirs.read_bytes() == b"someone's notes, named like ours" and other.exists()


def test_the_next_repair_removes_what_a_killed_one_left(tmp_path, sample_file):
    temp = tmp_path / ".sample.jmap.75612dc9.tmp"
    temp.write_bytes(b"SQLite format 3\x00" + b"\0" * 4000)
    journal = tmp_path / ".sample.jmap.75612dc9.tmp-journal"
    journal.write_bytes(b"\0" * 512)
    backup = tmp_path / ".sample.backup-20261204-174710.jmap.fd8e734c.tmp"
    backup.write_bytes(b"SQLite format 3\x00")
    theirs = tmp_path / ".sample.jmap.9dd991a7.tmp"
    theirs.write_bytes(b"not a database")
    done = run_cli("check", "--repair", str(sample_file), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert not temp.exists() and not journal.exists() and not backup.exists()
    assert theirs.read_bytes() == b"not a database"


def test_a_map_with_too_many_cards_is_answered_before_its_layout(tmp_path):
    from journeymapper.domain import Document, Kind, LaneKind
    from journeymapper.persistence import write_project

    document = Document()
    map_id = document.add_map("Groot").added(Kind.MAP)[0].id
    lane = document.add_lane(map_id, LaneKind.ACTIONS, "Baan").added(Kind.LANE)[0].id
    step = document.steps(document.add_phase(map_id, "Fase").added(Kind.PHASE)[0].id)[0].id
    document.add_cards(lane, step, ["kaartje"] * 100_001)
    source = tmp_path / "groot.jmap"
    write_project(source, document)
    done = run_cli("export", str(source), "--format", "png", "-o", str(tmp_path / "x.png"), "--lang", "en")
    assert done.returncode == 1
    assert "hold 100,001 cards; at most 100,000 can be exported at once" in done.stderr
    assert "Traceback" not in done.stderr and list(tmp_path.glob("*x.png*")) == []


def test_an_export_replaces_only_an_earlier_export(tmp_path, sample_file):
    """Review findings: through a link ``-o out.pdf`` turned another project into a PDF;
    ``-o kaart.jmap.lock`` made a PDF that other users read as a damaged lock."""
    other = tmp_path / "ander.jmap"
    other.write_bytes(sample_file.read_bytes())
    (tmp_path / "out.pdf").symlink_to(other)
    notes = tmp_path / "notities.pdf"
    notes.write_text("geen pdf")
    for target in ("out.pdf", "notities.pdf", f"{sample_file.name}.lock", f"{sample_file.name}-journal"):
        done = run_cli("export", str(sample_file), "--format", "pdf", "-o", str(tmp_path / target), "--lang", "en")
        assert done.returncode == 2 and "Traceback" not in done.stderr, (target, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1
    assert other.read_bytes() == sample_file.read_bytes() and notes.read_text() == "geen pdf"
    assert not (tmp_path / f"{sample_file.name}.lock").exists()
    assert not (tmp_path / f"{sample_file.name}-journal").exists()
    again = tmp_path / "poster.pdf"  # an earlier export is replaced, as before
    for _ in range(2):
        assert run_cli("export", str(sample_file), "-o", str(again)).returncode == 0
    assert again.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("target", [".", "/", "", "{folder}/"])
def test_a_folder_as_target_is_a_usage_error(tmp_path, sample_file, target):
    done = run_cli(
        "export",
        str(sample_file),
        "--format",
        "pdf",
        "-o",
        target.format(folder=tmp_path),
        "--lang",
        "en",
        cwd=tmp_path,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr and "folder" in done.stderr, done.stderr
    assert not (tmp_path.parent / f"{tmp_path.name}.pdf").exists()


def test_a_project_marked_read_only_is_not_replaced(tmp_path, sample_file):
    import sqlite3

    conn = sqlite3.connect(sample_file)
    conn.execute("UPDATE card SET lane_id = 'weg' WHERE rowid = 1")  # something to repair
    conn.commit()
    conn.close()
    os.chmod(sample_file, 0o444)
    before = sample_file.read_bytes()
    done = run_cli("check", str(sample_file), "--repair", "--lang", "en")
    assert done.returncode == 1 and "No permission" in done.stderr, done.stderr
    assert sample_file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [sample_file.name]  # no backup left either


def test_a_project_is_found_without_its_suffix_and_a_newline_stays_in_the_line(tmp_path, sample_file):
    assert run_cli("info", str(sample_file.with_suffix(""))).returncode == 0
    odd = tmp_path / "twee\nregels.jmap"
    done = run_cli("info", str(odd), "--lang", "en")
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1, done.stderr
