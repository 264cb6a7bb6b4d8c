"""Removing the temporary files a killed write left, once each is proven ours.

``atomic.replacing`` writes ``.NAME.XXXXXXXX<suffix>`` beside its target (eight
hex digits of its own). A SIGKILL, a power cut or a full disk that killed the
process leaves that file, up to the whole size of the export or project
(75 MB seen), and nothing else ever removes it. The next run that writes the
same target removes it, but only when both its name and its first bytes are
those our writer makes: a file of the user's that happens to have a similar
name is never touched. An empty file (killed before its first byte) holds
nothing to lose and is removed too.

Call this only while no live write of ours can be using the file: with the
target's lock held (see ``workspace.project_lock``), or with an age no live
write reaches.
"""

import re
import time
from pathlib import Path

from .atomic import glob_escape

SQLITE_MAGIC = b"SQLite format 3\x00"
# A rollback journal's header (SQLite's file format, "The Rollback Journal").
JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"
PDF_MAGIC = b"%PDF-"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

MAGIC_BY_SUFFIX = {".tmp": SQLITE_MAGIC, ".pdf.tmp": PDF_MAGIC, ".png.tmp": PNG_MAGIC}


def _proven_ours(path: Path, magic: bytes) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(magic))
    except OSError:
        return False
    if magic == JOURNAL_MAGIC and head == bytes(len(magic)):
        return True  # SQLite writes a journal's magic last, after its pages are on disk: zeros until then
    return head == b"" or head == magic


def remove_stale_temps(
    target: Path, suffix: str = ".tmp", older_than: float = 0.0, name_pattern: str | None = None
) -> int:
    """Remove our temporary files of writes to ``target`` (its name, or a glob
    ``name_pattern`` for names that vary, like dated backups); returns how many went."""
    target = Path(target)
    magic = MAGIC_BY_SUFFIX[suffix]
    name = name_pattern if name_pattern is not None else glob_escape(target.name)
    exact = re.compile(r"\.(?P<name>.+)\.[0-9a-f]{8}" + re.escape(suffix) + r"(?P<journal>-journal)?")
    now = time.time()
    removed = 0
    try:
        candidates = list(target.parent.glob(f".{name}.????????{suffix}*"))
    except OSError:
        return 0
    for path in candidates:
        match = exact.fullmatch(path.name)
        if match is None:
            continue
        try:
            status = path.lstat()
            if not path.is_file() or path.is_symlink() or now - status.st_mtime < older_than:
                continue
            if not _proven_ours(path, JOURNAL_MAGIC if match["journal"] else magic):
                continue
            path.unlink()
            removed += 1
        except OSError:
            pass
    return removed
