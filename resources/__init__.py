"""Data files: fonts, icons and the sample pictures (installed as journeymapper.resources)."""
