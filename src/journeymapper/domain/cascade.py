"""What goes with a removed step, lane or map: the contents of its cells."""

from .kinds import CELL_KINDS, Kind
from .store import Patch, RecordStore


def remove_cells(store: RecordStore, patch: Patch, lane_ids, step_ids) -> None:
    """Stage the removal of every card and cell value in lanes x steps."""
    for lane_id in lane_ids:
        for step_id in step_ids:
            for card in store.group(Kind.CARD, (lane_id, step_id)):
                patch.remove(Kind.CARD, card.id)
            for kind in CELL_KINDS:
                if store.get(kind, (lane_id, step_id)) is not None:
                    patch.remove(kind, (lane_id, step_id))
