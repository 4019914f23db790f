"""Canonical JSON validator: the project's own JSON Schema, then the model's cross-field rules."""

from __future__ import annotations

from pydantic import ValidationError

from newsexport.model import NewsEventRecord, record_json_schema
from newsexport.validation.json_errors import load_json
from newsexport.validation.json_schema import CompiledSchema
from newsexport.validation.problems import Problem
from newsexport.validation.store import SchemaStore


class CanonicalValidator:
    """Validates against ``schemas/newsexport-record.schema.json`` (generated from the model, so the same)."""

    def __init__(self, store: SchemaStore | None = None) -> None:
        self._schema = CompiledSchema(record_json_schema())

    def problems(self, document: str) -> list[Problem]:
        instance, problems = load_json(document)
        if problems:
            return problems
        problems = self._schema.problems(instance)
        if problems:
            return problems
        try:
            NewsEventRecord.model_validate_json(document)
        except ValidationError as error:
            return [
                Problem("/" + "/".join(str(part) for part in detail["loc"]), detail["msg"])
                for detail in error.errors(include_url=False)
            ]
        return []
