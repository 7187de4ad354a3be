"""The REST API and the web dashboard (``warta serve``): FastAPI over the store."""

from warta.server.app import ServerSettings, create_app

__all__ = ["ServerSettings", "create_app"]
