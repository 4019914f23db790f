"""Entity and event extraction: fills the record's persons, organisations, places, documents, figures,
topics and event from the segmented article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from newsexport.model import Document, Event, Figure, Organization, Person, Place, Topic
from newsexport.parsing.segment import Segments


@dataclass
class Extraction:
    """What the extractors found in one article."""

    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    event: Event | None = None


def extract(text: str, segments: Segments, published: dt.date | None) -> Extraction:
    """Extract entities and the event from the body paragraphs (spans index ``text``)."""
    return Extraction()
