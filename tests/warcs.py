"""WARC and ARC files written byte by byte for the tests (and the benchmark), so that a record
can be damaged on purpose."""

from __future__ import annotations

import gzip

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | Demo Post</title>
<meta property="og:site_name" content="Demo Post">
<meta property="article:published_time" content="{date}T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<footer>Cookie settings. All rights reserved.</footer></body></html>
"""


def page(title: str, body: str, date: str = "2024-03-12", lang: str = "en") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return PAGE.format(title=title, paragraphs=paragraphs, date=date, lang=lang).encode()


def record(uri: str, payload: bytes, *, status: int = 200, content_type: str = "text/html",
           kind: str = "response", date: str = "2024-03-12T10:00:00Z") -> bytes:
    """One WARC/1.0 record; ``kind`` ``response`` wraps the payload in an HTTP response."""
    if kind == "response":
        block = (f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not OK'}\r\n"
                 f"Content-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n\r\n"
                 ).encode() + payload
        block_type = "application/http; msgtype=response"
    elif kind == "request":
        block = f"GET {uri} HTTP/1.1\r\nHost: example\r\n\r\n".encode()
        block_type = "application/http; msgtype=request"
    else:
        block, block_type = payload, content_type
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash((uri, kind))):032x}>\r\n"
            f"Content-Type: {block_type}\r\nContent-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def corrupt(rec: bytes) -> bytes:
    """The record with its version line destroyed."""
    return b"GARBAGE!" + rec[8:]


def gz(records: list[bytes]) -> bytes:
    """A .warc.gz: one gzip member per record, as crawlers write them."""
    return b"".join(gzip.compress(r) for r in records)


def arc(records: list[tuple[str, bytes]]) -> bytes:
    """An ARC (version 1) file of (url, html) records."""
    def one(url: str, body: bytes, ctype: str = "text/html") -> bytes:
        http = (f"HTTP/1.0 200 OK\r\nContent-Type: {ctype}\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode() + body
        return f"{url} 127.0.0.1 20240312100000 {ctype} {len(http)}\n".encode() + http + b"\n"

    desc_body = (b"1 0 warta\nURL IP-address Archive-date Content-type Archive-length\n")
    head = (f"filedesc://test.arc 0.0.0.0 20240312100000 text/plain {len(desc_body)}\n"
            ).encode() + desc_body + b"\n"
    return head + b"".join(one(u, b) for u, b in records)
