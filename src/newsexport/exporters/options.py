"""Choices a caller makes about exported documents (the same for every format)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class ExportOptions:
    publisher_name: str | None = None
    """Publisher of the article (schema.org ``publisher``, NewsML-G2 ``provider``); never guessed."""
    publisher_url: str | None = None
    ninjs_version: Literal["3.1", "2.2"] = "3.1"
