"""The translated words printed on exported maps and posters.

The layout and export packages are Qt-free and take their words as values;
this module fills those values in the interface language, and takes the
decimal notation from the locale (68,5 in Dutch, 68.5 in English).
"""

from PySide6.QtCore import QCoreApplication, QLocale

from .export.pages import ExportLabels
from .layout import Labels

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def map_labels() -> Labels:
    locale = QLocale()
    return Labels(
        persona=translate("Export", "Persona"),
        trigger=translate("Export", "Trigger"),
        goal=translate("Export", "Goal"),
        scenario=translate("Export", "Scenario"),
        decimal_point=locale.decimalPoint(),
        group_separator=locale.groupSeparator(),
    )


def poster_labels() -> ExportLabels:
    return ExportLabels(
        scale=translate("Export", "Scale %1"),
        sheet=translate("Export", "Sheet %1 of %2"),
        row_column=translate("Export", "Row %1, column %2"),
        overview=translate("Export", "Assembly overview"),
        instructions=translate(
            "Export",
            "%1 sheets of %2 in %3 rows and %4 columns. Print at 100 % (not “fit to page”). Cut each "
            "sheet along its crop marks at the right and bottom; the sheets overlap by %5 mm. Glue the "
            "cut edge onto the next sheet, starting at A1 in the top left.",
        ),
        made_with=translate("Export", "Made with JourneyMapper"),
        decimal_point=QLocale().decimalPoint(),
    )
