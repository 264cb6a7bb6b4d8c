"""Settings remembered between runs: language, recent files, window layout, export choices.

A small JSON file in the user's config folder (platformdirs), written
atomically. Qt-free, so the command line could read it too. A damaged or
foreign file is ignored (the defaults apply); it is never a reason not to start.
"""

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

MAX_RECENT = 10


def settings_path() -> Path:
    folder = os.environ.get("JOURNEYMAPPER_CONFIG_DIR") or user_config_dir("journeymapper", appauthor=False)
    return Path(folder) / "settings.json"


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self.values: dict[str, Any] = {}
        try:
            loaded = json.loads(self.path.read_text("utf-8"))
            if isinstance(loaded, dict):
                self.values = loaded
        except (OSError, ValueError):
            pass

    def get(self, key: str, default=None):
        return self.values.get(key, default)

    def set(self, key: str, value) -> None:
        self.values[key] = value
        self.save()

    def recent_files(self) -> list[str]:
        files = self.values.get("recent_files", [])
        return [f for f in files if isinstance(f, str)] if isinstance(files, list) else []

    def add_recent(self, path: Path) -> None:
        name = str(Path(path).resolve())
        files = [f for f in self.recent_files() if f != name]
        self.set("recent_files", [name, *files][:MAX_RECENT])

    def save(self) -> None:
        """Write atomically; a settings file that cannot be written is not worth an error."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings.", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(self.values, out, ensure_ascii=False, indent=1)
            os.replace(temp, self.path)
        except OSError:
            pass
