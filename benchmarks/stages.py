"""Where the time of one conversion goes: each stage timed alone, in one process, over the real corpus.

    NEWSEXPORT_SCHEMA_DIR=../shared/standards .venv/bin/python benchmarks/stages.py [--limit N]

Stages, in pipeline order: read (bytes -> clean text), parse (segmentation, extraction, the record), then for
each format its export and its validation, and the atomic write of its file. Figures are the median and the mean
milliseconds per article; the last line is the share of each stage in the total of the means, which is what
bounds throughput (throughput.py measures the whole).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newsexport.exporters.options import ExportOptions
from newsexport.formats import FORMATS, validator_for
from newsexport.parsing import ParseOptions, build_record
from newsexport.pipeline import write_atomically
from newsexport.reading import load_source, read_bytes
from newsexport.validation.store import SchemaStore

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT.parent / "shared" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=1000, help="time every (5000 / N)th corpus file, N files")
    arguments = parser.parse_args()
    files = sorted(CORPUS.glob("*/*.txt"))
    files = files[:: max(1, len(files) // arguments.limit)][: arguments.limit]
    store = SchemaStore(None)
    validators = {name: validator_for(name, store) for name in FORMATS}
    timings: dict[str, list[float]] = {}

    def timed(stage: str, function, *args):
        start = time.perf_counter()
        result = function(*args)
        timings.setdefault(stage, []).append((time.perf_counter() - start) * 1000)
        return result

    with tempfile.TemporaryDirectory(dir=PROJECT) as scratch:
        out = Path(scratch)
        warm = build_record(read_bytes(load_source(files[0]), files[0].name), ParseOptions())
        for name in FORMATS:  # first calls compile patterns and schemas: not per-article time
            validators[name].problems(FORMATS[name].export(warm, ExportOptions()))
        for path in files:
            source = timed("read", lambda given: read_bytes(load_source(given), given.name), path)
            record = timed("parse", build_record, source, ParseOptions())
            for name, spec in FORMATS.items():
                document = timed(f"export {name}", spec.export, record, ExportOptions())
                problems = timed(f"validate {name}", validators[name].problems, document)
                if problems:
                    sys.exit(f"{path}: {name} invalid: {problems[0]}")
                timed(f"write {name}", write_atomically, out / f"{path.stem}.{name}", document)

    print(f"{len(files)} articles, one process; milliseconds per article\n")
    print(f"{'stage':<20} {'median':>8} {'mean':>8} {'share':>7}")
    total = sum(statistics.fmean(values) for values in timings.values())
    for stage, values in timings.items():
        mean = statistics.fmean(values)
        print(f"{stage:<20} {statistics.median(values):>8.2f} {mean:>8.2f} {mean / total:>7.0%}")
    print(f"{'all stages':<20} {'':>8} {total:>8.2f}   -> at most {1000 / total:.0f} articles/s per core")


if __name__ == "__main__":
    main()
