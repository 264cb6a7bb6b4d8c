"""User-facing messages for the error codes of the lower layers, translated."""

from .app.export_errors import ExportError, ExportProblem
from .domain import EditError, EditProblem
from .i18n import format_number, local_date_time, translate
from .persistence import FileProblem, ProjectFileError, RecoveryNames


def file_problem(error: ProjectFileError) -> str:
    path = error.path
    if error.problem is FileProblem.STATE_FOLDER:
        return state_folder_problem(error)
    texts = {
        FileProblem.NOT_FOUND: translate("Errors", "The file or folder “%1” does not exist."),
        FileProblem.NOT_A_FILE: translate("Errors", "“%1” is a folder or device, not a project file."),
        FileProblem.NOT_SQLITE: translate("Errors", "“%1” is not a JourneyMapper project: it is not a database file."),
        FileProblem.FOREIGN: translate("Errors", "“%1” is a database of another program, not a JourneyMapper project."),
        FileProblem.NEWER_VERSION: translate(
            "Errors", "“%1” was saved by a newer version of JourneyMapper. Update JourneyMapper to open it."
        ),
        FileProblem.CORRUPT: translate("Errors", "“%1” is damaged or incomplete and cannot be opened."),
        FileProblem.UNSAFE: translate(
            "Errors", "“%1” contains parts a JourneyMapper project never has; it was not opened, for safety."
        ),
        FileProblem.TOO_SLOW: translate("Errors", "Reading “%1” took too long; the file is probably damaged."),
        FileProblem.TOO_LARGE: _too_large(error),
        FileProblem.PENDING_CHANGES: translate(
            "Errors",
            "Another program left unfinished changes beside “%1” (a file ending in -wal or -journal), "
            "and they could not be read. Open the project in that program once so it can finish them, "
            "or copy the project without those files; then try again.",
        ),
        FileProblem.ALREADY_OPEN: translate("Errors", "“%1” is already open in another JourneyMapper window."),
        FileProblem.LOCKED: translate(
            "Errors", "“%1” was opened for editing by %2 on %3 (%4). Until they close it, it can only be viewed."
        ),
        FileProblem.STALE_LOCK: translate(
            "Errors",
            "“%1” was opened for editing by %2 on %3 (%4), but that JourneyMapper is no longer "
            "running: it probably stopped without closing the file.",
        ),
        FileProblem.CHANGED_ON_DISK: translate(
            "Errors", "“%1” was changed by someone else since you opened it. It was not overwritten."
        ),
        FileProblem.EXISTS: translate("Errors", "“%1” already exists."),
        FileProblem.READ_ONLY: translate("Errors", "No permission to write “%1”. Choose another folder."),
        FileProblem.DISK_FULL: translate("Errors", "The disk is full: “%1” could not be written. Nothing was lost."),
        FileProblem.WRITE_FAILED: translate("Errors", "“%1” could not be written. Nothing was lost."),
        FileProblem.NO_SESSION: translate("Errors", "There is no recoverable work with the id “%1”."),
    }
    text = texts[error.problem]
    if error.problem in (FileProblem.LOCKED, FileProblem.STALE_LOCK):
        # Replaced before %1: a file name may hold "%2" itself.
        info = error.info
        text = (
            text.replace("%2", str(info.get("user", "?")))
            .replace("%3", str(info.get("host", "?")))
            .replace("%4", local_time(str(info.get("time", ""))))
        )
    return text.replace("%1", path)


def local_time(iso: str) -> str:
    """A lock's UTC time as the user's locale writes a local date and time; as it is when it is no time."""
    return local_date_time(iso)


def recovery_names() -> RecoveryNames:
    """What a repair calls the places it makes for cards whose cell was lost."""
    return RecoveryNames(
        phase=translate("Repair", "Recovered"),
        step=translate("Repair", "Recovered cards"),
        lane=translate("Repair", "Recovered cards"),
    )


def _too_large(error: ProjectFileError) -> str:
    what = error.info.get("what")
    found, limit = (int(error.info.get(key) or 0) for key in ("found", "limit"))
    number = format_number  # the interface language's digit grouping (300.118 in Dutch)
    if what == "rows":
        amount = translate("Errors", "%1 rows (at most %2)").replace("%1", number(found)).replace("%2", number(limit))
    elif what in ("steps", "lanes"):
        counted = (
            translate("Errors", "a map of %1 steps (at most %2)")
            if what == "steps"
            else translate("Errors", "a map of %1 lanes (at most %2)")
        )
        amount = counted.replace("%1", number(found)).replace("%2", number(limit))
    else:
        megabytes = (
            translate("Errors", "%1 MB of text (at most %2 MB)")
            if what == "text"
            else translate("Errors", "%1 MB of pictures (at most %2 MB)")
        )
        amount = megabytes.replace("%1", number(round(found / 2**20))).replace("%2", number(round(limit / 2**20)))
    return translate(
        "Errors", "“%1” holds more than JourneyMapper opens: %2. The file is probably damaged; it was not opened."
    ).replace("%2", amount)


def edit_problem(error: EditError) -> str:
    d = error.details
    texts = {
        EditProblem.NOT_FOUND: translate("Errors", "That item no longer exists."),
        EditProblem.WRONG_LANE_KIND: translate("Errors", "That lane does not hold this kind of content."),
        EditProblem.NOT_SAME_MAP: translate("Errors", "Items can only move within one map."),
        EditProblem.LAST_STEP: translate("Errors", "A phase needs at least one step."),
        EditProblem.LAST_PHASE: translate("Errors", "A map needs at least one phase."),
        EditProblem.TEXT_TOO_LONG: translate("Errors", "The text is too long (at most %1 characters).").replace(
            "%1", str(d.get("limit", ""))
        ),
        EditProblem.BAD_COLOR: translate("Errors", "That is not a colour."),
        EditProblem.BAD_SCALE: translate(
            "Errors", "The emotion scale must go from a lower to a higher whole number, at most 20 apart."
        ),
        EditProblem.SCORE_OUT_OF_SCALE: translate("Errors", "The score must lie between %1 and %2.")
        .replace("%1", str(d.get("low", "")))
        .replace("%2", str(d.get("high", ""))),
        EditProblem.BAD_NUMBER: translate("Errors", "That is not a usable number."),
        EditProblem.BAD_INDEX: translate("Errors", "That position does not exist."),
        EditProblem.UNKNOWN_ICON: translate("Errors", "Unknown channel icon."),
        EditProblem.UNKNOWN_CHANNEL: translate("Errors", "That channel is not in this map's channel list."),
        EditProblem.BAD_IMAGE: _image_problem(d.get("reason")),
        EditProblem.BAD_WIDTH: translate("Errors", "That column width is not possible."),
        EditProblem.EMPTY_NAME: translate("Errors", "A name is needed."),
        EditProblem.STALE_CHANGE: translate("Errors", "This step can no longer be undone or redone."),
        EditProblem.TOO_MANY: (
            translate("Errors", "A map holds at most %1 steps.")
            if d.get("what") == "steps"
            else translate("Errors", "A map holds at most %1 lanes.")
        ).replace("%1", str(d.get("limit", ""))),
    }
    return texts[error.problem]


def state_folder_problem(error: ProjectFileError) -> str:
    reason = error.info.get("reason")
    if reason == FileProblem.DISK_FULL.value:
        text = translate(
            "Errors",
            "The disk holding JourneyMapper's working folder “%1” is full. Free some space; nothing was changed.",
        )
    elif reason == FileProblem.READ_ONLY.value:
        text = translate(
            "Errors", "JourneyMapper's working folder “%1” is read-only. Make it writable; nothing was changed."
        )
    else:
        text = translate(
            "Errors",
            "JourneyMapper's working folder “%1” cannot be used: it is not a folder, or "
            "cannot be written. Nothing was changed.",
        )
    return text.replace("%1", error.path)


def _image_problem(reason: str | None) -> str:
    if reason == "bytes":
        return translate("Errors", "The image file is too large (at most 64 MB).")
    if reason == "pixels":
        return translate("Errors", "The image has too many pixels to be a photo or a drawing.")
    if reason == "unreadable":
        return translate("Errors", "The image file could not be read (it may have been moved, or access is denied).")
    return translate("Errors", "Only PNG and JPEG images can be used, and this one could not be read.")


def picture_problem(problem, skipped: bool) -> list[str]:
    """One line per place that shows a picture which cannot be decoded (app.pictures.PictureProblem).

    ``skipped``: said by an export, which left the picture out; else by ``check``."""
    reasons = {
        "pixels": translate("Errors", "it has too many pixels"),
        "mismatch": translate("Errors", "its contents are not what the project says they are"),
    }
    reason = reasons.get(problem.reason, translate("Errors", "it is not a PNG or JPEG picture, or it is damaged"))
    if skipped:
        text = translate("Errors", "%1: the picture was left out: %2.")
    else:
        text = translate("Errors", "%1: the picture cannot be shown: %2.")
    lines = []
    for place in problem.places or (None,):
        if place is None:
            where = translate("Errors", "A picture no map shows")
        elif place.step_name is not None:
            where = (
                translate("Errors", "Map “%1”, step “%2”").replace("%1", place.map_title).replace("%2", place.step_name)
            )
        else:
            where = (
                translate("Errors", "Map “%1”, photo of persona “%2”")
                .replace("%1", place.map_title)
                .replace("%2", place.persona_name or "")
            )
        lines.append(text.replace("%1", where).replace("%2", reason))
    return lines


def export_problem(error: ExportError) -> str:
    d = error.details
    title = str(d.get("title", ""))
    if error.problem is ExportProblem.DOES_NOT_FIT:
        fit = d.get("fit", 0.0)
        return (
            translate(
                "Errors",
                "“%1” does not fit on this paper at that scale; at most %2 % fits. "
                "Fit it to the page, or choose a smaller scale, larger paper or tiles.",
            )
            .replace("%1", title)
            .replace("%2", f"{fit * 100:.0f}")
        )
    if error.problem is ExportProblem.UNKNOWN_MAP:
        return (
            translate("Errors", "There is no map “%1”. The maps are: %2.")
            .replace("%1", str(d.get("name", "")))
            .replace("%2", ", ".join(f"{n}. {t}" for n, t in enumerate(d.get("choices", ()), 1)))
        )
    if error.problem is ExportProblem.PNG_TOO_LARGE:
        return (
            translate(
                "Errors",
                "A PNG of %1 × %2 pixels is too large to make (at most 32,767 pixels a side and "
                "600 megapixels). Choose a lower dpi or a smaller paper, or export a PDF.",
            )
            .replace("%1", str(d.get("width", "")))
            .replace("%2", str(d.get("height", "")))
        )
    if error.problem is ExportProblem.TOO_SMALL_ON_PAPER:
        return translate(
            "Errors",
            "“%1” would be printed smaller than 1 % on this paper. Choose larger paper, smaller margins, or tiles.",
        ).replace("%1", title)
    if error.problem is ExportProblem.TOO_MANY_SHEETS:
        return (
            translate(
                "Errors",
                "The poster would need %1 sheets; at most %2 can be printed at once. Choose larger "
                "sheets or a smaller poster.",
            )
            .replace("%1", f"{d.get('count', 0):,}")
            .replace("%2", str(d.get("limit", "")))
        )
    if error.problem is ExportProblem.TOO_MANY_CARDS:
        return (
            translate(
                "Errors",
                "The maps to export hold %1 cards; at most %2 can be exported at once. Export "
                "fewer maps, or split a map into several.",
            )
            .replace("%1", f"{d.get('cards', 0):,}")
            .replace("%2", f"{d.get('limit', 0):,}")
        )
    if error.problem is ExportProblem.TARGET_IS_SOURCE:
        return translate("Errors", "“%1” is the project being exported; choose another name for the export.").replace(
            "%1", str(d.get("path", ""))
        )
    if error.problem is ExportProblem.TARGET_IS_COMPANION:
        return translate(
            "Errors",
            "“%1” is the name of a project's lock file or of a file SQLite keeps beside it; "
            "choose another name for the export.",
        ).replace("%1", str(d.get("path", "")))
    if error.problem is ExportProblem.TARGET_NOT_AN_EXPORT:
        return (
            translate(
                "Errors", "“%1” exists and is not a %2 file; it was left alone. Choose another name for the export."
            )
            .replace("%1", str(d.get("path", "")))
            .replace("%2", str(d.get("format", "")))
        )
    if error.problem is ExportProblem.TARGET_NOT_A_FILE:
        return translate("Errors", "“%1” is a folder or device, not a file; the export was not written there.").replace(
            "%1", str(d.get("path", ""))
        )
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
