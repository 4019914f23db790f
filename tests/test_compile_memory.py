"""The memory script of benchmarks/ runs and prints a figure for each step (its figures are read, not asserted)."""

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def test_compile_memory_prints_each_step_with_a_peak_no_lower_than_the_memory_now():
    result = subprocess.run([sys.executable, str(PROJECT / "benchmarks" / "compile_memory.py")], capture_output=True,
                            text=True, check=True, timeout=300)
    rows = {line[:28].strip(): line[28:].split() for line in result.stdout.splitlines()[1:5]}
    assert list(rows) == ["imports", "name token", "organisation patterns", "warm-up capture parsed"]
    assert all(int(peak) >= int(now) > 0 for now, peak in rows.values())
    assert "the name token" in result.stdout.splitlines()[-1]
