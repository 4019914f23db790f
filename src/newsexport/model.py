"""The canonical news-event record: the single source of truth.

Every exporter reads only this model, and ``schemas/newsexport-record.schema.json`` is generated from it
(``newsexport schema``). Models are strict (no coercion, no unknown fields) and frozen, so a record that
exists is a record that is valid; the JSON Schema says the same thing to consumers in other languages.

Character spans (``Span``) index the *normalised* text that :mod:`newsexport.reading` produces from the
source bytes; ``Provenance.text_sha256`` identifies that text, so a consumer can check it holds the same one.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.0"
SCHEMA_ID = "urn:newsexport:schema:record:1.0"
TIMEZONE = "Asia/Ho_Chi_Minh"
UTC_OFFSET = "+07:00"
VIETNAM_OFFSET = dt.timedelta(hours=7)
VIETNAM = dt.timezone(VIETNAM_OFFSET)

NonEmptyStr = Annotated[str, Field(min_length=1)]
EntityId = Annotated[
    str,
    Field(pattern=r"^(person|org|place|doc|event)-[a-z0-9-]+$", description="Stable id of an entity within a record."),
]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Span(_Strict):
    """A half-open character range ``[start, end)`` in the normalised text."""

    start: int = Field(ge=0, description="Offset of the first character, in the normalised text.")
    end: int = Field(ge=0, description="Offset one past the last character, in the normalised text.")

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Normalisation(_Strict):
    """One kind of clean-up applied while reading, and how many times it applied."""

    name: NonEmptyStr = Field(description="What was normalised, e.g. 'nfc', 'no-break-space', 'zero-width'.")
    count: int = Field(ge=1, description="How many characters or sequences it changed.")


class Provenance(_Strict):
    """Where the record came from, precisely enough to find and re-read the source."""

    source_name: NonEmptyStr = Field(description="File name of the source capture (no folders).")
    source_sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the source bytes.")
    source_size: int = Field(ge=0, description="Size of the source in bytes.")
    encoding: NonEmptyStr = Field(description="Encoding the source was decoded from, e.g. 'utf-8', 'utf-16'.")
    text_sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the normalised text (UTF-8).")
    normalisations: list[Normalisation] = Field(
        description="Clean-ups applied to the decoded text, in the order they ran."
    )
    generator: NonEmptyStr = Field(description="The program and version that made the record.")


class PublicationDate(_Strict):
    """The date the source states for the article, with the precision it states it at."""

    date: dt.date = Field(description="Calendar date in Vietnam (day first in the source).")
    time: dt.time | None = Field(
        description="Local time of day with its UTC offset (RFC 3339 full-time, e.g. '08:30:00+07:00') when the "
        "source writes one; never invented."
    )
    precision: Literal["day", "minute"] = Field(description="'day' when no time is written, else 'minute'.")
    timezone: Literal["Asia/Ho_Chi_Minh"] = Field(description="IANA timezone of the source.")
    utc_offset: Literal["+07:00"] = Field(description="UTC offset of the timezone (Vietnam has no DST).")
    as_written: NonEmptyStr = Field(description="The date line as written in the source.")
    span: Span = Field(description="Where the date line stands in the normalised text.")

    @model_validator(mode="after")
    def _precision_matches_time(self) -> PublicationDate:
        if (self.time is None) != (self.precision == "day"):
            raise ValueError("precision must be 'day' without a time and 'minute' with one")
        if self.time is not None and self.time.utcoffset() != VIETNAM_OFFSET:
            raise ValueError("the time must carry Vietnam's UTC offset, +07:00")
        return self

    def isoformat(self) -> str:
        """ISO 8601 at the record's precision: ``2019-03-11`` or ``2019-03-11T08:30:00+07:00``."""
        if self.time is None:
            return self.date.isoformat()
        return f"{self.date.isoformat()}T{self.time.strftime('%H:%M:%S')}{self.utc_offset}"

    def datetime_floor(self) -> str:
        """A full date-time for formats that require one: the stated time, else local midnight.

        The precision stays in the canonical record; formats that cannot carry it get the start of the day.
        """
        clock = self.time.strftime("%H:%M:%S") if self.time is not None else "00:00:00"
        return f"{self.date.isoformat()}T{clock}{self.utc_offset}"


class Paragraph(_Strict):
    """One paragraph of body text, after captions and page chrome were taken out."""

    text: NonEmptyStr = Field(description="The paragraph text.")
    span: Span = Field(description="Where the paragraph stands in the normalised text.")


class Media(_Strict):
    """A picture the page showed, known only by its caption (captures carry no image files)."""

    kind: Literal["image"] = Field(description="Media type; captures only show pictures.")
    caption: NonEmptyStr = Field(description="The caption text, rejoined when the capture broke it.")
    caption_spans: list[Span] = Field(min_length=1, description="The pieces of the caption in the normalised text.")
    credit: str | None = Field(description="Photo credit when the caption names one ('Ảnh: ...').")


class RemovedText(_Strict):
    """Page chrome (site navigation, widgets) taken out of the body."""

    text: NonEmptyStr = Field(description="The removed text as written.")
    span: Span = Field(description="Where it stood in the normalised text.")


class Warning(_Strict):  # noqa: A001 - the domain word; never shadows the builtin outside this module
    """Something a reader of the record should know about how it was made."""

    code: str = Field(pattern=r"^[a-z][a-z0-9-]*$", description="Stable machine-readable code.")
    message: NonEmptyStr = Field(description="What happened, for a person.")


class Mention(_Strict):
    """One place in the text where an entity is named."""

    text: NonEmptyStr = Field(description="The words as written.")
    span: Span = Field(description="Where they stand in the normalised text.")


class Person(_Strict):
    """A person the story is about (not bylines or photo credits)."""

    id: EntityId
    name: NonEmptyStr = Field(description="Full name as written, e.g. 'Tô Lâm'.")
    rank: str | None = Field(description="Police or military rank, e.g. 'Đại tướng'.")
    titles: list[NonEmptyStr] = Field(description="Positions held, in the order written.")
    mentions: list[Mention] = Field(min_length=1, description="Every place the person is named.")


class Organization(_Strict):
    """An organisation named in the story."""

    id: EntityId
    name: NonEmptyStr = Field(description="Fullest name, with the province for bare provincial bodies.")
    aliases: list[NonEmptyStr] = Field(description="Other forms written in the article.")
    expanded: str | None = Field(description="The name with abbreviations spelled out, when it has any.")
    mentions: list[Mention] = Field(min_length=1, description="Every place the organisation is named.")


PlaceKind = Literal["country", "province", "city", "district", "commune", "ward", "town", "other"]


class Place(_Strict):
    """A place named in the story."""

    id: EntityId
    name: NonEmptyStr = Field(description="Name without the administrative prefix, e.g. 'Sơn La'.")
    kind: PlaceKind = Field(description="Administrative kind.")
    code: str | None = Field(description="Official Vietnamese administrative code valid at the article's date.")
    mentions: list[Mention] = Field(min_length=1, description="Every place it is named.")


class Document(_Strict):
    """A legal or programme document cited by number."""

    id: EntityId
    identifier: NonEmptyStr = Field(description="Number and symbol as written, e.g. '25-NQ/TW'.")
    kind: NonEmptyStr = Field(description="Document kind, e.g. 'Nghị quyết', 'Chương trình phối hợp'.")
    title: str | None = Field(description="Quoted title when the text gives one.")
    mentions: list[Mention] = Field(min_length=1, description="Full and short references ('... số 09').")


class Figure(_Strict):
    """A number the story reports, with what it counts."""

    value: int | float = Field(description="The value, read from Vietnamese number format.")
    counted: NonEmptyStr = Field(description="What is counted, e.g. 'tổ hòa giải'.")
    as_written: NonEmptyStr = Field(description="The number as written, e.g. '17.740'.")
    scope: str | None = Field(description="Where or of what the count holds, when stated.")
    span: Span = Field(description="Where the number stands in the normalised text.")


class Topic(_Strict):
    """An IPTC Media Topic the story belongs to."""

    code: str = Field(pattern=r"^medtop:[0-9]{8}$", description="IPTC Media Topic QCode.")
    name: NonEmptyStr = Field(description="English preferred label of the topic.")
    rule: NonEmptyStr = Field(description="The documented keyword rule that assigned it.")


class EventDate(_Strict):
    """The date the reported event took place, resolved against the publication date."""

    date: dt.date = Field(description="Resolved calendar date.")
    as_written: NonEmptyStr = Field(description="The words that state it, e.g. 'Ngày 11/3'.")
    span: Span


class Event(_Strict):
    """The event the article reports: what, when, where, who chaired."""

    id: EntityId
    kind: NonEmptyStr = Field(description="Event kind as written, e.g. 'Hội nghị', 'Lễ công bố'.")
    name: NonEmptyStr = Field(description="Name of the event, from the text.")
    date: EventDate | None = Field(description="When it took place, when the text says.")
    place_id: EntityId | None = Field(description="Id of the place (in places) where it took place.")
    online: bool = Field(description="Held online (trực tuyến) with bridge points.")
    bridge_point_ids: list[EntityId] = Field(description="Ids of places that were bridge points (điểm cầu).")
    chair_ids: list[EntityId] = Field(description="Ids of persons who chaired it (chủ trì).")
    participant_ids: list[EntityId] = Field(description="Ids of other persons who took part.")
    organizer_ids: list[EntityId] = Field(description="Ids of organisations that organised it.")


class NewsEventRecord(_Strict):
    """One article and the event it reports."""

    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        frozen=True,
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID},
    )

    schema_version: Literal["1.0"] = Field(description="Version of this record's schema.")
    id: str = Field(
        pattern=r"^urn:newsexport:[0-9a-f]{32}$",
        description="Stable id derived from the normalised text: the same text gives the same id.",
    )
    provenance: Provenance
    language: Literal["vi"] = Field(description="BCP 47 language tag of the text.")
    headline: NonEmptyStr = Field(description="The article's title line.")
    headline_span: Span
    date_published: PublicationDate | None = Field(description="The date line, when the capture has one.")
    body: list[Paragraph] = Field(min_length=1, description="Body paragraphs in reading order.")
    media: list[Media] = Field(description="Pictures known by their captions.")
    removed_chrome: list[RemovedText] = Field(description="Site chrome taken out of the body.")
    warnings: list[Warning] = Field(description="What a reader should know about how the record was made.")
    persons: list[Person] = Field(description="Persons of the story.")
    organizations: list[Organization] = Field(description="Organisations named.")
    places: list[Place] = Field(description="Places named.")
    documents: list[Document] = Field(description="Documents cited.")
    figures: list[Figure] = Field(description="Figures reported.")
    topics: list[Topic] = Field(description="IPTC Media Topics.")
    event: Event | None = Field(description="The event reported, when the article reports one.")

    @model_validator(mode="after")
    def _references_resolve(self) -> NewsEventRecord:
        ids = [entity.id for group in (self.persons, self.organizations, self.places, self.documents) for entity in group]
        if len(ids) != len(set(ids)):
            raise ValueError("entity ids must be unique within a record")
        if self.event is None:
            return self
        known = set(ids)
        referenced = [
            *([self.event.place_id] if self.event.place_id else []),
            *self.event.bridge_point_ids,
            *self.event.chair_ids,
            *self.event.participant_ids,
            *self.event.organizer_ids,
        ]
        missing = [ref for ref in referenced if ref not in known]
        if missing:
            raise ValueError(f"event refers to unknown entities: {', '.join(missing)}")
        return self

    @property
    def body_text(self) -> str:
        """The body as plain text, paragraphs separated by a blank line."""
        return "\n\n".join(paragraph.text for paragraph in self.body)

    def entity(self, entity_id: str) -> Person | Organization | Place | Document:
        """The entity with this id (event references point here)."""
        for group in (self.persons, self.organizations, self.places, self.documents):
            for item in group:
                if item.id == entity_id:
                    return item
        raise KeyError(entity_id)


def record_json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of :class:`NewsEventRecord`, as written to ``schemas/``."""
    schema = NewsEventRecord.model_json_schema(mode="serialization")
    ordered = {"$schema": schema.pop("$schema"), "$id": schema.pop("$id")}
    ordered.update(schema)
    return ordered
