"""A hand-made corpus of valid-but-hostile project files (tests/reliability/hostile_corpus.py).

Each file is refused with our own error, or opens with its values made safe;
nothing is written to it or beside it, and a file that opens lays out every
map at a finite, visible size (no blank canvas).
"""

import hashlib
import math
import time

import pytest

from journeymapper.domain import Kind
from journeymapper.layout import compute_layout
from journeymapper.messages import error_message
from journeymapper.persistence import ProjectFile, ProjectFileError, read_project
from reliability.hostile_corpus import CORPUS, OPENED, build_corpus

# An open that takes longer is a hang. Generous on purpose: the speed figures
# (100,000 cards in about 0.9 s here) are measured by
# `python tests/reliability/hostile_corpus.py` and kept in docs/reliability.md,
# and a test must not fail because a shared CI machine is slow for a moment.
HANG = 10.0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from journeymapper.app.new_project import sample_project
    from journeymapper.content.markers import untranslated
    from journeymapper.persistence import write_project

    folder = tmp_path_factory.mktemp("hostile")
    sample = folder / "sample.source"
    write_project(sample, sample_project(untranslated))
    return {entry.name: (entry, path) for entry, path in build_corpus(folder / "files", sample)}


def test_the_corpus_is_large_and_mixed():
    assert len(CORPUS) >= 25
    assert {entry.expect for entry in CORPUS} == {OPENED, "refused"}


def all_numbers_finite(document) -> bool:
    values = [getattr(r, f) for kind in Kind for r in document.store.all(kind) for f in r.__dataclass_fields__]
    return all(math.isfinite(v) for v in values if isinstance(v, float))


@pytest.mark.parametrize("name", [entry.name for entry in CORPUS])
def test_hostile_file_is_refused_or_made_safe(corpus, name):
    entry, path = corpus[name]
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    neighbours = sorted(p.name for p in path.parent.iterdir())
    started = time.monotonic()
    if entry.expect == OPENED:
        document, _fixes, _ = read_project(path)
    else:
        with pytest.raises(ProjectFileError) as refused:
            read_project(path)
    elapsed = time.monotonic() - started
    assert elapsed < HANG, f"{name} took {elapsed:.1f} s"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # nothing written to it...
    assert sorted(p.name for p in path.parent.iterdir()) == neighbours  # ...or beside it (journal, WAL)

    if entry.expect != OPENED:
        assert refused.value.problem in entry.problems, refused.value
        assert error_message(refused.value).strip()  # a sentence for the user, not a traceback
        return
    assert all_numbers_finite(document)
    assert all(len(c.text) <= 5000 for c in document.store.all(Kind.CARD))
    for journey in document.maps():  # every map shows: finite, non-empty, nothing off the page
        layout = compute_layout(document, journey.id)
        assert 0 < layout.width < 1e6 and 0 < layout.height < 1e7, (layout.width, layout.height)
        for box in layout.boxes.values():
            assert all(math.isfinite(v) for v in (box.x, box.y, box.w, box.h)), box
    # The editor's own open (which writes a working copy, never the file) works too.
    project, opened = ProjectFile.open(path)
    try:
        assert opened == document
    finally:
        project.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
