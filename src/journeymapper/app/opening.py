"""Opening a project for editing, ready to be shown: read, checked, and its
first map laid out.

All of it is plain Python without Qt, so the editor runs it on a worker thread
(``ui/background.py``) and a large project opens without freezing the
windows; the window then takes the layout as it is, instead of laying the
map out again on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from ..collector import collector_paused, keep_out_of_collections
from ..layout import DEFAULT_THEME, Labels, LayoutCache, Theme, compute_layout
from ..persistence import RecoveryNames
from .pictures import shown_pictures
from .session import ProjectSession


@collector_paused()
def open_for_editing(
    path: Path, labels: Labels, theme: Theme = DEFAULT_THEME, names: RecoveryNames | None = None
) -> tuple[ProjectSession, LayoutCache]:
    """The project opened for editing, and the layout of its first map (in a
    ``LayoutCache`` for the map view to start from). Raises ``ProjectFileError``.

    The working copy is left for the window to write once it has painted the
    map (``ProjectSession.write_working_copy``): the map shows that much sooner."""
    project = ProjectSession.open(path, names=names, defer_working_copy=True)
    document = project.document
    cache = LayoutCache()
    try:
        maps = document.maps()
        if maps:
            compute_layout(document, maps[0].id, theme, labels, cache)
        shown_pictures(document.images())  # each picture judged here, off the window's thread
    except BaseException:
        project.close()
        raise
    project.keep_aside(keep_out_of_collections())  # the document and its layout live as long as the project
    return project, cache
