"""Errors as values the batch can record: each names the file and the reason in one line."""

from __future__ import annotations


class NewsexportError(Exception):
    """Base of the errors this package raises on purpose (never a bug)."""


class InputError(NewsexportError):
    """A source that cannot become a record: the message names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class SchemaStoreError(NewsexportError):
    """An official schema file is missing or does not match its pinned checksum."""
