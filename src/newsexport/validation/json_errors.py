"""Shared helpers for validators of JSON documents: parsing with a located error, and schema errors as Problems."""

from __future__ import annotations

import json
from collections.abc import Iterable

import orjson
from jsonschema.exceptions import ValidationError

from newsexport.validation.json_schema import json_pointer
from newsexport.validation.problems import Problem


def load_json(document: str) -> tuple[object, list[Problem]]:
    """Parse JSON; a syntax error becomes a Problem with its line and column.

    orjson parses what the exporters write several times faster; what it refuses (a syntax error, but also
    NaN or integers beyond 64 bits, which Python's json reads) goes to the standard parser, which either
    reads it or says where it breaks.
    """
    try:
        return orjson.loads(document), []
    except orjson.JSONDecodeError:
        pass
    try:
        return json.loads(document), []
    except json.JSONDecodeError as error:
        return None, [Problem(f"line {error.lineno}", f"not JSON: {error.msg} (column {error.colno})")]


def schema_problems(errors: Iterable[ValidationError]) -> list[Problem]:
    """jsonschema errors as Problems at their JSON pointer, in document order (deterministic)."""
    problems = [Problem(json_pointer(error.absolute_path), error.message) for error in errors]
    return sorted(problems, key=lambda problem: (problem.location, problem.message))
