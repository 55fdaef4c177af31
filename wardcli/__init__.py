"""wardcli: a corpus toolkit for Vietnamese local-government news.

The public API is importable without a terminal, files or a store::

    from wardcli import parse_page, extract, Store
"""

__version__ = "0.1.0"

__all__ = ["__version__", "parse_page", "extract", "Store"]


def __getattr__(name):  # lazy, so `wardcli --help` does not load the gazetteer or rich
    if name == "parse_page":
        from .page import parse_page

        return parse_page
    if name == "extract":
        from .extract import extract

        return extract
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(name)
