"""Memory of one process as it builds the extractor's patterns: where the conversion's peak comes from.

``throughput.py`` reports the peak of the whole process tree, and ``worker_memory.py`` shows it reached in the parent
while it warms up, before any worker runs. This script takes one process through the same steps one at a time and
prints, after each, its resident memory now and its peak so far (MB, Linux ``/proc/self/statm`` and ``getrusage``):
the imports, the name token, the organisation patterns (one large pattern, which holds the name token: compiling it
is the transient, which grows with each copy of the token in it), and the warm-up capture the conversion parses
before it forks.

    .venv/bin/python benchmarks/compile_memory.py

To compare with an older version of the code, run it with ``PYTHONPATH=/tmp/old/src`` in front (``git worktree add
/tmp/old COMMIT``).
"""

from __future__ import annotations

import gc
import resource


def _now_mb() -> int:
    gc.collect()
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() // 2**20


def _peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # kilobytes on Linux


def main() -> None:
    print(f"{'step':<28} {'now MB':>7} {'peak MB':>8}")

    def step(name: str) -> None:
        print(f"{name:<28} {_now_mb():>7} {_peak_mb():>8}")

    import newsexport.api
    from newsexport.parsing.names import name_token
    from newsexport.parsing.organizations.patterns import _patterns
    from newsexport.pipeline import WARM_UP_CAPTURE
    step("imports")
    name_token()
    step("name token")
    pattern = _patterns()["organisation"].pattern
    step("organisation patterns")
    newsexport.api.parse(WARM_UP_CAPTURE)
    step("warm-up capture parsed")
    print(f"organisation pattern: {len(pattern):,} characters, the name token {pattern.count(name_token())} times")


if __name__ == "__main__":
    main()
