"""Is the file on disk still the one that was opened? (size, time, inode, content)

Another user, a sync client (Nextcloud, Dropbox) or a second machine may
replace a project while it is open here; saving over it then would silently
throw their work away. A ``Fingerprint`` taken when the file was read says
what it was; before a save or a repair writes, ``unchanged`` compares. Equal
size, modification time, device and inode mean the same file without reading
it; otherwise the content hash decides (a file only touched, or put back with
the same bytes, is still the same).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20


@dataclass(frozen=True)
class Fingerprint:
    size: int
    mtime_ns: int
    device: int
    inode: int
    sha256: str


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def fingerprint(path: Path) -> Fingerprint | None:
    """What ``path`` is now; None when it does not exist (or cannot be read)."""
    try:
        info = os.stat(path)
        return Fingerprint(info.st_size, info.st_mtime_ns, info.st_dev, info.st_ino, content_hash(path))
    except OSError:
        return None


def unchanged(path: Path, known: Fingerprint | None) -> bool:
    """Whether ``path`` is still the file ``known`` describes (a file now missing counts as
    unchanged: saving there overwrites nobody's work)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    if known is None:
        return False  # it did not exist when we looked, and now it does
    if (info.st_size, info.st_mtime_ns, info.st_dev, info.st_ino) == (
        known.size,
        known.mtime_ns,
        known.device,
        known.inode,
    ):
        return True
    if info.st_size != known.size:
        return False
    try:
        return content_hash(path) == known.sha256
    except OSError:
        return False
