"""Refresh the .ts sources from the code and build the .qm files that ship.

    python translations/update.py           # lupdate + lrelease
    python translations/update.py --release # lrelease only

Run it after changing any user-visible string, translate what
`pyside6-linguist translations/journeymapper_nl.ts` shows as unfinished, and
run it again. tests/test_translations.py fails while a Dutch string is
unfinished or a .qm file is older than its .ts source.
"""

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PACKAGE = REPO / "src" / "journeymapper"
OUTPUT = PACKAGE / "translations"
LANGUAGES = ("nl", "en")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in PACKAGE.rglob("*.py"))


def update() -> None:
    for language in LANGUAGES:
        ts = HERE / f"journeymapper_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                "-ts",
                str(ts.relative_to(REPO)),
            ],
            check=True,
            cwd=REPO,
        )


def release() -> None:
    for language in LANGUAGES:
        ts = HERE / f"journeymapper_{language}.ts"
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(OUTPUT / f"journeymapper_{language}.qm")],
            check=True,
        )


if __name__ == "__main__":
    if "--release" not in sys.argv:
        update()
    release()
