"""Bytes -> clean text: encodings, normalisations and their counts, refusals with reasons."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from newsexport.errors import InputError
from pathlib import Path

from newsexport.reading import MAX_SOURCE_BYTES, load_source, read_bytes

TEXT = "Đại tướng Tô Lâm chủ trì hội nghị\n\nNgày 11 tháng 03 năm 2019\n"


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    ],
)
def test_unicode_encodings_decode_to_the_same_text(raw: bytes, encoding: str) -> None:
    source = read_bytes(raw, "a.txt")
    assert source.text == TEXT
    assert source.encoding == encoding


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: letters with their vowel marks precomposed, tone marks combining after."""
    out = []
    for character in text:
        decomposed = unicodedata.normalize("NFD", character)
        tones = "".join(mark for mark in decomposed if mark in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(mark for mark in decomposed if mark not in TONE_MARKS))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def test_windows_1258_vietnamese_is_detected_and_composed() -> None:
    raw = _cp1258(TEXT)
    assert raw.decode("utf-8", errors="replace") != TEXT  # really not UTF-8
    source = read_bytes(raw, "legacy.txt")
    assert source.encoding == "cp1258"
    assert source.text == TEXT


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n  ", "blank"),
        (bytes(range(256)) * 4, "binary data"),
        ("Tô Lâm".encode("utf-8") + b"\xff\xfe\x81\x8d\x8f\x90\x9d" * 3, "undecodable bytes"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary data"),
    ],
)
def test_bad_bytes_are_refused_with_the_file_and_the_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        read_bytes(raw, "bad.txt")
    assert str(caught.value).startswith("bad.txt: ")
    assert reason in str(caught.value)


def test_oversize_input_is_refused_before_decoding() -> None:
    with pytest.raises(InputError, match="too large"):
        read_bytes(b"a" * (MAX_SOURCE_BYTES + 1), "huge.txt")


def test_a_file_without_read_permission_is_refused_with_the_reason(tmp_path: Path, monkeypatch) -> None:
    """The permission error a non-root user gets (root reads a mode-000 file, so the error is raised here)."""
    capture = tmp_path / "locked.txt"
    capture.write_bytes(TEXT.encode())

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(InputError) as caught:
        load_source(capture)
    assert str(caught.value) == f"{capture}: cannot be read: permission denied"


def test_normalisations_are_applied_and_counted() -> None:
    decomposed = unicodedata.normalize("NFD", "Hội nghị")
    raw = (
        f"{decomposed}\r\nÐại\u00a0hội\u200b toàn\u00adquốc\x07  lần   thứ\u2028XIII\t\r\n"
    ).encode("utf-8")
    source = read_bytes(raw, "n.txt")
    assert source.text == "Hội nghị\nĐại hội toànquốc lần thứ\nXIII\n"
    counts = dict(source.normalisations)
    assert counts["nfc"] == 3  # the combining marks of "ộ" (circumflex, dot below) and "ị" (dot below)
    assert counts["no-break-space"] == 1
    assert counts["zero-width"] == 1
    assert counts["soft-hyphen"] == 1
    assert counts["eth-for-d-stroke"] == 1
    assert counts["control-characters"] == 1
    assert counts["line-ends"] == 3
    assert counts["repeated-spaces"] == 2
    assert unicodedata.is_normalized("NFC", source.text)


def test_hashes_identify_source_bytes_and_normalised_text() -> None:
    crlf = read_bytes(TEXT.replace("\n", "\r\n").encode(), "a.txt")
    lf = read_bytes(TEXT.encode(), "a.txt")
    assert crlf.source_sha256 != lf.source_sha256
    assert crlf.text_sha256 == lf.text_sha256
