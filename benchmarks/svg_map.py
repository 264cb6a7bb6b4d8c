"""The same map as an SVG file, for the floor the export budgets are set against.

``rsvg-convert`` (librsvg, Debian's librsvg2-bin) renders this SVG to PDF and
PNG; its time on the same shapes at the same page size is what our own export
is compared with. The SVG draws exactly the layout's shapes: boxes, text
lines (in the same font), polylines, the emotion curve, circles, and icons
as small circles (their outlines would only add paths).

    python benchmarks/svg_map.py MAP.jmap OUT.svg [--paper A0]
"""

from __future__ import annotations

import argparse
import base64
from pathlib import Path
from xml.sax.saxutils import escape

from journeymapper.export.paper import parse_paper
from journeymapper.layout import compute_layout
from journeymapper.layout.shapes import Box, Circle, Curve, Icon, Picture, Polyline, TextLine


def _paint(color: str) -> str:
    return color or "none"


def svg_of(document, map_id: str, paper: str = "A0") -> str:
    layout = compute_layout(document, map_id)
    _name, page_w, page_h = parse_paper(paper)
    if layout.width > layout.height:  # landscape, as the export chooses for a wide map
        page_w, page_h = max(page_w, page_h), min(page_w, page_h)
    scale = min(page_w / layout.width, page_h / layout.height)
    images = {image.id: image for image in document.images()}
    out = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'width="{page_w:.2f}pt" height="{page_h:.2f}pt" viewBox="0 0 {page_w:.2f} {page_h:.2f}">'
        ),
        f'<g transform="scale({scale:.6f})" font-family="Noto Sans">',
    ]
    for shape in layout.shapes:
        if isinstance(shape, Box):
            r = shape.rect
            out.append(
                f'<rect x="{r.x:.2f}" y="{r.y:.2f}" width="{r.w:.2f}" height="{r.h:.2f}" rx="{shape.radius:.1f}" '
                f'fill="{_paint(shape.fill)}" stroke="{_paint(shape.stroke)}" '
                f'stroke-width="{shape.stroke_width:.2f}"/>'
            )
        elif isinstance(shape, TextLine):
            weight = ' font-weight="bold"' if shape.bold else ""
            out.append(
                f'<text x="{shape.x:.2f}" y="{shape.baseline:.2f}" font-size="{shape.size:.2f}"{weight} '
                f'fill="{_paint(shape.color)}">{escape(shape.text)}</text>'
            )
        elif isinstance(shape, Polyline):
            points = " ".join(f"{x:.2f},{y:.2f}" for x, y in shape.points)
            dash = f' stroke-dasharray="{shape.dash[0]} {shape.dash[1]}"' if shape.dash else ""
            out.append(
                f'<polyline points="{points}" fill="none" stroke="{_paint(shape.color)}" '
                f'stroke-width="{shape.width:.2f}"{dash}/>'
            )
        elif isinstance(shape, Curve):
            path = [f"M{shape.start[0]:.2f},{shape.start[1]:.2f}"]
            path += [
                f"C{a[0]:.2f},{a[1]:.2f} {b[0]:.2f},{b[1]:.2f} {c[0]:.2f},{c[1]:.2f}" for a, b, c in shape.segments
            ]
            out.append(
                f'<path d="{" ".join(path)}" fill="none" stroke="{_paint(shape.color)}" '
                f'stroke-width="{shape.width:.2f}"/>'
            )
        elif isinstance(shape, Circle):
            out.append(
                f'<circle cx="{shape.center[0]:.2f}" cy="{shape.center[1]:.2f}" r="{shape.radius:.2f}" '
                f'fill="{_paint(shape.fill)}" stroke="{_paint(shape.stroke)}" '
                f'stroke-width="{shape.stroke_width:.2f}"/>'
            )
        elif isinstance(shape, Icon):
            r = shape.rect
            out.append(
                f'<circle cx="{r.x + r.w / 2:.2f}" cy="{r.y + r.h / 2:.2f}" r="{min(r.w, r.h) / 2:.2f}" '
                f'fill="none" stroke="{_paint(shape.color)}" stroke-width="1"/>'
            )
        elif isinstance(shape, Picture) and shape.image_id in images:
            image = images[shape.image_id]
            data = base64.b64encode(image.data).decode("ascii")
            r = shape.rect
            out.append(
                f'<image x="{r.x:.2f}" y="{r.y:.2f}" width="{r.w:.2f}" height="{r.h:.2f}" '
                f'xlink:href="data:{image.mime};base64,{data}"/>'
            )
    out.append("</g></svg>")
    return "\n".join(out)


def main() -> None:
    from journeymapper.persistence import read_project

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--paper", default="A0")
    args = parser.parse_args()
    document = read_project(args.project)[0]
    args.out.write_text(svg_of(document, document.maps()[0].id, args.paper), encoding="utf-8")


if __name__ == "__main__":
    main()
