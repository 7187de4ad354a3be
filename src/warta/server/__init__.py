"""The REST API and the web dashboard (``warta serve``): FastAPI over the store."""

from warta.server.app import create_app
from warta.server.security import ServerSettings

__all__ = ["ServerSettings", "create_app"]
