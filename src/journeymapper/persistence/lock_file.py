"""The lock file beside a project: what another user or another machine sees.

The OS lock in the state folder (``workspace.project_lock``) guards this user
on this machine; another user, or another machine on a network share or a
synced folder (Nextcloud, Dropbox), has its own state folder and never sees
it. So, as office suites do (LibreOffice's ``.~lock.NAME#``), an editor that
opens ``kaart.jmap`` for writing also puts ``kaart.jmap.lock`` beside it::

    {"app": "JourneyMapper", "user": "anne", "host": "laptop-anne",
     "pid": 4242, "time": "2026-12-04T17:20:00+00:00", "token": "9f3c..."}

A second opener that finds it is refused write access (``LOCKED``) and told
who has the file. A lock whose owner is gone (same host and its process no
longer runs, or older than ``STALE_AFTER``) is ``STALE_LOCK``: it may be
broken, with the user's consent (``break_lock``). Only the lock of this
user's own JourneyMapper on this host that crashed is taken over without
asking: its process is gone, and no one else writes under this user's name
here (so recovering after a crash asks no question about oneself).

The file is created whole in one step (a complete temporary file hard-linked
to its name, which fails if the name exists), removed on close, and its name
neither ends in ``.jmap`` nor holds a database, so it is never taken for a
project. Its name is visible, unlike office suites' ``.~lock.NAME#``, so that
sync clients carry it to the other laptops: Nextcloud skips hidden files and
names holding ``.~``, Dropbox skips names starting with ``.~`` (its temporary
name starts with ``.~``, so they do not carry that). A synced lock arrives late, so
there the check before every save that the file is still the one opened
(``identity``) remains the last guard: a colleague's save that the client
brought in is never overwritten silently. On a network share, and between
users of one machine, the lock file is seen at once.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import stat
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from . import atomic
from .errors import FileProblem, ProjectFileError, problem_of_os_error

SUFFIX = ".lock"
# "Clearly old". An editor open longer than this may see its lock broken (with
# the other user's consent); its next save is still refused if the file changed.
STALE_AFTER = timedelta(days=7)
MAX_BYTES = 4096  # a lock file is a line of JSON; a larger one is not ours
TEMP_TAIL = ".123456789abc.tmp"  # what its temporary name adds (``_temp_of``), besides ".~" in front
LEFTOVER_AGE = 60.0  # seconds: a temporary lock older than this was left by a crash


def lock_path(project: Path) -> Path:
    """The lock file of ``project``: beside the file a save writes (a symlink's target)."""
    target = atomic.real_target(Path(project).absolute())
    room = atomic.NAME_MAX - len(SUFFIX) - len(".~") - len(TEMP_TAIL)  # its temporary name fits too
    return target.parent / (atomic.short_name(target.name, room) + SUFFIX)


def _temp_of(lock: Path) -> Path:
    # Hidden and holding ".~", so that no sync client carries a lock still being written.
    return lock.with_name(f".~{lock.name}.{os.urandom(6).hex()}.tmp")


def this_host() -> str:
    return socket.gethostname()


def this_user() -> str:
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment nor in the password database
        return str(os.getuid()) if hasattr(os, "getuid") else "?"


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - no cheap probe there: only age makes it stale
        return True
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # (no process has a number that large)
        return False
    except OSError:
        return True  # it exists, and belongs to someone else
    return True


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    pid: int
    time: str  # ISO 8601, UTC
    token: str  # says whose lock it is when it is removed or broken

    @property
    def stale(self) -> bool:
        """Its owner is gone: a process of this host that no longer runs, or a clearly old lock.
        A lock without a process id is not one JourneyMapper wrote whole: damaged, so stale."""
        if self.pid <= 0 or (self.host == this_host() and not process_alive(self.pid)):
            return True
        try:
            when = datetime.fromisoformat(self.time)
        except ValueError:
            return True  # not a lock JourneyMapper wrote
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return datetime.now(UTC) - when > STALE_AFTER

    @property
    def crashed_here(self) -> bool:
        """Left by a JourneyMapper of this user on this host whose process is gone."""
        return self.host == this_host() and self.user == this_user() and not process_alive(self.pid)

    def error(self, project: Path) -> ProjectFileError:
        problem = FileProblem.STALE_LOCK if self.stale else FileProblem.LOCKED
        return ProjectFileError(
            problem,
            project,
            f"lock file {lock_path(project)}",
            user=self.user,
            host=self.host,
            pid=self.pid,
            time=self.time,
            token=self.token,
        )


def read_owner(path: Path) -> LockOwner | None:
    """Who holds the lock file at ``path``; None when there is none. A damaged one
    (garbage, a folder, a symlink, a pipe) reads as an owner of unknown name with its
    file's time, so it is still a lock (never overwritten) and can go stale."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError:
        return LockOwner("?", "?", 0, "", "")
    stamp = _iso(info.st_mtime)
    raw = b""
    if stat.S_ISREG(info.st_mode):  # never open a pipe (it would block) or follow a link
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
            try:
                raw = os.read(fd, MAX_BYTES + 1)
            finally:
                os.close(fd)
        except OSError:
            pass
    try:
        data = json.loads(raw.decode("utf-8")) if len(raw) <= MAX_BYTES else None
    except (UnicodeDecodeError, ValueError, RecursionError):  # "[[[[..." is 4 KB deep
        data = None
    if not isinstance(data, dict):
        return LockOwner("?", "?", 0, stamp, "")
    pid = data.get("pid")
    return LockOwner(
        _printable(data.get("user", "?")),
        _printable(data.get("host", "?")),
        pid if isinstance(pid, int) and not isinstance(pid, bool) else 0,
        _printable(data.get("time", stamp), 64),
        _printable(data.get("token", ""), 64),
    )


def _printable(value, limit: int = 200) -> str:
    """A name from a lock file, fit to show in a dialog or a terminal: no control characters."""
    return "".join(c for c in str(value)[:limit] if c.isprintable()) or "?"


def _iso(seconds: float) -> str:
    try:
        return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")
    except (OverflowError, OSError, ValueError):
        return ""


class BesideLock:
    """The lock file of one project, held by this process while ``token`` is set."""

    def __init__(self, project: Path) -> None:
        self.project = Path(project)
        self.path = lock_path(project)
        self.token: str | None = None

    def acquire(self) -> None:
        """Take it, or raise ``LOCKED``/``STALE_LOCK`` (someone has it) or a write problem
        (``READ_ONLY`` on a read-only share: the file can still be viewed)."""
        if self.token is not None:
            return
        owner = read_owner(self.path)
        if owner is not None and owner.crashed_here and break_lock(self.project, owner.token):
            owner = read_owner(self.path)
        if owner is not None:
            raise owner.error(self.project)
        token = os.urandom(8).hex()
        payload = json.dumps(
            {
                "app": "JourneyMapper",
                "user": this_user(),
                "host": this_host(),
                "pid": os.getpid(),
                "time": datetime.now(UTC).isoformat(timespec="seconds"),
                "token": token,
            }
        ).encode("utf-8")
        try:
            if not _create_whole(self.path, payload):
                taken = read_owner(self.path)
                raise (taken or LockOwner("?", "?", 0, "", "")).error(self.project)  # lost the race
        except OSError as error:
            problem = problem_of_os_error(error)
            if problem is FileProblem.NOT_FOUND:  # no such folder: nothing to view either
                raise ProjectFileError(problem, self.project, f"lock file: {error}") from error
            # ``lock_file`` in its info: the project itself may be fine to view (a read-only share).
            raise ProjectFileError(problem, self.project, f"lock file: {error}", lock_file=str(self.path)) from error
        self.token = token
        _remove_leftovers(self.path)

    def release(self) -> None:
        """Remove the lock file, if it is still ours (never another's that replaced a broken one)."""
        if self.token is None:
            return
        owner = read_owner(self.path)
        if owner is not None and owner.token == self.token:
            try:
                self.path.unlink()
            except OSError:
                pass  # a read-only share now: the next opener finds it stale (or old) and may break it
        self.token = None


def _create_whole(path: Path, payload: bytes) -> bool:
    """Create ``path`` holding ``payload``, complete at once; False if it exists already."""
    # Not flushed to the disk (fsync): that cost 2-14 ms of every open here, and
    # a lock that a power cut loses or empties is only a lock less, or a damaged
    # (stale) one; the save itself is made durable by ``atomic.replacing``.
    temp = _temp_of(path)
    with open(temp, "xb") as handle:
        handle.write(payload)
    try:
        try:
            os.link(temp, path)  # fails if the name exists, on NFS and SMB too: no half-written lock is seen
            return True
        except FileExistsError:
            return False
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                raise
        # A file system without hard links (FAT, some shares): exclusive create, then write.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        try:
            os.write(fd, payload)
        finally:
            os.close(fd)
        return True
    finally:
        try:
            temp.unlink()
        except OSError:
            pass


def _remove_leftovers(lock: Path) -> None:
    """Temporary lock files that a crash left between writing and linking them."""
    now = datetime.now().timestamp()
    try:
        for temp in lock.parent.glob(f".~{atomic.glob_escape(lock.name)}.????????????.tmp"):
            if now - temp.lstat().st_mtime > LEFTOVER_AGE:
                temp.unlink()
    except OSError:
        pass


def break_lock(project: Path, token: str) -> bool:
    """Remove the lock file of ``project`` if it is still the one the user agreed to break
    (same ``token``); False when it is gone or another has taken it meanwhile."""
    path = lock_path(project)
    owner = read_owner(path)
    if owner is None or owner.token != token:
        return False
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as error:
        raise ProjectFileError(problem_of_os_error(error), project, f"lock file: {error}") from error
    return True
