"""What can keep an export from being made: the problem codes, their error, and the
bounds of the options they name.

Apart from ``exporting`` so that a reader of these codes (the messages every
command can print) does not load the whole exporter, layout and all: that
was 50-70 ms of every ``info`` and ``check`` (issue 18).
"""

from enum import Enum

MIN_DPI, MAX_DPI = 72, 600  # a PNG's resolution


class ExportProblem(str, Enum):
    NO_MAPS = "no_maps"
    UNKNOWN_MAP = "unknown_map"
    DOES_NOT_FIT = "does_not_fit"
    BAD_SCALE = "bad_scale"
    MARGIN_TOO_LARGE = "margin_too_large"
    OVERLAP_TOO_LARGE = "overlap_too_large"
    BAD_DPI = "bad_dpi"
    BAD_PIXEL_WIDTH = "bad_pixel_width"
    PNG_TOO_LARGE = "png_too_large"
    TILES_NEED_PDF = "tiles_need_pdf"
    CANCELLED = "cancelled"
    TOO_SMALL_ON_PAPER = "too_small_on_paper"  # details: title, fit
    TOO_MANY_SHEETS = "too_many_sheets"  # details: count, limit
    TARGET_IS_SOURCE = "target_is_source"  # details: path
    TARGET_NOT_A_FILE = "target_not_a_file"  # details: path
    TARGET_NOT_AN_EXPORT = "target_not_an_export"  # details: path, format: a file an export may not replace
    TARGET_IS_COMPANION = "target_is_companion"  # details: path: the name of a file's lock or SQLite side file
    TOO_MANY_CARDS = "too_many_cards"  # details: cards, limit


class ExportError(Exception):
    def __init__(self, problem: ExportProblem, **details):
        super().__init__(f"{problem.value}: {details}" if details else problem.value)
        self.problem = problem
        self.details = details
