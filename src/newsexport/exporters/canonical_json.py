"""Canonical JSON: the record itself, in the field order of the model, UTF-8, two-space indent."""

from __future__ import annotations

from newsexport.exporters.json_text import dumps
from newsexport.exporters.options import ExportOptions
from newsexport.model import NewsEventRecord


def export(record: NewsEventRecord, options: ExportOptions) -> str:
    return dumps(record.model_dump(mode="json"))
