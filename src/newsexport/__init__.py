"""newsexport: Vietnamese news captures -> one validated news-event record -> the industry's formats.

    >>> import newsexport
    >>> record = newsexport.parse(open("seeds/000_d8686ed517af0e41.txt", "rb").read(), "000.txt")
    >>> xml = newsexport.export(record, "newsml")          # validated before it is returned
    >>> newsexport.validate(xml)                           # [] when valid, else Problems
    []
"""

from newsexport._version import __version__
from newsexport.api import default_store, export, parse, parse_file, validate
from newsexport.errors import InputError, NewsexportError, SchemaStoreError
from newsexport.exporters.options import ExportOptions
from newsexport.formats import FORMATS
from newsexport.model import NewsEventRecord
from newsexport.parsing import ParseOptions
from newsexport.pipeline import ConvertOptions, FileResult, convert_paths
from newsexport.validation.problems import DocumentInvalid, Problem
from newsexport.validation.store import SchemaStore

__all__ = [
    "FORMATS",
    "ConvertOptions",
    "DocumentInvalid",
    "ExportOptions",
    "FileResult",
    "InputError",
    "NewsEventRecord",
    "NewsexportError",
    "ParseOptions",
    "Problem",
    "SchemaStore",
    "SchemaStoreError",
    "__version__",
    "convert_paths",
    "default_store",
    "export",
    "parse",
    "parse_file",
    "validate",
]
