"""``benchmarks/corpus_check.py``, the check every extraction rule gets: its sample leaves every annotated article
out and is the same on every run, and its diff reports exactly what each article lost and gained."""

from __future__ import annotations

import hashlib

from conftest import load_benchmark

check = load_benchmark("corpus_check")


def test_the_sample_is_fixed_and_holds_no_annotated_article():
    first = check.sample(20261129, 300, "8bb5ded")
    assert first == check.sample(20261129, 300, "8bb5ded")
    assert first != check.sample(1, 300, "8bb5ded")
    assert not set(first) & check.annotated_files(None)
    assert len(first) > 280 and all((check.CORPUS / name).is_file() for name in first)


def test_files_annotated_at_a_commit_are_read_from_that_commit():
    then, now = check.annotated_files("8bb5ded"), check.annotated_files(None)
    assert len(then) == 123  # the seed's case is not an annotation file; 73 dev and 50 heldout at that commit
    assert then < now


def test_the_diff_lists_what_each_article_lost_and_gained():
    before = {"a.txt": {"places": ["Hà Nội (city)", "X (ward)"], "persons": ["Tô Lâm | Đại tướng | "]},
              "b.txt": {"places": []}, "c.txt": {"error": "ValueError: x"}}
    after = {"a.txt": {"places": ["Hà Nội (city)", "Sóc Sơn (district)"], "persons": ["Tô Lâm | Đại tướng | "]},
             "b.txt": {"places": []}, "c.txt": {"places": ["Huế (city)"]}}
    assert check.changes(before, after) == {
        "a.txt": {"places": (["X (ward)"], ["Sóc Sơn (district)"])},
        "c.txt": {"error": (["ValueError: x"], []), "places": ([], ["Huế (city)"])},
    }


def test_the_dev_half_of_a_source_holds_no_annotated_or_heldout_half_article():
    names = check.dev_half("baomoi-2025", [])
    annotated = check.annotated_files(None)
    assert names and not set(names) & annotated
    assert all(hashlib.sha1(name.encode()).hexdigest()[0] in "01234567" for name in names)
    assert all(name.startswith("baomoi-2025/") for name in names)
    assert not set(check.dev_half("baomoi-2025", names[:3])) & set(names[:3])
