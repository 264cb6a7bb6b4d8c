"""The lane cache never changes the result: after any edits, a cached layout equals a fresh one."""

import random
from collections.abc import Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.domain import CHANNEL_ICONS, EditError, LaneKind
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


def lane_of(document, map_id, kind):
    return next(lane for lane in document.lanes(map_id) if lane.kind is kind)


def random_edit(document, map_id, rng, name=None):
    """One edit of any kind a view can make: cards, cell values of every lane kind,
    channels, pictures, the scale, lanes, phases and steps."""
    lanes, steps, phases = document.lanes(map_id), document.map_steps(map_id), document.phases(map_id)
    channels = document.channels(map_id)
    text_lanes = [l for l in lanes if l.kind.holds_cards]
    lane, step = rng.choice(text_lanes), rng.choice(steps)
    cards = [c for l in text_lanes for s in steps for c in document.cards(l.id, s.id)]
    name = name or rng.choice(EDITS)
    if name == "add card" or (name in ("card text", "move card", "delete card") and not cards):
        document.add_cards(lane.id, step.id, ["nieuw " * rng.randint(1, 30)], index=0)
    elif name == "card text":
        document.update_card(rng.choice(cards).id, text="andere tekst " * rng.randint(1, 12))
    elif name == "move card":
        document.move_cards([rng.choice(cards).id], lane.id, step.id, 0)
    elif name == "delete card":
        document.delete_cards([rng.choice(cards).id])
    elif name == "step width":
        document.update_step(rng.choice(steps).id, width=rng.choice([0.0, 120.0, 260.0]))
    elif name == "move lane":
        document.move_lane(rng.choice(lanes).id, rng.randrange(len(lanes)))
    elif name == "emotion":
        emotion = lane_of(document, map_id, LaneKind.EMOTION)
        score = rng.choice([None, rng.randint(1, 5)])
        document.set_emotion(emotion.id, rng.choice(steps).id, score, "noot " * rng.randint(0, 8))
    elif name == "lane colour":
        document.recolor_lane(rng.choice(lanes).id, rng.choice(["", "#ffcc00", "#223344"]))
    elif name == "lane title":
        document.rename_lane(rng.choice(lanes).id, "Baan " * rng.randint(1, 6))
    elif name == "step channels":
        chosen = rng.sample(channels, rng.randint(0, min(4, len(channels))))
        document.set_step_channels(
            lane_of(document, map_id, LaneKind.CHANNELS).id, rng.choice(steps).id, [c.id for c in chosen]
        )
    elif name == "channel":
        what = rng.randrange(4)
        if what == 0 or not channels:
            document.add_channel(
                map_id, "Kanaal " * rng.randint(1, 4), rng.choice(CHANNEL_ICONS), index=rng.randint(0, len(channels))
            )
        elif what == 1:
            document.update_channel(rng.choice(channels).id, name="Hernoemd " * rng.randint(1, 4))
        elif what == 2:
            document.update_channel(rng.choice(channels).id, icon=rng.choice(CHANNEL_ICONS))
        else:
            document.delete_channel(rng.choice(channels).id)
    elif name == "metric":
        value = rng.choice([None, 0, 7.5, -12, 1234567.891, 1e15])
        document.set_metric(
            lane_of(document, map_id, LaneKind.METRICS).id,
            rng.choice(steps).id,
            value,
            rng.choice(["", "%", "min", "klanten per dag"]),
            "bron " * rng.randint(0, 3),
        )
    elif name == "picture":
        images = document.images()
        if rng.randrange(3) == 0 or not images:
            width, height = rng.randint(1, 2000), rng.randint(1, 2000)
            image_id, _ = document.add_image("image/png", width, height, f"{width}x{height}".encode())
        else:
            image_id = rng.choice([None, *(i.id for i in images)])
        document.set_step_image(lane_of(document, map_id, LaneKind.IMAGE).id, rng.choice(steps).id, image_id)
    elif name == "scale":
        low = rng.randint(-3, 2)
        document.set_scale(map_id, low, low + rng.randint(1, 8))
    elif name == "phase":
        phase, what = rng.choice(phases), rng.randrange(5)
        if what == 0:
            document.add_phase(map_id, "Fase " * rng.randint(1, 3), index=rng.randint(0, len(phases)), step_name="Stap")
        elif what == 1:
            document.rename_phase(phase.id, "Andere fase " * rng.randint(1, 4))
        elif what == 2:
            document.recolor_phase(phase.id, rng.choice(["", "#ffcc00", "#223344"]))
        elif what == 3:
            document.move_phase(phase.id, rng.randrange(len(phases)))
        else:
            document.delete_phase(phase.id)
    else:  # a step
        step, what = rng.choice(steps), rng.randrange(4)
        if what == 0:
            phase = rng.choice(phases)
            document.add_step(
                phase.id, "Nieuwe stap " * rng.randint(0, 3), index=rng.randint(0, len(document.steps(phase.id)))
            )
        elif what == 1:
            document.rename_step(step.id, "Andere stap " * rng.randint(1, 5))
        elif what == 2:
            phase = rng.choice(phases)
            document.move_step(step.id, phase.id, rng.randint(0, len(document.steps(phase.id)) - 1))
        else:
            document.delete_step(step.id)
    return name


EDITS = (
    "add card",
    "card text",
    "move card",
    "delete card",
    "step width",
    "move lane",
    "emotion",
    "lane colour",
    "lane title",
    "step channels",
    "channel",
    "metric",
    "picture",
    "scale",
    "phase",
    "step",
)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), edits=st.integers(1, 24))
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


def test_cached_layout_equals_a_fresh_one_after_each_kind_of_edit(sample_document):
    """Every kind of edit, round after round, so none is left to chance."""
    map_id = sample_document.maps()[0].id
    cache = LayoutCache()
    compute_layout(sample_document, map_id, cache=cache)
    rng = random.Random(17)
    done = set()
    for _ in range(6):
        for name in EDITS:
            try:
                random_edit(sample_document, map_id, rng, name)
            except EditError:
                continue
            done.add(name)
            assert_same(compute_layout(sample_document, map_id, cache=cache), compute_layout(sample_document, map_id))
    assert done == set(EDITS)


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
