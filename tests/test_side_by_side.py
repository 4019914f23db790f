"""``benchmarks/side_by_side.py``, how docs/extraction.md compares the extractor's speed across versions: each pass
really times the package of the tree it is given, and bad arguments are refused before any pass runs."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import PROJECT, load_benchmark

side_by_side = load_benchmark("side_by_side")


def test_a_pass_times_extract_with_the_given_tree():
    assert side_by_side.one_pass(PROJECT / "src", 3) > 0


@pytest.mark.parametrize(("arguments", "message"), [
    (["/nonexistent", "src"], "no newsexport package there"),
    (["src", "src"], "the two source trees are the same folder"),
])
def test_bad_arguments_are_refused_with_the_reason(capsys, arguments, message):
    with pytest.raises(SystemExit) as exit_:
        side_by_side.main([str(PROJECT / a) if a == "src" else a for a in arguments])
    assert exit_.value.code == 2 and message in capsys.readouterr().err


def test_an_unknown_source_for_the_dev_half_is_refused():
    result = subprocess.run([sys.executable, str(PROJECT / "benchmarks" / "corpus_check.py"), "dump", "/dev/null",
                             "--with-dev-half", "no-such-source"], capture_output=True, text=True)
    assert result.returncode == 2 and "no such source" in result.stderr
