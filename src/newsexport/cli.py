"""The command line: a thin typer layer over :mod:`newsexport.api` and :mod:`newsexport.pipeline`.

Exit codes: 0 all good; 1 some file failed to convert or a document is invalid; 2 a usage error (bad option,
missing schema files, unwritable output folder) that stopped the run before it began.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from newsexport import api, pipeline
from newsexport._version import __version__
from newsexport.errors import NewsexportError
from newsexport.exporters.options import ExportOptions
from newsexport.formats import FORMATS, check_store, parse_format_list
from newsexport.generated_schemas import GENERATED_SCHEMAS, render_schema
from newsexport.parsing import ParseOptions
from newsexport.validation.store import SchemaStore, fetch

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Vietnamese news captures -> validated news-event records.")
schemas_app = typer.Typer(no_args_is_help=True, help="The official standard files (IPTC, schema.org) used for validation.")
app.add_typer(schemas_app, name="schemas")
err = Console(stderr=True, highlight=False, soft_wrap=True)

SchemaDir = Annotated[
    Optional[Path],
    typer.Option("--schema-dir", help="Folder of official schemas (layout of shared/standards); default: $NEWSEXPORT_SCHEMA_DIR, else the user cache."),
]


def _rate(files: int, seconds: float) -> str:
    """Files per second for the summary line: whole numbers from 10 up, one decimal below (a single file in 2 s is
    0.5 files/s, not 0)."""
    rate = files / seconds if seconds > 0 else 0.0
    return f"{rate:.0f} files/s" if rate >= 10 else f"{rate:.1f} files/s"


def _usage_error(message: str) -> typer.Exit:
    err.print(f"error: {message}", markup=False)
    return typer.Exit(2)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsexport {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = False,
) -> None:
    """Convert captures of news articles into canonical JSON, schema.org JSON-LD, NewsML-G2 and ninjs."""


@app.command()
def convert(
    paths: Annotated[list[str], typer.Argument(help="Capture files, folders (their *.txt, recursively) or globs.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    format: Annotated[str, typer.Option("--format", "-f", help=f"Comma-separated formats: {', '.join(FORMATS)}, or all.")] = "all",
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes; 0 (the default) means one per core.")] = 0,
    report: Annotated[Optional[Path], typer.Option("--report", help="Write a JSON report of every file here.")] = None,
    skip_existing: Annotated[bool, typer.Option("--skip-existing", help="Skip sources whose outputs already record the same source hash.")] = False,
    fail_fast: Annotated[bool, typer.Option("--fail-fast", help="Stop at the first failed file.")] = False,
    publisher: Annotated[Optional[str], typer.Option("--publisher", help="Publisher name (JSON-LD publisher, NewsML-G2 provider).")] = None,
    publisher_url: Annotated[Optional[str], typer.Option("--publisher-url", help="Publisher URL.")] = None,
    ninjs_version: Annotated[str, typer.Option("--ninjs-version", help="ninjs version: 3.1 or 2.2.")] = "3.1",
    chrome_phrase: Annotated[Optional[list[str]], typer.Option("--chrome-phrase", help="A whole line to remove as site chrome (repeatable).")] = None,
    schema_dir: SchemaDir = None,
) -> None:
    """Convert captures into validated documents; an invalid document is never written."""
    try:
        formats = parse_format_list(format)
    except ValueError as error:
        raise _usage_error(str(error)) from None
    if ninjs_version not in ("3.1", "2.2"):
        raise _usage_error(f"--ninjs-version must be 3.1 or 2.2, not {ninjs_version}")
    options = pipeline.ConvertOptions(
        out_dir=out,
        formats=formats,
        parse=ParseOptions(extra_chrome=frozenset(chrome_phrase or ())),
        export=ExportOptions(publisher_name=publisher, publisher_url=publisher_url, ninjs_version=ninjs_version),  # type: ignore[arg-type]
        schema_dir=schema_dir,
        jobs=jobs or os.cpu_count() or 1,
        skip_existing=skip_existing,
        fail_fast=fail_fast,
    )
    store = SchemaStore(schema_dir)
    try:
        check_store(formats, store)
    except NewsexportError as error:
        raise _usage_error(str(error)) from None
    report_writer = pipeline.ReportWriter(report) if report is not None else None
    started = time.perf_counter()
    with Progress(
        TextColumn("converting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=err, transient=True
    ) as progress:
        task = progress.add_task("convert", total=None)

        def on_result(result: pipeline.FileResult) -> None:
            progress.advance(task)
            if result.status == "failed":
                progress.console.print(f"error: {result.error}", markup=False)
            if report_writer is not None:
                report_writer.add(result)

        try:
            summary = pipeline.convert_paths(paths, options, on_result)
        except pipeline.OutputFolderError as error:
            if report_writer is not None:
                report_writer.discard()
            raise _usage_error(str(error)) from None
    elapsed = time.perf_counter() - started
    if report_writer is not None:
        report_writer.close(summary)
    err.print(
        f"{summary.converted} converted, {summary.skipped} skipped, {summary.failed} failed "
        f"into {out} in {elapsed:.1f} s ({_rate(summary.total, elapsed)})",
        markup=False,
    )
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def validate(
    files: Annotated[list[Path], typer.Argument(help="Documents to validate (format detected from content).")],
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="Force a format instead of detecting it.")] = None,
    schema_dir: SchemaDir = None,
) -> None:
    """Validate documents against their official schemas; exit 1 if any is invalid."""
    if format is not None and format not in FORMATS:
        raise _usage_error(f"unknown format {format}; choose from {', '.join(FORMATS)}")
    store = SchemaStore(schema_dir)
    invalid = 0
    for path in files:
        try:
            document = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            err.print(f"{path}: cannot be read ({getattr(error, 'strerror', None) or error})", markup=False)
            invalid += 1
            continue
        try:
            problems = api.validate(document, format, store)
        except NewsexportError as error:
            raise _usage_error(str(error)) from None
        if problems:
            invalid += 1
            for problem in problems:
                typer.echo(f"{path}: {problem}")
        else:
            typer.echo(f"{path}: valid")
    if invalid:
        err.print(f"{invalid} of {len(files)} invalid", markup=False)
        raise typer.Exit(1)


@app.command()
def schema(
    check: Annotated[bool, typer.Option("--check", help="Fail if schemas/ differs from the models instead of writing it.")] = False,
    out: Annotated[Path, typer.Option("--out", help="Folder of the generated schemas.")] = Path("schemas"),
) -> None:
    """Write (or check) the JSON Schemas generated from the models into schemas/."""
    stale = []
    for name in GENERATED_SCHEMAS:
        text = render_schema(name)
        target = out / name
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current == text:
            continue
        if check:
            stale.append(str(target))
        else:
            out.mkdir(parents=True, exist_ok=True)
            pipeline.write_atomically(target, text)
            typer.echo(f"wrote {target}")
    if stale:
        err.print(f"out of date with the models: {', '.join(stale)}; run 'newsexport schema' and commit", markup=False)
        raise typer.Exit(1)


@schemas_app.command("fetch")
def schemas_fetch(
    dest: Annotated[Optional[Path], typer.Option("--dest", help="Folder to fill (default: the user cache).")] = None,
) -> None:
    """Download the official standard files and check each against its pinned sha256."""
    try:
        for path in fetch(dest):
            typer.echo(str(path))
    except NewsexportError as error:
        err.print(f"error: {error}", markup=False)
        raise typer.Exit(1) from None


@schemas_app.command("check")
def schemas_check(schema_dir: SchemaDir = None) -> None:
    """Check that every official file is present in the store with its pinned checksum."""
    from newsexport.validation.store import OFFICIAL_FILES

    store = SchemaStore(schema_dir)
    try:
        for relative in OFFICIAL_FILES:
            typer.echo(f"ok {store.path(relative)}")
    except NewsexportError as error:
        err.print(f"error: {error}", markup=False)
        raise typer.Exit(1) from None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
