"""Extraction benchmark: how well ``newsexport.parse_file`` finds the entities a careful reader finds.

Gold data: the seed's expected case (``../shared/cases/*.expected.json``) and the hand annotations in
``tests/data/annotations/*.expected.json``. Each annotation names its source file (corpus-relative, or a seed
file name) and a ``split``: ``dev`` (may be looked at while tuning) or ``heldout`` (must not be). The seed case
has no split field and counts as ``dev``.

Scores, per split (dev / heldout / all) and per system (newsexport, and underthesea's NER for comparison):

* precision, recall and F1 per entity type, micro-averaged over articles: persons by name; organisations by name,
  where a predicted name matches an expected organisation when it equals its name or one of its aliases; places by
  name (or an alias, when the annotation lists written forms); documents by identifier; figures by value;
* event date accuracy over the articles whose annotation states an event date;
* rank and title accuracy over the persons that were matched.

Strings are compared after NFC, whitespace collapse and casefold. Each expected entity can be matched once; a
second prediction that matches the same expected entity (e.g. an alias emitted as its own organisation) is a
false positive.

Also: the median time of ``newsexport.parsing.extract.extract`` per article over the whole corpus.

Run from the project root::

    .venv/bin/python benchmarks/extraction.py            # tables
    .venv/bin/python benchmarks/extraction.py --json     # machine-readable
    .venv/bin/python benchmarks/extraction.py --split dev   # score and print the dev articles only

``--split dev`` (or ``heldout``) keeps only that split's articles: the others are neither parsed nor scored nor
printed, so tuning runs never show a heldout figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
CASES = SHARED / "cases"
CORPUS = SHARED / "corpus"
SEEDS = PROJECT / "seeds"
ANNOTATIONS = PROJECT / "tests" / "data" / "annotations"

ENTITY_TYPES = ("persons", "organizations", "places", "documents", "figures")
SPLITS = ("dev", "heldout", "all")
_SPACE = re.compile(r"\s+")
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-"})
"""Hyphen, non-breaking hyphen, en dash and em dash: one character in a comparison key, because an article writes
'Bà Rịa – Vũng Tàu' and 'Bà Rịa - Vũng Tàu' for one province, and a name built from the gazetteer's form of it
names the same body as the annotator's form built from the article's other spelling."""


# ---------------------------------------------------------------------------------------------------- comparison


def norm(text: str) -> str:
    """The comparison key of a string: NFC, dashes as a hyphen, whitespace collapsed, trimmed, casefolded."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text).translate(_DASHES)).strip().casefold()


def figure_key(value: int | float | str) -> str:
    """The comparison key of a figure value (17740 and 17740.0 are the same figure)."""
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(round(number, 6))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        if self.tp == 0:  # nothing found: 0 when there was something to find or something was claimed
            return 0.0 if self.fp or self.fn else None
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


def match(predicted: list[str], expected: list[list[str]]) -> tuple[Counts, list[tuple[int, int]]]:
    """Match predicted keys to expected entities one to one.

    ``predicted`` holds comparison keys; each item of ``expected`` lists the keys one expected entity accepts,
    its primary key (name or identifier) first. Duplicate predictions are collapsed first. Predictions equal to
    a primary key are matched before those equal to an alias, so an alias never takes the entity another
    prediction names exactly. Returns the counts and the matched pairs as (index in the deduplicated
    predictions, index in ``expected``).
    """
    unique = list(dict.fromkeys(predicted))
    matched_predictions: set[int] = set()
    matched_expected: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for accepts in (lambda key, forms: key == forms[0], lambda key, forms: key in forms):
        for p_index, key in enumerate(unique):
            if p_index in matched_predictions:
                continue
            for e_index, forms in enumerate(expected):
                if e_index not in matched_expected and accepts(key, forms):
                    matched_predictions.add(p_index)
                    matched_expected.add(e_index)
                    pairs.append((p_index, e_index))
                    break
    tp = len(pairs)
    return Counts(tp=tp, fp=len(unique) - tp, fn=len(expected) - tp), pairs


# ---------------------------------------------------------------------------------------------------- gold


@dataclass
class Gold:
    """One annotated article, reduced to what is scored."""

    file: str
    split: str
    path: Path
    annotation: dict
    persons: list[dict]
    forms: dict[str, list[list[str]]]  # entity type -> accepted keys per expected entity (primary key first)
    event_date: str | None


def _forms(primary: str, others: list[str]) -> list[str]:
    """Comparison keys an expected entity accepts: its primary key first, then its other written forms."""
    return list(dict.fromkeys([norm(primary), *(norm(other) for other in others)]))


def gold_from_annotation(annotation: dict, split: str | None = None, path: Path | None = None) -> Gold:
    """Reduce an annotation (the seed's case format) to its scored parts."""
    persons = _unique(annotation.get("persons", []), key=lambda item: norm(item["name"]))
    forms = {
        "persons": [_forms(item["name"], []) for item in persons],
        "organizations": [_forms(item["name"], item.get("aliases", [])) for item in
                          _unique(annotation.get("organizations", []), key=lambda item: norm(item["name"]))],
        "places": [_forms(item["name"], item.get("aliases", [])) for item in
                   _unique(annotation.get("places", []), key=lambda item: norm(item["name"]))],
        "documents": [_forms(item["identifier"], []) for item in
                      _unique(annotation.get("documents", []), key=lambda item: norm(item["identifier"]))],
        "figures": [[key] for key in dict.fromkeys(figure_key(item["value"]) for item in annotation.get("figures", []))],
    }
    event = annotation.get("event")
    return Gold(
        file=annotation["file"],
        split=split or annotation.get("split", "dev"),
        path=path or Path(annotation["file"]),
        annotation=annotation,
        persons=persons,
        forms=forms,
        event_date=event.get("date") if event else None,
    )


def _unique(items: list[dict], key) -> list[dict]:
    seen: dict[str, dict] = {}
    for item in items:
        seen.setdefault(key(item), item)
    return list(seen.values())


def resolve_source(file: str) -> Path:
    """The article an annotation's ``file`` names: corpus-relative, else a seed."""
    for candidate in (CORPUS / file, SEEDS / file, SEEDS / Path(file).name):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{file}: not under {CORPUS} or {SEEDS}")


def load_gold() -> list[Gold]:
    """The seed's case(s) and every annotation file, seed first."""
    golds = []
    for case in sorted(CASES.glob("*.expected.json")):
        annotation = json.loads(case.read_text(encoding="utf-8"))
        golds.append(gold_from_annotation(annotation, split=annotation.get("split", "dev"),
                                          path=resolve_source(annotation["file"])))
    for file in sorted(ANNOTATIONS.glob("*.expected.json")):
        annotation = json.loads(file.read_text(encoding="utf-8"))
        golds.append(gold_from_annotation(annotation, path=resolve_source(annotation["file"])))
    return golds


# ---------------------------------------------------------------------------------------------------- predictions


@dataclass
class Prediction:
    """What one system found in one article, reduced to what is scored."""

    persons: list[dict] = field(default_factory=list)  # {"name", "rank", "titles"}
    organizations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    figures: list[int | float] = field(default_factory=list)
    event_date: str | None = None
    error: str | None = None


def prediction_from_record(record) -> Prediction:
    """The scored parts of a :class:`newsexport.NewsEventRecord`."""
    event = record.event
    return Prediction(
        persons=[{"name": p.name, "rank": p.rank, "titles": list(p.titles)} for p in record.persons],
        organizations=[o.name for o in record.organizations],
        places=[p.name for p in record.places],
        documents=[d.identifier for d in record.documents],
        figures=[f.value for f in record.figures],
        event_date=event.date.date.isoformat() if event is not None and event.date is not None else None,
    )


@dataclass
class ArticleScore:
    counts: dict[str, Counts]
    event_date: bool | None  # None when the annotation states no event date
    rank_correct: int = 0
    titles_correct: int = 0
    persons_matched: int = 0


def score_article(prediction: Prediction, gold: Gold) -> ArticleScore:
    """Compare one prediction with its gold annotation."""
    predicted_keys = {
        "persons": [norm(p["name"]) for p in prediction.persons],
        "organizations": [norm(name) for name in prediction.organizations],
        "places": [norm(name) for name in prediction.places],
        "documents": [norm(identifier) for identifier in prediction.documents],
        "figures": [figure_key(value) for value in prediction.figures],
    }
    counts: dict[str, Counts] = {}
    person_pairs: list[tuple[int, int]] = []
    for kind in ENTITY_TYPES:
        counts[kind], pairs = match(predicted_keys[kind], gold.forms[kind])
        if kind == "persons":
            person_pairs = pairs
    score = ArticleScore(
        counts=counts,
        event_date=None if gold.event_date is None else prediction.event_date == gold.event_date,
    )
    by_key: dict[str, dict] = {}
    for person in prediction.persons:  # the first person of each name is the one scored
        by_key.setdefault(norm(person["name"]), person)
    unique_keys = list(dict.fromkeys(predicted_keys["persons"]))
    for p_index, e_index in person_pairs:
        found, expected = by_key[unique_keys[p_index]], gold.persons[e_index]
        score.persons_matched += 1
        score.rank_correct += norm(found.get("rank") or "") == norm(expected.get("rank") or "")
        score.titles_correct += sorted(map(norm, found.get("titles") or [])) == sorted(
            map(norm, expected.get("titles") or []))
    return score


@dataclass
class Totals:
    articles: int = 0
    errors: int = 0
    counts: dict[str, Counts] = field(default_factory=lambda: {kind: Counts() for kind in ENTITY_TYPES})
    event_dates: int = 0
    event_dates_correct: int = 0
    persons_matched: int = 0
    rank_correct: int = 0
    titles_correct: int = 0

    def add(self, score: ArticleScore, error: bool) -> None:
        self.articles += 1
        self.errors += error
        for kind in ENTITY_TYPES:
            self.counts[kind] += score.counts[kind]
        if score.event_date is not None:
            self.event_dates += 1
            self.event_dates_correct += score.event_date
        self.persons_matched += score.persons_matched
        self.rank_correct += score.rank_correct
        self.titles_correct += score.titles_correct

    def as_dict(self, scored_types: tuple[str, ...] = ENTITY_TYPES, event: bool = True, person_details: bool = True) -> dict:
        ratio = lambda a, b: a / b if b else None  # noqa: E731
        out = {
            "articles": self.articles,
            "errors": self.errors,
            "entities": {kind: self.counts[kind].as_dict() for kind in scored_types},
        }
        if person_details:
            out["persons_matched"] = self.persons_matched
            out["rank_accuracy"] = ratio(self.rank_correct, self.persons_matched)
            out["titles_accuracy"] = ratio(self.titles_correct, self.persons_matched)
        if event:
            out["event_date"] = {"articles": self.event_dates, "correct": self.event_dates_correct,
                                 "accuracy": ratio(self.event_dates_correct, self.event_dates)}
        return out


# ---------------------------------------------------------------------------------------------------- systems


def run_newsexport(golds: list[Gold]) -> tuple[list[Prediction], list[float]]:
    import newsexport

    predictions, seconds = [], []
    for gold in golds:
        start = time.perf_counter()
        try:
            predictions.append(prediction_from_record(newsexport.parse_file(gold.path)))
        except Exception as error:  # a crash on one article is scored as finding nothing, and reported
            predictions.append(Prediction(error=f"{type(error).__name__}: {error}"))
        seconds.append(time.perf_counter() - start)
    return predictions, seconds


def underthesea_status() -> tuple[object | None, str | None]:
    """The underthesea module when its NER runs here, else the reason it does not."""
    try:
        import underthesea
    except Exception as error:
        return None, f"cannot import underthesea: {type(error).__name__}: {error}"
    try:
        underthesea.ner("Ông Nguyễn Văn A làm việc tại Hà Nội.")
    except Exception as error:
        return None, f"underthesea.ner failed: {type(error).__name__}: {error}"
    return underthesea, None


def ner_entities(underthesea, text: str) -> dict[str, list[str]]:
    """PER/ORG/LOC spans underthesea tags in ``text`` (sentence by sentence), in order."""
    found: dict[str, list[str]] = {"PER": [], "ORG": [], "LOC": []}
    for sentence in underthesea.sent_tokenize(text):
        current_tag, words = None, []
        for token in [*underthesea.ner(sentence), None]:
            tag = token[-1] if token is not None else "O"
            if tag.startswith("I-") and current_tag == tag[2:]:
                words.append(token[0])
                continue
            if current_tag in found and words:
                found[current_tag].append(" ".join(words))
            current_tag, words = (tag[2:], [token[0]]) if tag[:2] in ("B-", "I-") else (None, [])
    return found


_ADMIN_PREFIX = re.compile(r"^(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn|xã|phường)\s+", re.IGNORECASE)


def strip_admin_prefix(name: str) -> str:
    """'tỉnh Kiên Giang' -> 'Kiên Giang': underthesea's LOC spans keep the prefix, the place names do not."""
    return _ADMIN_PREFIX.sub("", unicodedata.normalize("NFC", name)).strip() or name


def run_underthesea(underthesea, golds: list[Gold]) -> tuple[list[Prediction], list[float]]:
    import newsexport

    predictions, seconds = [], []
    for gold in golds:
        record = newsexport.parse_file(gold.path)
        start = time.perf_counter()
        try:
            found: dict[str, list[str]] = {"PER": [], "ORG": [], "LOC": []}
            for paragraph in record.body:
                for tag, names in ner_entities(underthesea, paragraph.text).items():
                    found[tag].extend(names)
            predictions.append(Prediction(
                persons=[{"name": name, "rank": None, "titles": []} for name in found["PER"]],
                organizations=found["ORG"],
                places=[strip_admin_prefix(name) for name in found["LOC"]],
            ))
        except Exception as error:
            predictions.append(Prediction(error=f"{type(error).__name__}: {error}"))
        seconds.append(time.perf_counter() - start)
    return predictions, seconds


def totals_by_split(golds: list[Gold], predictions: list[Prediction]) -> dict[str, Totals]:
    totals = {split: Totals() for split in SPLITS}
    for gold, prediction in zip(golds, predictions):
        score = score_article(prediction, gold)
        for split in (gold.split, "all"):
            if split in totals:
                totals[split].add(score, prediction.error is not None)
    return totals


def time_extract(limit: int | None = None) -> dict:
    """Median wall time of ``extract(text, segments, date)`` per corpus article (segmentation not timed)."""
    from newsexport.parsing.extract import extract
    from newsexport.parsing.segment import segment
    from newsexport.reading import read_bytes

    files = sorted(CORPUS.glob("*/*.txt"))[:limit]
    times, skipped, failed = [], 0, 0
    for path in files:
        try:
            source = read_bytes(path.read_bytes(), path.name)
            segments = segment(source.text, source.name)
        except Exception:
            skipped += 1  # not readable or not segmentable: not the extractor's time
            continue
        published = segments.date.date if segments.date is not None else None
        start = time.perf_counter()
        try:
            extract(source.text, segments, published)
        except Exception:
            failed += 1
        times.append(time.perf_counter() - start)
    return {
        "files": len(files),
        "timed": len(times),
        "skipped_unsegmentable": skipped,
        "extract_raised": failed,
        "median_ms": statistics.median(times) * 1000 if times else None,
        "p95_ms": statistics.quantiles(times, n=20)[-1] * 1000 if len(times) >= 20 else None,
        "total_s": sum(times),
    }


def measured_code() -> dict:
    """What was measured: the commit, whether the tree differs from it, and a hash of the parsing package that is
    imported, which is another tree's when ``PYTHONPATH`` points there (an older commit's rows): then the commit is
    not what ran, and ``code_from`` says where the code came from."""
    import newsexport

    def git(*args: str) -> str | None:
        try:
            return subprocess.run(["git", *args], cwd=PROJECT, capture_output=True, text=True, check=True).stdout.strip()
        except Exception:
            return None

    package = Path(newsexport.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted((package / "parsing").rglob("*.py")):  # named as in a checkout, so hashes compare across trees
        digest.update(("src/newsexport/" + path.relative_to(package).as_posix()).encode() + b"\0" + path.read_bytes())
    status = git("status", "--porcelain", "--", "src")
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": git("rev-parse", "--short", "HEAD"),
        "src_modified_since_commit": bool(status) if status is not None else None,
        "parsing_sha256": digest.hexdigest()[:16],
        "code_from": None if package.parent == (PROJECT / "src").resolve() else str(package.parent),
    }


# ---------------------------------------------------------------------------------------------------- output


def _fmt(value: float | None) -> str:
    return "   –" if value is None else f"{value:.2f}"


def print_table(system: str, split: str, result: dict) -> None:
    print(f"\n{system} — {split} ({result['articles']} articles"
          + (f", {result['errors']} raised" if result["errors"] else "") + ")")
    print(f"  {'type':<14}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>7}{'R':>7}{'F1':>7}")
    for kind, c in result["entities"].items():
        print(f"  {kind:<14}{c['tp']:>5}{c['fp']:>5}{c['fn']:>5}"
              f"{_fmt(c['precision']):>7}{_fmt(c['recall']):>7}{_fmt(c['f1']):>7}")
    if "event_date" in result:
        e = result["event_date"]
        print(f"  event date accuracy: {_fmt(e['accuracy'])} ({e['correct']}/{e['articles']})")
    if "persons_matched" in result:
        print(f"  matched persons: {result['persons_matched']}; rank accuracy {_fmt(result['rank_accuracy'])}; "
              f"titles accuracy {_fmt(result['titles_accuracy'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print machine-readable results")
    parser.add_argument("--no-underthesea", action="store_true", help="skip the underthesea comparison")
    parser.add_argument("--no-timing", action="store_true", help="skip timing extract() over the corpus")
    parser.add_argument("--timing-limit", type=int, default=None, help="time only the first N corpus files")
    parser.add_argument("--split", choices=SPLITS, default="all",
                        help="score and print only this split's articles (default: all, with a table per split)")
    parser.add_argument("--only", nargs="+", type=Path, metavar="ANNOTATION",
                        help="score only these annotation files, e.g. one batch: the files a commit added")
    args = parser.parse_args(argv)

    golds = [gold for gold in load_gold() if args.split == "all" or gold.split == args.split]
    if args.only:
        golds = _only(golds, args.only, parser)
    shown = SPLITS if args.split == "all" else (args.split,)
    results: dict = {"measured": measured_code(),
                     "gold": {split: sum(g.split == split for g in golds) for split in shown if split != "all"},
                     "systems": {}}

    predictions, seconds = run_newsexport(golds)
    totals = totals_by_split(golds, predictions)
    results["systems"]["newsexport"] = {
        **{split: totals[split].as_dict() for split in shown},
        "median_parse_file_ms": statistics.median(seconds) * 1000,
        "errors": {g.file: p.error for g, p in zip(golds, predictions) if p.error},
    }

    if args.no_underthesea:
        results["systems"]["underthesea"] = {"unavailable": "skipped (--no-underthesea)"}
    else:
        module, reason = underthesea_status()
        if module is None:
            results["systems"]["underthesea"] = {"unavailable": reason}
        else:
            ut_predictions, ut_seconds = run_underthesea(module, golds)
            ut_totals = totals_by_split(golds, ut_predictions)
            results["systems"]["underthesea"] = {
                "version": getattr(module, "__version__", None),
                "mode": "bundled CRF model (ner(deep=False)); deep=True needs transformers and a model "
                        "download from Hugging Face, which this benchmark does not attempt",
                **{split: ut_totals[split].as_dict(("persons", "organizations", "places"), event=False, person_details=False)
                   for split in shown},
                "median_ner_ms": statistics.median(ut_seconds) * 1000,
                "errors": {g.file: p.error for g, p in zip(golds, ut_predictions) if p.error},
            }

    if not args.no_timing:
        results["timing"] = time_extract(args.timing_limit)

    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0

    m = results["measured"]
    print(f"Extraction benchmark — {m['date']}, commit {m['commit']}"
          + (" (src modified)" if m["src_modified_since_commit"] else "")
          + f", parsing sha256 {m['parsing_sha256']}"
          + (f"; code imported from {m['code_from']}, not this checkout" if m["code_from"] else ""))
    print("Gold: " + " + ".join(f"{count} {split}" for split, count in results["gold"].items()) + " articles")
    for system, result in results["systems"].items():
        if "unavailable" in result:
            print(f"\n{system}: unavailable ({result['unavailable']})")
            continue
        if "mode" in result:
            print(f"\n{system} {result.get('version')}: {result['mode']}")
        for split in shown:
            print_table(system, split, result[split])
        for file, error in result.get("errors", {}).items():
            print(f"  ! {file}: {error}")
    ne = results["systems"]["newsexport"]
    print(f"\nnewsexport.parse_file median per annotated article: {ne['median_parse_file_ms']:.1f} ms")
    ut = results["systems"].get("underthesea", {})
    if "median_ner_ms" in ut:
        print(f"underthesea NER median per annotated article: {ut['median_ner_ms']:.1f} ms")
    if "timing" in results:
        t = results["timing"]
        print(f"extract() over the corpus: median {_fmt_ms(t['median_ms'])}, p95 {_fmt_ms(t['p95_ms'])}, "
              f"total {t['total_s']:.2f} s ({t['timed']} of {t['files']} files timed, "
              f"{t['skipped_unsegmentable']} not segmentable, {t['extract_raised']} raised)")
    return 0


def _only(golds: list[Gold], annotations: list[Path], parser: argparse.ArgumentParser) -> list[Gold]:
    """The golds of the given annotation files; a file that is no annotation of the chosen split is a usage error."""
    wanted = set()
    for path in annotations:
        try:
            wanted.add(json.loads(path.read_text(encoding="utf-8"))["file"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            parser.error(f"--only {path}: not an annotation file ({error.__class__.__name__}: {error})")
    kept = [gold for gold in golds if gold.file in wanted]
    if len(kept) != len(wanted):
        missing = sorted(wanted - {gold.file for gold in kept})
        parser.error(f"--only: not among the chosen split's annotations: {', '.join(missing)}")
    return kept


def _fmt_ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f} ms"


if __name__ == "__main__":
    sys.exit(main())
