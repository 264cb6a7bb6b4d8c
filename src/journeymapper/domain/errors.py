"""Errors of the domain, as codes that the user interface translates.

The domain never writes prose for users: it raises an ``EditError`` whose
``problem`` names what is wrong and whose ``details`` fill the message. The
English text in ``str(error)`` is for logs and tests only.
"""

from enum import Enum


class EditProblem(str, Enum):
    NOT_FOUND = "not_found"  # details: kind, key
    WRONG_LANE_KIND = "wrong_lane_kind"  # details: lane, expected
    NOT_SAME_MAP = "not_same_map"
    LAST_STEP = "last_step"  # a phase keeps at least one step
    LAST_PHASE = "last_phase"  # a map keeps at least one phase
    TEXT_TOO_LONG = "text_too_long"  # details: field, limit
    BAD_COLOR = "bad_color"  # details: value
    BAD_SCALE = "bad_scale"  # details: low, high
    SCORE_OUT_OF_SCALE = "score_out_of_scale"  # details: score, low, high
    BAD_NUMBER = "bad_number"  # details: value
    BAD_INDEX = "bad_index"  # details: index
    UNKNOWN_ICON = "unknown_icon"  # details: icon
    UNKNOWN_CHANNEL = "unknown_channel"  # details: channel
    BAD_IMAGE = "bad_image"  # details: reason
    BAD_WIDTH = "bad_width"  # details: value
    EMPTY_NAME = "empty_name"  # details: field
    STALE_CHANGE = "stale_change"  # an undo or redo that no longer fits
    TOO_MANY = "too_many"  # details: what ("steps" or "lanes"), limit


class EditError(ValueError):
    def __init__(self, problem: EditProblem, **details):
        self.problem = problem
        self.details = details
        shown = ", ".join(f"{k}={v!r}" for k, v in details.items())
        super().__init__(f"{problem.value}: {shown}" if shown else problem.value)
