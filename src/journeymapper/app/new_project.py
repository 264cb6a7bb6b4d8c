"""New projects: from a template, and the sample project."""

from importlib import resources

from ..content.markers import Translate
from ..content.sample import build_sample
from ..content.templates import build_map
from ..domain import Document


def project_from_template(template_id: str, translate: Translate) -> Document:
    document = Document()
    build_map(document, template_id, translate)
    return document


def _sample_image(name: str) -> tuple[str, int, int, bytes]:
    from .images import inspect_image  # Pillow loads when the sample is made, not at start-up

    data = resources.files("journeymapper.resources").joinpath("sample", name).read_bytes()
    return inspect_image(data)


def sample_project(translate: Translate) -> Document:
    document = Document()
    build_sample(
        document,
        translate,
        {
            "persona": _sample_image("persona.png"),
            "machine": _sample_image("washing-machine.png"),
        },
    )
    return document
