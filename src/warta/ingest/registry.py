"""The reader registry: which reader takes a file is decided by sniffing its content.

A reader is a name, a ``sniff(head, name) -> bool`` that looks at the first bytes (and, as a
tie-breaker only, the file name) and a ``read(source, options)`` that yields :class:`RawDoc`
records, or :class:`ReadFailure` records for parts it had to skip. Readers are tried in
registration order; plain text comes last and takes anything that decodes. New formats (WARC,
RSS) register the same way.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from warta.ingest.decode import binary_kind
from warta.ingest.errors import ReadError, ReadFailure
from warta.ingest.source import ReadOptions, Source
from warta.model import RawDoc

Item = RawDoc | ReadFailure


@dataclass(frozen=True)
class Reader:
    name: str
    sniff: Callable[[bytes, str], bool]
    read: Callable[[Source, ReadOptions], Iterator[Item]]


_READERS: list[Reader] = []


def register(reader: Reader, *, before: str | None = None) -> None:
    """Add ``reader``; ``before`` puts it ahead of the named reader (default: ahead of text)."""
    names = [r.name for r in _READERS]
    if reader.name in names:
        _READERS.pop(names.index(reader.name))
        names.remove(reader.name)
    anchor = before or ("text" if "text" in names else None)
    index = names.index(anchor) if anchor in names else len(_READERS)
    _READERS.insert(index, reader)


def readers() -> list[Reader]:
    return list(_READERS)


def choose(source: Source) -> tuple[Reader, Source]:
    """The first registered reader whose sniff accepts the source's first bytes, and the source
    as that reader should see it: a gzip- or zstd-compressed file is sniffed (and read)
    decompressed."""
    from warta.ingest.compressed import codec_of

    codec = codec_of(source.raw_head(8)) if source.codec is None else None
    if codec:
        source = dataclasses.replace(source, codec=codec)
    head = source.head()
    if codec and not head:
        raise ReadError(source.name, f"{codec}-compressed, but nothing could be decompressed "
                                     "from it (corrupt or empty)")
    kind = binary_kind(head)
    for reader in _READERS:
        if kind and reader.name == "text":
            break
        if reader.sniff(head, source.name):
            return reader, source
    inside = f" inside the {codec} compression" if codec else ""
    raise ReadError(source.name, f"not text{inside}: looks like {kind or 'an unknown format'}")


def read_source(source: Source, options: ReadOptions) -> Iterator[Item]:
    try:
        reader, source = choose(source)
        yield from reader.read(source, options)
    except ReadError as err:
        yield ReadFailure.from_error(err)
    except OSError as err:
        yield ReadFailure(source.name, f"cannot read: {err.strerror or err}")


def expand(targets: Iterable[str]) -> Iterator[Source | ReadFailure]:
    """The inputs named by ``targets``: files, the files below folders, ``-`` for stdin.

    Folders are listed up front (cheaply) so that progress can be shown per file.
    """
    from warta.ingest import folder

    for target in targets:
        if target == "-":
            yield Source("<stdin>", data=None)
            continue
        path = Path(target)
        if path.is_dir():
            for file in folder.files(path):
                yield Source(str(file), path=file)
        elif path.is_file():
            yield Source(target, path=path)
        elif path.exists():
            yield ReadFailure(target, "not a regular file or folder")
        else:
            yield ReadFailure(target, "no such file or folder")


def read_one(source: Source, options: ReadOptions) -> Iterator[Item]:
    """Documents of one expanded source (stdin is read when its turn comes)."""
    from warta.ingest import stdin

    if source.name == "<stdin>" and source.path is None and source.data is None:
        yield from stdin.read(sys.stdin.buffer, options)
    else:
        yield from read_source(source, options)


def read_paths(targets: Iterable[str], options: ReadOptions | None = None) -> Iterator[Item]:
    """Documents from files, folders (recursively) and ``-`` (standard input), in order."""
    options = options or ReadOptions()
    for source in expand(targets):
        if isinstance(source, ReadFailure):
            yield source
        else:
            yield from read_one(source, options)
