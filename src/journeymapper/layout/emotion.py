"""The emotion curve: a smooth line through the step scores that never overshoots.

Monotone cubic interpolation (Fritsch and Carlson) keeps the curve between
neighbouring scores, so it never promises a higher or lower feeling than a
step has, and never leaves the scale. Each piece is returned as a cubic Bézier
segment, which PDF and Qt draw natively and the PNG renderer flattens.
"""

from .shapes import Point


def smooth_segments(points: list[Point]) -> tuple[tuple[Point, Point, Point], ...]:
    """Bézier segments (c1, c2, end) through ``points`` (x strictly increasing)."""
    n = len(points)
    if n < 2:
        return ()
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    dx = [xs[i + 1] - xs[i] for i in range(n - 1)]
    slopes = [(ys[i + 1] - ys[i]) / dx[i] for i in range(n - 1)]
    tangents = (
        [slopes[0]]
        + [0.0 if slopes[i - 1] * slopes[i] <= 0 else (slopes[i - 1] + slopes[i]) / 2 for i in range(1, n - 1)]
        + [slopes[-1]]
    )
    for i, slope in enumerate(slopes):  # limit the tangents so each piece stays monotone
        if slope == 0:
            tangents[i] = tangents[i + 1] = 0.0
            continue
        a, b = tangents[i] / slope, tangents[i + 1] / slope
        length = (a * a + b * b) ** 0.5
        if length > 3:
            tangents[i] = 3 * a / length * slope
            tangents[i + 1] = 3 * b / length * slope
    segments = []
    for i in range(n - 1):
        third = dx[i] / 3
        c1 = (xs[i] + third, ys[i] + tangents[i] * third)
        c2 = (xs[i + 1] - third, ys[i + 1] - tangents[i + 1] * third)
        segments.append((c1, c2, points[i + 1]))
    return tuple(segments)
