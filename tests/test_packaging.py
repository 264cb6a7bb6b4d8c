"""The package list in pyproject.toml covers every folder that must be installed."""

import tomllib
from importlib import resources

from conftest import REPO


def listed_packages() -> set[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def folders_to_install() -> set[str]:
    found = set()
    source = REPO / "src" / "journeymapper"
    for folder in [source, *[p for p in source.rglob("*") if p.is_dir()]]:
        if any(folder.glob("*.py")) and "__pycache__" not in folder.parts:
            found.add(".".join(("journeymapper", *folder.relative_to(source).parts)))
    data = REPO / "resources"
    for folder in [data, *[p for p in data.rglob("*") if p.is_dir()]]:
        if any(p.is_file() for p in folder.iterdir()) and "__pycache__" not in folder.parts:
            found.add(".".join(("journeymapper", "resources", *folder.relative_to(data).parts)))
    return found


def test_every_source_and_data_folder_is_listed():
    assert folders_to_install() - listed_packages() == set()
    assert listed_packages() - folders_to_install() == set()


def test_installed_package_has_its_data():
    sample = resources.files("journeymapper.resources").joinpath("sample")
    assert sample.joinpath("persona.png").read_bytes().startswith(b"\x89PNG")
    assert resources.files("journeymapper.translations").joinpath("journeymapper_nl.qm").is_file()
