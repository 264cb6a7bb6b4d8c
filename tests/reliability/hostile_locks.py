"""Hostile lock files beside a project (issue 16, class 6): each is a lock, never a crash.

A lock file comes from another machine or user and may be anything: garbage,
huge, empty, a folder, a pipe (reading it would block for ever), a symlink to
someone's file, names with terminal control characters, values of the wrong
type. Opening the project for editing must answer at once with LOCKED or
STALE_LOCK (never a traceback, never a hang, never writing through it), and
breaking a stale one removes the lock's name only.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

LOCKED, STALE = "locked", "stale_lock"


@dataclass(frozen=True)
class LockCase:
    name: str
    make: Callable[[Path, Path], None]  # (lock path, a victim file outside the folder)
    expect: str
    breakable: bool = True  # break_lock removes it (a folder is refused with a clear error)


def _json(**values) -> Callable[[Path, Path], None]:
    return lambda lock, _victim: lock.write_text(json.dumps(values), "utf-8")


CASES = [
    LockCase("garbage", lambda lock, _v: lock.write_bytes(bytes(range(256)) * 4), STALE),
    LockCase("huge", lambda lock, _v: lock.write_bytes(b"{" * 10_000_000), STALE),
    LockCase("empty", lambda lock, _v: lock.write_bytes(b""), STALE),
    LockCase("folder", lambda lock, _v: lock.mkdir(), STALE, breakable=False),
    LockCase("fifo", lambda lock, _v: os.mkfifo(lock), STALE),
    LockCase("symlink-to-a-victim", lambda lock, victim: lock.symlink_to(victim), STALE),
    LockCase(
        "control-characters",
        _json(
            app="JourneyMapper",
            user="eve\x1b[2J\nroot",
            host="srv\r\x07",
            pid=os.getpid(),
            time="2026-12-04T10:00:00+00:00",
            token="ab",
        ),
        LOCKED,
    ),
    LockCase("wrong-types", _json(user=["x"], host=None, pid="12", time=5, token={"a": 1}), STALE),
    LockCase("bool-pid", _json(user="bob", host="elsewhere", pid=True, time="2026-12-04T10:00:00+00:00"), STALE),
    LockCase(
        "far-future-elsewhere",
        _json(user="bob", host="elsewhere", pid=1, time="9999-12-31T00:00:00+00:00", token="cd"),
        LOCKED,
    ),
    LockCase("unreadable-time", _json(user="bob", host="elsewhere", pid=1, time="+99999-01-01", token="ef"), STALE),
    LockCase("not-json-object", lambda lock, _v: lock.write_text("[1, 2, 3]"), STALE),
    LockCase("deep-nesting", lambda lock, _v: lock.write_text("[" * 4000), STALE),  # RecursionError in json
    LockCase(
        "huge-pid-here",
        lambda lock, _v: lock.write_text(
            json.dumps(
                {
                    "user": "bob",
                    "host": socket.gethostname(),
                    "pid": 10**40,
                    "time": "2026-12-04T10:00:00+00:00",
                    "token": "aa",
                }
            )
        ),
        STALE,
    ),  # os.kill raises OverflowError, not OSError
]
