"""Qt's compiled translations (``.qm``) read without Qt, for the command line.

The editor translates through Qt (``QCoreApplication.translate`` and its
``QTranslator``s). A command (``export``, ``info``, ``check``) needs the same
words, but loading Qt's core library for them was 70-90 ms of every command's
whole run, more than the work of exporting a small map. So the command line
reads the very ``.qm`` files ``lrelease`` makes from ``translations/*.ts``: one
catalogue, one set of words, two readers. ``tests/test_translations.py``
checks that this one answers as ``QTranslator`` does for every message.

The format (Qt's ``qtranslator.cpp``): a 16-byte signature, then blocks of
(tag, 32-bit big-endian length, data). The messages block holds, per message,
tagged fields: translations in UTF-16 (one per plural form), source text,
context and comment in UTF-8, an end tag. The numerus-rules block is a small
program choosing the plural form for a number.
"""

from __future__ import annotations

import struct
from pathlib import Path

SIGNATURE = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES, NUMERUS_RULES, LANGUAGE = 0x69, 0x88, 0xA7
END, TRANSLATION, OBSOLETE1, SOURCE, CONTEXT, COMMENT = 1, 3, 5, 6, 7, 8
SKIPPED_FOUR_BYTES = (OBSOLETE1, 9)  # fields of older formats with a fixed size, not used here
NULL = 0xFFFFFFFF

# The numerus rules' operators (qtranslator.cpp)
Q_EQ, Q_LT, Q_LEQ, Q_BETWEEN, Q_OPERATOR_MASK = 0x01, 0x02, 0x03, 0x04, 0x07
Q_NOT, Q_MOD_10, Q_MOD_100, Q_LEAD_1000 = 0x08, 0x10, 0x20, 0x40
Q_AND, Q_OR, Q_NEWRULE = 0xFD, 0xFE, 0xFF


class QmError(ValueError):
    """Not a .qm file we can read (the words then stay in English)."""


class Catalogue:
    """The translations of one ``.qm`` file."""

    def __init__(self, messages: dict[tuple[str, str, str], tuple[str | None, ...]], rules: bytes, language: str):
        self._messages = messages
        self._rules = rules
        self.language = language

    @classmethod
    def read(cls, path: Path) -> Catalogue:
        return cls.parse(path.read_bytes())

    @classmethod
    def parse(cls, data: bytes) -> Catalogue:
        if not data.startswith(SIGNATURE):
            raise QmError("not a .qm file")
        blocks: dict[int, bytes] = {}
        at = len(SIGNATURE)
        while at < len(data):
            if at + 5 > len(data):
                raise QmError("a block is cut off")
            tag, (length,) = data[at], struct.unpack_from(">I", data, at + 1)
            if at + 5 + length > len(data):
                raise QmError("a block is cut off")
            blocks[tag] = data[at + 5 : at + 5 + length]
            at += 5 + length
        language = blocks.get(LANGUAGE, b"").decode("utf-8", "replace")
        return cls(_messages(blocks.get(MESSAGES, b"")), blocks.get(NUMERUS_RULES, b""), language)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """The translation, or None where there is none (the caller keeps the source);
        with ``n`` >= 0, the plural form for ``n``."""
        forms = self._messages.get((context, source, disambiguation or ""))
        if forms is None and disambiguation:
            forms = self._messages.get((context, source, ""))
        if not forms:
            return None
        form = plural_form(n, self._rules) if n >= 0 else 0
        if form >= len(forms):  # (as Qt: no such plural form, no translation)
            return None
        return forms[form] or None


def _messages(block: bytes) -> dict[tuple[str, str, str], tuple[str | None, ...]]:
    messages: dict[tuple[str, str, str], tuple[str | None, ...]] = {}
    at, size = 0, len(block)
    fields: dict[int, str] = {}
    forms: list[str | None] = []
    while at < size:
        tag = block[at]
        at += 1
        if tag == END:
            messages[(fields.get(CONTEXT, ""), fields.get(SOURCE, ""), fields.get(COMMENT, ""))] = tuple(forms)
            fields, forms = {}, []
            continue
        if tag in SKIPPED_FOUR_BYTES:
            at += 4
            continue
        if tag not in (TRANSLATION, SOURCE, CONTEXT, COMMENT) or at + 4 > size:
            raise QmError(f"unknown field {tag}")
        (length,) = struct.unpack_from(">I", block, at)
        at += 4
        if tag == TRANSLATION and length == NULL:
            forms.append(None)
            continue
        if at + length > size:
            raise QmError("a message is cut off")
        if tag == TRANSLATION:
            forms.append(block[at : at + length].decode("utf-16-be", "replace"))
        else:
            fields[tag] = block[at : at + length].decode("utf-8", "replace")
        at += length
    return messages


def plural_form(n: int, rules: bytes) -> int:
    """Which plural form ``n`` takes under the catalogue's numerus rules: each rule
    is tried in turn, and the first that holds gives its number; none: the last form."""
    if not rules:
        return 0
    result, i, size = 0, 0, len(rules)
    while True:
        any_true = False
        while True:
            all_true = True
            while True:
                if i + 1 >= size:  # a rule cut off
                    return 0
                opcode, right = rules[i], rules[i + 1]
                i += 2
                left = n
                if opcode & Q_MOD_10:
                    left %= 10
                elif opcode & Q_MOD_100:
                    left %= 100
                elif opcode & Q_LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                operator = opcode & Q_OPERATOR_MASK
                if operator == Q_EQ:
                    holds = left == right
                elif operator == Q_LT:
                    holds = left < right
                elif operator == Q_LEQ:
                    holds = left <= right
                elif operator == Q_BETWEEN and i < size:
                    holds = right <= left <= rules[i]
                    i += 1
                else:
                    return 0
                if opcode & Q_NOT:
                    holds = not holds
                all_true = all_true and holds
                if i >= size or rules[i] != Q_AND:
                    break
                i += 1
            any_true = any_true or all_true
            if i >= size or rules[i] != Q_OR:
                break
            i += 1
        if any_true:
            return result
        result += 1
        if i >= size:
            return result
        i += 1  # Q_NEWRULE
