"""Words the layout prints besides the user's own text, and number formatting.

The layout is Qt-free, so the translated words come in as a ``Labels`` value
(the interface fills it with ``QCoreApplication.translate``; see
``journeymapper.print_labels``). The defaults are the English source texts.
"""

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Labels:
    persona: str = "Persona"
    trigger: str = "Trigger"
    goal: str = "Goal"
    scenario: str = "Scenario"
    decimal_point: str = "."
    group_separator: str = ","

    def number(self, value: float) -> str:
        """``value`` with at most two decimals, in the reader's notation (1.234,5 in Dutch)."""
        if not math.isfinite(value):
            return "–"
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
        return text.translate({ord(","): self.group_separator, ord("."): self.decimal_point})

    def measurement(self, value: float, unit: str) -> str:
        if not unit:
            return self.number(value)
        joiner = "" if unit in ("%", "‰", "°") else "\u00a0"  # no break between a number and its unit
        return f"{self.number(value)}{joiner}{unit}"
