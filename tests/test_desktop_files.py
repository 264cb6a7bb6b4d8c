"""The desktop integration files: launcher, AppStream, file type and icons, checked with the tools
the desktops themselves use (installed by packaging/bootstrap.sh test)."""

import os
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser

from conftest import REPO
from journeymapper import APP_ID, MIME_TYPE

LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def run(*args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, timeout=120, **kwargs)


def desktop_entry() -> dict:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_launcher_passes_desktop_file_validate():
    done = run("desktop-file-validate", str(DESKTOP))
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Exec"] == "journeymapper %F"  # several files at once, each in a window
    assert entry["Comment[nl]"] and entry["GenericName[nl]"]


def test_the_appstream_file_passes_appstreamcli_and_names_the_same_things():
    done = run("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert done.returncode == 0, done.stdout + done.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("provides/binary") == "journeymapper"
    from journeymapper import __version__

    assert root.find("releases/release").get("version") == __version__


def test_the_file_type_is_recognised_by_its_application_id(tmp_path, sample_file):
    data = tmp_path / "share"
    (data / "mime" / "packages").mkdir(parents=True)
    (data / "mime" / "packages" / f"{APP_ID}.xml").write_bytes(MIME.read_bytes())
    done = run("update-mime-database", str(data / "mime"))
    assert done.returncode == 0, done.stderr
    env = dict(os.environ, XDG_DATA_DIRS=f"{data}:/usr/share", XDG_DATA_HOME=str(tmp_path / "nothing"))

    def content_type(path):
        done = run("gio", "info", "-a", "standard::content-type", str(path), env=env)
        assert done.returncode == 0, done.stderr
        return done.stdout.split("standard::content-type:")[1].strip()

    renamed = tmp_path / "project-without-its-suffix"
    renamed.write_bytes(sample_file.read_bytes())
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    assert content_type(sample_file) == MIME_TYPE
    assert content_type(renamed) == MIME_TYPE  # by content: "SQLite format 3" and "JMAP" at byte 68
    assert content_type(other) != MIME_TYPE  # any other SQLite database is not one of ours


def test_icons_exist_at_every_hicolor_size_and_match_the_svg(qapp):
    import importlib.util

    from PIL import Image

    spec = importlib.util.spec_from_file_location("render_icons", REPO / "packaging" / "render_icons.py")
    render_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_icons)
    for size in SIZES:
        path = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        with Image.open(path) as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            shipped = image.load()
            fresh = render_icons.render(size)
            worst = max(
                abs(shipped[x, y][3] - fresh.pixelColor(x, y).alpha())
                for x in range(size)
                for y in range(0, size, max(1, size // 64))
            )
            assert worst <= 8, f"{path.name} at {size} px is older than the SVG: run packaging/render_icons.py"
    svg = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (REPO / "resources" / "icons" / "journeymapper.svg").read_bytes()


def test_the_editor_has_the_icon_and_the_desktop_name(qapp):
    from journeymapper.ui.application import application_icon

    icon = application_icon()
    assert not icon.isNull() and not icon.pixmap(48).isNull()
    image = icon.pixmap(48).toImage()
    assert image.pixelColor(24, 2).alpha() > 200  # the dark frame, drawn
    assert image.pixelColor(0, 0).alpha() < 60  # with rounded corners


def test_the_user_install_script_puts_everything_in_place(tmp_path):
    command = tmp_path / "bin dir" / "journeymapper"
    command.parent.mkdir()
    command.write_text("#!/bin/sh\n", "utf-8")
    command.chmod(0o755)
    data = tmp_path / "share"
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    done = run("bash", str(LINUX / "install.sh"), str(command), env=env)
    assert done.returncode == 0, done.stderr
    launcher = (data / "applications" / f"{APP_ID}.desktop").read_text("utf-8")
    assert f'Exec="{command}" %F' in launcher
    assert run("desktop-file-validate", str(data / "applications" / f"{APP_ID}.desktop")).returncode == 0
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").exists()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").exists()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    done = run("bash", str(LINUX / "install.sh"), "--uninstall", env=env)
    assert done.returncode == 0, done.stderr
    assert not (data / "applications" / f"{APP_ID}.desktop").exists()
    assert not list((data / "icons").rglob(f"{APP_ID}.*"))
