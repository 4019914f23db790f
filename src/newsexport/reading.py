"""Bytes -> clean text, with a count of every clean-up, so spans index one well-defined text.

Captures arrive as UTF-8 (with or without BOM), UTF-16 with BOM, or occasionally in the legacy Windows
Vietnamese code page (cp1258). Anything else is refused with a reason rather than decoded into mojibake.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newsexport.errors import InputError

MAX_SOURCE_BYTES = 5 * 1024 * 1024
"""Captures larger than this are refused: a news article is a few kilobytes; 5 MiB is a wrong file."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_VIETNAMESE_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_SPACES = "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000"


@dataclass(frozen=True)
class SourceText:
    """Decoded, normalised text of one source, and how it was obtained."""

    name: str
    text: str
    encoding: str
    source_sha256: str
    source_size: int
    normalisations: tuple[tuple[str, int], ...]

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes, returning ``(text, encoding name)``; raise :class:`InputError` when no encoding fits."""
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), label
            except UnicodeDecodeError as error:
                raise InputError(name, f"starts with a {label} byte order mark but byte {error.start + len(bom)} is not {label}") from None
    if b"\x00" in data:
        raise InputError(name, f"binary data: NUL byte at offset {data.index(0)} (not a text capture)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        utf8_error = error
    legacy = _decode_cp1258(data)
    if legacy is not None:
        return legacy, "cp1258"
    raise InputError(
        name,
        f"undecodable bytes: byte {utf8_error.start} (0x{data[utf8_error.start]:02x}) is not UTF-8, "
        "and the text is neither UTF-16 with a byte order mark nor Windows-1258 Vietnamese",
    )


def _decode_cp1258(data: bytes) -> str | None:
    """Windows-1258 decodes almost any byte string, so accept it only when the result reads as Vietnamese."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    letters = sum(character.isalpha() for character in text)
    controls = sum(unicodedata.category(character) == "Cc" and character not in "\r\n\t" for character in text)
    vietnamese = sum(character in _VIETNAMESE_LETTERS for character in text)
    tone_marks = sum(unicodedata.combining(character) > 0 for character in text)
    if controls or letters < len(text) * 0.5 or (vietnamese + tone_marks) < max(3, letters * 0.02):
        return None
    return text


_RARE = re.compile(f"[\r\u2028\u2029\x85{_ZERO_WIDTH}\u00ad{_SPACES}\u00d0\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Any character one of the rare clean-ups below would touch; most captures hold none, so one scan skips them."""


def normalise(text: str) -> tuple[str, tuple[tuple[str, int], ...]]:
    """Clean decoded text so that equal articles give equal text; returns the counts of each clean-up.

    The space clean-ups run only when the text holds what they look for (two spaces in a row; a space next to
    a line end or at an edge of the text): without it their patterns cannot match, and a substring test is
    many times cheaper than a regular expression's scan of the whole text.
    """
    counts: Counter[str] = Counter()

    def substitute(name: str, pattern: str, replacement: str, value: str) -> str:
        result, number = re.subn(pattern, replacement, value)
        if number:
            counts[name] += number
        return result

    rare = _RARE.search(text) is not None
    if rare:
        text = substitute("line-ends", r"\r\n?", "\n", text)
        text = substitute("line-ends", r"[\u2028\u2029\x85]", "\n", text)
    if not unicodedata.is_normalized("NFC", text):
        counts["nfc"] += sum(1 for character in text if unicodedata.combining(character))
        text = unicodedata.normalize("NFC", text)
    if rare:
        text = substitute("zero-width", f"[{_ZERO_WIDTH}]", "", text)
        text = substitute("soft-hyphen", "\u00ad", "", text)
        text = substitute("no-break-space", f"[{_SPACES}]", " ", text)
        text = substitute("eth-for-d-stroke", "\u00d0", "\u0110", text)
        text = substitute("tab", "\t", " ", text)
        text = substitute("control-characters", r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]", "", text)
    if "  " in text:
        text = substitute("repeated-spaces", r"(?<=\S) {2,}(?=\S)", " ", text)
    if " \n" in text or "\n " in text or text.startswith(" ") or text.endswith(" "):
        text = substitute("edge-spaces", r"(?m)^ +| +$", "", text)
    text = text.strip("\n")
    if text:
        text += "\n"
    return text, tuple(counts.items())


def load_source(path: Path) -> bytes:
    """The bytes of a capture file; every way a path can fail to be one becomes an :class:`InputError`."""
    if path.is_symlink() and not path.exists():
        raise InputError(str(path), "broken symbolic link")
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise InputError(str(path), "is a folder, not a capture file") from None
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except PermissionError:
        raise InputError(str(path), "cannot be read: permission denied") from None
    except OSError as error:
        raise InputError(str(path), f"cannot be read: {error.strerror or error}") from None


def read_bytes(data: bytes, name: str) -> SourceText:
    """Turn the bytes of one capture into :class:`SourceText`."""
    if len(data) > MAX_SOURCE_BYTES:
        raise InputError(name, f"too large: {len(data)} bytes, the limit for one capture is {MAX_SOURCE_BYTES}")
    decoded, encoding = decode(data, name)
    text, normalisations = normalise(decoded)
    if not text.strip():
        raise InputError(name, "empty: no text after decoding" if not data else "blank: the file holds only white space")
    return SourceText(
        name=name,
        text=text,
        encoding=encoding,
        source_sha256=hashlib.sha256(data).hexdigest(),
        source_size=len(data),
        normalisations=normalisations,
    )


def read_text(text: str, name: str) -> SourceText:
    """Like :func:`read_bytes` for text already in memory (it is hashed as UTF-8)."""
    return read_bytes(text.encode("utf-8"), name)
