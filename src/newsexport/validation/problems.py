"""What a validator reports: where in the document, and why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Problem:
    """One reason a document is invalid.

    ``location`` is a JSON pointer (``/body/0/span``) for JSON documents and ``line N`` for XML and HTML.
    """

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location or '/'}: {self.message}"


class Validator(Protocol):
    """Checks serialised documents of one format; built once (schemas compiled once), called many times."""

    def problems(self, document: str) -> list[Problem]: ...


class DocumentInvalid(Exception):
    """An exported document failed validation: it is never written."""

    def __init__(self, format_name: str, problems: list[Problem]) -> None:
        shown = "; ".join(str(problem) for problem in problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        super().__init__(f"invalid {format_name} document: {shown}{more}")
        self.format_name = format_name
        self.problems = problems
