"""Zoomed out far, each lane shows one picture of itself instead of its items.

Below ``OVERVIEW_BELOW`` the card text is drawn as bars anyway, and painting
thousands of tiny cards, grid lines and icons one by one stutters
(``lane_picture.py``). The card items stay, transparent, for clicks and
drags; a selected card shows on top of its lane's picture. Hit-testing then
goes through the layout, since Qt does not hit transparent items.
"""

from .items import CardItem
from .lane_picture import LanePicture

OVERVIEW_BELOW = 0.4  # zoom: below this (card text is then drawn as bars) lanes show pictures of themselves


class Overview:
    """Whether the scene is zoomed out, and which card items show then (the selected ones)."""

    def __init__(self, scene) -> None:
        self._scene = scene
        self.on = False
        self._opaque: set[str] = set()  # the card items shown (the selected ones)

    def add_picture(self, group, images) -> None:
        """The lane's picture, made when it is first needed."""
        result = group.result
        group.overview = LanePicture(result.shapes, result.cards, images, result.index[("lane", result.lane_id)])
        self._scene.addItem(group.overview)
        if group.top is not None:
            group.overview.setPos(0, group.top)
        if group.z is not None:
            group.overview.setZValue(group.z - 0.5)

    def set_zoom(self, zoom: float, images) -> None:
        on = zoom < OVERVIEW_BELOW
        if on == self.on:
            return
        self.on = on
        scene = self._scene
        for item in scene.fixed_items:
            item.keep_picture(on)
        for group in scene.lanes.values():
            for run in group.runs:
                run.setVisible(not on)  # the lane's picture shows them
            if group.overview is None and on and group.result is not None:
                self.add_picture(group, images)
            if group.overview is not None:
                group.overview.setVisible(on)
        self._opaque = set()
        for card in scene.card_items.values():
            self.card_visibility(card)

    def card_visibility(self, card: CardItem) -> None:
        """In the overview a card item is transparent (still there to click and drag),
        unless it is selected: the selection must show."""
        opaque = not self.on or card.isSelected()
        card.setOpacity(1.0 if opaque else 0.0)
        if self.on and opaque:
            self._opaque.add(card.card_id)
        else:
            self._opaque.discard(card.card_id)

    def selection_changed(self) -> None:
        """Only the cards whose selection changed need another opacity."""
        if not self.on:
            return
        scene = self._scene
        selected = {item.card_id for item in scene.selectedItems() if isinstance(item, CardItem)}
        for card_id in selected ^ self._opaque:
            card = scene.card_items.get(card_id)
            if card is not None:
                self.card_visibility(card)
