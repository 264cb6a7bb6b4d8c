"""What every subcommand shares: its usage error, printing a line, naming a project file,
the lines about pictures that cannot be shown (check and export).

Kept apart from the subcommands themselves, so ``journeymapper export`` loads
only the export's code (and not the templates, the sample and the summary).
"""

import re
import sys
from pathlib import Path

from ..app.files import PROJECT_SUFFIX


class UsageError(Exception):
    """A command used in a way that cannot work; the message says how to fix it."""


# What a terminal obeys rather than shows, in text from a file (a card, a title, a
# path): C0 controls but tab and newline, DEL, C1 controls (U+009B alone starts a
# control sequence), and the bidirectional overrides and isolates that reorder what
# follows them. A project could otherwise set the window title, clear the screen or
# write the clipboard (ESC ] 52) of whoever runs `info` on it.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Unsafe characters shown as escapes (\\x1b, \\u202e): visible, never obeyed."""
    return _UNSAFE.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def json_safe(text: str) -> str:
    """JSON escapes C0 controls itself; these the same way, so the data is unchanged."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def out(line: str = "") -> None:
    sys.stdout.write(terminal_safe(line) + "\n")


def err(line: str) -> None:
    """One line on standard error, prefixed with the program's name (a line break in
    it, from a file name, is shown as one, so the error stays one line)."""
    sys.stderr.write("journeymapper: " + terminal_safe(line).replace("\n", "\\n") + "\n")


def project_path(name: str) -> Path:
    """The path as given, with ``.jmap`` added when it has no suffix at all."""
    path = Path(name)
    return path if path.suffix else path.with_suffix(PROJECT_SUFFIX)


def existing_project_path(name: str) -> Path:
    """A project to read: the path as given if it is there, else with ``.jmap`` added
    when it has no suffix (``info kaart`` reads ``kaart.jmap``)."""
    path = Path(name)
    return path if path.exists() or path.suffix else path.with_suffix(PROJECT_SUFFIX)


def picture_lines(problems, skipped: bool) -> list[str]:
    """Where each picture that cannot be decoded shows, one line a place, safe for a terminal."""
    from ..messages import picture_problem

    lines = [line for problem in problems for line in picture_problem(problem, skipped)]
    # Map and step names come from the file: no control character of theirs reaches the terminal.
    return ["".join(c if c.isprintable() else "\ufffd" for c in line) for line in lines]
