"""Bytes to text, refusing what is not text: binary files, undecodable bytes, empty input."""

from __future__ import annotations

import codecs
import hashlib
import re

from warta.ingest.errors import ReadError

# Leading bytes of common binary formats, so the error can say what the file is.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\x28\xb5\x2f\xfd", "a zstd-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.01


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def binary_kind(head: bytes) -> str | None:
    """What binary format ``head`` starts with, or None when it may be text."""
    for bom, _ in BOMS:
        if head.startswith(bom):
            return None
    for magic, label in MAGIC:
        if head.startswith(magic):
            return label
    if b"\x00" in head[:8192]:
        return "binary data (NUL bytes)"
    return None


def decode(data: bytes, source: str, encoding: str = "utf-8", position: int | None = None) -> str:
    """Decode ``data`` as text or raise :class:`ReadError` naming ``source`` and the reason.

    ``encoding`` is ``utf-8`` (strict, the default), ``auto`` (UTF-8, else the best guess of
    charset-normalizer) or a codec name such as ``cp1252``. A byte-order mark always wins.
    """
    if not data.strip():
        raise ReadError(source, "empty: no text in it", position)
    kind = binary_kind(data[:8192])
    if kind:
        raise ReadError(source, f"not text: looks like {kind}", position)
    text: str | None = None
    for bom, codec in BOMS:
        if data.startswith(bom):
            text = _strict(data, codec, source, position)
            break
    if text is None:
        if encoding in ("utf-8", "auto"):
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                if encoding == "auto":
                    text = _guess(data, source, position)
                else:
                    bad = data[exc.start]
                    raise ReadError(
                        source,
                        f"not valid UTF-8 (byte 0x{bad:02x} at offset {exc.start}); "
                        "pass --encoding auto or --encoding NAME if it is in another encoding",
                        position,
                    ) from None
        else:
            text = _strict(data, encoding, source, position)
    controls = len(_CONTROL.findall(text))
    if controls > max(2, MAX_CONTROL_SHARE * len(text)):
        raise ReadError(source, f"not text: {controls} control characters", position)
    if not text.strip():
        raise ReadError(source, "empty: no text in it", position)
    return text


def _strict(data: bytes, codec: str, source: str, position: int | None) -> str:
    try:
        return data.decode(codec)
    except LookupError:
        raise ReadError(source, f"unknown encoding {codec!r}", position) from None
    except UnicodeDecodeError as exc:
        raise ReadError(
            source, f"not valid {codec} (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            position,
        ) from None


def _guess(data: bytes, source: str, position: int | None) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError(source, "not valid UTF-8 and no other encoding fits it", position)
    return str(best)
