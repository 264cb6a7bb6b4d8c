"""``journeymapper check FILE --repair``: make a damaged project sound, safely.

What the loader repairs while reading (rows that point at nothing, values
out of range, broken order, invalid text) is written back, so the file
stops needing it; so are pictures that cannot be decoded (dropped, see
``pictures.py``). The original goes first to a backup beside it, written
atomically; then the repaired project replaces the file atomically. A file
open in an editor (here, or by another user or machine: the lock file beside
it) is left alone, a file changed by someone else while it was read is not
overwritten (CHANGED_ON_DISK), and a file SQLite itself finds corrupt is not
touched at all (there is nothing safe to write).
"""

from dataclasses import dataclass
from datetime import datetime
from hashlib import sha256
from pathlib import Path

from ..persistence import FileProblem, ProjectFileError, RecoveryNames, read_project, write_project
from ..persistence.atomic import NAME_MAX, glob_escape, refuse_if_marked_read_only, replacing, short_name
from ..persistence.claims import claim
from ..persistence.identity import fingerprint, unchanged
from ..persistence.loader import Fixes
from ..persistence.stale_temps import remove_stale_temps
from .pictures import picture_problems, without_pictures


@dataclass
class Repair:
    fixes: Fixes
    backup: Path | None  # None when nothing needed fixing


def backup_path(path: Path, now: datetime | None = None) -> Path:
    """``kaart.backup-20261123-1405.jmap`` beside ``kaart.jmap``; never an existing file."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    # A name near the file system's limit leaves no room for the stamp: its stem is shortened.
    stem = short_name(path.stem, NAME_MAX - len(f".backup-{stamp}-99{path.suffix}".encode()))
    candidate = path.with_name(f"{stem}.backup-{stamp}{path.suffix}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{stem}.backup-{stamp}-{number}{path.suffix}")
    return candidate


def repair_project(path: Path, names: RecoveryNames | None = None) -> Repair:
    path = Path(path).absolute()
    lock = claim(path)
    try:
        identity = fingerprint(path)
        document, fixes, _version = read_project(path, full_check=True, names=names)
        # The file proved ours and we hold its lock: what an earlier repair (or save)
        # that was killed left beside it, the new file's and the backup's, goes now.
        remove_stale_temps(path)
        remove_stale_temps(path, name_pattern=f"{glob_escape(path.stem)}.backup-*{glob_escape(path.suffix)}")
        pictures = picture_problems(document)
        if pictures:  # not PNG or JPEG, too many pixels, a lying header: nothing can show them
            document = without_pictures(document, [problem.image_id for problem in pictures])
            fixes.note("picture", len(pictures))
        if not fixes:
            return Repair(fixes, None)
        refuse_if_marked_read_only(path)  # before the backup: a refused repair leaves nothing behind
        original = path.read_bytes()
        if identity is None or sha256(original).hexdigest() != identity.sha256 or not unchanged(path, identity):
            # Another writer saved while we read: what we would write is not a repair of it,
            # and the backup would not be the file we checked.
            raise ProjectFileError(FileProblem.CHANGED_ON_DISK, path)
        backup = backup_path(path)
        with replacing(backup, like=path) as temp:
            temp.write_bytes(original)
        write_project(path, document, overwrite=True)
        return Repair(fixes, backup)
    finally:
        lock.release()
