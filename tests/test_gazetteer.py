"""The prefix-tree alternation matches exactly what a flat, longest-first alternation matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsexport.parsing.gazetteer import alternation

WORDS = st.text(alphabet="aAbBđĐ.", min_size=1, max_size=3)
PHRASES = st.lists(st.lists(WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=8)
TEXTS = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)


def flat(phrases: list[str]) -> str:
    """The plain alternation: every phrase in full, longest first."""
    ordered = sorted(set(phrases), key=lambda item: (-len(item), item))
    return "(?:" + "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in ordered) + ")"


@settings(max_examples=300, deadline=None)
@given(PHRASES, TEXTS)
def test_tree_matches_what_the_flat_alternation_matches(phrases: list[str], text: str) -> None:
    for wrap in ("{}", r"{}(?!\w)"):
        tree = re.compile(wrap.format(alternation(phrases)))
        reference = re.compile(wrap.format(flat(phrases)))
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in reference.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(PHRASES, TEXTS)
def test_tree_ignoring_case_matches_what_the_flat_alternation_matches_ignoring_case(phrases: list[str], text: str) -> None:
    tree = re.compile("(?i:{})".format(alternation(phrases, ignore_case=True)))
    reference = re.compile("(?i:{})".format(flat(phrases)))
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in reference.finditer(text)]


def test_longest_phrase_wins_across_spellings_when_case_is_ignored() -> None:
    pattern = re.compile("(?i:{})".format(alternation(["Bộ Công an", "bộ công an nhân dân"], ignore_case=True)))
    assert pattern.match("Bộ Công an nhân dân tỉnh").group(0) == "Bộ Công an nhân dân"


def test_either_case_first_letter() -> None:
    pattern = re.compile(alternation(["Đồng chí"], either_case_first=True))
    assert pattern.fullmatch("đồng chí") and pattern.fullmatch("Đồng  chí") and not pattern.fullmatch("đồng Chí")
