"""warta: news articles in; a geocoded, dated, source-attributed event timeline out.

    >>> import warta
    >>> result = warta.process("path/to/articles/")   # doctest: +SKIP
    >>> result.claims, result.events                    # doctest: +SKIP
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("warta")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"


def process(*args, **kwargs):  # type: ignore[no-untyped-def]
    """See :func:`warta.api.process` (imported on first use: ``import warta`` stays light)."""
    from warta.api import process as run

    return run(*args, **kwargs)


__all__ = ["__version__", "process"]
