"""What every subcommand shares: its usage error, printing a line, naming a project file,
the lines about pictures that cannot be shown (check and export).

Kept apart from the subcommands themselves, so ``journeymapper export`` loads
only the export's code (and not the templates, the sample and the summary).
"""

import sys
from pathlib import Path

from ..persistence.project_file import PROJECT_SUFFIX


class UsageError(Exception):
    """A command used in a way that cannot work; the message says how to fix it."""


def out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def project_path(name: str) -> Path:
    """The path as given, with ``.jmap`` added when it has no suffix at all."""
    path = Path(name)
    return path if path.suffix else path.with_suffix(PROJECT_SUFFIX)


def picture_lines(problems, skipped: bool) -> list[str]:
    """Where each picture that cannot be decoded shows, one line a place, safe for a terminal."""
    from ..messages import picture_problem

    lines = [line for problem in problems for line in picture_problem(problem, skipped)]
    # Map and step names come from the file: no control character of theirs reaches the terminal.
    return ["".join(c if c.isprintable() else "\ufffd" for c in line) for line in lines]
