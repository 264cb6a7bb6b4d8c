"""The translated words printed on exported maps and posters.

The layout and export packages are Qt-free and take their words as values;
this module fills those values in the interface language, and takes the
decimal notation from the locale (68,5 in Dutch, 68.5 in English).
"""

from .export.pages import ExportLabels
from .i18n import number_marks, translate
from .layout import Labels


def map_labels() -> Labels:
    decimal_point, group_separator = number_marks()
    return Labels(
        persona=translate("Export", "Persona"),
        trigger=translate("Export", "Trigger"),
        goal=translate("Export", "Goal"),
        scenario=translate("Export", "Scenario"),
        decimal_point=decimal_point,
        group_separator=group_separator,
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
        decimal_point=number_marks()[0],
    )
