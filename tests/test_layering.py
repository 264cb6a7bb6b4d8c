"""Imports point down: no Qt below the interface, no SQL outside persistence."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "journeymapper"
QT = ("PySide6", "shiboken6")
SQL = ("sqlmodel", "sqlalchemy", "sqlite3")
QT_FREE = ("domain", "content", "persistence", "app", "layout", "export", "settings")


def imports_of(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def modules():
    return [p for p in PACKAGE.rglob("*.py")]


def test_layers_below_the_interface_never_import_qt():
    offenders = [str(p.relative_to(PACKAGE)) for p in modules()
                 if p.relative_to(PACKAGE).parts[0] in QT_FREE and imports_of(p) & set(QT)]
    assert offenders == []


def test_only_persistence_talks_sql():
    offenders = [str(p.relative_to(PACKAGE)) for p in modules()
                 if p.relative_to(PACKAGE).parts[0] != "persistence" and imports_of(p) & set(SQL)]
    assert offenders == []


def test_domain_imports_only_itself_and_the_standard_library():
    allowed = {"dataclasses", "enum", "typing", "uuid", "re", "math", "hashlib", "collections", "operator"}
    for path in (PACKAGE / "domain").glob("*.py"):
        assert imports_of(path) <= allowed, path.name


def test_the_scan_sees_imports():
    # guard against a scan that silently finds nothing
    assert "PySide6" in imports_of(PACKAGE / "i18n.py")
    assert "sqlite3" in imports_of(PACKAGE / "persistence" / "connection.py")


def test_layout_is_pure_geometry():
    """The layout imports the domain and the standard library, no renderer."""
    renderers = {"reportlab", "PIL", "PySide6", "sqlmodel", "sqlite3"}
    for path in (PACKAGE / "layout").glob("*.py"):
        assert not imports_of(path) & renderers, path.name


def test_only_the_export_package_draws():
    for path in modules():
        part = path.relative_to(PACKAGE).parts[0]
        if "reportlab" in imports_of(path):
            assert part == "export", path


def test_the_start_screen_loads_no_database_pdf_or_picture_library():
    """SQLModel, ReportLab and Pillow load when a file is opened or exported, not at start-up
    (eagerly they cost about a second before the first window)."""
    import subprocess
    import sys

    script = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
              "from PySide6.QtCore import QTimer\n"
              "from PySide6.QtWidgets import QApplication\n"
              "app = QApplication([])\n"
              "QTimer.singleShot(0, app.quit)\n"
              "from journeymapper.cli.main import main\n"
              "main(['--lang', 'en'])\n"
              "print(sorted(m for m in ('sqlmodel', 'sqlalchemy', 'reportlab', 'PIL') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
