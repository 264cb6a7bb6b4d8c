"""Mutation fuzzing of the open path: damaged project files must never crash us.

Sound project files are damaged in the ways disks, USB sticks and mail
programs damage files (flipped bits, a broken header, a file cut short,
zeroed or swapped pages, garbage at the end, a broken b-tree page header)
and each mutant is opened the way the editor opens a file. Every open must
end within 2 s in success or in our own ``ProjectFileError``: any other
exception, a hang or a crash of the process is a finding, and the mutant's
bytes must be the same after the open as before.

The mutants run in child processes (a crash inside SQLite would otherwise
take the harness with it); mutant ``i`` of a run is always the same file.

Run it long: ``python tests/reliability/fuzz_open.py --mutants 200000``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import struct
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

HANG_SECONDS = 2.0
PAGE = 4096
MUTATIONS = (
    "flip1",
    "flip8",
    "flip64",
    "header",
    "truncate",
    "zero_page",
    "swap_pages",
    "garbage_tail",
    "btree_header",
    "side_file",
)
SIDE_SUFFIXES = ("-wal", "-journal")


def mutate(data: bytes, rng: random.Random, sides: dict | None = None) -> tuple[str, bytes, dict]:
    """One damaged copy of ``data`` and its side files (``{suffix: bytes}``, a
    -wal or hot -journal another program left): (which mutation, the bytes,
    the side files). ``side_file`` damages a side file instead of the file."""
    how = rng.choice(MUTATIONS)
    sides = dict(sides or {})
    if how == "side_file":
        if not sides:
            how = "flip8"
        else:
            suffix = rng.choice(sorted(sides))
            side = bytearray(sides[suffix])
            if rng.random() < 0.3:
                del side[rng.randrange(len(side)) :]
            else:
                for _ in range(rng.choice([1, 8, 64])):
                    bit = rng.randrange(len(side) * 8)
                    side[bit // 8] ^= 1 << (bit % 8)
            sides[suffix] = bytes(side)
            return how, data, sides
    out = bytearray(data)
    size = len(out)
    page_size = struct.unpack(">H", data[16:18])[0] or PAGE
    pages = max(1, size // page_size)
    if how.startswith("flip"):
        for _ in range(int(how[4:])):
            bit = rng.randrange(size * 8)
            out[bit // 8] ^= 1 << (bit % 8)
    elif how == "header":
        for _ in range(rng.randint(1, 8)):
            out[rng.randrange(100)] = rng.randrange(256)
    elif how == "truncate":
        cut = rng.choice([rng.randrange(size), rng.randrange(pages) * page_size])
        del out[cut:]
    elif how == "zero_page":
        page = rng.randrange(pages)
        out[page * page_size : (page + 1) * page_size] = bytes(page_size)
    elif how == "swap_pages" and pages > 1:
        a, b = rng.sample(range(pages), 2)
        pa, pb = bytes(out[a * page_size : (a + 1) * page_size]), bytes(out[b * page_size : (b + 1) * page_size])
        out[a * page_size : (a + 1) * page_size], out[b * page_size : (b + 1) * page_size] = pb, pa
    elif how == "garbage_tail":
        out += rng.randbytes(rng.choice([1, 100, page_size, 3 * page_size + 7]))
    elif how == "btree_header":
        page = rng.randrange(pages)
        start = page * page_size + (100 if page == 0 else 0)  # page 1's b-tree header follows the file header
        for _ in range(rng.randint(1, 4)):
            offset = start + rng.randrange(12)
            if offset < size:
                out[offset] = rng.randrange(256)
    return how, bytes(out), sides


CHILD = """
import hashlib, json, random, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from fuzz_open import mutate, HANG_SECONDS, SIDE_SUFFIXES
from journeymapper.persistence import ProjectFileError, read_project

def bundle(path):
    sides = {s: Path(path + s).read_bytes() for s in SIDE_SUFFIXES if Path(path + s).exists()}
    return Path(path).read_bytes(), sides

seeds = [bundle(p) for p in json.loads(sys.argv[2])]
first, last, run_seed, folder, progress = int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], Path(sys.argv[6]), Path(sys.argv[7])
target = folder / "mutant.jmap"
with open(progress, "a", encoding="utf-8") as log:
    for index in range(first, last):
        rng = random.Random(f"{run_seed}-{index}")
        seed_index = rng.randrange(len(seeds))
        how, data, sides = mutate(seeds[seed_index][0], rng, seeds[seed_index][1])
        for leftover in folder.iterdir():
            leftover.unlink()
        target.write_bytes(data)
        for suffix, side in sides.items():
            Path(str(target) + suffix).write_bytes(side)
        written = {"mutant.jmap", *("mutant.jmap" + suffix for suffix in sides)}
        log.write(json.dumps({"i": index, "start": how}) + "\\n")
        log.flush()
        def digest():
            return hashlib.sha256(b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.name in written)).digest()
        before = digest()
        started = time.monotonic()
        outcome = "opened"
        try:
            read_project(target)
        except ProjectFileError as error:
            outcome = "refused:" + error.problem.value
        except BaseException as error:
            outcome = "exception:" + type(error).__name__ + ": " + str(error)[:200]
        elapsed = time.monotonic() - started
        changed = digest() != before
        leftovers = sorted(p.name for p in folder.iterdir() if p.name not in written)
        log.write(json.dumps({"i": index, "how": how, "outcome": outcome, "seconds": round(elapsed, 4),
                              "changed": changed, "leftovers": leftovers}) + "\\n")
        log.flush()
"""


@dataclass
class FuzzFigures:
    mutants: int = 0
    outcomes: Counter = field(default_factory=Counter)
    mutations: Counter = field(default_factory=Counter)
    crashes: list = field(default_factory=list)
    hangs: list = field(default_factory=list)
    exceptions: list = field(default_factory=list)
    changed: list = field(default_factory=list)
    slowest: float = 0.0

    @property
    def findings(self) -> int:
        return len(self.crashes) + len(self.hangs) + len(self.exceptions) + len(self.changed)


def _run_range(seeds: list[Path], first: int, last: int, run_seed: str) -> list[dict]:
    """Open mutants first..last-1 in child processes; a crashed child is restarted after its mutant."""
    results = []
    here = str(Path(__file__).resolve().parent)
    with tempfile.TemporaryDirectory(prefix="jm-fuzz-") as folder:
        progress = Path(folder) / "progress.jsonl"
        work = Path(folder) / "work"
        work.mkdir()
        next_index = first
        while next_index < last:
            progress.write_text("")
            child = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    CHILD,
                    here,
                    json.dumps([str(s) for s in seeds]),
                    str(next_index),
                    str(last),
                    run_seed,
                    str(work),
                    str(progress),
                ],
                capture_output=True,
                text=True,
            )
            lines = [json.loads(line) for line in progress.read_text().splitlines() if line.strip()]
            done = [line for line in lines if "outcome" in line]
            results.extend(done)
            started = [line for line in lines if "start" in line]
            if child.returncode == 0 and (not done or done[-1]["i"] == last - 1):
                break
            # The child died inside a mutant's open: that mutant is a crash finding.
            crashed = started[-1]["i"] if started else next_index
            results.append(
                {
                    "i": crashed,
                    "how": started[-1]["start"] if started else "?",
                    "outcome": f"crash: exit {child.returncode} {child.stderr[-300:]}",
                    "seconds": 0.0,
                    "changed": False,
                    "leftovers": [],
                }
            )
            next_index = crashed + 1
            for leftover in work.iterdir():
                leftover.unlink()
    return results


def run(seeds: list[Path], mutants: int, workers: int = 2, run_seed: str = "jm", batch: int = 2500) -> FuzzFigures:
    figures = FuzzFigures()
    ranges = [(start, min(start + batch, mutants)) for start in range(0, mutants, batch)]
    with ThreadPoolExecutor(workers) as pool:
        for results in pool.map(lambda r: _run_range(seeds, r[0], r[1], run_seed), ranges):
            for result in results:
                figures.mutants += 1
                figures.mutations[result["how"]] += 1
                outcome = result["outcome"]
                figures.outcomes[outcome.split(":")[0] if not outcome.startswith("refused") else outcome] += 1
                figures.slowest = max(figures.slowest, result["seconds"])
                if outcome.startswith("crash"):
                    figures.crashes.append(result)
                elif outcome.startswith("exception"):
                    figures.exceptions.append(result)
                if result["seconds"] > HANG_SECONDS:
                    figures.hangs.append(result)
                if result["changed"] or result["leftovers"]:
                    figures.changed.append(result)
    return figures


def make_seeds(folder: Path) -> list[Path]:
    """Sound projects to damage: the sample (with pictures) and a plain template, each
    also with side files another program left (committed changes in a -wal; a
    crashed write's hot -journal)."""
    from journeymapper.app.new_project import project_from_template, sample_project
    from journeymapper.content.markers import untranslated
    from journeymapper.content.templates import DEFAULT_TEMPLATE
    from journeymapper.persistence import write_project

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from hostile_corpus import _hot_journal, _wal_with_commits

    seeds = [
        folder / "sample.jmap",
        folder / "template.jmap",
        folder / "sample-wal.jmap",
        folder / "template-journal.jmap",
    ]
    write_project(seeds[0], sample_project(untranslated))
    write_project(seeds[1], project_from_template(DEFAULT_TEMPLATE, untranslated))
    seeds[2].write_bytes(seeds[0].read_bytes())
    _wal_with_commits(seeds[2])
    seeds[3].write_bytes(seeds[1].read_bytes())
    _hot_journal(seeds[3])
    return seeds


def report(figures: FuzzFigures) -> str:
    lines = [
        f"mutants opened: {figures.mutants}",
        "mutations: " + ", ".join(f"{k} {v}" for k, v in sorted(figures.mutations.items())),
        "outcomes: " + ", ".join(f"{k} {v}" for k, v in figures.outcomes.most_common()),
        (
            f"crashes: {len(figures.crashes)}, hangs over {HANG_SECONDS:.0f} s: {len(figures.hangs)}, "
            f"other exceptions: {len(figures.exceptions)}, files changed or written beside: "
            f"{len(figures.changed)}, slowest open: {figures.slowest:.2f} s"
        ),
    ]
    for finding in (figures.crashes + figures.exceptions + figures.hangs + figures.changed)[:10]:
        lines.append(f"  finding: {finding}")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", type=int, default=200_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--seed", default="jm", help="run seed: the same seed makes the same mutants")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="jm-fuzz-seeds-") as folder:
        figures = run(make_seeds(Path(folder)), args.mutants, args.workers, args.seed)
    print(report(figures))
    print(f"{time.monotonic() - started:.0f} s, {args.workers} workers")
    return 1 if figures.findings else 0


if __name__ == "__main__":
    sys.exit(main())
