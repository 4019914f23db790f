"""Memory of each worker over a batch: how much of it is shared with the parent and how much has become its own.

``throughput.py`` gives the peak of the whole process tree; this script shows where it comes from. It runs
``newsexport convert`` on the corpus, repeated ``--times`` over (hard links under new names in a scratch folder), at
``--jobs 2``, and every ``--every`` seconds prints, for the parent and each worker, the proportional set size (PSS,
shared pages divided among the processes sharing them) and the private dirty memory, read from
``/proc/PID/smaps_rollup`` (Linux). A worker's private memory rising while its resident size stays put is shared
pages turning into copies of its own; workers replaced by fresh ones show as new process ids.

    NEWSEXPORT_SCHEMA_DIR=../shared/standards .venv/bin/python benchmarks/worker_memory.py --times 2

To compare with an older version of the code, run it with ``PYTHONPATH=/tmp/old/src`` in front (``git worktree add
/tmp/old COMMIT``): the conversion imports the package from there.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT.parent / "shared" / "corpus"


def memory_mb(pid: int) -> dict[str, int]:
    """The Pss, Rss and Private_Dirty lines of a process's ``smaps_rollup``, in MB; empty once it has exited."""
    figures: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as stream:
            for line in stream:
                name, _, rest = line.partition(":")
                if name in ("Pss", "Rss", "Private_Dirty"):
                    figures[name] = int(rest.split()[0]) // 1024
    except OSError:
        return {}
    return figures


def children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as stream:
            return [int(child) for child in stream.read().split()]
    except OSError:
        return []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--times", type=int, default=2, help="convert the corpus this many times over (default 2)")
    parser.add_argument("--every", type=float, default=3.0, help="seconds between samples (default 3)")
    parser.add_argument("--jobs", type=int, default=2)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="worker-memory-") as scratch:
        inputs = Path(scratch) / "in"
        inputs.mkdir()
        for copy in range(arguments.times):
            for path in sorted(CORPUS.glob("*/*.txt")):
                os.link(path, inputs / f"{copy}_{path.name}")
        out = Path(scratch) / "out"
        command = [sys.executable, "-m", "newsexport", "convert", str(inputs), "--out", str(out),
                   "--jobs", str(arguments.jobs)]
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print("seconds  articles  tree PSS  parent PSS  workers: pid PSS / private dirty / RSS (MB)")
        while process.poll() is None:
            parent = memory_mb(process.pid)
            workers = {pid: memory_mb(pid) for pid in children(process.pid)}
            total = parent.get("Pss", 0) + sum(figures.get("Pss", 0) for figures in workers.values())
            written = sum(1 for _ in out.iterdir()) // 5 if out.is_dir() else 0
            cells = "  ".join(f"{pid}: {figures.get('Pss')} / {figures.get('Private_Dirty')} / {figures.get('Rss')}"
                              for pid, figures in workers.items())
            print(f"{time.monotonic() - started:7.0f}  {written:8d}  {total:8d}  {parent.get('Pss', 0):10d}  {cells}",
                  flush=True)
            time.sleep(arguments.every)
        if process.returncode != 0:
            sys.exit(f"newsexport convert exited with {process.returncode}")


if __name__ == "__main__":
    main()
