"""Exporter stub: implemented in its own issue."""

from __future__ import annotations

from newsexport.exporters.options import ExportOptions
from newsexport.model import NewsEventRecord


def export(record: NewsEventRecord, options: ExportOptions) -> str:
    raise NotImplementedError("newsml export is not implemented yet")
