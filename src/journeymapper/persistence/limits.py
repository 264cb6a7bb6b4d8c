"""How much one open may load, whatever the file says.

The loader turns every row into records and every text into a string, so a
file's size becomes memory and time; these bounds keep both finite. They lie
far above any map people make (the benchmarks' largest map, 20,000 cards,
has about 25,000 rows and 3 MB of text) and far below what would exhaust a
laptop. A file over them is refused with a clear message before any row is read.
"""

from ..domain import rules

MAX_ROWS = 250_000  # all tables together: a 100,000-card map opens in about a second
MAX_TEXT_BYTES = 64 * 1024 * 1024  # every text and name together, in UTF-8
MAX_PICTURE_BYTES = 512 * 1024 * 1024  # every picture together, as stored
# A map's grid: what the editor lets a map have (the layout's cost grows with
# steps x lanes: a 5 MB file of 20,000 steps and 20,000 lanes took gigabytes).
MAX_STEPS_PER_MAP = rules.MAX_STEPS_PER_MAP
MAX_LANES_PER_MAP = rules.MAX_LANES_PER_MAP
