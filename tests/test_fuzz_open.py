"""Ten thousand damaged project files opened: no crash, no hang, only our own error
(tests/reliability/fuzz_open.py; the long run of 200,000 is in docs/reliability.md)."""

import pytest

from reliability import fuzz_open


@pytest.mark.slow
def test_ten_thousand_mutants_open_or_are_refused_cleanly(tmp_path):
    figures = fuzz_open.run(fuzz_open.make_seeds(tmp_path), mutants=10_000, workers=2, run_seed="ci")
    assert figures.mutants == 10_000
    assert set(figures.mutations) == set(fuzz_open.MUTATIONS)  # every kind of damage was tried
    assert figures.findings == 0, fuzz_open.report(figures)
    # Both ends were reached: damage that is refused, and damage in values that opens repaired.
    assert figures.outcomes["opened"] > 0 and figures.outcomes["refused:corrupt"] > 0


def test_a_mutant_is_the_same_file_every_time():
    import random

    data = bytes(range(256)) * 64
    one = fuzz_open.mutate(data, random.Random("x-7"))
    assert one == fuzz_open.mutate(data, random.Random("x-7"))
    assert one[1] != data
