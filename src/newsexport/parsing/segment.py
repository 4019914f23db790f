"""Segmentation of a capture: headline, date line, paragraphs, captions, page chrome.

Captures hold one paragraph per line (blank lines between are layout only). Three things hide in the
lines besides the article: site chrome (widgets and navigation, matched against a documented phrase list),
photo captions (on their own line, or glued to a paragraph's end where the page put the picture), and the
date line. Everything keeps its span in the normalised text so a reader can go back to the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from newsexport.errors import InputError
from newsexport.model import Span
from newsexport.parsing.dates import DateLine, InvalidDateLine, read_date_line

MAX_HEADLINE_LENGTH = 300
"""A first line longer than this is a paragraph, not a title: such a capture has no headline."""
DATE_LINE_WINDOW = 3
"""The date line is looked for among this many lines after the headline."""
MAX_CAPTION_LENGTH = 300

_GLUED_SENTENCE = re.compile(r"[.!?…](?<=[a-zà-ỹđ0-9)\]”\"'][.!?…])(?=[A-ZÀ-ỸĐ])")
"""A sentence end glued to the next sentence ('tỉnh.Hội nghị'): the match ends where the glued sentence begins. The
stop is consumed first, so the engine skips ahead to stops instead of trying the look-behind at every position."""
_TERMINAL = re.compile(r"[.!?…”\"')\]]\s*$")
_PHOTO_CREDIT = re.compile(r"\(?\s*(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh)\s*:\s*(?P<credit>[^()]{1,80}?)\s*\)?\s*$")
_PHOTO_ONLY = re.compile(r"^\(?\s*(?:Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu|Ảnh)\s*\)?\.?$", re.IGNORECASE)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Line:
    """A non-empty line of the normalised text with its span."""

    text: str
    start: int

    @property
    def span(self) -> Span:
        return Span(start=self.start, end=self.start + len(self.text))


@dataclass(frozen=True)
class Caption:
    text: str
    spans: tuple[Span, ...]
    credit: str | None


@dataclass
class Segments:
    """The parts of one capture, in reading order."""

    headline: Line
    date_line: Line | None = None
    date: DateLine | None = None
    paragraphs: list[Line] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    chrome: list[Line] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)


@lru_cache(maxsize=1)
def default_chrome_phrases() -> frozenset[str]:
    """Site chrome phrases shipped in ``data/chrome_phrases.txt`` (one per line, compared case-insensitively)."""
    text = resources.files("newsexport.data").joinpath("chrome_phrases.txt").read_text(encoding="utf-8")
    return frozenset(chrome_key(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def chrome_key(line: str) -> str:
    """How a line is compared with the chrome list: case-folded, without edge punctuation and spaces."""
    return " ".join(line.casefold().strip(" .:»>|-–").split())


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their offsets."""
    lines, offset = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            lines.append(Line(text=raw, start=offset))
        offset += len(raw) + 1
    return lines


def segment(text: str, source: str, extra_chrome: frozenset[str] = frozenset()) -> Segments:
    """Split normalised text into its parts; raise :class:`InputError` when there is no article in it."""
    chrome_phrases = default_chrome_phrases() | {chrome_key(phrase) for phrase in extra_chrome}
    lines, chrome = [], []
    for line in split_lines(text):
        (chrome if chrome_key(line.text) in chrome_phrases else lines).append(line)
    if not lines:
        raise InputError(source, "only page chrome: no headline or body ('" + "', '".join(c.text for c in chrome[:3]) + "')")
    headline, *rest = lines
    _check_headline(headline, source)
    segments = Segments(headline=headline, chrome=chrome)
    rest = _take_date_line(rest, segments)
    if not rest:
        raise InputError(source, "no body: the capture has a headline but no paragraph")
    _split_body(rest, segments)
    if not segments.paragraphs:
        raise InputError(source, "no body: every line after the headline is a caption or page chrome")
    return segments


def _check_headline(headline: Line, source: str) -> None:
    try:
        is_date = read_date_line(headline.text) is not None
    except InvalidDateLine:
        is_date = True
    if is_date:
        raise InputError(source, f"no headline: the first line is a date line ('{headline.text}')")
    if len(headline.text) > MAX_HEADLINE_LENGTH:
        raise InputError(
            source, f"no headline: the first line has {len(headline.text)} characters (a title has at most {MAX_HEADLINE_LENGTH})"
        )


def _take_date_line(lines: list[Line], segments: Segments) -> list[Line]:
    for index, line in enumerate(lines[:DATE_LINE_WINDOW]):
        try:
            date = read_date_line(line.text)
        except InvalidDateLine as error:
            segments.warnings.append(("invalid-date-line", f"date line not used: {error}"))
            return lines[:index] + lines[index + 1 :]
        if date is not None:
            segments.date_line, segments.date = line, date
            return lines[:index] + lines[index + 1 :]
    segments.warnings.append(("no-date-line", "no date line: the record has no publication date"))
    return lines


def _split_body(lines: list[Line], segments: Segments) -> None:
    index = 0
    while index < len(lines):
        line = lines[index]
        standalone = _standalone_caption(line)
        if standalone is not None:
            segments.captions.append(standalone)
            index += 1
            continue
        glued = _glued_caption(line, lines[index + 1] if index + 1 < len(lines) else None, segments.headline.text)
        if glued is None:
            segments.paragraphs.append(line)
            index += 1
            continue
        kept, caption, consumed_next = glued
        segments.paragraphs.append(kept)
        segments.captions.append(caption)
        segments.warnings.append(
            ("caption-detached", f"caption detached from the end of paragraph {len(segments.paragraphs)}")
        )
        index += 2 if consumed_next else 1


def _standalone_caption(line: Line) -> Caption | None:
    """A short line that is only a photo note ('Ảnh minh họa') or ends with a photo credit ('(Ảnh: ...)')."""
    if len(line.text) > MAX_CAPTION_LENGTH:
        return None
    if _PHOTO_ONLY.match(line.text):
        return Caption(text=line.text, spans=(line.span,), credit=None)
    credit = _PHOTO_CREDIT.search(line.text) if "Ảnh" in line.text or "ảnh" in line.text else None
    if credit is None:
        return None
    return Caption(text=line.text, spans=(line.span,), credit=credit.group("credit").strip())


def _glued_caption(line: Line, following: Line | None, headline: str) -> tuple[Line, Caption, bool] | None:
    """Detach a caption that the capture glued to the end of a paragraph ('... tỉnh.Hội nghị ...').

    The tail after a sentence end with no space is a caption when it is broken off unfinished and the next
    line completes it, or when it repeats the headline. Glued body sentences (complete, unlike the headline)
    stay in the paragraph.
    """
    boundaries = [match.end() for match in _GLUED_SENTENCE.finditer(line.text)]
    if not boundaries:
        return None
    cut = boundaries[-1]
    tail = line.text[cut:].strip()
    if not tail or len(tail) > MAX_CAPTION_LENGTH:
        return None
    kept = Line(text=line.text[:cut].rstrip(), start=line.start)
    tail_span = Span(start=line.start + cut, end=line.start + len(line.text))
    unfinished = not _TERMINAL.search(tail)
    if (
        unfinished
        and following is not None
        and len(tail) + len(following.text) <= MAX_CAPTION_LENGTH
        and _TERMINAL.search(following.text)
    ):
        caption = Caption(text=f"{tail} {following.text}", spans=(tail_span, following.span), credit=None)
        return kept, caption, True
    if _similarity(tail, headline) >= 0.6:
        return kept, Caption(text=tail, spans=(tail_span,), credit=None), False
    return None


def _similarity(left: str, right: str) -> float:
    left_words, right_words = set(_WORD.findall(left.casefold())), set(_WORD.findall(right.casefold()))
    if not left_words or not right_words:
        return 0.0
    return len(left_words & right_words) / len(left_words | right_words)
