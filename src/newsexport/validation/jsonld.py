"""Validator stub: implemented in its own issue."""

from __future__ import annotations

from newsexport.validation.problems import Problem
from newsexport.validation.store import SchemaStore


class JsonLdValidator:
    def __init__(self, store: SchemaStore) -> None:
        self._store = store

    def problems(self, document: str) -> list[Problem]:
        raise NotImplementedError("jsonld validation is not implemented yet")
