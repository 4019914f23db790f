"""extract() timed for two versions of the code, side by side: the way docs/extraction.md compares versions, since
the machine's speed drifts by up to a quarter within an hour and only figures of one run can be compared.

    git worktree add /tmp/old COMMIT
    NEWSEXPORT_SCHEMA_DIR=../shared/standards .venv/bin/python benchmarks/side_by_side.py /tmp/old/src src --rounds 4

Each pass is a fresh process that imports the package from one source tree and runs ``time_extract`` of
``benchmarks/extraction.py`` (the median wall time of ``extract()`` per article); the passes alternate between the
two trees, and the order flips every round, so that noise hits both alike. Prints each tree's medians, sorted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent


def one_pass(source: Path, limit: int | None) -> float:
    """The median ms per article of one pass over the corpus (or its first ``limit`` files) with ``source``."""
    code = (f"import json, sys; sys.path.insert(0, {str(BENCHMARKS)!r}); import extraction; "
            f"print(json.dumps(extraction.time_extract({limit!r})))")
    environment = {**os.environ, "PYTHONPATH": str(source)}
    result = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)["median_ms"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("first", type=Path, help="a source tree holding the newsexport package (e.g. /tmp/old/src)")
    parser.add_argument("second", type=Path, help="the other source tree (e.g. src)")
    parser.add_argument("--rounds", type=int, default=4, help="passes of each tree (default 4)")
    parser.add_argument("--limit", type=int, default=None, help="time only the first N corpus files")
    arguments = parser.parse_args(argv)
    trees = [arguments.first.resolve(), arguments.second.resolve()]
    for tree in trees:
        if not (tree / "newsexport" / "__init__.py").is_file():
            parser.error(f"{tree}: no newsexport package there (give the src folder of a checkout)")
    if trees[0] == trees[1]:
        parser.error("the two source trees are the same folder")
    if arguments.rounds < 1:
        parser.error("--rounds must be at least 1")
    medians: dict[Path, list[float]] = {tree: [] for tree in trees}
    for round_ in range(arguments.rounds):
        for tree in trees if round_ % 2 == 0 else reversed(trees):
            medians[tree].append(one_pass(tree, arguments.limit))
    for tree, values in medians.items():
        print(f"{tree}: " + ", ".join(f"{value:.3f}" for value in sorted(values)) + " ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
