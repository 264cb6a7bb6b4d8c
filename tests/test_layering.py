"""Imports point down: each layer imports only the layers below it, no Qt below the
interface, no SQL outside persistence."""

import ast
import shutil
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


# -- layers ------------------------------------------------------------------
# Top to bottom. A module may import its own layer and the layers its layer lists
# here; nothing else of the package. Every import counts: relative or absolute, at
# the top of a module or inside a function, under TYPE_CHECKING or not.
#
#   ui (the window)         cli (the command line)   the two interfaces: cli never imports ui,
#        |                       |                   ui never imports persistence
#        +------ interface ------+                   what both interfaces share
#                    |
#                   app ---------> persistence       the project file: imports only the domain
#                    |                  |
#          export        content        |            side by side: neither imports the other
#             |             |           |
#             +-- layout ---+           |
#                    |                  |
#                 domain <--------------+
#                    |
#                  base                              standard-library helpers any layer may use
#
# A layer may also import any layer below those it points at (ui imports layout, say).
LAYERS = {
    "ui": {"interface", "app", "export", "content", "layout", "domain", "base"},
    "cli": {"interface", "app", "export", "content", "layout", "domain", "base"},
    "interface": {"app", "persistence", "export", "content", "layout", "domain", "base"},
    "app": {"persistence", "export", "content", "layout", "domain", "base"},
    "persistence": {"domain", "base"},
    "export": {"layout", "domain", "base"},
    "content": {"layout", "domain", "base"},
    "layout": {"domain", "base"},
    "domain": {"base"},
    "base": set(),
}
# Where each top-level package and module of journeymapper belongs, read from what it
# does and imports. A new top-level module fails the test until it is placed here.
PLACES = {
    "ui": "ui",
    "cli": "cli",
    "app": "app",
    "persistence": "persistence",
    "export": "export",
    "content": "content",
    "layout": "layout",
    "domain": "domain",
    # ``python -m journeymapper`` and the ``journeymapper`` command: it only starts cli.main.
    "__main__": "cli",
    # The choice of language and the translated words: Qt's translators for the window
    # (PySide6, loaded only there), the .qm catalogue for the command line.
    "i18n": "interface",
    # Qt's .qm translation files read without Qt (struct alone): i18n's catalogue.
    "qm": "base",
    # The compiled .qm files, data only, loaded by i18n.
    "translations": "interface",
    # Translated texts for the error codes of domain, persistence and app (through i18n):
    # shown by the window's dialogs and printed by the command line.
    "messages": "interface",
    # The translated words printed on exports (through i18n): fills in export's and layout's
    # label values for the window's export dialog, printing and the export command.
    "print_labels": "interface",
    # Settings remembered between runs (a JSON file; Qt-free, platformdirs): read by the
    # window and by the command line's --lang.
    "settings": "interface",
    # Pausing the cycle collector through bursts of allocation (gc alone): used by app's
    # opening and exporting and by the window; knows nothing of the project.
    "collector": "base",
    # PEP 562 lazy package names (importlib alone): the domain's and persistence's __init__.
    "lazy_names": "base",
    # journeymapper/__init__.py: the version and the desktop identity, constants only.
    "__init__": "base",
}
# The one import against the layers, each with its reason: ``journeymapper`` with no
# subcommand starts the editor (cli.main is the program's entry point, which picks the
# editor or a subcommand); nothing else of cli imports ui.
EXCEPTIONS = {("journeymapper.cli.main", "journeymapper.ui.application")}
ROOT = "journeymapper"


def module_name(path: Path, package: Path) -> str:
    parts = [ROOT, *path.relative_to(package).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, package: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) of every journeymapper module ``path`` imports:
    relative imports resolved against its package (``from . import x`` names the module
    x when there is one), and function-local and TYPE_CHECKING imports included."""
    name = module_name(path, package)
    here = name if path.name == "__init__.py" else name.rpartition(".")[0]  # the package it is in
    found = []

    def is_module(dotted: str) -> bool:
        relative = Path(*dotted.split(".")[1:])
        return (package / relative).with_suffix(".py").is_file() or (package / relative).is_dir()

    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")
                if node.level - 1 >= len(base):
                    raise AssertionError(f"{path}:{node.lineno}: relative import beyond the package")
                base = ".".join(base[: len(base) - (node.level - 1)])
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.append((node.lineno, candidate if base.startswith(ROOT) and is_module(candidate) else base))
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) in ("import_module", "__import__")
        ):
            found.append((node.lineno, node.args[0].value))
    return sorted({(line, module) for line, module in found if module == ROOT or module.startswith(ROOT + ".")})


def part_of(module: str) -> str:
    """The top-level package or module of journeymapper that ``module`` is in."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def layer_violations(package: Path) -> list[str]:
    """Each import of a module from a layer its importer may not import, as
    'path:line: importer (layer) imports module (layer)'; and each unplaced part."""
    problems = []
    for path in sorted(package.rglob("*.py")):
        where = str(path.relative_to(package))
        layer = PLACES.get(part_of(module_name(path, package)))
        if layer is None:
            problems.append(f"{where}: not placed in a layer (PLACES in tests/test_layering.py)")
            continue
        for line, module in imported_modules(path, package):
            target = PLACES.get(part_of(module))
            if (
                target != layer
                and target not in LAYERS[layer]
                and (module_name(path, package), module) not in EXCEPTIONS
            ):
                problems.append(f"{where}:{line}: {module_name(path, package)} ({layer}) imports {module} ({target})")
    return problems


def test_each_layer_imports_only_the_layers_below_it():
    assert layer_violations(PACKAGE) == []


def test_the_layer_check_resolves_relative_and_local_imports():
    rules = PACKAGE / "domain" / "rules.py"
    scene = PACKAGE / "ui" / "canvas" / "scene.py"
    assert set(PLACES) >= {part_of(module_name(p, PACKAGE)) for p in modules()}
    assert module_name(rules, PACKAGE) == "journeymapper.domain.rules"
    assert module_name(PACKAGE / "domain" / "__init__.py", PACKAGE) == "journeymapper.domain"
    assert "journeymapper.lazy_names" in {m for _, m in imported_modules(PACKAGE / "domain" / "__init__.py", PACKAGE)}
    assert {module for _, module in imported_modules(scene, PACKAGE)} >= {
        "journeymapper.layout",
        "journeymapper.collector",
    }
    # ``from .. import __version__`` is the package itself; ``from . import x`` the module x
    assert any(m == "journeymapper" for _, m in imported_modules(PACKAGE / "cli" / "main.py", PACKAGE))


# Upward imports planted in a copy of the package, each in another form; the check
# must report every one of them, and nothing else that the real package does not.
PLANTED = {
    "domain/rules.py": "from ..ui.main_window import MainWindow\n",
    "layout/theme.py": "def _planted():\n    from ..ui.canvas import scene\n    return scene\n",
    "ui/help.py": "from .. import persistence\n",
    "ui/canvas/gestures.py": "from ...persistence.project_file import ProjectFile\n",
    "cli/common.py": "from ..ui import main_window\n",
    "cli/commands.py": "from ..persistence import read_project\n",
    "persistence/limits.py": "from ..layout.theme import Theme\n",
    "export/glyphs.py": "from ..content.templates import TEMPLATES\n",
    "content/markers.py": "import journeymapper.app.editing\n",
    "collector.py": "from .domain import Document\n",
    "app/summary.py": "from ..messages import describe\n",
}


def test_the_layer_check_reports_planted_upward_imports(tmp_path):
    copy = tmp_path / "journeymapper"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = set(layer_violations(copy))
    for where, text in PLANTED.items():
        path = copy / where
        source = path.read_text("utf-8")
        path.write_text(source + ("" if source.endswith("\n") else "\n") + text, "utf-8")
    (copy / "planted_helper.py").write_text("X = 1\n", "utf-8")
    new = set(layer_violations(copy)) - before
    reported = {problem.split(":")[0] for problem in new}
    assert reported == set(PLANTED) | {"planted_helper.py"}, sorted(new)
    assert len(new) == len(PLANTED) + 1, sorted(new)
    assert any("domain/rules.py" in p and "imports journeymapper.ui.main_window (ui)" in p for p in new)
    assert any("layout/theme.py" in p and "imports journeymapper.ui.canvas.scene (ui)" in p for p in new)
    assert any("ui/help.py" in p and "(ui) imports journeymapper.persistence (persistence)" in p for p in new)
    assert any("cli/common.py" in p and "(cli) imports journeymapper.ui.main_window (ui)" in p for p in new)


def test_layers_below_the_interface_never_import_qt():
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in modules()
        if p.relative_to(PACKAGE).parts[0] in QT_FREE and imports_of(p) & set(QT)
    ]
    assert offenders == []


def test_only_persistence_talks_sql():
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in modules()
        if p.relative_to(PACKAGE).parts[0] != "persistence" and imports_of(p) & set(SQL)
    ]
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

    script = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "QTimer.singleShot(0, app.quit)\n"
        "from journeymapper.cli.main import main\n"
        "main(['--lang', 'en'])\n"
        "print(sorted(m for m in ('sqlmodel', 'sqlalchemy', 'reportlab', 'PIL') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
