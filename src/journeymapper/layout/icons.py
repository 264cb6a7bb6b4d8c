"""The channel icons (and the emotion faces), as vector data in a 24-unit square.

One definition drawn by every renderer: the PDF as vector paths, the PNG and
the canvas by their own painters. Each icon is a tuple of operations:

- ``("stroke", points, closed, width)``: a polyline, outlined;
- ``("fill", points)``: a polygon, filled;
- ``("circle", cx, cy, r, filled, width)``: a circle, filled or outlined.

Rounded corners and arcs are turned into points here, so renderers need only
these three operations.
"""

import math

UNITS = 24.0
STROKE = 1.8


def _arc(cx, cy, r, start_deg, end_deg, steps=12):
    return [
        (cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a)))
        for a in (start_deg + (end_deg - start_deg) * i / steps for i in range(steps + 1))
    ]


def _rounded(x, y, w, h, r):
    """A rounded rectangle as a closed polygon (clockwise, y down)."""
    if r <= 0:
        return [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    return (
        _arc(x + w - r, y + r, r, -90, 0, 4)
        + _arc(x + w - r, y + h - r, r, 0, 90, 4)
        + _arc(x + r, y + h - r, r, 90, 180, 4)
        + _arc(x + r, y + r, r, 180, 270, 4)
    )


def _star(cx, cy, outer, inner):
    points = []
    for i in range(10):
        r = outer if i % 2 == 0 else inner
        a = math.radians(-90 + 36 * i)
        points.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return points


def stroke(points, closed=False, width=STROKE):
    return ("stroke", tuple(points), closed, width)


def fill(points):
    return ("fill", tuple(points))


def circle(cx, cy, r, filled=False, width=STROKE):
    return ("circle", cx, cy, r, filled, width)


ICONS = {
    "website": (
        stroke(_rounded(2, 4, 20, 16, 2), closed=True),
        stroke([(2, 9), (22, 9)]),
        circle(5, 6.5, 0.9, filled=True),
        circle(8, 6.5, 0.9, filled=True),
    ),
    "search": (
        circle(10, 10, 6),
        stroke([(14.5, 14.5), (21, 21)], width=2.6),
    ),
    "social": (
        stroke([(6, 12), (18, 6)]),
        stroke([(6, 12), (18, 18)]),
        circle(6, 12, 2.8, filled=True),
        circle(18, 6, 2.8, filled=True),
        circle(18, 18, 2.8, filled=True),
    ),
    "email": (
        stroke(_rounded(2, 5, 20, 14, 1.5), closed=True),
        stroke([(2.8, 6.2), (12, 13), (21.2, 6.2)]),
    ),
    "phone": (
        stroke(_arc(20, 4, 14, 180, 90, 14), width=3.2),
        fill(_rounded(2.5, 2, 7, 4.5, 1.5)),
        fill(_rounded(17.5, 14.5, 4.5, 7, 1.5)),
    ),
    "store": (
        stroke([(4, 10.5), (4, 21), (20, 21), (20, 10.5)]),
        stroke([(3, 10.5), (5, 4), (19, 4), (21, 10.5)], closed=True),
        stroke([(10, 21), (10, 15), (14, 15), (14, 21)]),
    ),
    "app": (
        stroke(_rounded(6, 2, 12, 20, 2.5), closed=True),
        circle(12, 18.6, 1.0, filled=True),
        fill(_rounded(8.5, 5, 3, 3, 0.5)),
        fill(_rounded(12.5, 5, 3, 3, 0.5)),
        fill(_rounded(8.5, 9, 3, 3, 0.5)),
        fill(_rounded(12.5, 9, 3, 3, 0.5)),
    ),
    "chat": (
        stroke(_rounded(2, 3.5, 20, 13.5, 3), closed=True),
        fill([(6.5, 16.5), (5.5, 21.5), (11.5, 16.5)]),
        circle(7.5, 10.2, 1.1, filled=True),
        circle(12, 10.2, 1.1, filled=True),
        circle(16.5, 10.2, 1.1, filled=True),
    ),
    "word_of_mouth": (
        circle(8, 8, 3.6),
        stroke([(1.8, 21), (2.6, 16.8), (5, 14.6), (8, 14), (11, 14.6), (13.4, 16.8), (14.2, 21)]),
        stroke(_arc(15, 8, 3.2, -45, 45, 6)),
        stroke(_arc(15, 8, 6.4, -45, 45, 8)),
    ),
    "advertising": (
        stroke([(3, 9), (7.5, 9), (17, 4), (17, 20), (7.5, 15), (3, 15)], closed=True),
        stroke([(7.5, 15), (9, 21)]),
        stroke([(19.8, 9.5), (21.8, 8.5)]),
        stroke([(19.8, 12), (22, 12)]),
        stroke([(19.8, 14.5), (21.8, 15.5)]),
    ),
    "letter": (
        stroke(_rounded(2, 5.5, 20, 13.5, 1), closed=True),
        fill(_rounded(15.5, 8, 4, 4.5, 0.3)),
        stroke([(5, 13.5), (13, 13.5)]),
        stroke([(5, 16.2), (11, 16.2)]),
    ),
    "custom": (stroke(_star(12, 12.6, 9.5, 4.2), closed=True),),
    # Faces beside the ends of the emotion scale.
    "face_happy": (
        circle(12, 12, 9.5),
        circle(8.7, 9.6, 1.2, filled=True),
        circle(15.3, 9.6, 1.2, filled=True),
        stroke(_arc(12, 12, 5.5, 25, 155, 10)),
    ),
    "face_sad": (
        circle(12, 12, 9.5),
        circle(8.7, 9.6, 1.2, filled=True),
        circle(15.3, 9.6, 1.2, filled=True),
        stroke(_arc(12, 20.5, 5.5, 205, 335, 10)),
    ),
}


def scaled(name: str, x: float, y: float, size: float):
    """The operations of icon ``name`` placed in the square (x, y, size), in map points.

    Yields ("stroke", points, closed, width) / ("fill", points) /
    ("circle", cx, cy, r, filled, width) with every number already scaled.
    """
    k = size / UNITS
    for op in ICONS.get(name, ICONS["custom"]):
        if op[0] == "stroke":
            yield ("stroke", [(x + px * k, y + py * k) for px, py in op[1]], op[2], op[3] * k)
        elif op[0] == "fill":
            yield ("fill", [(x + px * k, y + py * k) for px, py in op[1]])
        else:
            _, cx, cy, r, filled, width = op
            yield ("circle", x + cx * k, y + cy * k, r * k, filled, width * k)
