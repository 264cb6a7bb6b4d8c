"""A generated journey map of a chosen number of cards, with Dutch texts, for benchmarks.

python benchmarks/generate.py OUT.jmap --cards 2000
"""

import argparse
import random
from pathlib import Path

from journeymapper.content.lanes import lane_title
from journeymapper.content.markers import untranslated
from journeymapper.content.templates import add_default_channels
from journeymapper.domain import Document, Kind, LaneKind
from journeymapper.persistence import write_project

PHASES = ("Bewustwording", "Oriëntatie", "Overweging", "Aankoop", "Gebruik", "Loyaliteit")
WORDS = (
    "klant zoekt vergelijkt twijfelt belt mailt bestelt retourneert wasmachine bezorging monteur "
    "prijs korting garantie winkel website app wachttijd afspraak factuur review advies "
    "energielabel installatie vertraging verwachting vertrouwen ergernis opluchting € 100 "
    "coöperatie één reünie naïef twee dagen later volgende week zaterdag"
).split()
TEXT_LANES = tuple(kind for kind in LaneKind if kind.holds_cards)  # in the enum's order


def sentence(rng: random.Random) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 16)))
    return text[0].upper() + text[1:] + rng.choice((".", "?", "!", ""))


def generate(cards: int, seed: int = 7, steps_per_phase: int = 4, maps: int = 1) -> Document:
    """A project of ``maps`` maps of ``cards`` cards each."""
    rng = random.Random(seed)
    document = Document()
    for number in range(maps):
        title = f"Benchmark: {cards} kaartjes" + (f" ({number + 1})" if maps > 1 else "")
        _add_map(document, rng, title, cards, steps_per_phase)
    return document


def _add_map(document: Document, rng: random.Random, title: str, cards: int, steps_per_phase: int) -> None:
    map_id = document.add_map(title).added(Kind.MAP)[0].id
    add_default_channels(document, map_id, untranslated)
    channels = [c.id for c in document.channels(map_id)]
    lanes = {}
    for kind in (
        *TEXT_LANES[:3],
        LaneKind.EMOTION,
        *TEXT_LANES[3:5],
        LaneKind.CHANNELS,
        LaneKind.METRICS,
        *TEXT_LANES[5:],
    ):
        lanes[kind] = document.add_lane(map_id, kind, lane_title(kind, untranslated)).added(Kind.LANE)[0].id
    steps = []
    for phase_name in PHASES:
        added = document.add_phase(map_id, phase_name)
        phase_id = added.added(Kind.PHASE)[0].id
        steps.append(added.added(Kind.STEP)[0].id)
        for index in range(1, steps_per_phase):
            steps.append(document.add_step(phase_id, f"Stap {index + 1}").added(Kind.STEP)[0].id)
    cells = [(lanes[k], s) for k in TEXT_LANES for s in steps]
    per_cell = [0] * len(cells)
    for n in range(cards):
        per_cell[rng.randrange(len(cells))] += 1
    for (lane_id, step_id), count in zip(cells, per_cell):
        if count:
            document.add_cards(lane_id, step_id, [sentence(rng) for _ in range(count)])
    for step_id in steps:
        document.set_emotion(lanes[LaneKind.EMOTION], step_id, rng.randint(1, 5), rng.choice(("", sentence(rng))))
        document.set_step_channels(lanes[LaneKind.CHANNELS], step_id, rng.sample(channels, rng.randint(1, 3)))
        if rng.random() < 0.4:
            document.set_metric(lanes[LaneKind.METRICS], step_id, round(rng.uniform(1, 100), 1), "%", "enquête")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--cards", type=int, default=2000)
    parser.add_argument("--maps", type=int, default=1)
    args = parser.parse_args()
    write_project(args.out, generate(args.cards, maps=args.maps), overwrite=True)


if __name__ == "__main__":
    main()
