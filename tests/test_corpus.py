"""The real corpus: all 5,000 articles convert to every format, every document valid, every date line read."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from newsexport.formats import FORMATS
from newsexport.pipeline import ConvertOptions, FileResult, convert_paths

from conftest import CORPUS, STANDARDS, corpus_files

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> tuple[Path, list[FileResult]]:
    out = tmp_path_factory.mktemp("corpus-out")
    results: list[FileResult] = []
    options = ConvertOptions(out_dir=out, formats=tuple(FORMATS), schema_dir=STANDARDS, jobs=2)
    convert_paths([str(CORPUS)], options, results.append)
    return out, results


def test_every_article_converts_to_every_format(converted) -> None:
    out, results = converted
    assert len(results) == len(corpus_files()) == 5000
    failures = [result.error for result in results if result.status != "converted"]
    assert failures == []
    assert sum(1 for _ in out.iterdir()) == 5000 * len(FORMATS)


def test_every_date_line_gives_its_date(converted) -> None:
    out, _ = converted
    manifest = CORPUS / "baomoi-2025" / "MANIFEST.tsv"
    with manifest.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    assert len(rows) == 213
    for row in rows:
        record = json.loads((out / f"{Path(row['file']).stem}.json").read_text(encoding="utf-8"))
        assert record["date_published"] is not None, row["file"]
        assert record["date_published"]["date"] == row["published_time"][:10], row["file"]


def test_captures_without_date_line_get_none_and_a_warning(converted) -> None:
    out, _ = converted
    for path in sorted((CORPUS / "vietnews").glob("*.txt"))[:200]:
        record = json.loads((out / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert record["date_published"] is None, path.name  # vietnews captures have no date line
        assert "no-date-line" in [warning["code"] for warning in record["warnings"]]
