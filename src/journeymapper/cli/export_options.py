"""The options of ``journeymapper export``, for the parser every command builds.

Apart from ``export.py`` (which plans and draws) so that ``info`` or ``check``
does not load the exporter only to describe the export command's options.
"""

from ..app.export_errors import MAX_DPI, MIN_DPI
from ..export.paper import PAPER_NAMES
from ..i18n import translate

DEFAULT_PDF_PAPER = "A3"


def add_parser(command) -> None:
    p = command("export", translate("Cli", "export maps as PDF or PNG (posters, tiled over sheets)"))
    p.add_argument("file", metavar="FILE")
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--map",
        metavar="N|NAME",
        help=translate("Cli", "the map to export: its number (from 1) or title; default the first"),
    )
    which.add_argument(
        "--all", action="store_true", help=translate("Cli", "every map, one per page (PNG: one file each)")
    )
    p.add_argument("--format", choices=("pdf", "png"), help=translate("Cli", "pdf or png; default from the OUT suffix"))
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help=translate("Cli", "the file to write; - for standard output (one PDF, or one map's PNG)"),
    )
    p.add_argument(
        "--paper",
        metavar="SIZE",
        help=translate("Cli", "poster size: %1 or WIDTHxHEIGHTmm (PDF default %2; PNG default the map's own size)")
        .replace("%1", ", ".join(PAPER_NAMES))
        .replace("%2", DEFAULT_PDF_PAPER),
    )
    turn = p.add_mutually_exclusive_group()
    turn.add_argument(
        "--landscape",
        action="store_true",
        help=translate("Cli", "landscape paper (default: whichever fits the map best)"),
    )
    turn.add_argument("--portrait", action="store_true", help=translate("Cli", "portrait paper"))
    size = p.add_mutually_exclusive_group()
    size.add_argument(
        "--fit", action="store_true", help=translate("Cli", "fit the map to the paper (the default with --paper)")
    )
    size.add_argument("--scale", metavar="S", help=translate("Cli", "scale of the map, e.g. 0.5 or 50%"))
    p.add_argument(
        "--margin",
        metavar="LENGTH",
        default="10mm",
        help=translate("Cli", "white margin around the map (default 10mm)"),
    )
    p.add_argument(
        "--tile", metavar="SIZE", help=translate("Cli", "PDF: spread the poster over sheets of this size, e.g. A4")
    )
    p.add_argument(
        "--overlap",
        metavar="LENGTH",
        default="10mm",
        help=translate("Cli", "overlap of the tiled sheets (default 10mm)"),
    )
    p.add_argument(
        "--dpi",
        type=float,
        default=150.0,
        help=translate("Cli", "PNG: dots per inch, %1 to %2 (default 150)")
        .replace("%1", str(MIN_DPI))
        .replace("%2", str(MAX_DPI)),
    )
    p.add_argument("--width", type=int, metavar="PX", help=translate("Cli", "PNG: width in pixels instead of --dpi"))
    p.add_argument(
        "--transparent", action="store_true", help=translate("Cli", "PNG: transparent instead of white background")
    )
    shown = p.add_mutually_exclusive_group()
    shown.add_argument(
        "--progress", action="store_true", help=translate("Cli", "show progress even when not on a terminal")
    )
    shown.add_argument("--quiet", action="store_true", help=translate("Cli", "print nothing but errors"))
