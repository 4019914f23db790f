"""Assemble the canonical record from a read source: segmentation, then extraction."""

from __future__ import annotations

from dataclasses import dataclass

from newsexport._version import __version__
from newsexport.model import (
    SCHEMA_VERSION,
    TIMEZONE,
    UTC_OFFSET,
    VIETNAM,
    Media,
    NewsEventRecord,
    Normalisation,
    Paragraph,
    Provenance,
    PublicationDate,
    RemovedText,
    Warning,
)
from newsexport.parsing.extract import extract
from newsexport.parsing.segment import Segments, segment
from newsexport.reading import SourceText


@dataclass(frozen=True)
class ParseOptions:
    """Choices a caller can make about parsing."""

    extra_chrome: frozenset[str] = frozenset()
    """Lines to treat as site chrome in addition to ``data/chrome_phrases.txt``."""


def build_record(source: SourceText, options: ParseOptions = ParseOptions()) -> NewsEventRecord:
    """Parse one read source into a validated :class:`NewsEventRecord`."""
    segments = segment(source.text, source.name, options.extra_chrome)
    published = _publication_date(segments)
    found = extract(source.text, segments, published.date if published else None)
    text_sha256 = source.text_sha256
    return NewsEventRecord(
        schema_version=SCHEMA_VERSION,
        id=f"urn:newsexport:{text_sha256[:32]}",
        provenance=Provenance(
            source_name=source.name,
            source_sha256=source.source_sha256,
            source_size=source.source_size,
            encoding=source.encoding,
            text_sha256=text_sha256,
            normalisations=[Normalisation(name=name, count=count) for name, count in source.normalisations],
            generator=f"newsexport {__version__}",
        ),
        language="vi",
        headline=segments.headline.text,
        headline_span=segments.headline.span,
        date_published=published,
        body=[Paragraph(text=line.text, span=line.span) for line in segments.paragraphs],
        media=[
            Media(kind="image", caption=caption.text, caption_spans=list(caption.spans), credit=caption.credit)
            for caption in segments.captions
        ],
        removed_chrome=[RemovedText(text=line.text, span=line.span) for line in segments.chrome],
        warnings=[Warning(code=code, message=message) for code, message in segments.warnings],
        persons=found.persons,
        organizations=found.organizations,
        places=found.places,
        documents=found.documents,
        figures=found.figures,
        topics=found.topics,
        event=found.event,
    )


def _publication_date(segments: Segments) -> PublicationDate | None:
    if segments.date is None or segments.date_line is None:
        return None
    return PublicationDate(
        date=segments.date.date,
        time=segments.date.time.replace(tzinfo=VIETNAM) if segments.date.time else None,
        precision="day" if segments.date.time is None else "minute",
        timezone=TIMEZONE,
        utc_offset=UTC_OFFSET,
        as_written=segments.date_line.text,
        span=segments.date_line.span,
    )
