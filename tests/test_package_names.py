"""The lazily loaded packages (``lazy_names``) list each public name three times: where it
lives (``_WHERE``), in ``__all__`` for readers and linters, and in the TYPE_CHECKING
imports for type checkers and PyInstaller. The three agree, and each name loads."""

import ast
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "journeymapper"


@pytest.mark.parametrize("name", ["domain", "persistence"])
def test_lazy_names_agree_and_load(name):
    package = importlib.import_module(f"journeymapper.{name}")
    assert sorted(package.__all__) == sorted(package._WHERE)
    tree = ast.parse((PACKAGE / name / "__init__.py").read_text("utf-8"))
    [checking] = [node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"]
    imported = {
        alias.name: node.module for node in checking.body if isinstance(node, ast.ImportFrom) for alias in node.names
    }
    assert imported == package._WHERE
    for public in package.__all__:
        assert getattr(package, public) is getattr(
            importlib.import_module(f"{package.__name__}.{package._WHERE[public]}"), public
        )
