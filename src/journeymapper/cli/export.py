"""``journeymapper export``: maps of a project as PDF or PNG.

    journeymapper export FILE [--map N|NAME|--all] --format pdf|png -o OUT
        [--paper A0] [--landscape|--portrait] [--fit|--scale S] [--margin 10mm]
        [--tile A4 --overlap 10mm] [--dpi 150|--width PX] [--transparent]

Every option is checked, and every page planned, before anything is written.
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

from ..app.exporting import (
    MAX_DPI,
    MIN_DPI,
    ExportError,
    ExportProblem,
    ExportRequest,
    export_targets,
    plan_export,
    run_export,
    select_maps,
)
from ..app.files import read_project
from ..export.pages import PosterOptions, TileOptions
from ..export.paper import MAX_PAPER, MIN_PAPER, MM, PAPER_NAMES, PaperError, parse_length, parse_paper
from ..i18n import translate
from ..messages import error_message, recovery_names
from ..print_labels import map_labels, poster_labels
from .common import UsageError, err, existing_project_path, out, picture_lines, project_path

DEFAULT_PDF_PAPER = "A3"
STDOUT = "-"  # -o -: the export goes to standard output, for a pipe
# Option values out of range are usage errors (exit 2), like unknown options.
USAGE_PROBLEMS = frozenset(
    {
        ExportProblem.BAD_DPI,
        ExportProblem.BAD_PIXEL_WIDTH,
        ExportProblem.BAD_SCALE,
        ExportProblem.TILES_NEED_PDF,
        ExportProblem.UNKNOWN_MAP,
        ExportProblem.TOO_MANY_SHEETS,
        ExportProblem.TARGET_IS_SOURCE,
        ExportProblem.TARGET_NOT_A_FILE,
        ExportProblem.TARGET_NOT_AN_EXPORT,
        ExportProblem.TARGET_IS_COMPANION,
    }
)


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


def _usage(message: str) -> UsageError:
    return UsageError(message)


def _scale(text: str) -> float:
    value = text.strip().replace(",", ".")
    try:
        return float(value[:-1]) / 100 if value.endswith("%") else float(value)
    except ValueError:
        raise _usage(translate("Cli", "“%1” is not a scale; write e.g. 0.5 or 50%.").replace("%1", text)) from None


def _paper(text: str):
    try:
        return parse_paper(text)
    except PaperError:
        raise _usage(
            translate("Cli", "Unknown paper size “%1”: use %2, or WIDTHxHEIGHTmm from %3 to %4 mm.")
            .replace("%1", text)
            .replace("%2", ", ".join(PAPER_NAMES))
            .replace("%3", f"{MIN_PAPER / MM:.0f}")
            .replace("%4", f"{MAX_PAPER / MM:.0f}")
        ) from None


def _length(text: str) -> float:
    try:
        return parse_length(text)
    except PaperError:
        raise _usage(
            translate("Cli", "“%1” is not a length; write e.g. 10mm, 1cm or 0.5in.").replace("%1", text)
        ) from None


def request_from(args, document) -> ExportRequest:
    output = Path(args.output)
    fmt = args.format or output.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "png"):
        raise _usage(translate("Cli", "Give --format pdf or png, or an OUT ending in .pdf or .png."))
    paper = _paper(args.paper) if args.paper else (_paper(DEFAULT_PDF_PAPER) if fmt == "pdf" else None)
    orientation = "landscape" if args.landscape else ("portrait" if args.portrait else "auto")
    scale = _scale(args.scale) if args.scale is not None else None
    poster = PosterOptions(paper, orientation, scale, _length(args.margin))
    tile = TileOptions(_paper(args.tile), _length(args.overlap)) if args.tile else None
    return ExportRequest(
        fmt, select_maps(document, args.map, args.all), poster, tile, args.dpi, args.width, args.transparent
    )


def cmd_export(args) -> int:
    source = existing_project_path(args.file)
    document, _fixes, _version = read_project(source, names=recovery_names())
    to_stdout = args.output == STDOUT
    try:
        if not to_stdout and (not args.output or args.output.endswith(("/", os.sep)) or Path(args.output).is_dir()):
            raise _usage(
                translate("Cli", "“%1” is a folder; give the export a file name, e.g. %2.")
                .replace("%1", args.output)
                .replace("%2", str(Path(args.output or ".") / "kaart.pdf"))
            )
        request = request_from(args, document)
        target = Path(args.output)
        if to_stdout:
            _check_stdout(request)
        elif not target.suffix:
            target = target.with_suffix("." + request.format)
        if target.suffix.lower() == project_path("x").suffix:
            raise _usage(
                translate("Cli", "Refusing to write the export over a project file: %1").replace("%1", str(target))
            )
        if not to_stdout:
            export_targets(request, target, source)  # every file it would write, before the work
        planned = plan_export(document, request, map_labels(), poster_labels())
    except ExportError as error:
        if error.problem in USAGE_PROBLEMS:
            raise _usage(error_message(error)) from None
        raise
    show = not args.quiet and (args.progress or sys.stderr.isatty())

    def progress(done: int, total: int) -> None:
        if show:
            percent = done * 100 // max(1, total)
            sys.stderr.write("\r" + translate("Cli", "Exporting… %1 %").replace("%1", str(percent)))
            sys.stderr.flush()

    def export_to(path: Path):
        if show:
            progress(0, 1)
        done = run_export(
            document, planned, path, subject=translate("Cli", "Customer journey map"), progress=progress, source=source
        )
        if show:
            sys.stderr.write("\n")
        return done

    if to_stdout:
        # Drawn into a private file first: a failure half-way then sends nothing down the pipe.
        with tempfile.TemporaryDirectory(prefix="journeymapper-") as folder:
            result = export_to(Path(folder) / f"export.{request.format}")
            with open(result.files[0], "rb") as drawn:
                shutil.copyfileobj(drawn, sys.stdout.buffer)
            sys.stdout.buffer.flush()
    else:
        result = export_to(target)
    if result.missing_characters:
        chars = " ".join(sorted(result.missing_characters))
        err(
            translate(
                "Cli", "Warning: the font has no letters for these characters; they print as empty boxes: %1"
            ).replace("%1", chars)
        )
    if result.skipped_pictures:
        for line in picture_lines(result.skipped_pictures, skipped=True):
            err(translate("Cli", "Warning: %1").replace("%1", line))
    if not args.quiet and not to_stdout:
        for path in result.files:
            out(translate("Cli", "Exported %1.").replace("%1", str(path)))
        if request.format == "pdf":
            out(translate("Cli", "Pages: %1").replace("%1", str(result.pages)))
        for width, height, dpi in result.pixel_sizes:
            out(
                translate("Cli", "%1 × %2 pixels at %3 dpi")
                .replace("%1", str(width))
                .replace("%2", str(height))
                .replace("%3", f"{dpi:.0f}")
            )
    return 0


def _check_stdout(request: ExportRequest) -> None:
    """``-o -``: one file down a pipe, never binary onto a terminal."""
    if request.format == "png" and len(request.map_ids) > 1:
        raise _usage(
            translate(
                "Cli",
                "Several maps make several PNG files; standard output takes one. "
                "Choose one with --map, or give -o a file name.",
            )
        )
    if sys.stdout.isatty():
        raise _usage(
            translate(
                "Cli",
                "Refusing to write a %1 to the terminal; redirect the output to a file or a "
                "program, or give -o a file name.",
            ).replace("%1", request.format.upper())
        )
