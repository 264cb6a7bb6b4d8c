"""Paper sizes and lengths as people write them: 'A4', '420x297mm', '10mm', '0.5in'.

Everything is converted to points (1/72 inch), the unit of the layout and of PDF.
"""

import re

MM = 72 / 25.4
INCH = 72.0

# (width, height) in millimetres, portrait.
PAPERS = {
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A2": (420.0, 594.0),
    "A1": (594.0, 841.0),
    "A0": (841.0, 1189.0),
    "LETTER": (215.9, 279.4),
    "TABLOID": (279.4, 431.8),
}
PAPER_NAMES = ("A4", "A3", "A2", "A1", "A0", "Letter", "Tabloid")

_UNITS = {"mm": MM, "cm": 10 * MM, "in": INCH, "pt": 1.0, "": MM}
_LENGTH = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*(mm|cm|in|pt|)\s*", re.IGNORECASE)
_SIZE = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*[x×]\s*(\d+(?:[.,]\d+)?)\s*(mm|cm|in|pt|)\s*", re.IGNORECASE)

MIN_PAPER = 50 * MM  # smaller is not a poster and leaves no room for margins
MAX_PAPER = 5000 * MM  # 5 m: beyond this a "custom size" is a typo


class PaperError(ValueError):
    """A paper size or length that cannot be used; ``code`` says why."""

    def __init__(self, code: str, value: str):
        super().__init__(f"{code}: {value}")
        self.code = code
        self.value = value


def parse_length(text: str) -> float:
    """'10mm', '1 cm', '0.25in', '12pt' or a bare number of millimetres, in points."""
    match = _LENGTH.fullmatch(str(text))
    if not match:
        raise PaperError("length", text)
    return float(match.group(1).replace(",", ".")) * _UNITS[match.group(2).lower()]


def parse_paper(text: str) -> tuple[str, float, float]:
    """(name, width, height) in points for 'A4' or a custom 'WIDTHxHEIGHT[mm|cm|in]'."""
    name = str(text).strip()
    size = PAPERS.get(name.upper())
    if size is not None:
        label = next(n for n in PAPER_NAMES if n.upper() == name.upper())
        return label, size[0] * MM, size[1] * MM
    match = _SIZE.fullmatch(name)
    if not match:
        raise PaperError("paper", text)
    unit = _UNITS[match.group(3).lower()]
    width = float(match.group(1).replace(",", ".")) * unit
    height = float(match.group(2).replace(",", ".")) * unit
    if not (MIN_PAPER <= width <= MAX_PAPER and MIN_PAPER <= height <= MAX_PAPER):
        raise PaperError("paper_range", text)
    return f"{_mm(width)}×{_mm(height)} mm", width, height


def _mm(points: float) -> str:
    return f"{points / MM:.0f}"


def oriented(width: float, height: float, landscape: bool) -> tuple[float, float]:
    short, long = sorted((width, height))
    return (long, short) if landscape else (short, long)
