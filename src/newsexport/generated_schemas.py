"""The JSON Schemas this project publishes in ``schemas/``, each generated from code (never edited by hand).

``newsexport schema`` writes them; ``newsexport schema --check`` (run by the tests and the before-stop hook)
fails when a committed file differs from what the code generates.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from newsexport.exporters.jsonld_profile import jsonld_profile_schema
from newsexport.model import record_json_schema

GENERATED_SCHEMAS: dict[str, Callable[[], dict]] = {
    "newsexport-record.schema.json": record_json_schema,
    "newsexport-jsonld.schema.json": jsonld_profile_schema,
}


def render_schema(name: str) -> str:
    """The exact text of a generated schema file."""
    return json.dumps(GENERATED_SCHEMAS[name](), ensure_ascii=False, indent=2) + "\n"
