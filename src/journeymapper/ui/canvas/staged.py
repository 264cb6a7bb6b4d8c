"""Opening a map in stages: what waits until the map has first been painted.

Opening lays the first map out on a worker thread (``app.opening``); the
window then paints it from that layout. Two things wait for that first paint,
and this is the one place that holds them back and lets them go:

- the card items: zoomed out, the lane pictures show the cards, and two
  thousand items held the window back by a tenth of a second. They come
  ``CARDS_PER_TURN`` per turn of the event loop once the map has been
  painted, or all at once as soon as anything needs them (``MapScene.cards``);
- ``firstPainted``: the time for other work that can wait (the window writes
  the project's working copy then).
"""

from PySide6.QtCore import QObject, QTimer, Signal

from ...collector import collector_paused

CARDS_PER_TURN = 250  # card items made per turn of the event loop after opening (about 10 ms)


class StagedOpening(QObject):
    # Once, right after the map was first painted: the time for work that can wait for it.
    firstPainted = Signal()  # noqa: N815 - Qt's naming

    def __init__(self, scene) -> None:
        super().__init__(scene)
        self._scene = scene
        self.deferring = True  # while the scene is first built: card items wait
        self._waiting: list[tuple] = []  # (lane group, offset in its order, card id, box, parts)
        self._coming = False  # made a few per turn of the event loop, from the first paint on
        self._painted = False

    def opened(self) -> None:
        """The scene is built: from now on card items are made when their cards are laid out."""
        self.deferring = False

    def wait(self, group, offset: int, card_id: str, box, parts) -> None:
        """A card whose item is made later (its place in ``group.order`` holds its id until then)."""
        self._waiting.append((group, offset, card_id, box, parts))

    def pending(self) -> int:
        return len(self._waiting)

    @collector_paused()
    def make_cards(self, limit: int | None = None) -> None:
        """Make the card items still waiting (at most ``limit`` of them)."""
        made = 0
        while self._waiting and (limit is None or made < limit):
            self._scene.add_card_item(*self._waiting.pop())
            made += 1

    def painting(self) -> None:
        """The scene paints (its background): the first time, let the waiting work follow."""
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.firstPainted.emit)  # once this paint is done
        if not self._coming and self._waiting:
            # The first paint is under way: the card items follow it, not precede it.
            self._coming = True
            QTimer.singleShot(0, self, self._make_some)

    def _make_some(self) -> None:
        self.make_cards(CARDS_PER_TURN)
        if self._waiting:
            QTimer.singleShot(0, self, self._make_some)
        else:
            self._coming = False
