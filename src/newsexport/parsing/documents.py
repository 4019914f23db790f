"""Documents cited by number and symbol ('Nghị quyết 25-NQ/TW', 'Chương trình phối hợp số 09/CTr-BCA-MTTQ').

The kind is the document word written just before the number (or, failing that, earlier in the same clause,
or the symbol's first part: 'NQ' -> 'Nghị quyết'). A quoted title right after ('về “...”') is the title.
Short later references ('Chương trình phối hợp số 09') become extra mentions of the document they abbreviate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from newsexport.model import Document, Mention, Span
from newsexport.parsing.gazetteer import UPPER, alternation, lines, slug, table, unique_id
from newsexport.parsing.segment import Line

_SYMBOL = rf"[{UPPER}][A-Za-zĐđ0-9]*"
_IDENTIFIER = (rf"\d(?<![\w/.-]\d)\d{{0,4}}(?:/\d{{4}})?(?:[/-]|(?P<spaced>\s?[-–]\s?(?=[{UPPER}]{{2}})|/\s(?=[{UPPER}]{{2}})"
               rf"|\s(?=[{UPPER}]{{2}}[A-Za-zĐđ]*\s?[-–/]\s?[{UPPER}]))){_SYMBOL}"
               rf"(?:(?:[/-]|\s[-–]\s?(?=[{UPPER}]{{2}})|[-–]\s(?=[{UPPER}]{{2}})){_SYMBOL})*")
"""'86-CTr/TU', '38-CTr/BDVTW - BCA', '13/HD -MTTQ - BTT': a spaced dash joins the parts of a symbol. The number
may be spaced from its symbol too ('08 - NQ/TW', '175 QĐ - TTg', '167/2013/ NĐ-CP'), but only right after a document
word ('spaced')."""


@dataclass
class FoundDocument:
    identifier: str
    kind: str
    title: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    return {kind.casefold(): kind for kind in lines("document_kinds.txt")}


@lru_cache(maxsize=1)
def _symbols() -> dict[str, str]:
    return {row[0]: row[1] for row in table("document_symbols.tsv")}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    kinds = alternation(lines("document_kinds.txt"), either_case_first=True)
    return {
        "identifier": re.compile(_IDENTIFIER),
        "kind_before": re.compile(rf"(?<![\w])({kinds})(?:\s+(?:liên tịch|số))?\s*$"),
        "kind_in_clause": re.compile(rf"(?<![\w])({kinds})(?![\w])"),
        "title_after": re.compile(r"\s*(?:,\s*)?(?:về\s+(?:việc\s+)?)?[“\"]([^”\"]{5,300})[”\"]"),
        "short": re.compile(rf"(?<![\w])({kinds})\s+(?:số\s+)?(\d{{1,5}})(?![\w/.-]|,\d)"),
        "symbol_head": re.compile(r"^\d+(?:/\d{4})?[/-]([A-Za-zĐđ]+)"),
    }


def find_documents(lines_: list[Line]) -> list[FoundDocument]:
    patterns = _patterns()
    kinds = _kinds()
    documents: dict[str, FoundDocument] = {}
    full_spans: list[tuple[int, int]] = []
    for line in lines_:
        text = line.text
        for match in patterns["identifier"].finditer(text):
            identifier, match_end = match.group(0), match.end()
            if _SPACED_PART.search(identifier) and (unit := _UNIT_NUMBER.match(text, match_end)) is not None:
                identifier, match_end = identifier + unit.group(0), unit.end()
            before = text[max(0, match.start() - 60) : match.start()]
            kind_match = patterns["kind_before"].search(before)
            mention_start = match.start()
            if match.group("spaced") is not None and kind_match is None:
                continue  # '12 - CSGT' is no document unless a document word comes right before it
            if kind_match:
                kind = kinds[kind_match.group(1).casefold()]
                mention_start = match.start() - (len(before) - kind_match.start())
            else:
                clause = _CLAUSE_END.split(text[max(0, match.start() - 150) : match.start()])[-1]
                in_clause = list(patterns["kind_in_clause"].finditer(clause))
                head = patterns["symbol_head"].match(identifier)
                if in_clause and _TWO_CAPITALS.search(identifier):
                    kind = kinds[in_clause[-1].group(1).casefold()]
                elif head and head.group(1) in _symbols():
                    kind = _symbols()[head.group(1)]
                else:
                    continue
            title_match = patterns["title_after"].match(text, match_end)
            document = documents.setdefault(_key(identifier), FoundDocument(identifier=identifier, kind=kind))
            if document.title is None and title_match:
                document.title = title_match.group(1).strip()
            start, end = line.start + mention_start, line.start + match_end
            document.mentions.append(Mention(text=text[mention_start:match_end], span=Span(start=start, end=end)))
            full_spans.append((start, end))
    _number_and_year(lines_, documents, full_spans)
    if documents:
        _link_short_references(lines_, documents, full_spans)
    result = sorted(documents.values(), key=lambda document: document.mentions[0].span.start)
    for document in result:
        document.mentions.sort(key=lambda mention: mention.span.start)
    return result


_CLAUSE_END = re.compile(r"[.;:!?]")
_TWO_CAPITALS = re.compile(rf"[{UPPER}][^{UPPER}]*[{UPPER}]")
"""A number and symbol with a document word only somewhere earlier in its clause is a document only if its symbol
has two capitals at least ('Boeing 787/A 350' is a model, not a programme's '787/A')."""
_SPACING = re.compile(r"[\s–-]+")


def _key(identifier: str) -> str:
    """One document written with and without spaces or dashes between its number and symbol ('62 - KL/TW', '62
    KL/TW') is one: the first form written is its identifier, the others are mentions."""
    return _SPACING.sub("", identifier).casefold()


_SPACED_PART = re.compile(rf"\s[-–]\s?[{UPPER}]+$|[-–]\s[{UPPER}]+$")
_UNIT_NUMBER = re.compile(r" \d{1,2}(?=[,.;)]|\s+(?:ngày\s+\d|về\s))")
"""'77774/QĐ - CT - KTT 2 ngày 20/12/2016', '7248/UBND - KT 2, về việc ...': a symbol written with spaced dashes may end
with the number of the unit that issued it (the second audit division), spaced from its letters; it is read only
before a comma, a stop, the document's date or its subject, and only after letters joined by a spaced dash, since
'123/QĐ-UBND 2 ngày trước' or a count after an unspaced symbol is another word."""
_NUMBER_AND_YEAR = re.compile(r"(\d(?<![\w/.-]\d)\d{0,4}/(?:19|20)\d\d)(?![\w/-]|[.,]\d)")
"""'15/2007': a number and a year. This pattern and ``_IDENTIFIER`` consume their first digit before looking behind
it, so the engine skips ahead to the next digit instead of trying the look-behind at every position."""


def _number_and_year(lines_: list[Line], documents: dict[str, FoundDocument], taken: list[tuple[int, int]]) -> None:
    """A document word with a number and a year but no symbol ('nghị định 08/2016'): a mention of the document
    written in full elsewhere ('08/2016/NĐ-CP'), else a document of its own, identified as written. The number
    is found first and the document word looked for just before it (a pattern led by the words is slower)."""
    patterns = _patterns()
    kinds = _kinds()
    for line in lines_:
        if "/" not in line.text:
            continue
        for match in _NUMBER_AND_YEAR.finditer(line.text):
            if line.text.endswith(("tháng ", "Tháng "), 0, match.start()):
                continue  # 'tháng 1/2017', the commonest number with a year, is a month
            kind_match = patterns["kind_before"].search(line.text, max(0, match.start() - 40), match.start())
            if kind_match is None:
                continue
            start, end = line.start + kind_match.start(), line.start + match.end()
            if any(s <= start < e for s, e in taken):
                continue
            kind, number = kinds[kind_match.group(1).casefold()], match.group(1)
            owners = [document for document in documents.values() if document.identifier.startswith(number + "/")]
            document = owners[0] if len(owners) == 1 else documents.setdefault(_key(number), FoundDocument(number, kind))
            document.mentions.append(Mention(text=line.text[kind_match.start() : match.end()],
                                             span=Span(start=start, end=end)))
            taken.append((start, end))


def _link_short_references(lines_: list[Line], documents: dict[str, FoundDocument], taken: list[tuple[int, int]]) -> None:
    if not documents:
        return  # most articles cite no document: nothing to link, and no line to search
    patterns = _patterns()
    kinds = _kinds()
    for line in lines_:
        for match in patterns["short"].finditer(line.text):
            start, end = line.start + match.start(), line.start + match.end()
            if any(s <= start < e for s, e in taken):
                continue
            kind = kinds[match.group(1).casefold()]
            number = match.group(2)
            owners = [document for document in documents.values()
                      if document.kind == kind and re.match(rf"0*{int(number)}(?:[/-]|\s)", document.identifier)]
            if len(owners) == 1:
                owners[0].mentions.append(Mention(text=match.group(0), span=Span(start=start, end=end)))


def to_models(found: list[FoundDocument]) -> list[Document]:
    documents, used = [], set()
    for item in found:
        identifier = unique_id(f"doc-{slug(item.identifier)}", used)
        documents.append(Document(id=identifier, identifier=item.identifier, kind=item.kind, title=item.title,
                                  mentions=item.mentions))
    return documents
