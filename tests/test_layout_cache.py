"""The lane cache never changes the result: after any edits, a cached layout equals a fresh one."""

import random
from collections.abc import Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.domain import EditError, LaneKind
from journeymapper.layout import LayoutCache, compute_layout


def rounded(value):
    """Shapes and boxes with every number to a millionth of a point: a lane moved by
    dy is old + dy, which may differ from a fresh sum in the last bit."""
    if isinstance(value, float):
        return round(value, 6) + 0.0
    if isinstance(value, (tuple, list)):
        return tuple(rounded(v) for v in value)
    if isinstance(value, Mapping):
        return {rounded(k): rounded(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return (type(value).__name__, *(rounded(getattr(value, f)) for f in value.__dataclass_fields__))
    return value


def assert_same(cached, fresh):
    assert rounded(cached.shapes) == rounded(fresh.shapes)
    assert rounded(cached.boxes) == rounded(fresh.boxes)
    assert rounded((cached.width, cached.height)) == rounded((fresh.width, fresh.height))
    assert cached.missing_characters == fresh.missing_characters


def random_edit(document, map_id, rng):
    lanes, steps = document.lanes(map_id), document.map_steps(map_id)
    text_lanes = [l for l in lanes if l.kind.holds_cards]
    lane, step = rng.choice(text_lanes), rng.choice(steps)
    cards = [c for l in text_lanes for s in steps for c in document.cards(l.id, s.id)]
    choice = rng.randrange(9)
    if choice == 0 or not cards:
        document.add_cards(lane.id, step.id, ["nieuw " * rng.randint(1, 30)], index=0)
    elif choice == 1:
        document.update_card(rng.choice(cards).id, text="andere tekst " * rng.randint(1, 12))
    elif choice == 2:
        document.move_cards([rng.choice(cards).id], lane.id, step.id, 0)
    elif choice == 3:
        document.delete_cards([rng.choice(cards).id])
    elif choice == 4:
        document.update_step(rng.choice(steps).id, width=rng.choice([0.0, 120.0, 260.0]))
    elif choice == 5:
        document.move_lane(rng.choice(lanes).id, rng.randrange(len(lanes)))
    elif choice == 6:
        emotion = next(l for l in lanes if l.kind is LaneKind.EMOTION)
        document.set_emotion(emotion.id, rng.choice(steps).id, rng.randint(1, 5), "noot " * rng.randint(0, 8))
    elif choice == 7:
        document.recolor_lane(rng.choice(lanes).id, rng.choice(["", "#ffcc00", "#223344"]))
    else:
        document.rename_lane(rng.choice(lanes).id, "Baan " * rng.randint(1, 6))


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), edits=st.integers(1, 12))
def test_cached_layout_equals_a_fresh_one_after_random_edits(seed, edits):
    from journeymapper.app.new_project import sample_project
    from journeymapper.content.markers import untranslated

    document = sample_project(untranslated)
    map_id = document.maps()[0].id
    cache = LayoutCache()
    compute_layout(document, map_id, cache=cache)
    rng = random.Random(seed)
    for _ in range(edits):
        try:
            random_edit(document, map_id, rng)
        except EditError:
            continue
        assert_same(compute_layout(document, map_id, cache=cache), compute_layout(document, map_id))


def test_an_edit_in_one_lane_reuses_the_others(sample_document):
    map_id = sample_document.maps()[0].id
    cache = LayoutCache()
    first = compute_layout(sample_document, map_id, cache=cache)
    lanes = sample_document.lanes(map_id)
    assert cache.hits == 0
    last_lane = lanes[-1]
    card = sample_document.cards(last_lane.id, sample_document.map_steps(map_id)[0].id)[0]
    sample_document.update_card(card.id, text="kort")
    compute_layout(sample_document, map_id, cache=cache)
    assert cache.hits == len(lanes) - 1
    # the reused lanes are the same objects: the canvas keeps their items
    again = compute_layout(sample_document, map_id, cache=cache)
    assert all(a.result is b.result for a, b in zip(first.lanes[:-1], again.lanes[:-1]))
    # a taller first lane moves the others down: the same results, placed lower
    step = sample_document.map_steps(map_id)[0]
    before = compute_layout(sample_document, map_id, cache=cache)
    sample_document.add_cards(lanes[0].id, step.id, ["een", "twee", "drie"])
    after = compute_layout(sample_document, map_id, cache=cache)
    assert cache.hits == len(lanes) - 1
    assert after.lanes[1].result is before.lanes[1].result and after.lanes[1].top > before.lanes[1].top
