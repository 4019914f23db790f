"""Companies named by a foreign brand that no list holds, read because they are listed with a company by its brand
('Apple, Facebook, Uber, Google, Intel, Snap và Netflix', 'Flipkart, Amazon hay Paytm'): in such a list every item
is a company, as the annotations read them.

An item is read only when each of its words is a foreign word or an abbreviation ('Snap', 'Flipkart', 'AT&T'), and
it is no place abroad and no country; a Vietnamese word, a name with a digit (a model: 'Galaxy S8') or a place ends
the list.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from newsexport.parsing.gazetteer import lines
from newsexport.parsing.names import country_names, foreign_word
from newsexport.parsing.organizations.found import Candidate
from newsexport.parsing.organizations.patterns import PLATFORMS, _ABBREVIATION_WORD
from newsexport.parsing.places import LIST_JOINER, places_abroad
from newsexport.parsing.segment import Line

_ITEM = r"[A-Z][A-Za-z&'’-]*(?: [A-Z][A-Za-z&'’-]*){0,2}(?![\w])(?!\s*[\w-]*\d|\s+[A-Z\d])"
"""One to three capitalised words, whole, with no model number after them ('Redmi Note 4X', 'Galaxy S8')."""
_NEXT = re.compile(rf"{LIST_JOINER}(?P<item>{_ITEM})")
_PREVIOUS = re.compile(rf"(?:(?<![\w])(?:như|gồm|gồm có|là|cả|giữa)\s+|{LIST_JOINER})"
                       rf"(?P<item>{_ITEM}){LIST_JOINER}$")
"""An item before the brand, itself opened by a list's joiner or a word that opens a list ('như Flipkart, Amazon'),
so that a clause before a comma is no item ('Sau lệnh cấm của Trump, Google ...')."""


@lru_cache(maxsize=1)
def _brands() -> frozenset[str]:
    return frozenset([*lines("brands.txt"), *PLATFORMS])


def _company_word(word: str) -> bool:
    return foreign_word(word.rstrip(".")) or _ABBREVIATION_WORD.fullmatch(word) is not None


def _a_company(item: str) -> bool:
    """Foreign words or an abbreviation of three letters or more ('Snap', 'AT&T'; not 'VN'), no place, and not a
    product of a brand ('Apple Siri')."""
    words = item.split(" ")
    return all(_company_word(word) for word in words) and not (len(item) < 3 and item.isupper()) \
        and item not in country_names() and item not in places_abroad() and words[0] not in _brands()


def add_companies_listed_with_brands(line: Line, found: list[Candidate]) -> None:
    """The unlisted companies written in a list beside a company named by its brand, on both sides of it."""
    brands = _brands()
    anchors = [candidate for candidate in found if line.start <= candidate.start < line.start + len(line.text)
               and (candidate.name in brands or candidate.name.split(" ", 1)[0] in brands)]
    taken = [(candidate.start, candidate.end) for candidate in found]
    while anchors:
        anchor = anchors.pop()
        begin, stop = anchor.start - line.start, anchor.end - line.start
        items = []
        while (after := _NEXT.match(line.text, stop)) and _a_company(after.group("item")):
            items.append((after.start("item"), after.end("item")))
            stop = after.end("item")
        while (before := _PREVIOUS.search(line.text, max(0, begin - 60), begin)) and _a_company(before.group("item")):
            items.append((before.start("item"), before.end("item")))
            begin = before.start("item")
        for item_start, item_end in items:
            start, end = line.start + item_start, line.start + item_end
            if any(other_start < end and start < other_end for other_start, other_end in taken):
                continue  # a company read already goes on the list
            written = line.text[item_start:item_end]
            candidate = Candidate(written=written, start=start, end=end, name=written)
            bisect.insort(found, candidate, key=lambda other: other.start)
            taken.append((start, end))
