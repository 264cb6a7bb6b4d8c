"""The map canvas: a scene mirroring one map's layout, and the view that shows it."""
