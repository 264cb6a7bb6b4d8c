"""Hostile clipboards for the editor's paste, made by code so each shows what it does.

What another program (or a careless copy) puts on the clipboard reaches the
document through Edit > Paste: thousands of lines, one line of 100,000
characters, more lines than a paste may take, control characters, and our own
card format damaged. Each must paste in full as one undo step (texts over the
limit kept, cut at it, with one message), or be refused whole with one
message; never a traceback, never a part pasted in silence.

``tests/test_hostile_clipboard.py`` pastes each into the editor with Ctrl+V.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass

from journeymapper.domain.rules import MAX_PASTED_CARDS, MAX_TEXT

PASTED = "pasted"  # every card made, in one undo step
REFUSED = "refused"  # nothing made, one message
NOTHING = "nothing"  # nothing to paste: nothing made, nothing said


@dataclass(frozen=True)
class HostilePaste:
    name: str
    what: str
    text: str  # the plain text on the clipboard
    cards_json: bytes | None  # our own card format beside it, if any
    expect: str
    texts: Callable[[], list[str]] | None = None  # for PASTED: the cards' texts, in order
    messages: int = 0  # how many messages the user sees


def _lines(count: int) -> list[str]:
    return [f"Notitie {number}" for number in range(1, count + 1)]


LONG = "".join(chr(ord("a") + n % 26) for n in range(100_000))

CLIPBOARDS = (
    HostilePaste(
        "5000-lines", "5,000 lines of workshop notes", "\n".join(_lines(5000)), None, PASTED, lambda: _lines(5000)
    ),
    HostilePaste(
        "100k-line",
        "one line of 100,000 characters and a short one",
        LONG + "\r\nkort",
        None,
        PASTED,
        lambda: [LONG[:MAX_TEXT], "kort"],
        messages=1,
    ),
    HostilePaste(
        "too-many-lines",
        "more lines than one paste may take",
        "\n".join(_lines(MAX_PASTED_CARDS + 1)),
        None,
        REFUSED,
        messages=1,
    ),
    HostilePaste("blank-lines", "only empty and blank lines", "\n\n   \n\t\r\n", None, NOTHING),
    HostilePaste(
        "control-characters",
        "control characters, a NUL and bidi overrides",
        "be\x00l\x07t\u202e terug\x1b[31m",
        None,
        PASTED,
        lambda: ["be\x00l\x07t\u202e terug\x1b[31m"],
    ),
    HostilePaste(
        "cards-damaged",
        "our card format cut short: the plain text beside it is pasted",
        "eerste\ntweede",
        b'[{"text": "eer',
        PASTED,
        lambda: ["eerste", "tweede"],
    ),
    HostilePaste(
        "cards-not-a-list",
        "our card format holding one object, not a list",
        "eerste\ntweede",
        json.dumps({"text": "geen lijst"}).encode(),
        PASTED,
        lambda: ["eerste", "tweede"],
    ),
    HostilePaste(
        "cards-long-text",
        "our card format with a text of 100,000 characters",
        "",
        json.dumps([{"text": LONG, "color": ""}, {"text": "kort", "color": "#ffccaa"}]).encode(),
        PASTED,
        lambda: [LONG[:MAX_TEXT], "kort"],
        messages=1,
    ),
    HostilePaste(
        "cards-bad-colour",
        "our card format with a colour that is a script",
        "",
        json.dumps([{"text": "rood", "color": "javascript:alert(1)"}]).encode(),
        REFUSED,
        messages=1,
    ),
)
