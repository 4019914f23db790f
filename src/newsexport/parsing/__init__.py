"""Text -> parts of an article -> the canonical record. Knows nothing about output formats."""

from newsexport.parsing.record import ParseOptions, build_record

__all__ = ["ParseOptions", "build_record"]
