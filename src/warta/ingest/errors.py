"""How readers report a document they cannot read."""

from __future__ import annotations

from dataclasses import dataclass


class ReadError(Exception):
    """A document cannot be read; ``reason`` says why in words a user can act on."""

    def __init__(self, source: str, reason: str, position: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.position = position
        where = f"{source}:{position}" if position is not None else source
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """A document (or one record of a multi-document file) that was skipped, and why."""

    source: str
    reason: str
    position: int | None = None
    source_id: str | None = None

    @classmethod
    def from_error(cls, err: ReadError, source_id: str | None = None) -> ReadFailure:
        return cls(err.source, err.reason, err.position, source_id)
