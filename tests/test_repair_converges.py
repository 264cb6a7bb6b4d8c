"""Made-up ids never collide, a repair converges, and no card that has a lane is lost.

Hypothesis damages a two-map project the way hand edits and merged files do:
ids shared between tables and between rows, long ids that share their first
characters, phases without steps beside steps named like the ids a loader
would make up, cards pointing at steps of the other map or at nothing. Then:
the file opens and every map lays out; every card whose lane exists is in the
document; one repair leaves a file that reads with nothing to fix (a second
repair makes no backup); and the repair kept the cards.
"""

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.app.repair import repair_project
from journeymapper.domain import Kind
from journeymapper.layout import compute_layout
from journeymapper.persistence import read_project, write_project

PREFIX = "p" * 48  # ids that agree in their first 48 characters
TABLES_WITH_IDS = ("card", "step", "phase", "lane", "channel")


def make_two_map_project(folder):
    from journeymapper.app.new_project import sample_project
    from journeymapper.content.markers import untranslated

    document = sample_project(untranslated)
    document.duplicate_map(document.maps()[0].id, "Tweede kaart")
    path = folder / "twee-kaarten.jmap"
    write_project(path, document)
    return path


@pytest.fixture(scope="module")
def two_map_project(tmp_path_factory):
    return make_two_map_project(tmp_path_factory.mktemp("source"))


mutation = st.one_of(
    st.tuples(st.just("phase without step"), st.integers(0, 1), st.sampled_from(["A", "B", "-step", "C" * 30])),
    st.tuples(st.just("card to other map's step"), st.integers(0, 200), st.integers(0, 200)),
    st.tuples(st.just("card to missing step"), st.integers(0, 200), st.just("")),
    st.tuples(st.just("card to missing lane"), st.integers(0, 200), st.just("")),
    st.tuples(st.just("card into emotion lane"), st.integers(0, 200), st.just("")),
    st.tuples(st.just("id taken from another row"), st.sampled_from(TABLES_WITH_IDS), st.integers(0, 200)),
    st.tuples(st.just("id too long"), st.sampled_from(TABLES_WITH_IDS), st.integers(0, 200)),
    st.tuples(st.just("step named like a made-up one"), st.integers(0, 200), st.just("")),
    st.tuples(st.just("step deleted"), st.integers(0, 200), st.just("")),
)


def _pick(conn, sql, index):
    rows = conn.execute(sql).fetchall()
    return rows[index % len(rows)] if rows else None


def damage(path, mutations) -> None:
    conn = sqlite3.connect(path)
    maps = [r[0] for r in conn.execute("SELECT id FROM journey_map ORDER BY position")]
    for number, (what, a, b) in enumerate(mutations):
        if what == "phase without step":
            conn.execute(
                "INSERT INTO phase VALUES (?, ?, ?, ?, '')",
                (f"{PREFIX}{b}{number}", maps[a % len(maps)], 90 + number, f"leeg {number}"),
            )
        elif what == "card to other map's step":
            card = _pick(conn, "SELECT c.rowid, l.map_id FROM card c JOIN lane l ON l.id = c.lane_id", a)
            step = _pick(
                conn,
                f"SELECT s.id FROM step s JOIN phase p ON p.id = s.phase_id "
                f"WHERE p.map_id != '{card[1] if card else ''}'",
                b,
            )
            if card and step:
                conn.execute("UPDATE card SET step_id = ? WHERE rowid = ?", (step[0], card[0]))
        elif what == "card to missing step":
            conn.execute(
                "UPDATE card SET step_id = 'weg' WHERE rowid = (SELECT rowid FROM card LIMIT 1 OFFSET ?)", (a % 40,)
            )
        elif what == "card to missing lane":
            conn.execute(
                "UPDATE card SET lane_id = 'weg' WHERE rowid = (SELECT rowid FROM card LIMIT 1 OFFSET ?)", (a % 40,)
            )
        elif what == "card into emotion lane":
            card = _pick(conn, "SELECT c.rowid, l.map_id FROM card c JOIN lane l ON l.id = c.lane_id", a)
            if card:
                lane = _pick(conn, f"SELECT id FROM lane WHERE kind = 'emotion' AND map_id = '{card[1]}'", 0)
                if lane:
                    conn.execute("UPDATE card SET lane_id = ? WHERE rowid = ?", (lane[0], card[0]))
        elif what == "id taken from another row":
            source = _pick(conn, " UNION ALL ".join(f"SELECT id FROM {t}" for t in TABLES_WITH_IDS), b)
            target = _pick(conn, f"SELECT rowid FROM {a}", b * 7 + 3)
            if source and target:
                conn.execute(f"UPDATE OR IGNORE {a} SET id = ? WHERE rowid = ?", (source[0], target[0]))
        elif what == "id too long":
            target = _pick(conn, f"SELECT rowid FROM {a}", b)
            if target:
                conn.execute(f"UPDATE OR IGNORE {a} SET id = ? WHERE rowid = ?", (PREFIX * 3 + str(number), target[0]))
        elif what == "step named like a made-up one":
            step = _pick(conn, "SELECT rowid FROM step", a)
            phase = _pick(conn, "SELECT id FROM phase", a // 3)
            if step and phase:
                conn.execute("UPDATE OR IGNORE step SET id = ? WHERE rowid = ?", (f"{phase[0][:48]}-step", step[0]))
        elif what == "step deleted":
            conn.execute("DELETE FROM step WHERE rowid = (SELECT rowid FROM step LIMIT 1 OFFSET ?)", (a % 12,))
    conn.commit()
    conn.close()


def cards_with_a_lane(path, document) -> int:
    """Card rows whose lane is a lane of the document as read (the lanes are checked first)."""
    lanes = {lane.id for lane in document.store.all(Kind.LANE)}
    conn = sqlite3.connect(path)
    try:
        return sum(1 for (lane_id,) in conn.execute("SELECT lane_id FROM card") if lane_id in lanes)
    finally:
        conn.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutations=st.lists(mutation, min_size=1, max_size=12))
def test_damaged_ids_open_lay_out_and_repair_in_one_run(two_map_project, tmp_path_factory, mutations):
    path = tmp_path_factory.mktemp("damaged") / "kaart.jmap"
    path.write_bytes(two_map_project.read_bytes())
    damage(path, mutations)

    document, fixes, _ = read_project(path)
    kept = cards_with_a_lane(path, document)
    assert document.store.count(Kind.CARD) == kept  # no card with a lane is left out
    for journey in document.maps():
        compute_layout(document, journey.id)  # no IndexError, no missing step
    for phase in document.store.all(Kind.PHASE):
        assert document.store.group_size(Kind.STEP, phase.id) >= 1

    first = repair_project(path)
    assert sum(first.fixes.values()) == sum(fixes.values())
    again, fixes_after, _ = read_project(path)
    assert not fixes_after, fixes_after  # converged in one run
    assert again.store.count(Kind.CARD) == kept
    assert again == document  # the same ids: made up the same way, and written as read
    assert repair_project(path).backup is None  # nothing to do, nothing written


def test_two_step_less_phases_whose_ids_share_48_characters(two_map_project, tmp_path):
    """The case found in review: both got the same made-up step, so one phase
    had none (export failed with IndexError) and repairs never ended."""
    path = tmp_path / "kaart.jmap"
    path.write_bytes(two_map_project.read_bytes())
    damage(path, [("phase without step", 0, "A"), ("phase without step", 0, "B")])
    document, fixes, _ = read_project(path)
    assert fixes["phase without step"] == 2
    for journey in document.maps():
        compute_layout(document, journey.id)
    assert repair_project(path).backup is not None
    assert not read_project(path)[1]


def test_a_step_named_like_a_made_up_one_keeps_its_cards(two_map_project, tmp_path):
    """A step-less phase beside another map's step named ``<phase id>-step``: the
    made-up step took that step's place and a second repair deleted its cards."""
    path = tmp_path / "kaart.jmap"
    path.write_bytes(two_map_project.read_bytes())
    conn = sqlite3.connect(path)
    first_map, second_map = (r[0] for r in conn.execute("SELECT id FROM journey_map ORDER BY position"))
    phase_id = "fase-zonder-stap"
    conn.execute("INSERT INTO phase VALUES (?, ?, 99, 'leeg', '')", (phase_id, first_map))
    step_rowid, step_id = conn.execute(
        "SELECT s.rowid, s.id FROM step s JOIN phase p ON p.id = s.phase_id WHERE p.map_id = ? "
        "AND EXISTS (SELECT 1 FROM card WHERE step_id = s.id)",
        (second_map,),
    ).fetchone()
    conn.execute("UPDATE card SET step_id = ? WHERE step_id = ?", (f"{phase_id}-step", step_id))
    conn.execute("UPDATE step SET id = ? WHERE rowid = ?", (f"{phase_id}-step", step_rowid))
    conn.commit()
    cards = conn.execute("SELECT count(*) FROM card").fetchone()[0]
    conn.close()

    repair_project(path)
    repair_project(path)
    document, fixes, _ = read_project(path)
    assert not fixes
    assert document.store.count(Kind.CARD) == cards


def test_cards_whose_cell_is_lost_are_kept_in_a_named_place(two_map_project, tmp_path):
    path = tmp_path / "kaart.jmap"
    path.write_bytes(two_map_project.read_bytes())
    damage(path, [("card to missing step", 0, ""), ("card to missing step", 5, "")])
    document, fixes, _ = read_project(path)
    assert fixes["recovered card"] == 2
    recovered = {s.id: s for s in document.store.all(Kind.STEP) if s.name == "Recovered cards"}
    assert 1 <= len(recovered) <= 2  # one per map that lost cards
    assert len([c for c in document.store.all(Kind.CARD) if c.step_id in recovered]) == 2
    for step in recovered.values():
        assert document.store.require(Kind.PHASE, step.phase_id).name == "Recovered"
