"""dyad: political event data from news text.

Who did what to whom, when and where, coded in CAMEO and PLOVER, with the
evidence for every event.

    >>> import dyad
    >>> from datetime import date
    >>> events = dyad.code_text("China and Colombia signed a trade deal.", date=date(2025, 5, 14))
"""


from dyad.config import Config
from dyad.errors import ConfigError, DictionaryError, DyadError, InputError, ReadError, StoreError
from dyad.explain import Explanation, explain_text
from dyad.model import Actor, Article, Event, Location, Plover
from dyad.pipeline import Coder, code_articles, code_text
from dyad.reading import read_inputs

__all__ = [
    "Actor",
    "Article",
    "Coder",
    "Config",
    "ConfigError",
    "DictionaryError",
    "DyadError",
    "Event",
    "Explanation",
    "InputError",
    "Location",
    "Plover",
    "ReadError",
    "StoreError",
    "code_articles",
    "code_text",
    "explain_text",
    "read_inputs",
]
