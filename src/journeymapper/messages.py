"""User-facing messages for the error codes of the lower layers, translated."""

from PySide6.QtCore import QCoreApplication

from .app.exporting import ExportError, ExportProblem
from .domain import EditError, EditProblem
from .persistence import FileProblem, ProjectFileError

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def file_problem(error: ProjectFileError) -> str:
    path = error.path
    texts = {
        FileProblem.NOT_FOUND: translate("Errors", "The file or folder “%1” does not exist."),
        FileProblem.NOT_A_FILE: translate("Errors", "“%1” is a folder or device, not a project file."),
        FileProblem.NOT_SQLITE: translate("Errors", "“%1” is not a JourneyMapper project: it is not a database file."),
        FileProblem.FOREIGN: translate("Errors", "“%1” is a database of another program, not a JourneyMapper project."),
        FileProblem.NEWER_VERSION: translate(
            "Errors", "“%1” was saved by a newer version of JourneyMapper. Update JourneyMapper to open it."),
        FileProblem.CORRUPT: translate("Errors", "“%1” is damaged or incomplete and cannot be opened."),
        FileProblem.UNSAFE: translate(
            "Errors", "“%1” contains parts a JourneyMapper project never has; it was not opened, for safety."),
        FileProblem.TOO_SLOW: translate("Errors", "Reading “%1” took too long; the file is probably damaged."),
        FileProblem.ALREADY_OPEN: translate("Errors", "“%1” is already open in another JourneyMapper window."),
        FileProblem.EXISTS: translate("Errors", "“%1” already exists."),
        FileProblem.READ_ONLY: translate("Errors", "No permission to write “%1”. Choose another folder."),
        FileProblem.DISK_FULL: translate("Errors", "The disk is full: “%1” could not be written. Nothing was lost."),
        FileProblem.WRITE_FAILED: translate("Errors", "“%1” could not be written. Nothing was lost."),
        FileProblem.NO_SESSION: translate("Errors", "There is no recoverable work with the id “%1”."),
    }
    return texts[error.problem].replace("%1", path)


def edit_problem(error: EditError) -> str:
    d = error.details
    texts = {
        EditProblem.NOT_FOUND: translate("Errors", "That item no longer exists."),
        EditProblem.WRONG_LANE_KIND: translate("Errors", "That lane does not hold this kind of content."),
        EditProblem.NOT_SAME_MAP: translate("Errors", "Items can only move within one map."),
        EditProblem.LAST_STEP: translate("Errors", "A phase needs at least one step."),
        EditProblem.LAST_PHASE: translate("Errors", "A map needs at least one phase."),
        EditProblem.TEXT_TOO_LONG: translate("Errors", "The text is too long (at most %1 characters).").replace(
            "%1", str(d.get("limit", ""))),
        EditProblem.BAD_COLOR: translate("Errors", "That is not a colour."),
        EditProblem.BAD_SCALE: translate("Errors", "The emotion scale must go from a lower to a higher whole number, "
                                           "at most 20 apart."),
        EditProblem.SCORE_OUT_OF_SCALE: translate("Errors", "The score must lie between %1 and %2.").replace(
            "%1", str(d.get("low", ""))).replace("%2", str(d.get("high", ""))),
        EditProblem.BAD_NUMBER: translate("Errors", "That is not a usable number."),
        EditProblem.BAD_INDEX: translate("Errors", "That position does not exist."),
        EditProblem.UNKNOWN_ICON: translate("Errors", "Unknown channel icon."),
        EditProblem.UNKNOWN_CHANNEL: translate("Errors", "That channel is not in this map's channel list."),
        EditProblem.BAD_IMAGE: _image_problem(d.get("reason")),
        EditProblem.BAD_WIDTH: translate("Errors", "That column width is not possible."),
        EditProblem.EMPTY_NAME: translate("Errors", "A name is needed."),
        EditProblem.STALE_CHANGE: translate("Errors", "This step can no longer be undone or redone."),
    }
    return texts[error.problem]


def _image_problem(reason: str | None) -> str:
    if reason == "bytes":
        return translate("Errors", "The image file is too large (at most 10 MB).")
    if reason == "pixels":
        return translate("Errors", "The image has too many pixels (at most 40 megapixels).")
    if reason == "unreadable":
        return translate("Errors", "The image file could not be read (it may have been moved, or access is denied).")
    return translate("Errors", "Only PNG and JPEG images can be used, and this one could not be read.")


def export_problem(error: ExportError) -> str:
    d = error.details
    title = str(d.get("title", ""))
    if error.problem is ExportProblem.DOES_NOT_FIT:
        fit = d.get("fit", 0.0)
        return translate("Errors", "“%1” does not fit on this paper at that scale; at most %2 % fits. "
                                   "Fit it to the page, or choose a smaller scale, larger paper or tiles.").replace(
            "%1", title).replace("%2", f"{fit * 100:.0f}")
    if error.problem is ExportProblem.UNKNOWN_MAP:
        return translate("Errors", "There is no map “%1”. The maps are: %2.").replace(
            "%1", str(d.get("name", ""))).replace("%2", ", ".join(f"{n}. {t}" for n, t in enumerate(d.get("choices", ()), 1)))
    if error.problem is ExportProblem.PNG_TOO_LARGE:
        return translate("Errors", "A PNG of %1 × %2 pixels is too large to make (at most 32,767 pixels a side and "
                                   "600 megapixels). Choose a lower dpi or a smaller paper, or export a PDF.").replace(
            "%1", str(d.get("width", ""))).replace("%2", str(d.get("height", "")))
    texts = {
        ExportProblem.NO_MAPS: translate("Errors", "The project has no maps to export."),
        ExportProblem.BAD_SCALE: translate("Errors", "The scale must lie between 1 % and 2000 %."),
        ExportProblem.MARGIN_TOO_LARGE: translate("Errors", "The margins leave no room for the map on this paper."),
        ExportProblem.OVERLAP_TOO_LARGE: translate("Errors", "The overlap is too large for sheets of this size."),
        ExportProblem.BAD_DPI: translate("Errors", "The resolution must lie between 72 and 600 dpi."),
        ExportProblem.BAD_PIXEL_WIDTH: translate("Errors", "The width must lie between 16 and 32,767 pixels."),
        ExportProblem.TILES_NEED_PDF: translate("Errors", "Posters can only be tiled over sheets in a PDF."),
        ExportProblem.CANCELLED: translate("Errors", "The export was cancelled; no file was written."),
    }
    return texts[error.problem]


def error_message(error: BaseException) -> str:
    """A message for any error we expect; a generic one for the rest."""
    if isinstance(error, ExportError):
        return export_problem(error)
    if isinstance(error, ProjectFileError):
        return file_problem(error)
    if isinstance(error, EditError):
        return edit_problem(error)
    return translate("Errors", "Something went wrong: %1").replace("%1", type(error).__name__)
