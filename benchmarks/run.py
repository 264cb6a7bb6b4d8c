"""Every path a user waits on, against its floor and its budget (issues 7 and 18).

    QT_QPA_PLATFORM=offscreen python benchmarks/run.py [--cards 100 2000 20000] [--runs 3]

Generates maps (Dutch texts, every lane kind, emotion scores, channels) and
measures each path in fresh processes (``benchmarks/probes.py``). What each
clock includes:

- start-up: from the process's start (as the parent starts it) to the first
  paint of the start screen, against a bare PySide6 window's first paint;
  "settled" when the last template preview is in;
- cold open: ``journeymapper map.jmap`` from the process's start to the map's
  first paint, and settled (every card item made, the working copy written);
- open in a running editor: File > Open with Qt and the editor loaded, to
  the first paint; repaints at fit-all and 100 %; a card drop with its repaint;
- whole commands (``export``, ``info``) from the process's start to its exit,
  with its peak memory: the sample to an A3 PDF; an A0 PDF against
  ``rsvg-convert`` drawing the same map as SVG, also a whole process; ``info``
  against Python and sqlite3 reading every row of the file;
- a durable edit against a raw sqlite3 commit; save and Save As;
- the longest the editor's event loop stands still (a 5 ms timer's longest
  gap, until the work an action set going is done): opening, a drop and
  exports at 20,000 cards; select all, delete, its undo, cut, paste of as many
  lines as the map has cards, opening the export dialog and changing one of
  its options, at 2,000 cards and up; the first paint after each zoom step;
- PDF and PNG export inside one process against ``rsvg-convert`` (up to 2,000
  cards), and ``export --all`` of 10 maps of 2,000 cards against one map
  (peak memory).

Prints a table of medians with peak memory and each budget's verdict, writes
``benchmarks/results/run.json``, and exits 1 when a budget is missed (the
benchmark fails, never the tests).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBES = HERE / "probes.py"

EXPORTS = {
    "pdf_a0": ("pdf", ["--paper", "A0"]),
    "pdf_a0_tiles_a4": ("pdf", ["--paper", "A0", "--tile", "A4"]),
    "png_a0_150": ("png", ["--paper", "A0", "--dpi", "150"]),
    "png_a0_300": ("png", ["--paper", "A0", "--dpi", "300"]),
}
FLOORS = {"pdf_a0": ("pdf", ["-f", "pdf"]), "png_a0_300": ("png", ["-f", "png", "-d", "300", "-p", "300"])}


def probe(*args: str, ready: bool = False, env: dict | None = None, timeout: float = 600) -> dict:
    """Run one probe in a fresh process; with ``ready``, also the time from the process's
    start to its 'ready' line (and to 'settled', where it prints one)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as errors:
        child = subprocess.Popen(
            [sys.executable, str(PROBES), *args], stdout=subprocess.PIPE, stderr=errors, text=True, env=env
        )
        watchdog = threading.Timer(timeout, child.kill)  # a probe that hangs (a dialog waiting) fails, not the run
        watchdog.start()
        result, until_ready, until_settled = None, None, None
        try:
            for line in child.stdout:
                if line.startswith("ready") and until_ready is None:
                    until_ready = time.perf_counter() - start
                elif line.startswith("settled") and until_settled is None:
                    until_settled = time.perf_counter() - start
                elif line.startswith("RESULT "):
                    result = json.loads(line[7:])
            child.wait()
        finally:
            watchdog.cancel()
        if child.returncode != 0 or result is None:
            errors.seek(0)
            raise RuntimeError(f"probe {args[0]} failed: {errors.read()[-800:]}")
    if ready:
        result["start_to_ready"] = until_ready
        result["start_to_settled"] = until_settled
    return result


def whole(command: list[str], env: dict | None = None) -> tuple[float, float]:
    """A command as a user runs it: (seconds from its start to its exit, its peak memory in MB)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {child.returncode}")
    return seconds, usage.ru_maxrss / 1024


def journeymapper_command() -> list[str]:
    """``journeymapper`` as installed beside this Python (the console script), else ``python -m``."""
    script = Path(sys.executable).parent / "journeymapper"
    return [str(script)] if script.exists() else [sys.executable, "-m", "journeymapper"]


BARE_READ = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True)\n"
    "tables = [r[0] for r in conn.execute(\"SELECT name FROM sqlite_master WHERE type = 'table'\")]\n"
    "print(sum(len(conn.execute(f'SELECT * FROM \"{t}\"').fetchall()) for t in tables))\n"
)
INTERACTIONS = (
    "select_all",
    "delete_selection",
    "undo_delete",
    "cut",
    "paste",
    "export_dialog_open",
    "export_dialog_option",
)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(cards_list: list[int], runs: int, folder: Path, log) -> dict:
    sys.path.insert(0, str(HERE))
    from generate import generate
    from svg_map import svg_of

    from journeymapper.persistence import write_project

    figures: dict[str, list] = {}

    def add(name: str, value) -> None:
        figures.setdefault(name, []).append(value)

    env = dict(
        os.environ,
        JOURNEYMAPPER_STATE_DIR=str(folder / "state"),
        JOURNEYMAPPER_CONFIG_DIR=str(folder / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    command = journeymapper_command()
    for _ in range(runs):
        add("bare_window", probe("bare_window", ready=True, env=env)["start_to_ready"])
        screen = probe("start_screen", ready=True, env=env)
        add("start_screen", screen["start_to_ready"])
        add("start_screen_settled", screen["start_to_settled"])
        add("start_screen_peak_mb", screen.get("peak_mb", 0))
        figures["start_screen_loads"] = [{k: screen[k] for k in screen if k.endswith("_loaded")}]
    log("start-up measured")
    sample = folder / "sample.jmap"
    whole([*command, "sample", str(sample), "--force"], env=env)
    for _ in range(runs):
        seconds, memory = whole(
            [*command, "export", str(sample), "-o", str(folder / "sample.pdf"), "--paper", "A3"], env
        )
        add("cmd_sample_a3", seconds)
        add("cmd_sample_a3_peak_mb", memory)
    log("the sample exported to A3 PDF, whole commands")
    have_rsvg = shutil.which("rsvg-convert") is not None
    for cards in cards_list:
        path = folder / f"map-{cards}.jmap"
        document = generate(cards)
        write_project(path, document, overwrite=True)
        svg = folder / f"map-{cards}.svg"
        svg.write_text(svg_of(document, document.maps()[0].id, "A0"), encoding="utf-8")
        for _ in range(runs):
            working = folder / f"work-{cards}.jmap"
            shutil.copyfile(path, working)
            result = probe("editor", str(working), env=env)
            for key in ("open_first_paint", "repaint_fit", "repaint_100", "card_drop"):
                add(f"{key}@{cards}", result[key])
            add(f"editor_peak_mb@{cards}", result["peak_mb"])
            shutil.copyfile(path, working)
            saved = probe("save", str(working), str(folder), env=env)
            add(f"save@{cards}", saved["save"])
            add(f"save_as@{cards}", saved["save_as"])
        log(f"{cards} cards: editor, save")
        for _ in range(runs):
            working = folder / f"work-{cards}.jmap"
            shutil.copyfile(path, working)
            opened = probe("cold_open", str(working), ready=True, env=env, timeout=120)
            add(f"cold_open@{cards}", opened["start_to_ready"])
            add(f"cold_open_settled@{cards}", opened["start_to_settled"])
            add(f"cold_open_peak_mb@{cards}", opened["peak_mb"])
        log(f"{cards} cards: opened by a double-click, whole process")
        if cards >= 2000:
            for _ in range(runs):
                working = folder / f"work-{cards}.jmap"
                shutil.copyfile(path, working)
                acted = probe("interactions", str(working), str(cards), env=env)
                for name in INTERACTIONS:
                    add(f"{name}_longest_freeze@{cards}", acted[f"{name}_longest_freeze"])
                add(f"zoom_first_paint@{cards}", acted["zoom_first_paint"])
                add(f"interactions_peak_mb@{cards}", acted["peak_mb"])
            log(f"{cards} cards: the longest freezes of select all, delete, undo, cut, paste, the export dialog; zooms")
        for _ in range(runs):
            seconds, memory = whole([*command, "info", str(path)], env)
            add(f"cmd_info@{cards}", seconds)
            add(f"cmd_info_peak_mb@{cards}", memory)
            add(f"bare_read@{cards}", whole([sys.executable, "-c", BARE_READ, str(path)], env)[0])
            if cards <= 2000:
                seconds, memory = whole(
                    [*command, "export", str(path), "-o", str(folder / "cmd.pdf"), "--paper", "A0"], env
                )
                add(f"cmd_pdf_a0@{cards}", seconds)
                add(f"cmd_pdf_a0_peak_mb@{cards}", memory)
        log(f"{cards} cards: info and export as whole commands")
        if cards == 2000:
            several = folder / "ten-maps.jmap"
            write_project(several, generate(cards, maps=10), overwrite=True)
            png = ["--paper", "A0", "--dpi", "150"]
            for _ in range(runs):
                _, one = whole([*command, "export", str(path), "-o", str(folder / "one.png"), *png], env)
                add("cmd_png_one_peak_mb", one)
                out = folder / "all"
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir()
                _, every = whole([*command, "export", str(several), "--all", "-o", str(out / "map.png"), *png], env)
                add("cmd_png_all_peak_mb", every)
            log("export --all of 10 maps of 2,000 cards to PNG: peak memory")
        if cards >= 20000:
            for _ in range(runs):
                working = folder / f"work-{cards}.jmap"
                shutil.copyfile(path, working)
                stalls = probe("freezes", str(working), str(folder), env=env)
                for key, figure in stalls.items():
                    if key != "peak_mb":
                        add(f"{key}@{cards}", figure)
                add(f"freezes_peak_mb@{cards}", stalls["peak_mb"])
            log(f"{cards} cards: the longest freezes of opening, a drop and exports in the editor")
        if cards == 2000 or len(cards_list) == 1:
            working = folder / f"work-{cards}.jmap"
            shutil.copyfile(path, working)
            figures[f"edit@{cards}"] = probe("edits", str(working), "300", env=env)["edit"]
            figures[f"raw_commit@{cards}"] = probe("raw_commits", str(folder), "300", env=env)["edit"]
            log(f"{cards} cards: edits")
        for name, (suffix, options) in EXPORTS.items():
            for _ in range(runs):
                result = probe("export", str(path), str(folder / f"out.{suffix}"), *options, env=env)
                add(f"{name}@{cards}", result["seconds"])
                add(f"{name}_peak_mb@{cards}", result["peak_mb"])
            if name in FLOORS and have_rsvg and cards <= 2000:  # the budgets compare at 2,000 cards
                suffix, options = FLOORS[name]
                for _ in range(runs):
                    result = probe("rsvg", str(svg), str(folder / f"rsvg.{suffix}"), *options, env=env)
                    add(f"rsvg_{name}@{cards}", result["seconds"])
                    add(f"rsvg_{name}_peak_mb@{cards}", result["peak_mb"])
            log(f"{cards} cards: {name}")
    return figures


# (what, figure, budget in seconds or None, floor figure, largest ratio to the floor)
BUDGETS = [
    ("start screen painted (whole process)", "start_screen", None, "bare_window", 1.5),
    ("cold open to first paint, 2,000 cards (whole process)", "cold_open@2000", 0.3, None, None),
    ("cold open to first paint, 20,000 cards (whole process)", "cold_open@20000", 1.0, None, None),
    ("open in a running editor to first paint, 2,000 cards", "open_first_paint@2000", 0.3, None, None),
    ("export of the sample to an A3 PDF (whole command)", "cmd_sample_a3", 0.2, None, None),
    ("A0 PDF, 100 cards (whole command)", "cmd_pdf_a0@100", None, "rsvg_pdf_a0@100", 1.0),
    ("info, 20,000 cards (whole command)", "cmd_info@20000", None, "bare_read@20000", 2.0),
    ("first paint after a zoom step, 2,000 cards", "zoom_first_paint@2000", 0.016, None, None),
    *(
        (
            f"longest freeze: {name.replace('_', ' ')}, {cards:,} cards",
            f"{name}_longest_freeze@{cards}",
            budget,
            None,
            None,
        )
        for cards, budget in ((2000, 0.1), (20000, 1.0))
        for name in INTERACTIONS
    ),
    (
        "export --all, 10 maps of 2,000 cards: PNG peak memory (MB)",
        "cmd_png_all_peak_mb",
        None,
        "cmd_png_one_peak_mb",
        1.1,
    ),
    ("edit committed durably, p50", "edit@2000:p50", 0.002, "raw_commit@2000:p50", None),
    ("edit committed durably, p99", "edit@2000:p99", 0.005, "raw_commit@2000:p99", None),
    ("card drop, 2,000 cards", "card_drop@2000", 0.030, None, None),
    ("repaint at fit-all, 2,000 cards", "repaint_fit@2000", 0.025, None, None),
    ("repaint at fit-all, 20,000 cards", "repaint_fit@20000", 0.200, None, None),
    ("A0 PDF, 2,000 cards", "pdf_a0@2000", 0.6, "rsvg_pdf_a0@2000", 0.3),
    ("A0 PNG 300 dpi, 2,000 cards", "png_a0_300@2000", 8.0, "rsvg_png_a0_300@2000", 0.6),
    ("A0 PNG 300 dpi, 2,000 cards: peak memory (MB)", "png_a0_300_peak_mb@2000", 700, None, None),
    ("20,000 cards: longest freeze while opening", "open_longest_freeze@20000", 1.0, None, None),
    ("20,000 cards: longest freeze of a card drop", "drop_longest_freeze@20000", 1.0, None, None),
    ("20,000 cards: longest freeze exporting an A0 PDF", "pdf_a0_longest_freeze@20000", 1.0, None, None),
    ("20,000 cards: longest freeze exporting an A0 PNG", "png_a0_150_longest_freeze@20000", 1.0, None, None),
]


def value(figures: dict, key: str):
    name, _, stat = key.partition(":")
    values = figures.get(name)
    if not values:
        return None
    if stat == "p50":
        return statistics.median(values)
    if stat == "p99":
        return percentile(values, 0.99)
    return statistics.median(values)


def verdicts(figures: dict) -> list[dict]:
    rows = []
    for what, key, budget, floor_key, ratio in BUDGETS:
        measured = value(figures, key)
        floor = value(figures, floor_key) if floor_key else None
        ok = measured is not None
        if ok and budget is not None:
            ok = measured <= budget
        if ok and ratio is not None and floor:
            ok = measured <= ratio * floor
        rows.append(
            {
                "what": what,
                "measured": measured,
                "budget": budget,
                "floor": floor,
                "ratio_budget": ratio,
                "ratio": (measured / floor) if (measured is not None and floor) else None,
                "verdict": "not measured" if measured is None else ("ok" if ok else "MISSED"),
            }
        )
    return rows


def _fmt(number, unit: str) -> str:
    if number is None:
        return "–"
    if unit == "MB":
        return f"{number:.0f} MB"
    return f"{number * 1000:.1f} ms" if number < 1 else f"{number:.2f} s"


def table(figures: dict, rows: list[dict]) -> str:
    lines = ["| path | measured | floor | ratio | budget | verdict |", "|---|---:|---:|---:|---|---|"]
    for row in rows:
        unit = "MB" if "MB" in row["what"] else "s"
        budget = []
        if row["budget"] is not None:
            budget.append(_fmt(row["budget"], unit))
        if row["ratio_budget"] is not None:
            budget.append(f"≤ {row['ratio_budget']}× floor")
        ratio = f"{row['ratio']:.2f}×" if row["ratio"] is not None else "–"
        lines.append(
            f"| {row['what']} | {_fmt(row['measured'], unit)} | {_fmt(row['floor'], unit)} | {ratio} "
            f"| {', '.join(budget)} | {row['verdict']} |"
        )
    lines += ["", "| figure | median | peak memory |", "|---|---:|---:|"]
    for key in sorted(k for k in figures if "peak_mb" not in k and k != "start_screen_loads"):
        size = key.split("@")[1] if "@" in key else ""
        base = key.split("@")[0]
        memory = value(figures, f"{base}_peak_mb@{size}") if size else None
        lines.append(f"| {key} | {_fmt(value(figures, key), 's')} | {_fmt(memory, 'MB')} |")
    return "\n".join(lines)


def compile_bytecode() -> None:
    """Measure the program as installed: pip compiles its modules when it installs them,
    but an editable install (or PYTHONDONTWRITEBYTECODE, set on some machines) leaves
    every start compiling them from source again, 0.15 s more on the start-up alone."""
    import compileall

    import journeymapper

    compileall.compile_dir(str(Path(journeymapper.__file__).parent), quiet=1)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, nargs="+", default=[100, 2000, 20000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=HERE / "results" / "run.json")
    args = parser.parse_args(argv)
    started = time.monotonic()

    def log(text: str) -> None:
        print(f"  [{time.monotonic() - started:5.0f} s] {text}", file=sys.stderr, flush=True)

    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="jm-bench-") as folder:
        figures = measure(args.cards, args.runs, Path(folder), log)
    rows = verdicts(figures)
    print(table(figures, rows))
    machine = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "system": platform.platform(),
        "cpus": os.cpu_count(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps({"machine": machine, "runs": args.runs, "budgets": rows, "figures": figures}, indent=1),
        encoding="utf-8",
    )
    return 1 if any(row["verdict"] == "MISSED" for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
