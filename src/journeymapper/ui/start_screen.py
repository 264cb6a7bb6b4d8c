"""The start screen, shown when no project is open: templates with previews,
the sample project, opening a file, and the projects opened recently."""

from pathlib import Path

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..content.templates import CONTEXT, TEMPLATES
from ..settings import Settings
from .preferences import language_box

PREVIEW = QSize(260, 150)
# Qt.ItemDataRole.UserRole. This screen does not touch Qt's namespace before it is
# shown: its first use makes PySide build all 93 of its enums, 35 ms here, and
# the start screen is what a user waits for (issue 7).
PATH_ROLE = 256


def template_preview(template_id: str, content) -> QPixmap:
    """A small picture of the map a template makes, drawn from the shared layout."""
    # Loaded here, after the screen is up: the layout and painter are not needed to show it.
    from PySide6.QtGui import QImage, QPainter

    from ..app.new_project import project_from_template
    from ..layout import compute_layout
    from .canvas.qt_painter import QtShapePainter

    document = project_from_template(template_id, content)
    layout = compute_layout(document, document.maps()[0].id)
    image = QImage(PREVIEW, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = min((PREVIEW.width() - 12) / layout.width, (PREVIEW.height() - 12) / layout.height)
    painter.translate(6, 6)
    painter.scale(scale, scale)
    QtShapePainter(painter).paint(layout.shapes)
    painter.end()
    return QPixmap.fromImage(image)


class StartScreen(QWidget):
    templateChosen = Signal(str)  # noqa: N815 - a template id
    sampleRequested = Signal()  # noqa: N815
    openRequested = Signal()  # noqa: N815
    recentChosen = Signal(Path)  # noqa: N815
    languageChosen = Signal(str)  # noqa: N815 - "nl", "en" or "" (the system's)
    # Once, right after the screen first painted: the time for work that can wait for it.
    firstPainted = Signal()  # noqa: N815

    def __init__(self, content, settings: Settings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("JourneyMapper")
        self.setAccessibleName(self.tr("Start screen"))
        title = QLabel(self.tr("JourneyMapper"))
        title.setStyleSheet("font-size: 22pt; font-weight: 700;")
        subtitle = QLabel(self.tr("Map the journey of your customers: from the first trigger to the goal."))
        subtitle.setStyleSheet("color: #5b6472; font-size: 11pt;")

        self.templates = QListWidget()
        self.templates.setViewMode(QListWidget.ViewMode.IconMode)
        self.templates.setIconSize(PREVIEW)
        self.templates.setGridSize(QSize(PREVIEW.width() + 24, PREVIEW.height() + 64))
        self.templates.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.templates.setMovement(QListWidget.Movement.Static)
        self.templates.setWordWrap(True)
        self.templates.setAccessibleName(self.tr("New project from a template"))
        blank = QPixmap(PREVIEW)
        blank.fill(QColor("#ffffff"))
        for template in TEMPLATES:
            item = QListWidgetItem(QIcon(blank), content(CONTEXT, template.name))
            item.setToolTip(content(CONTEXT, template.description))
            item.setData(PATH_ROLE, template.id)
            self.templates.addItem(item)
        # The previews are drawn once the screen has painted, one per turn of the
        # event loop: laying out and painting them held the first window back by a
        # tenth of a second, and the screen takes input while they come. (A timer
        # started here fired before the window's first paint, which waits for the
        # window system to show it: 60-80 ms more before anything was on screen.)
        self._content = content
        self._previews_left = list(range(self.templates.count()))
        self._previews_started = False
        self.templates.itemActivated.connect(lambda item: self.templateChosen.emit(item.data(PATH_ROLE)))

        sample = QPushButton(self.tr("Open the &sample project"))
        sample.clicked.connect(self.sampleRequested)
        open_button = QPushButton(self.tr("&Open a project…"))
        open_button.clicked.connect(self.openRequested)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent projects"))
        for name in (settings or Settings()).recent_files():
            path = Path(name)
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(PATH_ROLE, str(path))
            if not path.exists():
                from PySide6.QtCore import Qt

                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(self.tr("This file is no longer there."))
            self.recent.addItem(item)
        self.recent.itemActivated.connect(lambda item: self.recentChosen.emit(Path(item.data(PATH_ROLE))))

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>New project from a template</b> (double-click)")))
        left.addWidget(self.templates)
        right = QVBoxLayout()
        right.addWidget(open_button)
        right.addWidget(sample)
        right.addWidget(QLabel(self.tr("<b>Recent projects</b>")))
        right.addWidget(self.recent)
        # Before any project is open this is the only place to change the language,
        # e.g. on a borrowed laptop set up in another language.
        self.language = language_box(settings or Settings())
        self.language.currentIndexChanged.connect(lambda _i: self.languageChosen.emit(self.language.currentData()))
        language_row = QHBoxLayout()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language, 1)
        right.addLayout(language_row)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addLayout(columns)
        self.resize(1180, 640)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._previews_started:
            self._previews_started = True
            QTimer.singleShot(0, self, self.firstPainted.emit)  # after this first paint is on screen
            QTimer.singleShot(0, self, self._draw_next_preview)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Gone once closed, as WA_DeleteOnClose would do (setting that attribute
        # needs Qt's namespace, see PATH_ROLE).
        super().closeEvent(event)
        if event.isAccepted():
            self.deleteLater()

    def _draw_next_preview(self) -> None:
        if not self._previews_left:
            return
        item = self.templates.item(self._previews_left.pop(0))
        item.setIcon(QIcon(template_preview(item.data(PATH_ROLE), self._content)))
        if self._previews_left:
            QTimer.singleShot(0, self, self._draw_next_preview)

    def previews_drawn(self) -> bool:
        return not self._previews_left
