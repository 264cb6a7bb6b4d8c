"""Package names that load their module on first use (PEP 562).

A package's ``__init__`` that imports all its modules makes every user pay for
all of them: the start screen needs one enum from ``domain`` and one folder
name from ``persistence``, and importing those packages whole held the first
window back by a tenth of a second. A package lists where each public name
lives instead; the module loads when the name is first asked for.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable


def lazy_names(package: str, where: dict[str, str]) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``, whose name ``n`` lives in module ``where[n]``."""

    def __getattr__(name: str) -> object:  # noqa: N807 - the module hook's name
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)  # asked once: later lookups are plain attributes
        return value

    def __dir__() -> list[str]:  # noqa: N807
        return sorted(set(where) | set(vars(sys.modules[package])))

    return __getattr__, __dir__
