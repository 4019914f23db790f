"""The public API: parse a capture, export a record, validate a document.

Everything a caller needs is re-exported from :mod:`newsexport`; the CLI is a thin layer over these functions.
"""

from __future__ import annotations

from pathlib import Path

from newsexport.exporters.options import ExportOptions
from newsexport.formats import FORMATS, detect_format, validator_for
from newsexport.model import NewsEventRecord
from newsexport.parsing import ParseOptions, build_record
from newsexport.reading import load_source, read_bytes
from newsexport.validation.problems import DocumentInvalid, Problem
from newsexport.validation.store import SchemaStore

_DEFAULT_STORE: SchemaStore | None = None


def default_store() -> SchemaStore:
    """The schema store found from the environment (``NEWSEXPORT_SCHEMA_DIR``, else the user cache)."""
    global _DEFAULT_STORE
    if _DEFAULT_STORE is None:
        _DEFAULT_STORE = SchemaStore()
    return _DEFAULT_STORE


def parse(data: str | bytes, source_name: str = "<text>", options: ParseOptions = ParseOptions()) -> NewsEventRecord:
    """Parse one capture (its bytes, or text already decoded) into a validated record.

    Raises :class:`newsexport.InputError` naming ``source_name`` and the reason when there is no article in it.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return build_record(read_bytes(raw, source_name), options)


def parse_file(path: str | Path, options: ParseOptions = ParseOptions()) -> NewsEventRecord:
    """Parse the capture stored at ``path``."""
    path = Path(path)
    return parse(load_source(path), path.name, options)


def export(
    record: NewsEventRecord,
    format: str = "json",
    options: ExportOptions = ExportOptions(),
    store: SchemaStore | None = None,
) -> str:
    """Serialise ``record`` in ``format`` and validate it; raise :class:`DocumentInvalid` rather than return
    an invalid document."""
    entry = FORMATS[format]
    document = entry.export(record, options)
    problems = validator_for(format, store or default_store()).problems(document)
    if problems:
        raise DocumentInvalid(format, problems)
    return document


def validate(document: str, format: str | None = None, store: SchemaStore | None = None) -> list[Problem]:
    """Problems of a serialised document (empty when valid); the format is detected when not given."""
    name = format or detect_format(document)
    if name is None:
        return [Problem("", "not a document of a known format (canonical JSON, JSON-LD, NewsML-G2, ninjs, HTML)")]
    return validator_for(name, store or default_store()).problems(document)
