"""The batch pipeline's worker pools: results complete and in input order while pools are replaced."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

from newsexport import pipeline
from newsexport.pipeline import ConvertOptions, FileResult, convert_paths

from conftest import SEED, STANDARDS, load_benchmark

_convert_files = pipeline.convert_files


def _convert_files_noting_the_worker(sources: list[Path], options: ConvertOptions) -> list[FileResult]:
    """The task the pool runs, with the worker's process id added to each result's warnings."""
    return [dataclasses.replace(result, warnings=(*result.warnings, f"pid {os.getpid()}"))
            for result in _convert_files(sources, options)]


def test_pools_are_replaced_and_results_stay_complete_and_in_order(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    names = [f"{index:02d}.txt" for index in range(30)]
    for name in names:
        (folder / name).write_bytes(SEED.read_bytes())
    (folder / "07.txt").write_bytes(b"")  # a failure keeps its place too
    monkeypatch.setattr(pipeline, "CHUNK", 2)
    monkeypatch.setattr(pipeline, "POOL_TASKS", 3)
    monkeypatch.setattr(pipeline, "convert_files", _convert_files_noting_the_worker)
    results: list[FileResult] = []
    options = ConvertOptions(out_dir=tmp_path / "out", formats=("json",), schema_dir=STANDARDS, jobs=2)
    summary = convert_paths([str(folder)], options, results.append)

    assert [Path(result.source).name for result in results] == names
    assert (summary.converted, summary.failed) == (29, 1)
    assert results[7].status == "failed"
    workers = {warning for result in results for warning in result.warnings if warning.startswith("pid ")}
    # 15 tasks, 3 a pool: five pools of up to two workers each, never the same process twice
    assert 5 <= len(workers) <= 10
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == sorted(
        name.replace(".txt", ".json") for name in names if name != "07.txt")


def test_the_worker_memory_script_reads_a_live_process_and_its_children_and_nothing_of_a_gone_one():
    worker_memory = load_benchmark("worker_memory")
    own = worker_memory.memory_mb(os.getpid())
    assert set(own) == {"Pss", "Rss", "Private_Dirty"} and own["Rss"] > 0
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert child.pid in worker_memory.children(os.getpid())
    finally:
        child.kill()
        child.wait()
    assert worker_memory.memory_mb(child.pid) == {}
