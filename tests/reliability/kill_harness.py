"""Kill an editing session with SIGKILL at random points on every write path.

A child process runs a scripted session through the document layer and the
editor's own session object (the code the editor runs for every edit, Save,
Save As, opening an old file and recovering), and reports each step only
after it returned. The harness kills it after a random delay, as a crash or a
pulled plug would, and then checks, the way the next start would see it:

- every edit reported done is in the working copy, which passes
  ``PRAGMA integrity_check`` and reads without repairs;
- each project file is the old or the new version, never a mix: its content
  digest is one the child reported before or after a save;
- the next start offers to recover exactly when there is unsaved work, and
  a clean exit never leads to a recovery offer;
- after the next open no temporary file of a cut-off save is left;
- ``check --repair`` and ``export`` (paths "repair" and "export") leave their
  target old or new, never half, and the next run removes the temporary file
  a kill left (issue 16).

Run it long: ``python tests/reliability/kill_harness.py --kills 1000``
(figures in docs/reliability.md); the test suite runs about 50 per path.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

if __package__:
    from . import kill_child
else:  # run as a script: python tests/reliability/kill_harness.py
    import kill_child

digest = kill_child.digest

PATHS = ("edit", "save", "save_as", "migration", "recovery", "clean_exit", "repair", "export")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# How long after "ready" a kill may come, per path: several loop rounds, so
# the kill lands anywhere in them (the write itself takes most of each round).
WINDOW = {
    "edit": 0.25,
    "save": 0.6,
    "save_as": 0.6,
    "migration": 0.8,
    "recovery": 0.5,
    "clean_exit": 0.0,
    "repair": 0.8,
    "export": 1.0,
}
EXPORTS = ("out.pdf", "out.png")

# The child session, and the digest both sides compute: one module both import.
CHILD = Path(__file__).resolve().with_name("kill_child.py")


@dataclass
class KillReport:
    """What one kill found; ``problems`` empty means it passed."""

    path: str
    reported_edits: int = 0
    mid_write: str = ""  # evidence the kill hit a write: "journal", "temp file", ""
    problems: list[str] = field(default_factory=list)


@dataclass
class PathFigures:
    path: str
    kills: int = 0
    reported_edits: int = 0
    lost_edits: int = 0
    unreadable_files: int = 0
    mixed_files: int = 0
    failures: int = 0
    mid_write: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)


class Child:
    """A child session whose reported lines are collected while it runs."""

    def __init__(self, args: list[str], env: dict) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        self.lines: list[list[str]] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            words = line.split()
            if not line.endswith("\n"):
                break  # the kill cut this report short: the step was not reported done
            if words:
                self.lines.append(words)
                if words[0] == "ready":
                    self.ready.set()
        self.ready.set()

    def kill_after(self, delay: float) -> None:
        if not self.ready.wait(120):
            raise RuntimeError("the child never got ready")
        time.sleep(delay)
        if self.process.poll() is None:
            self.process.kill()  # SIGKILL; TerminateProcess on Windows: no handler, no clean-up either way
        self.finish()

    def finish(self, timeout: float = 120) -> None:
        self.process.wait(timeout)
        self._reader.join(timeout)
        self.stderr = self.process.stderr.read()

    def words(self, first: str) -> list[list[str]]:
        size = {"done": 2, "saving": 3, "saved": 3, "copied": 2, "closed": 1}.get(first, 1)
        return [w for w in self.lines if w[0] == first and len(w) >= size]


class _ForkedProcess:
    """Enough of ``subprocess.Popen`` for a forked child."""

    def __init__(self, pid: int, stdout) -> None:
        self.pid, self.stdout, self.returncode = pid, stdout, None
        self.stderr = io.StringIO("")

    def poll(self):
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)

    def wait(self, timeout=None):
        if self.returncode is None:
            _, status = os.waitpid(self.pid, 0)
            self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode


class ForkedChild(Child):
    """The same child session, forked from this process instead of started afresh.

    Starting Python and importing the project costs about a second, which
    is most of a kill; the long run forks a process that has it all loaded.
    The kill and what it leaves behind are the same (SIGKILL of a process
    in the middle of its writes). Only safe with one worker: fork copies no
    other thread.
    """

    def __init__(self, args: list[str], env: dict) -> None:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: run the session, never return
            code = 0
            try:
                os.close(read_end)
                os.dup2(write_end, 1)
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 2)
                os.environ.clear()
                os.environ.update(env)
                sys.argv = [str(CHILD), *args]
                sys.stdout = open(1, "w", encoding="utf-8", buffering=1, closefd=False)  # noqa: SIM115 - until _exit
                kill_child.run(args)
            except BaseException:  # noqa: BLE001 - reported through the exit code
                code = 1
            finally:
                os._exit(code)
        os.close(write_end)
        self.process = _ForkedProcess(pid, os.fdopen(read_end, "r", encoding="utf-8"))
        self.lines = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def finish(self, timeout: float = 120) -> None:
        self.process.wait()
        self._reader.join(timeout)
        self.stderr = ""


def _environment(state: Path) -> dict:
    env = dict(os.environ, JOURNEYMAPPER_STATE_DIR=str(state))
    env.pop("QT_QPA_PLATFORM", None)
    return env


def _hot_journal(state: Path) -> bool:
    return any(p.stat().st_size > 0 for p in (state / "sessions").glob("*/work.jmap-journal"))


def _temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(".") and ".tmp" in p.name]


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _cards_in(path: Path) -> set[str]:
    from journeymapper.domain import Kind
    from journeymapper.persistence import read_project

    try:
        return {c.id for c in read_project(path)[0].store.all(Kind.CARD)}
    except Exception:  # noqa: BLE001 - an unreadable file is reported by its own check
        return set()


def _check_working_copy(report: KillReport, reported: set[str], saved_files=()) -> None:
    """The next start's view: every edit reported done is in the working copy it
    offers to recover, or in a file that was saved."""
    from journeymapper.domain import Kind
    from journeymapper.persistence import ProjectFile, find_recoverable, read_project

    kept: set[str] = set()
    for path in saved_files:
        if Path(path).exists():
            kept |= _cards_in(Path(path))
    items = find_recoverable()
    if len(items) > 1:
        report.problems.append(f"{len(items)} sessions offered for one crash")
    for item in items[:1]:
        try:
            verdict = _integrity(item.info.work_path)
            if verdict != "ok":
                report.problems.append(f"working copy fails integrity_check: {verdict}")
            working, fixes, _ = read_project(item.info.work_path)
            if fixes:
                report.problems.append(f"working copy read with repairs: {fixes}")
            kept |= {c.id for c in working.store.all(Kind.CARD)}
            project, document = ProjectFile.recover(item.info, item.lock)  # as the editor's recovery does
            if document != working:
                report.problems.append("recovered document differs from the working copy")
            project.close()
        except Exception as error:  # noqa: BLE001 - every failure is a finding here
            report.problems.append(f"working copy unreadable: {type(error).__name__}: {error}")
            item.release()
    for item in items[1:]:
        item.release()
    lost = reported - kept
    if lost:
        where = "no recovery offered" if not items else "not in the recovered copy"
        report.problems.append(f"lost {len(lost)} edit(s) reported done ({where})")


def _check_project_file(report: KillReport, path: Path, allowed: set[str], what: str) -> None:
    """The file is one complete version the child had, or had just saved."""
    from journeymapper.persistence import read_project

    if not path.exists():
        if None not in allowed:
            report.problems.append(f"{what} is missing")
        return
    try:
        verdict = _integrity(path)
        if verdict != "ok":
            report.problems.append(f"{what} fails integrity_check: {verdict}")
        document, fixes, _ = read_project(path)
    except Exception as error:  # noqa: BLE001
        report.problems.append(f"{what} unreadable: {type(error).__name__}: {error}")
        return
    if fixes:
        report.problems.append(f"{what} read with repairs: {fixes}")
    if digest(document) not in allowed:
        report.problems.append(f"{what} is neither the old nor the new version (a mix)")


def _saves(child: Child, name: str) -> set:
    """Digests ``name`` may hold: those saved, and the one being saved when the kill came."""
    saved = [w[2] for w in child.words("saved") if w[1] == name]
    saving = [w[2] for w in child.words("saving") if w[1] == name]
    return set(saved[-1:]) | set(saving[-1:])


def _no_leftovers_after_open(report: KillReport, path: Path) -> None:
    from journeymapper.persistence import ProjectFile

    folder = path.parent
    if _temp_files(folder) and not report.mid_write:
        report.mid_write = "temp file"
    try:
        project, _ = ProjectFile.open(path)
        project.close()
    except Exception as error:  # noqa: BLE001
        report.problems.append(f"{path.name} does not open after the crash: {type(error).__name__}: {error}")
        return
    left = [p.name for p in _temp_files(folder) if p.name.startswith(f".{path.name}.")]
    if left:
        report.problems.append(f"half-written files left after the next open: {left}")


_CHECKS = threading.Lock()


class _LookingAt:
    """The checks read the state folder from the environment, as a start does;
    the environment is one per process, so workers take turns checking."""

    def __init__(self, state: Path) -> None:
        self.state = state

    def __enter__(self):
        from journeymapper.persistence import workspace

        _CHECKS.acquire()
        self.previous = os.environ.get(workspace.STATE_DIR_VARIABLE)
        os.environ[workspace.STATE_DIR_VARIABLE] = str(self.state)
        return self

    def __exit__(self, *exc) -> None:
        from journeymapper.persistence import workspace

        if self.previous is None:
            os.environ.pop(workspace.STATE_DIR_VARIABLE, None)
        else:
            os.environ[workspace.STATE_DIR_VARIABLE] = self.previous
        _CHECKS.release()


def _check_repairs(report: KillReport, child: Child, folder: Path, damaged: Path) -> None:
    """Each file repaired is the damaged original or the repaired project, never half;
    the next repair run of it removes what the kill left beside it."""
    from journeymapper.app.repair import repair_project
    from journeymapper.persistence import read_project

    damaged_hash = hashlib.sha256(damaged.read_bytes()).hexdigest()
    repaired = digest(read_project(damaged)[0])  # what a repair writes: the document as read, fixed
    copied = [folder / w[1] for w in child.words("copied")]
    for path in copied:
        if hashlib.sha256(path.read_bytes()).hexdigest() != damaged_hash:
            _check_project_file(report, path, {repaired}, path.name)
    for path in copied[-1:]:  # the one the kill can have cut short
        try:
            repair_project(path)  # the next run
        except Exception as error:  # noqa: BLE001
            report.problems.append(f"{path.name}: the next repair failed: {type(error).__name__}: {error}")
        left = [p.name for p in _temp_files(folder) if p.name.startswith((f".{path.name}.", f".{path.stem}.backup-"))]
        if left:
            report.problems.append(f"temporary files left after the next repair: {left}")


def _check_exports(report: KillReport, folder: Path, project: Path) -> None:
    """Each export is absent or whole; the next export of it removes what the kill left."""
    from PIL import Image

    from journeymapper.app.exporting import ExportRequest, plan_export, run_export
    from journeymapper.persistence import read_project

    for name in EXPORTS:
        path = folder / name
        if path.exists():
            data = path.read_bytes()
            if name.endswith(".pdf") and not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
                report.problems.append(f"{name} is half written")
            if name.endswith(".png"):
                try:
                    with Image.open(path, formats=["PNG"]) as image:
                        image.load()
                except Exception as error:  # noqa: BLE001
                    report.problems.append(f"{name} is half written: {error}")
        if any(p.name.startswith(f".{name}.") for p in _temp_files(folder)):
            document = read_project(project)[0]
            planned = plan_export(document, ExportRequest(name[-3:], (document.maps()[0].id,), dpi=72.0))
            run_export(document, planned, path, source=project)  # the next run
            left = [p.name for p in _temp_files(folder) if p.name.startswith(f".{name}.")]
            if left:
                report.problems.append(f"temporary files left after the next export: {left}")


def make_damaged(template: Path, folder: Path) -> Path:
    """The sample with what ``check --repair`` fixes: an orphan card, a score off the scale."""
    damaged = folder / "damaged.jmap"
    shutil.copyfile(template, damaged)
    conn = sqlite3.connect(damaged)
    conn.execute("INSERT INTO card VALUES ('x', 'no-lane', 'no-step', 0, 'wees', '')")
    conn.execute("UPDATE emotion SET score = 99 WHERE rowid = 1")
    conn.commit()
    conn.close()
    return damaged


def kill_once(kind: str, seed: int, template: Path, v1_template: Path, Child=Child) -> KillReport:  # noqa: N803
    """One kill on one write path, in a folder of its own; returns what the check found."""
    rng = random.Random(f"{kind}-{seed}")
    report = KillReport(kind)
    folder = Path(tempfile.mkdtemp(prefix=f"jm-kill-{kind}-"))
    state = folder / "state"
    env = _environment(state)
    try:
        project = folder / "kaart.jmap"
        shutil.copyfile(template, project)
        original = hashlib.sha256(project.read_bytes()).hexdigest()
        if kind == "clean_exit":
            child = Child(["clean_exit", str(project), str(rng.randint(0, 8)), rng.choice(["save", "discard"])], env)
            child.finish()
            report.reported_edits = len(child.words("done"))
            with _LookingAt(state):
                _check_clean_exit(report, child, project)
            return report
        earlier: set[str] = set()
        if kind == "recovery":
            # A first session dies with unsaved work; the kill under test comes while recovering it.
            first = Child(["edit", str(project)], env)
            first.kill_after(rng.uniform(0.02, 0.2))
            earlier = {w[1] for w in first.words("done")}
        args = {
            "edit": ["edit", str(project)],
            "save": ["save", str(project)],
            "save_as": ["save_as", str(project), str(folder / "kopie-b.jmap"), str(folder / "kopie-c.jmap")],
            "migration": ["migration", str(project), str(v1_template)],
            "recovery": ["recovery", str(project)],
            "repair": ["repair", str(project), str(make_damaged(template, folder))],
            "export": ["export", str(project)],
        }[kind]
        child = Child(args, env)
        child.kill_after(rng.uniform(0, WINDOW[kind]))
        reported = {w[1] for w in child.words("done")} | earlier
        # (repair and export: their finished rounds)
        report.reported_edits = len(reported) or len(child.words("repaired")) + len(child.words("exported"))
        if _hot_journal(state):
            report.mid_write = "journal"
        elif _temp_files(folder):
            report.mid_write = "temp file"
        with _LookingAt(state):
            _check_after_kill(report, kind, child, folder, project, original, reported, v1_template)
        return report
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _check_clean_exit(report: KillReport, child: Child, project: Path) -> None:
    from journeymapper.persistence import find_recoverable

    if child.process.returncode != 0 or not child.words("closed"):
        report.problems.append(f"clean session failed: {child.stderr[-500:]}")
    offered = find_recoverable()
    if offered:
        report.problems.append("a clean exit led to a recovery offer")
        for item in offered:
            item.release()
    saved = child.words("saved")
    ready = child.words("ready")
    expected = {saved[-1][2]} if saved else ({ready[0][1]} if ready else set())
    _check_project_file(report, project, expected, "the project file")


def _check_after_kill(report, kind, child, folder, project, original, reported, v1_template) -> None:
    ready = child.words("ready")
    first_digest = ready[0][1] if ready else None
    unchanged = hashlib.sha256(project.read_bytes()).hexdigest() == original
    if kind in ("edit", "recovery"):
        if not unchanged:
            report.problems.append("the project file changed without a save")
        _check_working_copy(report, reported)
        _no_leftovers_after_open(report, project)
    elif kind == "save":
        if not unchanged:
            _check_project_file(report, project, _saves(child, project.name) | {first_digest}, "the project file")
        _check_working_copy(report, reported, [project])
        _no_leftovers_after_open(report, project)
    elif kind == "save_as":
        if not unchanged:
            report.problems.append("Save As changed the file it saved from")
        copies = [folder / "kopie-b.jmap", folder / "kopie-c.jmap"]
        for path in copies:
            _check_project_file(report, path, _saves(child, path.name) | {None}, path.name)
        _check_working_copy(report, reported, copies)
        for path in copies:
            if path.exists():
                _no_leftovers_after_open(report, path)
    elif kind == "repair":
        _check_repairs(report, child, folder, folder / "damaged.jmap")
    elif kind == "export":
        if not unchanged:
            report.problems.append("the export changed the project file")
        _check_exports(report, folder, project)
    elif kind == "migration":
        from journeymapper.persistence import read_project

        v1_hash = hashlib.sha256(v1_template.read_bytes()).hexdigest()
        copied = [folder / w[1] for w in child.words("copied")]
        for path in copied:
            if hashlib.sha256(path.read_bytes()).hexdigest() == v1_hash:
                try:
                    read_project(path)  # still the old version, and still readable
                except Exception as error:  # noqa: BLE001
                    report.problems.append(f"{path.name}: old version unreadable: {error}")
                continue
            _check_project_file(report, path, _saves(child, path.name), path.name)
        _check_working_copy(report, reported, copied)


def make_templates(folder: Path) -> tuple[Path, Path]:
    """The sample project (current version) and a version-1 project to migrate."""
    from journeymapper.app.new_project import sample_project
    from journeymapper.content.markers import untranslated
    from journeymapper.persistence import write_project

    template = folder / "sample.jmap"
    write_project(template, sample_project(untranslated))
    v1 = folder / "old.jmap"
    conn = sqlite3.connect(v1)
    conn.executescript((FIXTURES / "schema_v1.sql").read_text("utf-8"))
    conn.commit()
    conn.close()
    return template, v1


def run(
    paths=PATHS, kills: int = 50, workers: int = 2, first_seed: int = 0, progress=None, fork: bool = False
) -> list[PathFigures]:
    """Kill ``kills`` times on each path; figures per path (``fork``: see ForkedChild)."""
    if fork:
        import journeymapper.app.editing
        import journeymapper.persistence  # noqa: F401

        workers = 1
    maker = ForkedChild if fork else Child
    results = []
    with tempfile.TemporaryDirectory(prefix="jm-kill-templates-") as templates:
        template, v1 = make_templates(Path(templates))
        for kind in paths:
            figures = PathFigures(kind)
            with ThreadPoolExecutor(workers) as pool:
                reports = pool.map(
                    lambda seed, kind=kind: kill_once(kind, seed, template, v1, maker),
                    range(first_seed, first_seed + kills),
                )
                for report in reports:
                    figures.kills += 1
                    figures.reported_edits += report.reported_edits
                    figures.mid_write[report.mid_write or "between writes"] += 1
                    if report.problems:
                        figures.failures += 1
                        text = "; ".join(report.problems)
                        figures.lost_edits += sum(1 for p in report.problems if p.startswith("lost"))
                        figures.unreadable_files += sum(
                            1 for p in report.problems if "unreadable" in p or "integrity" in p
                        )
                        figures.mixed_files += sum(1 for p in report.problems if "a mix" in p)
                        if len(figures.examples) < 5:
                            figures.examples.append(text)
                    if progress:
                        progress(kind, figures.kills, kills)
            results.append(figures)
    return results


def table(results: list[PathFigures]) -> str:
    lines = [
        (
            "| write path | kills | mid-write (journal / temp file) | edits reported | lost edits "
            "| unreadable files | mixed files | failed kills |"
        ),
        "|---|---|---|---|---|---|---|---|",
    ]
    for f in results:
        lines.append(
            f"| {f.path} | {f.kills} | {f.mid_write['journal']} / {f.mid_write['temp file']} "
            f"| {f.reported_edits} | {f.lost_edits} | {f.unreadable_files} | {f.mixed_files} "
            f"| {f.failures} |"
        )
    for f in results:
        for example in f.examples:
            lines.append(f"- {f.path}: {example}")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000, help="kills per write path (default 1000)")
    parser.add_argument("--paths", nargs="*", default=list(PATHS), choices=PATHS)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--seed", type=int, default=0, help="first seed (runs are repeatable)")
    parser.add_argument(
        "--fork", action="store_true", help="fork the sessions from a loaded process (much faster; one worker)"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()

    def progress(kind, done, total):
        if done % 50 == 0 or done == total:
            print(f"  {kind}: {done}/{total}", file=sys.stderr, flush=True)

    results = run(args.paths, args.kills, args.workers, args.seed, progress, fork=args.fork)
    print(table(results))
    print(
        f"\n{time.monotonic() - started:.0f} s, {1 if args.fork else args.workers} worker(s){', forked' if args.fork else ''}"
    )
    return 1 if any(f.failures for f in results) else 0


if __name__ == "__main__":
    sys.exit(main())
