"""out/ holds exactly what `newsexport convert seeds --out out` writes today: byte for byte."""

from __future__ import annotations

from pathlib import Path

from conftest import PROJECT
from test_cli import run


def test_committed_outputs_are_regenerated_byte_for_byte(tmp_path: Path) -> None:
    result = run("convert", "seeds", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    committed = {path.name: path.read_bytes() for path in (PROJECT / "out").iterdir()}
    regenerated = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    assert sorted(regenerated) == sorted(committed)
    for name, data in regenerated.items():
        assert data == committed[name], f"out/{name} differs from a fresh conversion"
