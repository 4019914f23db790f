"""The check every extraction rule gets before it lands: what the extractor finds in a fixed random sample of
unannotated corpus articles, written down before and after the change, and the articles whose output changed.

    NEWSEXPORT_SCHEMA_DIR=../shared/standards .venv/bin/python benchmarks/corpus_check.py dump before.json
    (change the rules)
    NEWSEXPORT_SCHEMA_DIR=../shared/standards .venv/bin/python benchmarks/corpus_check.py dump after.json
    .venv/bin/python benchmarks/corpus_check.py diff before.json after.json
    NEWSEXPORT_SCHEMA_DIR=../shared/standards .venv/bin/python benchmarks/corpus_check.py digest   (a refactor: same?)

``--with-dev-half baomoi-2025`` adds that source's unannotated articles of the dev half (the event rules were
checked so, since only baomoi-2025 has a date line). To dump an older commit's output, run ``dump`` with
``PYTHONPATH=/tmp/old/src`` in front (``git worktree add /tmp/old COMMIT``). The sample is drawn with ``--seed`` (default 20261129, the maintainer's sample of
docs/extraction.md) from the corpus files that no annotation named at ``--annotations-at`` (default ``8bb5ded``,
the commit before that sample was drawn); files annotated since are left out too, so no annotated article, heldout
ones included, is ever parsed or printed. The diff prints, for each changed article, what each type lost and gained:
read every one before counting a rule right.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT.parent / "shared" / "corpus"
ANNOTATIONS = "tests/data/annotations"


def annotated_files(commit: str | None) -> set[str]:
    """The corpus files the annotations name, now or at a commit."""
    if commit is None:
        texts = [path.read_text(encoding="utf-8") for path in (PROJECT / ANNOTATIONS).glob("*.json")]
    else:
        listing = subprocess.run(["git", "ls-tree", "--name-only", commit, f"{ANNOTATIONS}/"], cwd=PROJECT,
                                 capture_output=True, text=True, check=True).stdout.split()
        texts = [subprocess.run(["git", "show", f"{commit}:{name}"], cwd=PROJECT, capture_output=True, text=True,
                                check=True).stdout for name in listing if name.endswith(".json")]
    return {json.loads(text)["file"] for text in texts}


def sample(seed: int, size: int, annotations_at: str) -> list[str]:
    """``size`` corpus files drawn with ``seed`` from those unannotated at ``annotations_at``, less any annotated
    since; relative paths, sorted."""
    files = sorted(str(path.relative_to(CORPUS)) for path in CORPUS.glob("*/*.txt"))
    then = annotated_files(annotations_at)
    drawn = random.Random(seed).sample([name for name in files if name not in then], size)
    now = annotated_files(None)
    return sorted(name for name in drawn if name not in now)


def dev_half(source: str, exclude: list[str]) -> list[str]:
    """The unannotated articles of one source in the dev half (SHA-1 of the corpus-relative path starting with
    0-7, the half dev annotations are drawn from), less ``exclude``: more articles of a thin source ('baomoi-2025',
    the only one with a date line) for rules that need them, such as the event's date; never a heldout candidate."""
    annotated, excluded = annotated_files(None), set(exclude)
    return sorted(name for name in (str(path.relative_to(CORPUS)) for path in (CORPUS / source).glob("*.txt"))
                  if hashlib.sha1(name.encode()).hexdigest()[0] in "01234567" and name not in annotated
                  and name not in excluded)


def outputs(names: list[str]) -> dict[str, dict]:
    """What the extractor finds in each article, as sorted lists of short strings."""
    from newsexport.api import parse_file

    found = {}
    for name in names:
        try:
            record = parse_file(CORPUS / name)
        except Exception as error:  # noqa: BLE001 - a crash is an output too, to be compared
            found[name] = {"error": f"{type(error).__name__}: {error}"}
            continue
        event = record.event
        found[name] = {
            "persons": sorted(f"{p.name} | {p.rank or ''} | {'; '.join(p.titles)}" for p in record.persons),
            "organisations": sorted(o.name + (f" | {'; '.join(o.aliases)}" if o.aliases else "")
                                    for o in record.organizations),
            "places": sorted(f"{p.name} ({p.kind})" for p in record.places),
            "documents": sorted(d.identifier for d in record.documents),
            "figures": sorted(f"{f.value} | {f.as_written}" for f in record.figures),
            "event": [f"{event.kind} | {event.date.date if event.date else None}"] if event else [],
        }
    return found


def corpus_digest() -> str:
    """SHA-256 over the canonical JSON of every corpus article, in path order (a failure's message stands in for an
    article that does not parse). Only the digest is printed: no article's output, heldout ones included."""
    from newsexport.api import export, parse_file

    digest = hashlib.sha256()
    for path in sorted(CORPUS.glob("*/*.txt")):
        try:
            document = export(parse_file(path), "json")
        except Exception as error:  # noqa: BLE001 - a failure is an output too, to be compared
            document = f"{type(error).__name__}: {error}"
        digest.update(document if isinstance(document, bytes) else document.encode("utf-8"))
    return digest.hexdigest()


def _items(value: list[str] | str | None) -> list[str]:
    """A dump's entry as a list: a crash's message is one item, a type absent from the dump none."""
    return [] if value is None else [value] if isinstance(value, str) else value


def changes(before: dict[str, dict], after: dict[str, dict]) -> dict[str, dict[str, tuple[list, list]]]:
    """For each article in both dumps whose output differs: per type, what was lost and what was gained."""
    changed = {}
    for name in sorted(before.keys() & after.keys()):
        per_type = {}
        for key in sorted(before[name].keys() | after[name].keys()):
            old, new = (_items(dump[name].get(key)) for dump in (before, after))
            if old != new:
                per_type[key] = ([item for item in old if item not in new], [item for item in new if item not in old])
        if per_type:
            changed[name] = per_type
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dump = commands.add_parser("dump", help="write the extractor's output on the sample to a JSON file")
    dump.add_argument("output", type=Path)
    dump.add_argument("--seed", type=int, default=20261129)
    dump.add_argument("--size", type=int, default=1500)
    dump.add_argument("--annotations-at", default="8bb5ded")
    dump.add_argument("--with-dev-half", metavar="SOURCE", help="add the unannotated dev-half articles of a source "
                      "(e.g. baomoi-2025, for the event's date)")
    commands.add_parser("digest", help="print one SHA-256 of the canonical JSON of every corpus article: two "
                          "versions whose digests agree write the same records (a refactor's check)")
    diff = commands.add_parser("diff", help="print the articles whose output changed between two dumps")
    diff.add_argument("before", type=Path)
    diff.add_argument("after", type=Path)
    arguments = parser.parse_args()
    if arguments.command == "digest":
        print(corpus_digest())
        return
    if arguments.command == "dump":
        if arguments.with_dev_half and not (CORPUS / arguments.with_dev_half).is_dir():
            parser.error(f"--with-dev-half {arguments.with_dev_half}: no such source in {CORPUS}")
        names = sample(arguments.seed, arguments.size, arguments.annotations_at)
        if arguments.with_dev_half:
            names = sorted(names + dev_half(arguments.with_dev_half, names))
        arguments.output.write_text(json.dumps(outputs(names), ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"{len(names)} articles written to {arguments.output}")
        return
    before, after = (json.loads(path.read_text(encoding="utf-8")) for path in (arguments.before, arguments.after))
    changed = changes(before, after)
    for name, per_type in changed.items():
        print(name)
        for key, (lost, gained) in per_type.items():
            print(f"  {key}: -{lost} +{gained}")
    print(f"changed articles: {len(changed)} of {len(before.keys() & after.keys())}")


if __name__ == "__main__":
    sys.exit(main())
