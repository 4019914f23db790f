"""Convert one capture or many: read -> parse -> export -> validate -> write, with one result per file.

Errors are values: a file that cannot be converted becomes a failed :class:`FileResult` with one clear line,
and the batch goes on. Every document of a source is exported and validated before any is written, and
each is written atomically (temporary file in the output folder, then rename), so an interrupted or failed
run never leaves a partial or invalid output behind. Memory stays flat: paths are streamed, at most a few
tasks (of a few files each) per worker are in flight, results are handed to a callback instead of being kept, and
the workers are replaced every few thousand files (:data:`POOL_TASKS`), before the pages they share with the parent
have become copies of their own.
"""

from __future__ import annotations

import contextlib
import gc
import glob
import hashlib
import json
import os
import sqlite3
import tempfile
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from newsexport.errors import InputError, NewsexportError
from newsexport.exporters.jsonld import recommended_property_warnings
from newsexport.exporters.options import ExportOptions
from newsexport.formats import FORMATS, validator_for
from newsexport.parsing import ParseOptions, build_record
from newsexport.reading import load_source, read_bytes
from newsexport.validation.problems import DocumentInvalid
from newsexport.validation.store import SchemaStore

Status = Literal["converted", "skipped", "failed"]
CAPTURE_SUFFIX = ".txt"


@dataclass(frozen=True)
class ConvertOptions:
    out_dir: Path
    formats: tuple[str, ...] = tuple(FORMATS)
    parse: ParseOptions = ParseOptions()
    export: ExportOptions = ExportOptions()
    schema_dir: Path | None = None
    jobs: int = 1
    skip_existing: bool = False
    fail_fast: bool = False


@dataclass(frozen=True)
class FileResult:
    """What happened to one source."""

    source: str
    status: Status
    outputs: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "status": self.status,
            "outputs": list(self.outputs),
            "warnings": list(self.warnings),
            "error": self.error,
        }


@dataclass
class Summary:
    """Counts of a batch; kept instead of the results so memory does not grow with the batch."""

    converted: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[FileResult] = field(default_factory=list)

    def add(self, result: FileResult) -> None:
        setattr(self, result.status, getattr(self, result.status) + 1)
        if result.status == "failed":
            self.failures.append(result)

    @property
    def total(self) -> int:
        return self.converted + self.skipped + self.failed


class OutputFolderError(NewsexportError):
    """The output folder cannot be created or written: no file could be converted."""


def output_paths(source: Path, options: ConvertOptions) -> dict[str, Path]:
    """Where each format of a source is written: ``<out>/<source stem><format suffix>``."""
    return {name: options.out_dir / f"{source.stem}{FORMATS[name].suffix}" for name in options.formats}


def convert_file(source: Path, options: ConvertOptions) -> FileResult:
    """Convert one capture; never raises for bad input (the result says what went wrong)."""
    try:
        return _convert_file(source, options)
    except InputError as error:  # named by the path given, not the bare file name the record keeps
        return FileResult(str(source), "failed", error=f"{source}: {error.reason}")
    except NewsexportError as error:
        return FileResult(str(source), "failed", error=f"{source}: {error}")
    except Exception as error:  # a bug must not stop a batch of a million files; it is reported, not hidden
        return FileResult(str(source), "failed", error=f"{source}: internal error ({type(error).__name__}: {error})")


def _convert_file(source: Path, options: ConvertOptions) -> FileResult:
    data = load_source(source)
    targets = output_paths(source, options)
    if options.skip_existing and _already_converted(hashlib.sha256(data).hexdigest(), targets.values()):
        return FileResult(str(source), "skipped", outputs=tuple(str(path) for path in targets.values()))
    record = build_record(read_bytes(data, source.name), options.parse)
    store = _store(options.schema_dir)
    documents = {}
    for name, target in targets.items():
        document = FORMATS[name].export(record, options.export)
        problems = validator_for(name, store).problems(document)
        if problems:
            raise InputError(str(source), str(DocumentInvalid(name, problems)) + " (nothing written)")
        documents[target] = document
    for target, document in documents.items():
        write_atomically(target, document)
    warnings = [warning.message for warning in record.warnings]
    if {"jsonld", "html"} & set(options.formats):
        warnings += recommended_property_warnings(record)
    return FileResult(str(source), "converted", outputs=tuple(str(path) for path in documents), warnings=tuple(warnings))


_STORES: dict[Path, SchemaStore] = {}


def _store(schema_dir: Path | None) -> SchemaStore:
    """The schema store of a folder, one per folder and process.

    A store is found afresh for every file (the folder given, else the environment, else the user cache), but
    the store of a folder already seen is reused: its ``key`` (the folder's resolved path, which the validators
    are cached by) then costs nothing, where resolving it again cost a system call per path component on
    every file. The files a validator reads were checked against their pinned hashes when it was built.
    """
    found = SchemaStore(schema_dir)
    return _STORES.setdefault(found.root, found)


def _already_converted(source_sha256: str, targets: Iterable[Path]) -> bool:
    """Every output exists and records the same source hash (all formats carry it)."""
    for target in targets:
        try:
            if source_sha256 not in target.read_text(encoding="utf-8"):
                return False
        except (OSError, UnicodeDecodeError):
            return False
    return True


def write_atomically(target: Path, document: str) -> None:
    """Write through a temporary file in the same folder and rename: readers see the old file or the new.

    The rename is atomic against the process being killed at any moment; a temporary file a kill leaves
    behind (``.NAME.PID.tmp``) is removed by the next run. There is no fsync: it would cost more than the
    whole conversion, and a power loss is recovered by rerunning with ``--skip-existing``.

    Plain ``os`` calls on bytes and path strings rather than a text stream and ``Path`` methods: building
    the stream cost about 35 µs a file, a third of a whole write on tmpfs (105 -> 70 µs), and the temporary
    file's ``Path`` another few µs; the bytes written are the same UTF-8 with ``\\n``, the temporary file's
    name the same.
    """
    folder, separator, name = os.fspath(target).rpartition(os.sep)
    temporary = f"{folder}{separator}.{name}.{os.getpid()}.tmp"
    data = document.encode("utf-8")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _CLOEXEC, 0o666)
        try:
            written = os.write(descriptor, data)
            if written < len(data):
                rest = memoryview(data)[written:]
                while rest:
                    rest = rest[os.write(descriptor, rest):]
        finally:
            os.close(descriptor)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def expand_inputs(paths: Iterable[str]) -> Iterator[Path | FileResult]:
    """Files as given, folders as their ``*.txt`` captures (sorted, recursive), globs as their matches.

    Inputs that name nothing come out as failed results, so they are reported like any other bad file.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = False
            for capture in _captures_in(path):
                found = True
                yield capture
            if not found:
                yield FileResult(given, "failed", error=f"{given}: folder holds no {CAPTURE_SUFFIX} capture")
        elif path.exists() or path.is_symlink():
            yield path
        elif glob.has_magic(given):
            matches = sorted(Path(match) for match in glob.glob(given, recursive=True) if not Path(match).is_dir())
            if not matches:
                yield FileResult(given, "failed", error=f"{given}: no file matches this pattern")
            yield from matches
        else:
            yield FileResult(given, "failed", error=f"{given}: no such file or folder")


def _captures_in(folder: Path) -> Iterator[Path]:
    """The ``*.txt`` captures below a folder, streamed: each folder's files sorted by name, then its subfolders
    sorted by name, so the order is fixed and only one folder's listing is held at a time (an archive of a
    million files is never listed whole). Hidden files and folders are passed over; links to folders are not
    followed (no loops).

    The listing is kept as bare names, not ``os.DirEntry`` objects: 4 instead of 12 MB for a folder of 50,000
    captures, the one thing in a run that grows with the input.
    """
    captures: list[str] = []
    folders: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.name.endswith(CAPTURE_SUFFIX):
                    captures.append(entry.name)  # a folder or a broken link of that name is reported as what it is
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.name)
    except OSError:
        return
    captures.sort()
    folders.sort()
    for name in captures:
        yield folder / name
    del captures
    for name in folders:
        yield from _captures_in(folder / name)


def _deduplicated(items: Iterable[Path | FileResult]) -> Iterator[Path | FileResult]:
    """Two sources that would write the same output names: the first keeps them, the others fail.

    The map from output name to its owner is the one thing a run must remember of every file, so it is kept
    in a private temporary SQLite database on disk rather than in memory: SQLite holds at most its page cache
    (2 MiB by default) and the parent stays flat however many files a run converts.
    """
    with closing(sqlite3.connect("")) as database:  # "": a temporary database, deleted when closed
        database.execute("CREATE TABLE owner (stem TEXT PRIMARY KEY, source TEXT NOT NULL) WITHOUT ROWID")
        for item in items:
            if isinstance(item, FileResult):
                yield item
                continue
            source = str(item)
            try:
                database.execute("INSERT INTO owner VALUES (?, ?)", (item.stem, source))
            except sqlite3.IntegrityError:
                (owner,) = database.execute("SELECT source FROM owner WHERE stem = ?", (item.stem,)).fetchone()
                if owner == source or Path(owner).resolve() == item.resolve():
                    continue  # the same file named twice is converted once
                yield FileResult(
                    source, "failed", error=f"{item}: its outputs would overwrite those of {owner} (same name '{item.stem}')"
                )
                continue
            yield item


def prepare_output_folder(out_dir: Path) -> None:
    """Create the output folder, prove it is writable, and remove temporary files a killed run left behind."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        descriptor, probe = tempfile.mkstemp(dir=out_dir, prefix=".newsexport-probe.", suffix=".tmp")
        os.close(descriptor)
        os.unlink(probe)
        for leftover in out_dir.glob(".*.tmp"):
            leftover.unlink(missing_ok=True)
    except OSError as error:
        raise OutputFolderError(f"{out_dir}: output folder is not writable ({error.strerror or error})") from None


class ReportWriter:
    """Streams a JSON report (one entry per source, then the summary) and renames it into place at the end,
    so the report of a huge batch costs no memory and a killed run leaves no half-written report."""

    def __init__(self, target: Path) -> None:
        self._target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, self._temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        self._stream = os.fdopen(descriptor, "w", encoding="utf-8", newline="\n")
        self._stream.write('{\n  "results": [')
        self._first = True

    def add(self, result: FileResult) -> None:
        self._stream.write(("\n    " if self._first else ",\n    ") + json.dumps(result.as_dict(), ensure_ascii=False))
        self._first = False

    def close(self, summary: Summary) -> None:
        counts = {"converted": summary.converted, "skipped": summary.skipped, "failed": summary.failed}
        self._stream.write(f"\n  ],\n  \"summary\": {json.dumps(counts)}\n}}\n")
        self._stream.close()
        os.replace(self._temporary, self._target)

    def discard(self) -> None:
        self._stream.close()
        Path(self._temporary).unlink(missing_ok=True)


def convert_paths(
    paths: Iterable[str],
    options: ConvertOptions,
    on_result: Callable[[FileResult], None] = lambda result: None,
) -> Summary:
    """Convert every capture the inputs name; results go to ``on_result`` in input order."""
    prepare_output_folder(options.out_dir)
    summary = Summary()
    for result in _results(_deduplicated(expand_inputs(paths)), options):
        summary.add(result)
        on_result(result)
        if options.fail_fast and result.status == "failed":
            break
    return summary


CHUNK = 8
"""Captures sent to a worker at a time: one task per file cost the parent about 0.5 ms of pickling and
bookkeeping per file, a fifth of a core at 2 jobs; eight at a time keep that small and the progress live."""


def _results(items: Iterator[Path | FileResult], options: ConvertOptions) -> Iterator[FileResult]:
    if options.jobs <= 1:
        for item in items:
            yield item if isinstance(item, FileResult) else convert_file(item, options)
        return
    _warm_up(options)
    try:
        yield from _pooled(items, options, window=options.jobs * 4)
    finally:
        gc.unfreeze()


def convert_files(sources: list[Path], options: ConvertOptions) -> list[FileResult]:
    """One worker task: a few captures, converted in order."""
    return [convert_file(source, options) for source in sources]


def _chunks(items: Iterator[Path | FileResult]) -> Iterator[list[Path] | FileResult]:
    """Runs of up to :data:`CHUNK` paths; a failed input is passed on alone, in its place in the order."""
    run: list[Path] = []
    for item in items:
        if isinstance(item, FileResult):
            if run:
                yield run
                run = []
            yield item
            continue
        run.append(item)
        if len(run) == CHUNK:
            yield run
            run = []
    if run:
        yield run


POOL_TASKS = 250
"""Tasks (of :data:`CHUNK` files) one pool of workers runs before it is drained and replaced by a fresh one.

A forked worker starts out sharing the parent's warm pages (patterns, validators, vocabulary), but every
object it reads gets its reference count written, so page after page becomes its own copy: on the corpus at
``--jobs 2`` each worker's private memory grew from 13 to 32 MB over 10,000 articles while its resident size
stayed at 98 MB (``benchmarks/worker_memory.py``). Forking fresh workers every 2,000 files puts that back, so peak
memory no longer grows with the number of files; the drain and the two forks cost no time that shows above the
noise (``docs/benchmarks.md``)."""


def _pooled(items: Iterator[Path | FileResult], options: ConvertOptions, window: int) -> Iterator[FileResult]:
    """Results in input order from pools of ``options.jobs`` workers, each pool serving :data:`POOL_TASKS` tasks."""
    chunks = _chunks(items)
    while (yield from _one_pool(chunks, options, window)) == POOL_TASKS:
        pass


def _one_pool(chunks: Iterator[list[Path] | FileResult], options: ConvertOptions,
              window: int) -> Generator[FileResult, None, int]:
    """Results of the next :data:`POOL_TASKS` tasks of ``chunks``, from one pool; returns how many tasks it ran
    (fewer once the input is exhausted). The pool is drained before it closes, so the next one starts empty."""
    served = 0
    with ProcessPoolExecutor(max_workers=options.jobs) as pool:
        pending: deque[Future[list[FileResult]] | FileResult] = deque()
        try:
            for chunk in chunks:
                if isinstance(chunk, FileResult):
                    pending.append(chunk)
                else:
                    pending.append(pool.submit(convert_files, chunk, options))
                    served += 1
                while len(pending) >= window:
                    yield from _resolve(pending.popleft())
                if served == POOL_TASKS:
                    break
            while pending:
                yield from _resolve(pending.popleft())
        finally:
            for waiting in pending:
                if isinstance(waiting, Future):
                    waiting.cancel()
    return served


WARM_UP_CAPTURE = (
    "Hội nghị tổng kết công tác năm của Công an tỉnh Sơn La\n"
    "Ngày 11 tháng 03 năm 2019\n"
    "Sáng 11/3, tại Hà Nội, Đại tá Nguyễn Văn A, Giám đốc Công an tỉnh, chủ trì hội nghị theo Quyết định số 12/QĐ-UBND; "
    "120 đại biểu dự.\n"
)
"""A small capture of our own that takes every extractor and exporter through its first call."""


def _warm_up(options: ConvertOptions) -> None:
    """Build in the parent, before the workers are forked, what every worker would otherwise build for itself:
    the compiled patterns and word lists of the extractors and the validators of the chosen formats (XSD,
    JSON Schemas, the schema.org vocabulary). Forked workers then share those pages with the parent instead
    of holding a copy each; ``gc.freeze`` keeps the collector from touching (and so copying) them until the
    pool is done. Only an optimisation: whatever fails here fails again, reported per file, in the workers.
    """
    try:
        record = build_record(read_bytes(WARM_UP_CAPTURE.encode(), "warm-up.txt"), options.parse)
        store = SchemaStore(options.schema_dir)
        for name in options.formats:
            validator_for(name, store).problems(FORMATS[name].export(record, options.export))
    except Exception:  # noqa: BLE001 - see the docstring
        pass
    gc.collect()  # what is garbage now is not frozen with the rest
    gc.freeze()


def _resolve(item: Future[list[FileResult]] | FileResult) -> list[FileResult]:
    return [item] if isinstance(item, FileResult) else item.result()
