"""Limits and checks every edit goes through.

The limits keep a map printable and a file sane: a card longer than a page of
text, a score outside the scale or a colour the renderers cannot parse would
otherwise reach the canvas, the PDF and the project file.
"""

import math
import re

from .errors import EditError, EditProblem

MAX_NAME = 200  # titles and names of maps, phases, steps, lanes, channels, personas
MAX_TEXT = 5_000  # a card, a note, a context or persona field
MAX_PASTED_CARDS = 20_000  # one paste; beyond this a clipboard is not notes but a mistake
MAX_SCALE_SPAN = 20  # e.g. -10..+10
SCALE_LIMIT = 100  # scale ends lie within -100..100
MIN_STEP_WIDTH = 20.0  # points; a step's width is this to MAX_STEP_WIDTH, or 0 for the theme's standard
MAX_STEP_WIDTH = 2_000.0  # points
# A map's grid: laying out costs about 7 us a cell (steps x lanes), so these keep the
# largest map's layout near a third of a second; maps people make have 10-40 steps
# and 6-15 lanes. The same bounds refuse a file with more (persistence/limits.py).
MAX_STEPS_PER_MAP = 500
MAX_LANES_PER_MAP = 100
MAX_IMAGE_BYTES = 10 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
MAX_IMAGE_SIDE = 12_000
IMAGE_MIMES = frozenset({"image/png", "image/jpeg"})

# The channel icons we draw; a map's channel names are free, the icon is one of these.
CHANNEL_ICONS = (
    "website",
    "search",
    "social",
    "email",
    "phone",
    "store",
    "app",
    "chat",
    "word_of_mouth",
    "advertising",
    "letter",
    "custom",
)

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def check_text(value: str, field: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise EditError(EditProblem.BAD_NUMBER, value=value)
    if len(value) > limit:
        raise EditError(EditProblem.TEXT_TOO_LONG, field=field, limit=limit)
    return value


def fit_text(value: str, limit: int = MAX_TEXT) -> tuple[str, bool]:
    """What the user typed or pasted, cut at ``limit`` characters if it is longer, and
    whether it was cut: the editor keeps what fits (and says so) rather than
    refusing the whole text and losing it."""
    if len(value) <= limit:
        return value, False
    return value[:limit], True


def check_name(value: str, field: str) -> str:
    return check_text(value, field, MAX_NAME)


def check_color(value: str) -> str:
    """Colours are '' (the theme decides) or '#rrggbb'."""
    if value == "":
        return value
    if not isinstance(value, str) or not _COLOR.fullmatch(value):
        raise EditError(EditProblem.BAD_COLOR, value=value)
    return value.lower()


def check_scale(low: int, high: int) -> tuple[int, int]:
    if (
        not all(isinstance(v, int) and not isinstance(v, bool) for v in (low, high))
        or low >= high
        or high - low > MAX_SCALE_SPAN
        or not (-SCALE_LIMIT <= low and high <= SCALE_LIMIT)
    ):
        raise EditError(EditProblem.BAD_SCALE, low=low, high=high)
    return low, high


def check_score(score: int, low: int, high: int) -> int:
    if isinstance(score, bool) or not isinstance(score, int) or not low <= score <= high:
        raise EditError(EditProblem.SCORE_OUT_OF_SCALE, score=score, low=low, high=high)
    return score


def check_number(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise EditError(EditProblem.BAD_NUMBER, value=value)
    if abs(value) > 1e15:  # beyond this a metric is a typo, and floats lose digits
        raise EditError(EditProblem.BAD_NUMBER, value=value)
    return float(value)


def check_width(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise EditError(EditProblem.BAD_WIDTH, value=value)
    if value != 0 and not MIN_STEP_WIDTH <= value <= MAX_STEP_WIDTH:
        raise EditError(EditProblem.BAD_WIDTH, value=value)
    return float(value)


def check_icon(icon: str) -> str:
    if icon not in CHANNEL_ICONS:
        raise EditError(EditProblem.UNKNOWN_ICON, icon=icon)
    return icon


def check_index(index: int | None, count: int) -> int:
    """An insertion index among ``count`` siblings; None means at the end."""
    if index is None:
        return count
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index <= count:
        raise EditError(EditProblem.BAD_INDEX, index=index)
    return index


def check_image(mime: str, width: int, height: int, data: bytes) -> None:
    if mime not in IMAGE_MIMES:
        raise EditError(EditProblem.BAD_IMAGE, reason="format")
    if len(data) > MAX_IMAGE_BYTES:
        raise EditError(EditProblem.BAD_IMAGE, reason="bytes")
    if not (0 < width <= MAX_IMAGE_SIDE and 0 < height <= MAX_IMAGE_SIDE) or width * height > MAX_IMAGE_PIXELS:
        raise EditError(EditProblem.BAD_IMAGE, reason="pixels")


class _Keep:
    """Marks an argument the caller leaves as it is (None is a real value)."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()
