"""Throughput and peak memory of `newsexport convert` on the real corpus, side by side with trafilatura.

Each configuration runs as its own process tree (so memory is measured alone); rounds interleave the
configurations so machine noise hits all of them alike; figures are medians over the rounds.

    .venv/bin/pip install -e '.[bench]'
    NEWSEXPORT_SCHEMA_DIR=../shared/standards .venv/bin/python benchmarks/throughput.py [--rounds 3] [--scale 10]

Peak memory is the largest sum over the process tree (parent and workers) of each process's proportional set
size (PSS: private pages plus its share of pages shared with the others, so forked workers are not counted
twice), sampled every 20 ms. ``--scale N`` also converts the corpus N times over (hard links under new names) to show
whether memory stays flat as the input grows; that run is made once, in the last round.

Every run writes into a new folder, and all outputs are removed only at the end (see ``fresh_output``): about
8 GB of scratch space for ``--rounds 3 --scale 10``. The cost of creating one empty file in the scratch folder
is printed with the results, since the disk's share of every figure depends on it.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT.parent / "shared" / "corpus"
FORMATS = ("json", "jsonld", "newsml", "ninjs", "html")


def measure(command: list[str]) -> tuple[float, float, list[float]]:
    """Run a command; return (seconds, peak PSS of its process tree in MB, peak PSS in each tenth of the run).

    The tenths show the shape behind the peak: memory that levels off early is bounded, memory still climbing
    in the last tenth grows with the input.
    """
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    samples: list[tuple[float, int]] = []
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            samples.append((time.perf_counter() - started, sum(member.memory_full_info().pss for member in tree)))
        except psutil.Error:
            pass
        time.sleep(0.02)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{process.stderr.read().decode()[-2000:]}")
    tenths = [0.0] * 10
    for moment, pss in samples:
        tenth = min(int(moment / elapsed * 10), 9)
        tenths[tenth] = max(tenths[tenth], pss / 1e6)
    return elapsed, max((pss for _, pss in samples), default=0) / 1e6, tenths


def newsexport_command(inputs: Path, out: Path, formats: str, jobs: int) -> list[str]:
    return [sys.executable, "-m", "newsexport", "convert", str(inputs), "--out", str(out), "--format", formats, "--jobs", str(jobs)]


def trafilatura_command(pages: Path, jobs: int) -> list[str]:
    return [sys.executable, __file__, "--trafilatura-worker", str(pages), "--jobs", str(jobs)]


def write_html_pages(captures: list[Path], folder: Path) -> None:
    """Each capture as the minimal HTML page trafilatura expects: title, h1, one <p> per paragraph."""
    for capture in captures:
        lines = [line for line in capture.read_text(encoding="utf-8").splitlines() if line.strip()]
        title = html.escape(lines[0])
        body = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
        page = f"<html lang=vi><head><meta charset=utf-8><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"
        (folder / f"{capture.stem}.html").write_text(page, encoding="utf-8")


def _extract_page(path: str) -> int:
    import trafilatura

    document = trafilatura.extract(Path(path).read_text(encoding="utf-8"), output_format="json", with_metadata=True)
    return len(document or "")


def trafilatura_worker(pages: Path, jobs: int) -> None:
    """What a user of trafilatura would run: extract every page to JSON, in a pool of ``jobs`` processes."""
    from concurrent.futures import ProcessPoolExecutor

    paths = sorted(str(path) for path in pages.glob("*.html"))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        total = sum(pool.map(_extract_page, paths, chunksize=32))
    print(total)


def fresh_output(command: list[str], round_number: int) -> list[str]:
    """The command writing into a folder of its own for this round.

    Every run writes into a new, empty folder and nothing is deleted until the end. Overwriting the previous
    round's files, or deleting them, would free tens of thousands of inodes, and ext4 (on this machine) then
    scans past recently freed inodes on every new file: a fresh file cost up to ten times more right after a
    large delete, which measured the previous run's clean-up, not the converter. A user converting an archive
    into an empty folder is in the fresh case; a rerun over old outputs should use ``--skip-existing``.
    """
    if "--out" not in command:
        return command
    position = command.index("--out") + 1
    return [*command[:position], f"{command[position]}-round{round_number}", *command[position + 1:]]


def file_creation_cost(folder: Path, files: int = 500) -> float:
    """Microseconds to create one empty file in the scratch folder: what the disk adds to every output."""
    folder.mkdir()
    started = time.perf_counter()
    for number in range(files):
        os.close(os.open(folder / f"{number}", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    return (time.perf_counter() - started) / files * 1e6


def scaled_inputs(captures: list[Path], folder: Path, scale: int) -> None:
    for copy in range(scale):
        for capture in captures:
            os.link(capture, folder / f"{capture.stem}-{copy}.txt")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--scale", type=int, default=0, help="also run all formats on the corpus copied N times")
    parser.add_argument("--all-formats-only", action="store_true",
                        help="only the all-formats runs and trafilatura, at --jobs 2 (the memory check, in minutes)")
    parser.add_argument("--trafilatura-worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=2, help=argparse.SUPPRESS)
    parser.add_argument(
        "--scratch", type=Path, default=PROJECT / ".bench-scratch",
        help="where inputs and outputs are written (default: .bench-scratch in the project; /tmp can be far slower)",
    )
    arguments = parser.parse_args()
    if arguments.trafilatura_worker:
        trafilatura_worker(arguments.trafilatura_worker, arguments.jobs)
        return

    captures = sorted(CORPUS.glob("*/*.txt"))
    arguments.scratch.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=arguments.scratch) as scratch:
        scratch_path = Path(scratch)
        inputs = scratch_path / "in"
        inputs.mkdir()
        for capture in captures:
            os.link(capture, inputs / capture.name)
        pages = scratch_path / "pages"
        pages.mkdir()
        write_html_pages(captures, pages)

        configurations: dict[str, list[str]] = {}
        for jobs in (2,) if arguments.all_formats_only else (1, 2):
            for formats in (",".join(FORMATS),) if arguments.all_formats_only else (*FORMATS, ",".join(FORMATS)):
                label = f"newsexport {'all formats' if ',' in formats else formats:>11}  jobs={jobs}"
                configurations[label] = newsexport_command(inputs, scratch_path / f"out-{jobs}-{formats}", formats, jobs)
            configurations[f"trafilatura extract->json  jobs={jobs}"] = trafilatura_command(pages, jobs)
        if arguments.scale:
            big = scratch_path / "big"
            big.mkdir()
            scaled_inputs(captures, big, arguments.scale)
            configurations[f"newsexport all formats x{arguments.scale} jobs=2"] = newsexport_command(
                big, scratch_path / "out-big", ",".join(FORMATS), 2
            )

        figures: dict[str, list[tuple[float, float, list[float]]]] = {label: [] for label in configurations}
        creation_costs = []
        for round_number in range(arguments.rounds):
            creation_costs.append(file_creation_cost(scratch_path / f"calibration-{round_number}"))
            for label, command in configurations.items():
                if " x" in label and round_number != arguments.rounds - 1:
                    continue  # the scaled run shows whether memory stays flat; once is enough
                figures[label].append(measure(fresh_output(command, round_number)))
            print(f"round {round_number + 1}/{arguments.rounds} done", file=sys.stderr)

    count = len(captures)
    print(f"{count} articles, {os.cpu_count()} cores, median of {arguments.rounds} rounds")
    print(f"creating one empty file in the scratch folder: {statistics.median(creation_costs):.0f} µs "
          f"(rounds: {', '.join(f'{cost:.0f}' for cost in creation_costs)})\n")
    print(f"{'configuration':<40} {'articles/s':>11} {'peak MB (PSS)':>14}")
    rates = {}
    for label, runs in figures.items():
        articles = count * arguments.scale if " x" in label else count
        rate = statistics.median(articles / seconds for seconds, _, _ in runs)
        rates[label] = rate
        print(f"{label:<40} {rate:>11.0f} {statistics.median(peak for _, peak, _ in runs):>14.0f}")
    print("\npeak MB (PSS) in each tenth of the run (last round):")
    for label, runs in figures.items():
        if "all formats" in label:
            print(f"{label:<40} {' '.join(f'{peak:.0f}' for peak in runs[-1][2])}")
    for jobs in (2,) if arguments.all_formats_only else (1, 2):
        ours = rates[f"newsexport {'all formats':>11}  jobs={jobs}"]
        theirs = rates[f"trafilatura extract->json  jobs={jobs}"]
        print(f"\njobs={jobs}: newsexport (all formats, validated) / trafilatura (extraction only) = {ours / theirs:.1f}x")
    print(json.dumps({label: round(rate, 1) for label, rate in rates.items()}), file=sys.stderr)


if __name__ == "__main__":
    main()
