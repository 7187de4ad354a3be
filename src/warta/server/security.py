"""The server's guards: its settings and their checks, the Content-Security-Policy and the
other security headers, the request body limit, and JSON errors."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from fastapi.responses import JSONResponse
from starlette.datastructures import Headers, MutableHeaders

from warta.server import models as m


@dataclass(frozen=True)
class ServerSettings:
    """The server's settings (see ``warta.settings`` for their documentation)."""

    token: str = ""
    read: str = "open"  # open | token
    tile_url: str = ""
    max_request_bytes: int = 20 * 1024 * 1024
    max_bytes: int = 10 * 1024 * 1024  # one article
    gazetteer: str = ""  # the index's path; "" is its default place ($WARTA_GAZETTEER)

    def check(self) -> None:
        """Refuse settings that cannot work, with the reason."""
        if self.read not in ("open", "token"):
            raise ValueError(f"--read must be open or token, not {self.read!r}")
        if self.read == "token" and not self.token:
            raise ValueError("--read token needs a token (--token or WARTA_TOKEN)")
        if self.max_request_bytes < 1:
            raise ValueError("--max-request-bytes must be at least 1")
        if self.tile_url:
            parts = urlsplit(self.tile_url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValueError(f"--tile-url must be an http(s) URL template, not "
                                 f"{self.tile_url!r}")
            if any(c in self.tile_url for c in "'\"; \n"):
                raise ValueError("--tile-url must not contain quotes, spaces or semicolons")


def tile_origin(tile_url: str) -> str:
    """The origin a tile URL template loads from, as a CSP source ({s} subdomains: *)."""
    parts = urlsplit(tile_url)
    host = parts.netloc.replace("{s}", "*")
    return f"{parts.scheme}://{host}"


def content_security_policy(settings: ServerSettings) -> str:
    images = "'self' data:" + (f" {tile_origin(settings.tile_url)}" if settings.tile_url else "")
    return ("default-src 'none'; script-src 'self'; style-src 'self'; "
            f"img-src {images}; connect-src 'self'; font-src 'self'; manifest-src 'self'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'")


def error_response(status: int, message: str, problems: list[str] | None = None,
           headers: dict[str, str] | None = None) -> JSONResponse:
    body = m.Error(error=m.ErrorDetail(status=status, message=message, problems=problems or []))
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


class Guard:
    """ASGI middleware: security headers on every response, and the request body limit
    (413 before the application reads a byte past it)."""

    def __init__(self, app: Any, max_bytes: int, csp: str) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.headers = {
            "Content-Security-Policy": csp,
            "X-Content-Type-Options": "nosniff",
            "X-Frame-Options": "DENY",
            "Referrer-Policy": "no-referrer",
            "Cross-Origin-Opener-Policy": "same-origin",
            "Cross-Origin-Resource-Policy": "same-origin",
            "Permissions-Policy": "geolocation=(), camera=(), microphone=()",
        }

    async def __call__(self, scope: dict[str, Any], receive: Callable[[], Awaitable[Any]],
                       send: Callable[[Any], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def secured(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self.headers.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        declared = Headers(scope=scope).get("content-length")
        if declared is not None:
            if not declared.isdigit():
                await error_response(400, "Content-Length is not a number")(scope, receive, secured)
                return
            if int(declared) > self.max_bytes:
                await self._too_large(scope, receive, secured)
                return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body.extend(message.get("body", b""))
            if len(body) > self.max_bytes:
                await self._too_large(scope, receive, secured)
                return
            more = message.get("more_body", False)
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, secured)

    async def _too_large(self, scope: Any, receive: Any, send: Any) -> None:
        await error_response(413, f"request body over the limit of {self.max_bytes} bytes "
                          "(--max-request-bytes)")(scope, receive, send)
