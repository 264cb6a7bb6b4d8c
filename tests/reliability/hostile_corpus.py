"""Valid-but-hostile project files, made by hand from the sample.

Each entry takes a sound project and turns it into something a damaged
disk, a careless script or an attacker could send: SQL that runs on its
own (triggers, views), a schema that is not ours, values no editor would
write (NaN, 1e300, 20 MB, invalid UTF-8), rows that point at nothing, and
sheer size. Every file must be refused with our own clear error, or open
with its values made safe; nothing may be written to it, and a file that
opens must show a map, not a blank canvas.

The files are built by code rather than kept as binaries, so each shows
what it does. ``build_corpus(folder)`` writes them all.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from journeymapper.persistence import FileProblem

REFUSED = "refused"
OPENED = "opened"


@dataclass(frozen=True)
class Hostile:
    name: str
    what: str
    build: Callable[[Path], None]  # changes the copy of the sample at the path
    expect: str  # REFUSED or OPENED
    problems: tuple = ()  # for REFUSED: the FileProblems that are right


def _sql(*statements: str, params: tuple = ()) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        conn = sqlite3.connect(path)
        for statement in statements:
            conn.execute(statement, params[: statement.count("?")]) if "?" in statement else conn.execute(statement)
        conn.commit()
        conn.close()

    return build


def _first(path: Path, sql: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()
    finally:
        conn.close()


def _many_cards(count: int) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        conn = sqlite3.connect(path)
        steps = [r[0] for r in conn.execute("SELECT id FROM step")]
        lanes = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM lane WHERE kind IN ('actions', 'thoughts', 'pain_points', 'opportunities')"
            )
        ]
        rows = (
            (
                uuid.uuid4().hex,
                lanes[i % len(lanes)],
                steps[(i // len(lanes)) % len(steps)],
                1000 + i,
                f"kaart {i}: de klant twijfelt over de bezorgtijd",
                "",
            )
            for i in range(count)
        )
        conn.executemany("INSERT INTO card VALUES (?, ?, ?, ?, ?, ?)", rows)
        conn.commit()
        conn.close()

    return build


def _header(offset: int, fmt: str, value) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        with open(path, "r+b") as handle:
            handle.seek(offset)
            handle.write(struct.pack(fmt, value))

    return build


def _redefined(table: str, old: str, new: str) -> Callable[[Path], None]:
    """``table`` made again with ``old`` in its statement replaced by ``new``: the
    same names, another definition (a file built to pass a check of names)."""

    def build(path: Path) -> None:
        conn = sqlite3.connect(path)
        sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
        assert old in sql, (old, sql)
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        generated = new.split()[0] if " AS (" in new else None  # SQLite computes it; nothing is copied into it
        kept = [c for c in columns if c != generated]
        indexes = [
            r[0]
            for r in conn.execute(
                "SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,)
            )
        ]
        conn.execute(f"ALTER TABLE {table} RENAME TO old_{table}")
        conn.execute(sql.replace(old, new))
        conn.execute(f"INSERT INTO {table} ({', '.join(kept)}) SELECT {', '.join(kept)} FROM old_{table}")
        conn.execute(f"DROP TABLE old_{table}")
        for index in indexes:
            conn.execute(index)
        conn.commit()
        conn.close()

    return build


def _wide_grid(steps: int, lanes: int) -> Callable[[Path], None]:
    """One map given ``steps`` more steps and ``lanes`` more lanes: a few megabytes whose
    layout (a cell for every step of every lane) would take gigabytes."""

    def build(path: Path) -> None:
        conn = sqlite3.connect(path)
        map_id, phase_id = conn.execute("SELECT map_id, id FROM phase LIMIT 1").fetchone()
        conn.executemany(
            "INSERT INTO step VALUES (?, ?, ?, ?, 0)",
            ((f"extra-step-{i}", phase_id, 100 + i, f"stap {i}") for i in range(steps)),
        )
        conn.executemany(
            "INSERT INTO lane VALUES (?, ?, ?, 'actions', ?, '')",
            ((f"extra-lane-{i}", map_id, 100 + i, f"baan {i}") for i in range(lanes)),
        )
        conn.commit()
        conn.close()

    return build


def _text_of(total_mb: int) -> Callable[[Path], None]:
    """Cards whose texts add up to ``total_mb`` MB, each under SQLite's value limit."""

    def build(path: Path) -> None:
        conn = sqlite3.connect(path)
        for index in range(total_mb // 16 + 1):
            conn.execute("UPDATE card SET text = ? WHERE rowid = ?", ("y" * (16 * 2**20), index + 1))
        conn.commit()
        conn.close()

    return build


WAL_TEXT = "in de WAL vastgelegd"
UNCOMMITTED_TEXT = "nooit vastgelegd"


def _wal_with_commits(path: Path) -> None:
    """A file in WAL mode whose last commits are still in its -wal file (another
    program has it open, or closed it without a checkpoint)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    base = path.read_bytes()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE card SET text = ? WHERE rowid = 1", (WAL_TEXT,))
    conn.commit()
    wal = Path(f"{path}-wal").read_bytes()
    conn.close()  # checkpoints into the file and removes the -wal: put both back as they were
    path.write_bytes(base)
    Path(f"{path}-wal").write_bytes(wal)


def _hot_journal(path: Path) -> None:
    """Another program crashed inside a write: the file holds pages it never
    committed, and its -journal the pages as they were."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")  # spill dirty pages into the file before the commit
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE card SET text = ?", (UNCOMMITTED_TEXT * 20,))
    conn.execute("UPDATE phase SET name = ?", (UNCOMMITTED_TEXT,))  # (a template has no cards)
    crashed, journal = path.read_bytes(), Path(f"{path}-journal").read_bytes()
    conn.execute("ROLLBACK")
    conn.close()
    path.write_bytes(crashed)
    Path(f"{path}-journal").write_bytes(journal)


def _nan_on_disk(path: Path) -> None:
    """NaN widths and figures. SQLite turns a NaN it is given into NULL, so the
    values are written as a marker number and the marker's bytes are then
    overwritten with NaN's, as a hand-made file would hold them."""
    marker = 12345.678901
    _sql("UPDATE step SET width = ?", "UPDATE metric SET value = ?", params=(marker,))(path)
    data = path.read_bytes()
    packed = struct.pack(">d", marker)
    assert packed in data
    path.write_bytes(data.replace(packed, struct.pack(">d", float("nan"))))


def _duplicate_ids(path: Path) -> None:
    """The same id for a card and a lane, and a card id used in two tables' worth of rows."""
    conn = sqlite3.connect(path)
    lane_id = conn.execute("SELECT id FROM lane LIMIT 1").fetchone()[0]
    conn.execute("UPDATE card SET id = ? WHERE rowid = (SELECT min(rowid) FROM card)", (lane_id,))
    phase_id = conn.execute("SELECT id FROM phase LIMIT 1").fetchone()[0]
    conn.execute("UPDATE step SET id = ? WHERE rowid = (SELECT max(rowid) FROM step)", (phase_id,))
    conn.commit()
    conn.close()


def _cycle_of_references(path: Path) -> None:
    """A step whose phase is a step id, and a map whose persona is a map id."""
    conn = sqlite3.connect(path)
    step_id = conn.execute("SELECT id FROM step LIMIT 1").fetchone()[0]
    conn.execute("UPDATE step SET phase_id = ? WHERE rowid = (SELECT max(rowid) FROM step)", (step_id,))
    conn.execute("UPDATE journey_map SET persona_id = id")
    conn.commit()
    conn.close()


CORPUS: tuple[Hostile, ...] = (
    # -- SQL that would run by itself, and a schema that is not ours ---------------------
    Hostile(
        "trigger-wipes-cards",
        "a hidden trigger deletes every card on the first edit",
        _sql("CREATE TRIGGER wipe AFTER UPDATE ON card BEGIN DELETE FROM card; END"),
        REFUSED,
        (FileProblem.UNSAFE,),
    ),
    Hostile(
        "trigger-on-insert",
        "a trigger that rewrites what is inserted",
        _sql("CREATE TRIGGER spy AFTER INSERT ON card BEGIN UPDATE card SET text = 'pwned'; END"),
        REFUSED,
        (FileProblem.UNSAFE,),
    ),
    Hostile(
        "view",
        "a view beside the tables",
        _sql("CREATE VIEW everything AS SELECT * FROM card"),
        REFUSED,
        (FileProblem.UNSAFE,),
    ),
    Hostile(
        "recursive-view",
        "a view that never ends",
        _sql("CREATE VIEW forever AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r"),
        REFUSED,
        (FileProblem.UNSAFE,),
    ),
    Hostile(
        "extra-table",
        "a table we do not know",
        _sql("CREATE TABLE extra (x)", "INSERT INTO extra VALUES (1)"),
        REFUSED,
        (FileProblem.UNSAFE,),
    ),
    Hostile(
        "extra-column",
        "a column we do not know",
        _sql("ALTER TABLE card ADD COLUMN secret TEXT"),
        REFUSED,
        (FileProblem.UNSAFE,),
    ),
    Hostile(
        "expression-index",
        "an index that calls a function on every row",
        _sql("CREATE INDEX slow ON card (length(text) * 7 + abs(position))"),
        REFUSED,
        (FileProblem.UNSAFE,),
    ),
    # -- our names, other definitions: a check of names passes them ---------------------
    Hostile(
        "generated-text-column",
        "card text redefined as a generated column that makes 2 MB for every read",
        _redefined("card", "text VARCHAR NOT NULL", "text VARCHAR AS (zeroblob(2000000)) VIRTUAL"),
        REFUSED,
        (FileProblem.UNSAFE,),
    ),
    Hostile(
        "stored-generated-column",
        "a step name computed and stored from other columns",
        _redefined("step", "name VARCHAR NOT NULL", "name VARCHAR AS (phase_id || id) STORED"),
        REFUSED,
        (FileProblem.UNSAFE,),
    ),
    Hostile(
        "index-with-where",
        "our index's name, with a WHERE clause that runs on every row",
        _sql(
            "DROP INDEX ix_card_cell",
            "CREATE INDEX ix_card_cell ON card (lane_id, step_id) WHERE length(text) * 7 > abs(position)",
        ),
        REFUSED,
        (FileProblem.UNSAFE,),
    ),
    Hostile(
        "index-on-expression-same-name",
        "our index's name over an expression instead of columns",
        _sql("DROP INDEX ix_lane_map_id", "CREATE INDEX ix_lane_map_id ON lane (lower(map_id) || title)"),
        REFUSED,
        (FileProblem.UNSAFE,),
    ),
    Hostile(
        "check-constraint",
        "a CHECK clause that calls functions, hidden in our table",
        _redefined("phase", "color VARCHAR NOT NULL", "color VARCHAR NOT NULL CHECK (length(randomblob(1000)) > 0)"),
        REFUSED,
        (FileProblem.UNSAFE,),
    ),
    Hostile(
        "other-column-type",
        "a number column declared as text, with a default",
        _redefined("card", "position INTEGER NOT NULL", "position TEXT NOT NULL DEFAULT 'x'"),
        REFUSED,
        (FileProblem.UNSAFE,),
    ),
    Hostile(
        "unknown-collation",
        "a text column with a collation this program does not have",
        _redefined("lane", "title VARCHAR NOT NULL", "title VARCHAR NOT NULL COLLATE nocase"),
        REFUSED,
        (FileProblem.UNSAFE,),
    ),
    Hostile(
        "foreign-application-id",
        "another program's SQLite file",
        _sql("PRAGMA application_id = 1234"),
        REFUSED,
        (FileProblem.FOREIGN,),
    ),
    Hostile(
        "future-version",
        "made by a newer JourneyMapper",
        _sql("PRAGMA user_version = 99"),
        REFUSED,
        (FileProblem.NEWER_VERSION,),
    ),
    Hostile(
        "version-zero",
        "our id, but no schema version",
        _sql("PRAGMA user_version = 0"),
        REFUSED,
        (FileProblem.CORRUPT, FileProblem.FOREIGN, FileProblem.UNSAFE),
    ),
    Hostile("wal-mode", "a file left in write-ahead-log mode", _sql("PRAGMA journal_mode = WAL"), OPENED),
    Hostile("wal-with-commits", "committed changes still in a -wal file beside it", _wal_with_commits, OPENED),
    Hostile(
        "hot-journal", "a crashed write of another program: uncommitted pages and a -journal", _hot_journal, OPENED
    ),
    Hostile(
        "page-count-lies",
        "the header claims many more pages than the file has",
        _header(28, ">I", 10_000_000),
        REFUSED,
        (FileProblem.CORRUPT,),
    ),
    # -- values no editor writes --------------------------------------------------------------
    Hostile(
        "invalid-utf8",
        "names and texts that are not UTF-8",
        _sql("UPDATE card SET text = CAST(X'FFFE41C3' AS TEXT)", "UPDATE phase SET name = CAST(X'C328' AS TEXT)"),
        OPENED,
    ),
    Hostile(
        "text-20mb",
        "one card holding 20 MB of text",
        _sql("UPDATE card SET text = ? WHERE rowid = 1", params=("x" * 20_000_000,)),
        OPENED,
    ),
    Hostile("nan-sizes", "NaN widths and figures", _nan_on_disk, OPENED),
    Hostile(
        "infinite-sizes",
        "infinite widths and figures",
        _sql("UPDATE step SET width = 1e999", "UPDATE metric SET value = -1e999"),
        OPENED,
    ),
    Hostile(
        "huge-sizes",
        "widths and figures of 1e300",
        _sql("UPDATE step SET width = 1e300", "UPDATE metric SET value = 1e300", "UPDATE image SET width = 1000000000"),
        OPENED,
    ),
    Hostile(
        "negative-indices",
        "negative positions everywhere",
        _sql(
            "UPDATE card SET position = -position - 5",
            "UPDATE phase SET position = -1",
            "UPDATE lane SET position = -100",
        ),
        OPENED,
    ),
    Hostile(
        "huge-indices",
        "positions beyond any integer type we use",
        _sql("UPDATE card SET position = 9223372036854775807", "UPDATE step SET position = 4e18"),
        OPENED,
    ),
    Hostile(
        "wrong-types",
        "text where numbers belong, blobs where text belongs",
        _sql(
            "UPDATE card SET position = 'abc', text = X'00FF00'",
            "UPDATE emotion SET score = 'veel'",
            "UPDATE journey_map SET scale_min = 'x', scale_max = X'01'",
        ),
        OPENED,
    ),
    Hostile(
        "scale-out-of-range",
        "an emotion scale of a billion and scores outside it",
        _sql(
            "UPDATE journey_map SET scale_min = -1000000000, scale_max = 1000000000",
            "UPDATE emotion SET score = 2000000000",
        ),
        OPENED,
    ),
    Hostile(
        "control-characters",
        "control characters and bidi overrides in texts",
        _sql("UPDATE card SET text = ? WHERE rowid < 10", params=("a\x00b\x1b[31mc\u202edcba\u0007",)),
        OPENED,
    ),
    Hostile(
        "terminal-codes",
        "titles and names that would retitle, clear, or write the clipboard of a terminal "
        "printing them, and a path-like source",
        _sql(
            "UPDATE journey_map SET title = ?",
            "UPDATE persona SET name = ?",
            "UPDATE lane SET title = ? WHERE rowid = 1",
            "UPDATE phase SET name = ? WHERE rowid = 1",
            params=("\x1b]0;pwned\x07map\x1b[2J",),
        ),
        OPENED,
    ),
    Hostile(
        "terminal-codes-c1",
        "C1 controls (a lone CSI) and a clipboard write in card texts and notes",
        _sql(
            "UPDATE card SET text = ?",
            "UPDATE emotion SET note = ?",
            params=("\x9b31m\x1b]52;c;ZWNobyBoaQ==\x07\u2066x\u2069\r",),
        ),
        OPENED,
    ),
    Hostile(
        "bad-colours",
        "colours that are scripts and strings",
        _sql("UPDATE card SET color = 'javascript:alert(1)'", "UPDATE lane SET color = 'red; drop'"),
        OPENED,
    ),
    Hostile(
        "unknown-kinds",
        "lane kinds and channel icons we do not have",
        _sql("UPDATE lane SET kind = 'hack' WHERE rowid = 1", "UPDATE channel SET icon = '../../etc/passwd'"),
        OPENED,
    ),
    Hostile(
        "bad-images",
        "an image that is HTML, and one whose header lies",
        _sql("UPDATE image SET mime = 'text/html', data = X'3C7363726970743E' WHERE rowid = 1"),
        OPENED,
    ),
    # -- rows that point at nothing, and duplicates ---------------------------------------
    Hostile(
        "orphans",
        "cards, steps and cell values pointing at rows that do not exist",
        _sql(
            "UPDATE card SET lane_id = 'weg' WHERE rowid % 2 = 0",
            "UPDATE step SET phase_id = 'weg' WHERE rowid = 1",
            "UPDATE emotion SET step_id = 'weg' WHERE rowid = 1",
            "UPDATE step_channel SET channel_id = 'weg' WHERE rowid = 1",
            "UPDATE step_image SET image_id = 'weg'",
            "UPDATE persona SET photo_id = 'weg'",
            "UPDATE journey_map SET persona_id = 'weg'",
        ),
        OPENED,
    ),
    Hostile("duplicate-ids", "one id used by a card and a lane, and by a phase and a step", _duplicate_ids, OPENED),
    Hostile(
        "reference-cycles", "a step whose phase is a step; a map that is its own persona", _cycle_of_references, OPENED
    ),
    Hostile(
        "no-phases-no-lanes", "a map without phases or lanes", _sql("DELETE FROM phase", "DELETE FROM lane"), OPENED
    ),
    Hostile("no-maps", "a project with no map at all", _sql("DELETE FROM journey_map"), OPENED),
    Hostile(
        "ids-too-long",
        "ids of 10,000 characters",
        _sql("UPDATE card SET id = hex(randomblob(5000)) WHERE rowid < 5"),
        OPENED,
    ),
    # -- size -----------------------------------------------------------------------------------
    Hostile("100k-cards", "a hundred thousand cards", _many_cards(100_000), OPENED),
    Hostile("300k-cards", "more rows than an open may load", _many_cards(300_000), REFUSED, (FileProblem.TOO_LARGE,)),
    Hostile(
        "20k-by-20k-grid",
        "a map of 20,000 steps and 20,000 lanes in 5 MB",
        _wide_grid(20_000, 20_000),
        REFUSED,
        (FileProblem.TOO_LARGE,),
    ),
    Hostile(
        "600-steps",
        "a map of more steps than the editor lets a map have",
        _wide_grid(600, 0),
        REFUSED,
        (FileProblem.TOO_LARGE,),
    ),
    Hostile(
        "200-lanes",
        "a map of more lanes than the editor lets a map have",
        _wide_grid(0, 200),
        REFUSED,
        (FileProblem.TOO_LARGE,),
    ),
    Hostile("80mb-of-text", "cards whose texts add up to 80 MB", _text_of(80), REFUSED, (FileProblem.TOO_LARGE,)),
)


def build_corpus(folder: Path, sample: Path) -> list[tuple[Hostile, Path]]:
    """Every hostile file, each a changed copy of ``sample`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for entry in CORPUS:
        path = folder / f"{entry.name}.jmap"
        shutil.copyfile(sample, path)
        entry.build(path)
        made.append((entry, path))
    return made


def main() -> int:
    """Print each file's outcome and open time (the table in docs/reliability.md)."""
    import tempfile
    import time

    from journeymapper.app.new_project import sample_project
    from journeymapper.content.markers import untranslated
    from journeymapper.persistence import ProjectFileError, read_project, write_project

    print("| file | what it does | outcome | open (s) |")
    print("|---|---|---|---|")
    wrong = 0
    with tempfile.TemporaryDirectory(prefix="jm-hostile-") as folder:
        sample = Path(folder) / "sample.source"
        write_project(sample, sample_project(untranslated))
        for entry, path in build_corpus(Path(folder) / "files", sample):
            started = time.perf_counter()
            try:
                _, fixes, _ = read_project(path)
                outcome = f"opened, {sum(fixes.values())} values repaired" if fixes else "opened"
                wrong += entry.expect != OPENED
            except ProjectFileError as error:
                outcome = f"refused: {error.problem.value}"
                wrong += entry.expect != REFUSED or error.problem not in entry.problems
            print(f"| {entry.name} | {entry.what} | {outcome} | {time.perf_counter() - started:.3f} |")
    return 1 if wrong else 0


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
