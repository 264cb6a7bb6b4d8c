"""The look of a map: sizes in points, colours and the colour arithmetic.

One theme serves the canvas and print alike. Text colour on a coloured
surface is chosen for contrast (WCAG AA, 4.5:1), so a user's dark card colour
still gets readable text.
"""

from dataclasses import dataclass, field
from functools import lru_cache

from ..domain import LaneKind

DARK_INK = "#1d2430"
LIGHT_INK = "#ffffff"


def rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def hex_color(r: float, g: float, b: float) -> str:
    red, green, blue = (max(0, min(255, round(v))) for v in (r, g, b))
    return f"#{red:02x}{green:02x}{blue:02x}"


@lru_cache(maxsize=4096)
def mix(a: str, b: str, t: float) -> str:
    """``a`` moved a fraction ``t`` towards ``b``."""
    (r1, g1, b1), (r2, g2, b2) = rgb(a), rgb(b)
    return hex_color(r1 + (r2 - r1) * t, g1 + (g2 - g1) * t, b1 + (b2 - b1) * t)


def luminance(color: str) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = rgb(color)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


@lru_cache(maxsize=4096)
def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@lru_cache(maxsize=4096)
def ink_on(fill: str) -> str:
    """The text colour (dark or white) that reads best on ``fill``.

    On a few mid tones (around #777) neither our dark ink nor white reaches
    4.5:1; pure black always does there, so it is the last resort."""
    best = DARK_INK if contrast(DARK_INK, fill) >= contrast(LIGHT_INK, fill) else LIGHT_INK
    if contrast(best, fill) >= 4.5:
        return best
    return max((DARK_INK, LIGHT_INK, "#000000"), key=lambda ink: contrast(ink, fill))


@lru_cache(maxsize=4096)
def muted_ink_on(fill: str) -> str:
    """A softer text colour for secondary text that still keeps 4.5:1 on ``fill``."""
    ink = ink_on(fill)
    for t in (0.45, 0.35, 0.25, 0.15, 0.0):
        candidate = mix(ink, fill, t)
        if contrast(candidate, fill) >= 4.5:
            return candidate
    return ink


@dataclass(frozen=True)
class Theme:
    # text sizes (points)
    title_size: float = 24.0
    header_label_size: float = 8.0
    header_text_size: float = 10.0
    persona_name_size: float = 13.0
    phase_size: float = 12.0
    step_size: float = 9.5
    lane_title_size: float = 10.5
    card_size: float = 9.5
    note_size: float = 8.5
    metric_size: float = 18.0
    small_size: float = 8.0
    leading: float = 1.3  # line height as a multiple of the text size

    # geometry (points)
    min_width: float = 640.0
    lane_header_width: float = 150.0
    step_width: float = 170.0
    header_gap: float = 18.0
    grid_gap: float = 20.0
    photo_size: float = 64.0
    pad: float = 8.0  # inside cells and headers
    card_pad: float = 7.0
    card_gap: float = 6.0
    card_radius: float = 3.0
    min_lane_height: float = 52.0
    min_phase_height: float = 30.0
    min_step_height: float = 26.0
    emotion_height: float = 150.0
    marker_radius: float = 5.5
    curve_width: float = 2.5
    icon_size: float = 15.0
    image_height: float = 110.0
    accent_stripe: float = 5.0

    # colours
    paper: str = "#ffffff"
    ink: str = DARK_INK
    muted: str = "#5b6472"
    rule: str = "#d5d9e0"
    grid_line: str = "#e4e7ec"
    band_even: str = "#f6f7f9"
    band_odd: str = "#ffffff"
    accent: str = "#2f6f9f"
    curve: str = "#3d4a5c"
    low_score: str = "#d9534f"
    mid_score: str = "#f0ad4e"
    high_score: str = "#4caf50"
    # Each keeps white bold text at WCAG AA (4.5:1) or better.
    phase_colors: tuple[str, ...] = ("#2f6f9f", "#2a8070", "#7a5ea8", "#ad5e28", "#b0476b", "#4f7d2f")
    lane_colors: dict = field(
        default_factory=lambda: {
            LaneKind.ACTIONS: "#d6e6f5",
            LaneKind.THOUGHTS: "#fff1a8",
            LaneKind.NEEDS: "#e4daf4",
            LaneKind.PAIN_POINTS: "#f8cfc6",
            LaneKind.OPPORTUNITIES: "#cfe9cf",
            LaneKind.BACKSTAGE: "#e2e4e8",
            LaneKind.CUSTOM: "#fde0c2",
            LaneKind.EMOTION: "#f3d9e4",
            LaneKind.CHANNELS: "#d5eef0",
            LaneKind.METRICS: "#e9e3d6",
            LaneKind.IMAGE: "#e6e6e6",
        }
    )

    def line_height(self, size: float) -> float:
        return size * self.leading

    def phase_color(self, index: int, own: str) -> str:
        return own or self.phase_colors[index % len(self.phase_colors)]

    def lane_color(self, kind: LaneKind, own: str) -> str:
        return own or self.lane_colors[kind]

    def score_color(self, score: float, low: float, high: float) -> str:
        t = 0.5 if high == low else (score - low) / (high - low)
        if t <= 0.5:
            return mix(self.low_score, self.mid_score, t * 2)
        return mix(self.mid_score, self.high_score, (t - 0.5) * 2)


DEFAULT_THEME = Theme()
