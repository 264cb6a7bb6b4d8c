"""The editor window (PySide6)."""
