"""Reading a checked project file into a document, trusting no value in it.

The schema has been checked by then, but the values have not: SQLite lets
any column hold any type, and a damaged or hand-made file may hold NaN
coordinates, 20 MB texts, negative positions, duplicate ids or rows that
point at nothing. Every value is coerced to what the domain accepts or the
row is left out; each such fix is counted, so ``check`` can report it and
nothing unreadable reaches the canvas.
"""

import hashlib
import math
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from ..domain import (
    Card,
    Channel,
    Document,
    Emotion,
    Image,
    JourneyMap,
    Kind,
    Lane,
    LaneKind,
    Metric,
    Persona,
    Phase,
    Step,
    StepChannels,
    StepImage,
    rules,
)
from ..domain.kinds import group_of
from .connection import decode_text
from .rows import statements

MAX_ID = 64


class Fixes(Counter):
    """How many values or rows of each kind were repaired or left out."""

    def note(self, what: str, count: int = 1) -> None:
        self[what] += count


@dataclass(frozen=True)
class RecoveryNames:
    """What the places made for cards whose cell was lost are called (the caller
    translates them; the loader knows no language)."""

    phase: str = "Recovered"
    step: str = "Recovered cards"
    lane: str = "Recovered cards"


class _NewIds:
    """Ids the loader has to make up: unique by construction (never one the file
    uses for anything, never one made before) and the same for the same file,
    so reading a file twice gives the same document."""

    def __init__(self, used: set) -> None:
        self.used = used

    def new(self, prefix: str, seed: str) -> str:
        base = f"{prefix}-{hashlib.sha1(seed.encode('utf-8', 'replace')).hexdigest()[:20]}"
        candidate, number = base, 1
        while candidate in self.used:
            number += 1
            candidate = f"{base}-{number}"
        self.used.add(candidate)
        return candidate


def _ids_in(rows: dict) -> set:
    """Every text in an id column of the file, whatever its table."""
    used: set[str] = set()
    for table in rows.values():
        for row in table:
            used.update(value for value in row[:3] if isinstance(value, str) and len(value) <= MAX_ID)
    return used


def _ident(value) -> str | None:
    if isinstance(value, str) and 0 < len(value) <= MAX_ID:
        return value
    return None


class _Sanitiser:
    def __init__(self, fixes: Fixes) -> None:
        self.fixes = fixes

    def text(self, value, limit: int = rules.MAX_TEXT) -> str:
        if not isinstance(value, str):
            self.fixes.note("text type")
            if value is None:
                return ""
            value = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
        if len(value) > limit:
            self.fixes.note("text too long")
            value = value[:limit]
        return value

    def name(self, value) -> str:
        return self.text(value, rules.MAX_NAME)

    def integer(self, value, default: int) -> int:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**31:
            return value
        self.fixes.note("number")
        return default

    def number(self, value) -> float | None:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            number = float(value)
            if math.isfinite(number) and abs(number) <= 1e15:
                return number
        self.fixes.note("number")
        return None

    def color(self, value) -> str:
        if value == "":
            return ""  # most cards: no colour of their own
        try:
            return rules.check_color(value)
        except Exception:  # noqa: BLE001 - a hostile value may fail the check any way: it is dropped
            self.fixes.note("colour")
            return ""


def _fetch_all(conn: sqlite3.Connection, sql: str, fixes: Fixes) -> list:
    """Rows of one table. Texts are decoded by SQLite's own fast path; only a
    table holding invalid UTF-8 is read again with replacement characters
    (decoding every text in Python cost a third of the time of opening a
    100,000-card file)."""
    factory = conn.text_factory
    conn.text_factory = str
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError as error:
        if "decode" not in str(error).lower():
            raise
        fixes.note("invalid UTF-8")
        conn.text_factory = decode_text
        return conn.execute(sql).fetchall()
    finally:
        conn.text_factory = factory


def read_records(
    conn: sqlite3.Connection, names: RecoveryNames | None = None, check_time: Callable[[], None] = lambda: None
) -> tuple[list, Fixes]:
    """All records of a checked file, repaired; and what was repaired.

    ``check_time`` is called between the steps of building records and raises
    when the open has taken too long (the watchdog, for the Python side)."""
    fixes = Fixes()
    clean = _Sanitiser(fixes)
    rows = {}
    for kind, sql in statements().select.items():
        rows[kind] = _fetch_all(conn, sql, fixes)
        check_time()
    new_ids = _NewIds(_ids_in(rows))
    names = names or RecoveryNames()
    accepted: dict[Kind, dict] = {kind: {} for kind in Kind}

    def accept(kind: Kind, key, record) -> None:
        if key in accepted[kind]:
            fixes.note("duplicate")
        else:
            accepted[kind][key] = record

    for id_, mime, width, height, data in rows[Kind.IMAGE]:
        if _ident(id_) and isinstance(data, bytes) and isinstance(width, int) and isinstance(height, int):
            try:
                rules.check_image(mime, width, height, data)
            except Exception:  # noqa: BLE001, S110 - a picture that fails its check is left out
                pass
            else:
                accept(Kind.IMAGE, id_, Image(id_, mime, width, height, data))
                continue
        fixes.note("image")

    for id_, position, name, role, description, quote, needs, goals, photo_id in rows[Kind.PERSONA]:
        if not _ident(id_):
            fixes.note("row")
            continue
        if photo_id is not None and photo_id not in accepted[Kind.IMAGE]:
            fixes.note("missing reference")
            photo_id = None
        accept(
            Kind.PERSONA,
            id_,
            Persona(
                id_,
                clean.integer(position, 2**31),
                clean.name(name),
                clean.text(role),
                clean.text(description),
                clean.text(quote),
                clean.text(needs),
                clean.text(goals),
                photo_id,
            ),
        )

    for id_, position, title, persona_id, trigger, goal, scenario, low, high in rows[Kind.MAP]:
        if not _ident(id_):
            fixes.note("row")
            continue
        if persona_id is not None and persona_id not in accepted[Kind.PERSONA]:
            fixes.note("missing reference")
            persona_id = None
        low, high = clean.integer(low, 1), clean.integer(high, 5)
        try:
            rules.check_scale(low, high)
        except Exception:  # noqa: BLE001 - a hostile value may fail the check any way: it is replaced
            fixes.note("scale")
            low, high = 1, 5
        accept(
            Kind.MAP,
            id_,
            JourneyMap(
                id_,
                clean.integer(position, 2**31),
                clean.name(title),
                persona_id,
                clean.text(trigger),
                clean.text(goal),
                clean.text(scenario),
                low,
                high,
            ),
        )
    maps = accepted[Kind.MAP]

    for id_, map_id, position, name, icon in rows[Kind.CHANNEL]:
        if not _ident(id_) or map_id not in maps:
            fixes.note("orphan")
            continue
        if icon not in rules.CHANNEL_ICONS:
            fixes.note("icon")
            icon = "custom"
        accept(Kind.CHANNEL, id_, Channel(id_, map_id, clean.integer(position, 2**31), clean.name(name), icon))

    for id_, map_id, position, name, color in rows[Kind.PHASE]:
        if not _ident(id_) or map_id not in maps:
            fixes.note("orphan")
            continue
        accept(
            Kind.PHASE, id_, Phase(id_, map_id, clean.integer(position, 2**31), clean.name(name), clean.color(color))
        )
    phases = accepted[Kind.PHASE]

    for id_, phase_id, position, name, width in rows[Kind.STEP]:
        if not _ident(id_) or phase_id not in phases:
            fixes.note("orphan")
            continue
        width = clean.number(width)
        try:
            width = rules.check_width(width if width is not None else 0.0)
        except Exception:  # noqa: BLE001 - a hostile value may fail the check any way: it is replaced
            fixes.note("width")
            width = 0.0
        accept(Kind.STEP, id_, Step(id_, phase_id, clean.integer(position, 2**31), clean.name(name), width))
    steps = accepted[Kind.STEP]
    step_map = {step.id: phases[step.phase_id].map_id for step in steps.values()}

    for id_, map_id, position, kind, title, color in rows[Kind.LANE]:
        if not _ident(id_) or map_id not in maps:
            fixes.note("orphan")
            continue
        try:
            kind = LaneKind(kind)
        except ValueError:
            fixes.note("lane kind")
            kind = LaneKind.CUSTOM
        accept(
            Kind.LANE,
            id_,
            Lane(id_, map_id, clean.integer(position, 2**31), kind, clean.name(title), clean.color(color)),
        )
    lanes = accepted[Kind.LANE]

    def cell_ok(lane_id, step_id, want) -> bool:
        lane = lanes.get(lane_id)
        ok = (
            lane is not None
            and step_map.get(step_id) == lane.map_id
            and (lane.kind.holds_cards if want is None else lane.kind is want)
        )
        if not ok:
            fixes.note("orphan")
        return ok

    # Cards are most of a big file, so they take a shorter road: the cell check
    # is a table lookup, and each card is built once, at its final position
    # (renumbering 100,000 built cards took longer than reading them).
    # No card whose lane exists is left out: a card whose step is lost (or in
    # another map) goes to a step made for it at the end of its lane's map, and
    # one in a lane that holds no cards to a lane made for it; a card whose id
    # is unusable or taken gets a new one.
    card_lanes = {lane.id: lane.map_id for lane in lanes.values() if lane.kind.holds_cards}
    recovered = _RecoveredPlaces(accepted, new_ids, names)
    cells: dict[tuple, list] = defaultdict(list)
    seen_cards: set = set()
    for number, (id_, lane_id, step_id, position, text, color) in enumerate(rows[Kind.CARD]):
        if number % 10_000 == 9_999:
            check_time()
        lane_map = card_lanes.get(lane_id)
        if lane_map is None or step_map.get(step_id) != lane_map:
            lane = lanes.get(lane_id)
            if lane is None:
                fixes.note("orphan")
                continue
            fixes.note("recovered card")
            if lane_map is None:
                lane_id = recovered.lane(lane.map_id)
            if step_map.get(step_id) != lane.map_id:
                step_id = recovered.step(lane.map_id)
            position = 2**31 - 1  # after the cards already there
        if not _ident(id_) or id_ in seen_cards:
            fixes.note("row" if not _ident(id_) else "duplicate")
            id_ = new_ids.new("card", f"{lane_id}|{step_id}|{number}")
        seen_cards.add(id_)
        cells[(lane_id, step_id)].append((clean.integer(position, 2**31), id_, number, text, color))
    cards = accepted[Kind.CARD]
    for (lane_id, step_id), members in cells.items():
        members.sort()
        for index, (position, id_, _number, text, color) in enumerate(members):
            if position != index:
                fixes.note("order")
            cards[id_] = Card(id_, lane_id, step_id, index, clean.text(text), clean.color(color))
    check_time()

    for lane_id, step_id, score, note in rows[Kind.EMOTION]:
        if not cell_ok(lane_id, step_id, LaneKind.EMOTION):
            continue
        journey = maps[lanes[lane_id].map_id]
        score = clean.integer(score, journey.scale_min)
        if not journey.scale_min <= score <= journey.scale_max:
            fixes.note("score")
            score = min(max(score, journey.scale_min), journey.scale_max)
        accept(Kind.EMOTION, (lane_id, step_id), Emotion(lane_id, step_id, score, clean.text(note)))

    channel_sets: dict[tuple, set] = defaultdict(set)
    channels = accepted[Kind.CHANNEL]
    for lane_id, step_id, channel_id in rows[Kind.STEP_CHANNELS]:
        if cell_ok(lane_id, step_id, LaneKind.CHANNELS):
            channel = channels.get(channel_id)
            if channel is not None and channel.map_id == lanes[lane_id].map_id:
                channel_sets[(lane_id, step_id)].add(channel_id)
            else:
                fixes.note("missing reference")
    for (lane_id, step_id), chosen in channel_sets.items():
        accept(Kind.STEP_CHANNELS, (lane_id, step_id), StepChannels(lane_id, step_id, frozenset(chosen)))

    for lane_id, step_id, value, unit, source in rows[Kind.METRIC]:
        if cell_ok(lane_id, step_id, LaneKind.METRICS):
            value = clean.number(value)
            if value is not None:
                accept(
                    Kind.METRIC,
                    (lane_id, step_id),
                    Metric(lane_id, step_id, value, clean.name(unit), clean.text(source)),
                )

    for lane_id, step_id, image_id in rows[Kind.STEP_IMAGE]:
        if cell_ok(lane_id, step_id, LaneKind.IMAGE):
            if image_id in accepted[Kind.IMAGE]:
                accept(Kind.STEP_IMAGE, (lane_id, step_id), StepImage(lane_id, step_id, image_id))
            else:
                fixes.note("missing reference")

    _give_every_phase_a_step(accepted, fixes, new_ids)
    records = _renumbered(accepted, fixes, done=(Kind.CARD,))
    check_time()
    return records, fixes


class _RecoveredPlaces:
    """The phase, step and lane made (once per map) for cards whose cell was lost."""

    def __init__(self, accepted: dict[Kind, dict], new_ids: _NewIds, names: RecoveryNames) -> None:
        self.accepted, self.new_ids, self.names = accepted, new_ids, names
        self._steps: dict[str, str] = {}
        self._lanes: dict[str, str] = {}

    def step(self, map_id: str) -> str:
        if map_id not in self._steps:
            phase_id = self.new_ids.new("phase", f"recovered|{map_id}")
            self.accepted[Kind.PHASE][phase_id] = Phase(phase_id, map_id, 2**31 - 1, self.names.phase)
            step_id = self.new_ids.new("step", f"recovered|{map_id}")
            self.accepted[Kind.STEP][step_id] = Step(step_id, phase_id, 0, self.names.step)
            self._steps[map_id] = step_id
        return self._steps[map_id]

    def lane(self, map_id: str) -> str:
        if map_id not in self._lanes:
            lane_id = self.new_ids.new("lane", f"recovered|{map_id}")
            self.accepted[Kind.LANE][lane_id] = Lane(lane_id, map_id, 2**31 - 1, LaneKind.CUSTOM, self.names.lane)
            self._lanes[map_id] = lane_id
        return self._lanes[map_id]


def _give_every_phase_a_step(accepted: dict[Kind, dict], fixes: Fixes, new_ids: _NewIds) -> None:
    with_steps = {step.phase_id for step in accepted[Kind.STEP].values()}
    for phase in list(accepted[Kind.PHASE].values()):
        if phase.id not in with_steps:
            fixes.note("phase without step")
            step_id = new_ids.new("step", f"phase|{phase.id}")
            accepted[Kind.STEP][step_id] = Step(step_id, phase.id, 0)


def _renumbered(accepted: dict[Kind, dict], fixes: Fixes, done=()) -> list:
    """Positions 0..n-1 in every sibling group, keeping the stored order
    (the kinds in ``done`` were numbered while they were read)."""
    records: list = []
    for kind, table in accepted.items():
        if kind in done or not table or not hasattr(next(iter(table.values())), "position"):
            records.extend(table.values())
            continue
        groups = defaultdict(list)
        for record in table.values():
            groups[group_of(kind, record)].append(record)
        order = attrgetter("position", "id")
        for members in groups.values():
            members.sort(key=order)
            for index, record in enumerate(members):
                if record.position != index:
                    fixes.note("order")
                    record = _at_position(record, index)
                records.append(record)
    return records


def _at_position(record, index: int):
    # Built directly: dataclasses.replace took 15 us a record, and a hostile
    # file may need every one of 100,000 cards renumbered.
    cls = type(record)
    values = [getattr(record, name) for name in cls.__dataclass_fields__]
    values[list(cls.__dataclass_fields__).index("position")] = index
    return cls(*values)


def load_document(
    conn: sqlite3.Connection, names: RecoveryNames | None = None, check_time: Callable[[], None] = lambda: None
) -> tuple[Document, Fixes]:
    records, fixes = read_records(conn, names, check_time)
    document = Document.from_records(records)
    check_time()
    return document, fixes
