"""``journeymapper check FILE --repair``: make a damaged project sound, safely.

What the loader repairs while reading (rows that point at nothing, values
out of range, broken order, invalid text) is written back, so the file
stops needing it. The original goes first to a backup beside it, written
atomically; then the repaired project replaces the file atomically. A file
open in an editor is left alone, and a file SQLite itself finds corrupt is
not touched at all (there is nothing safe to write).
"""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..persistence import FileProblem, ProjectFileError, read_project, write_project
from ..persistence.atomic import glob_escape, replacing
from ..persistence.loader import Fixes
from ..persistence.stale_temps import remove_stale_temps
from ..persistence.workspace import project_lock


@dataclass
class Repair:
    fixes: Fixes
    backup: Path | None  # None when nothing needed fixing


def backup_path(path: Path, now: datetime | None = None) -> Path:
    """``kaart.backup-20261123-1405.jmap`` beside ``kaart.jmap``; never an existing file."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}.backup-{stamp}-{number}{path.suffix}")
    return candidate


def repair_project(path: Path) -> Repair:
    path = Path(path).absolute()
    lock = project_lock(path)
    if not lock.acquire():
        raise ProjectFileError(FileProblem.ALREADY_OPEN, path)
    try:
        document, fixes, _version = read_project(path, full_check=True)
        # The file proved ours and we hold its lock: what an earlier repair (or save)
        # that was killed left beside it, the new file's and the backup's, goes now.
        remove_stale_temps(path)
        remove_stale_temps(path, name_pattern=f"{glob_escape(path.stem)}.backup-*{glob_escape(path.suffix)}")
        if not fixes:
            return Repair(fixes, None)
        original = path.read_bytes()
        backup = backup_path(path)
        with replacing(backup) as temp:
            temp.write_bytes(original)
        write_project(path, document, overwrite=True)
        return Repair(fixes, backup)
    finally:
        lock.release()
