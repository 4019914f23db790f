"""Shared fixtures: the official schema store, the seed, the real corpus, a record with every entity kind."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

import newsexport
from newsexport.model import (
    Document,
    Event,
    EventDate,
    Figure,
    Mention,
    NewsEventRecord,
    Organization,
    Person,
    Place,
    Span,
    Topic,
)
from newsexport.validation.store import SchemaStore

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
SEEDS = PROJECT / "seeds"
SEED = SEEDS / "000_d8686ed517af0e41.txt"
CORPUS = SHARED / "corpus"
CASES = SHARED / "cases"
STANDARDS = Path(os.environ.get("NEWSEXPORT_SCHEMA_DIR") or SHARED / "standards")


def load_benchmark(name: str) -> ModuleType:
    """A script of ``benchmarks/`` (not a package) imported as a module, under the script's own name."""
    spec = importlib.util.spec_from_file_location(name, PROJECT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def corpus_files() -> list[Path]:
    """All 5,000 real articles (internal test data; never copied into the project)."""
    return sorted(CORPUS.glob("*/*.txt"))


@pytest.fixture(scope="session")
def store() -> SchemaStore:
    return SchemaStore(STANDARDS)


@pytest.fixture(scope="session")
def seed_record() -> NewsEventRecord:
    return newsexport.parse_file(SEED)


def _mention(text: str, record: NewsEventRecord) -> Mention:
    """A mention at the first place ``text`` occurs in the body (spans index the normalised text)."""
    for paragraph in record.body:
        offset = paragraph.text.find(text)
        if offset >= 0:
            start = paragraph.span.start + offset
            return Mention(text=text, span=Span(start=start, end=start + len(text)))
    raise AssertionError(f"{text!r} is not in the body")


@pytest.fixture(scope="session")
def entity_record(seed_record: NewsEventRecord) -> NewsEventRecord:
    """The seed with one entity of every kind filled in by hand, so exporters can be tested on entities
    independently of the extractor."""
    record = seed_record
    mention = lambda text: _mention(text, record)  # noqa: E731
    persons = [
        Person(id="person-to-lam", name="Tô Lâm", rank="Đại tướng",
               titles=["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"], mentions=[mention("Tô Lâm")]),
        Person(id="person-truong-thi-mai", name="Trương Thị Mai", rank=None,
               titles=["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng Ban Dân vận Trung ương"],
               mentions=[mention("Trương Thị Mai")]),
    ]
    organizations = [
        Organization(id="org-bo-cong-an", name="Bộ Công an", aliases=[], expanded=None, mentions=[mention("Bộ Công an")]),
        Organization(id="org-uy-ban-trung-uong-mttq-viet-nam", name="Ủy ban Trung ương MTTQ Việt Nam",
                     aliases=["Trung ương MTTQ Việt Nam"], expanded="Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                     mentions=[mention("Ủy ban Trung ương MTTQ Việt Nam")]),
    ]
    places = [
        Place(id="place-ha-noi", name="Hà Nội", kind="city", code="01", mentions=[mention("Hà Nội")]),
        Place(id="place-son-la", name="Sơn La", kind="province", code="14", mentions=[mention("Sơn La")]),
    ]
    documents = [
        Document(id="doc-25-nq-tw", identifier="25-NQ/TW", kind="Nghị quyết",
                 title="Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
                 mentions=[mention("Nghị quyết 25-NQ/TW")]),
        Document(id="doc-09-ctr-bca-mttq", identifier="09/CTr-BCA-MTTQ", kind="Chương trình phối hợp", title=None,
                 mentions=[mention("Chương trình phối hợp số 09/CTr-BCA-MTTQ")]),
    ]
    figures = [Figure(value=17740, counted="nhóm liên gia tự quản", as_written="17.740", scope="tỉnh Sơn La",
                      span=mention("17.740").span)]
    topics = [Topic(code="medtop:11000000", name="politics and government", rule="keyword: Bộ Chính trị")]
    event = Event(
        id="event-hoi-nghi", kind="Hội nghị", name="Hội nghị Sơ kết 5 năm Chương trình phối hợp số 09/CTr-BCA-MTTQ",
        date=EventDate(date=record.date_published.date, as_written="Ngày 11/3", span=mention("Ngày 11/3").span),
        place_id="place-ha-noi", online=True, bridge_point_ids=["place-son-la"],
        chair_ids=["person-truong-thi-mai", "person-to-lam"], participant_ids=[], organizer_ids=["org-bo-cong-an"],
    )
    return record.model_copy(update=dict(
        persons=persons, organizations=organizations, places=places, documents=documents,
        figures=figures, topics=topics, event=event,
    ))
