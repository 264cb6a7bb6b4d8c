"""Export speed and peak memory: layout, PDF (A0, A4 tiles) and PNG (A0 at 150 and 300 dpi).

    python benchmarks/export.py [--cards 100 2000] [--runs 3]

Each measurement runs in a fresh process, so its peak memory (max RSS) is its
own. Prints a table of medians and writes benchmarks/results/export.json.
"""

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

CASES = {
    "layout": [],
    "pdf A0": ["-o", "{out}.pdf", "--paper", "A0"],
    "pdf A0 on A4 tiles": ["-o", "{out}.pdf", "--paper", "A0", "--tile", "A4"],
    "png A0 150 dpi": ["-o", "{out}.png", "--paper", "A0", "--dpi", "150"],
    "png A0 300 dpi": ["-o", "{out}.png", "--paper", "A0", "--dpi", "300"],
}

# Runs in the child: time one export (or the layout alone) and report seconds and max RSS.
CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from journeymapper.persistence import read_project
document, _, _ = read_project(Path(sys.argv[1]))
args = sys.argv[2:]
start = time.perf_counter()
if not args:
    from journeymapper.layout import compute_layout
    compute_layout(document, document.maps()[0].id)
else:
    from journeymapper.cli.main import main
    code = main(["export", sys.argv[1], "--quiet", *args])
    assert code == 0
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(project: Path, args: list[str], out: Path) -> dict:
    filled = [a.replace("{out}", str(out)) for a in args]
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(project), *filled], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, nargs="+", default=[100, 2000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from generate import generate

    from journeymapper.persistence import write_project

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for cards in args.cards:
            project = Path(folder) / f"map-{cards}.jmap"
            write_project(project, generate(cards), overwrite=True)
            for name, case in CASES.items():
                runs = [measure(project, case, Path(folder) / "out") for _ in range(args.runs)]
                rows.append(
                    {
                        "cards": cards,
                        "case": name,
                        "median_s": statistics.median(r["seconds"] for r in runs),
                        "peak_mb": max(r["peak_mb"] for r in runs),
                    }
                )
                print(
                    f"{cards:>6} cards  {name:<22} {rows[-1]['median_s']:8.3f} s  {rows[-1]['peak_mb']:8.0f} MB",
                    flush=True,
                )
    machine = {"python": platform.python_version(), "machine": platform.machine(), "system": platform.platform()}
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    (results / "export.json").write_text(json.dumps({"machine": machine, "runs": args.runs, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
