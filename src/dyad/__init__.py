"""dyad: political event data from news text.

Who did what to whom, when and where, coded in CAMEO and PLOVER, with the
evidence for every event.

    >>> import dyad
    >>> from datetime import date
    >>> events = dyad.code_text("China and Colombia signed a trade deal.", date=date(2025, 5, 14))
"""


from dyad.config import Config
from dyad.errors import ConfigError, DictionaryError, DyadError, InputError, ReadError, StoreError
from dyad.evaluation import Evaluation, evaluate
from dyad.explain import Explanation, explain_text
from dyad.model import Actor, Article, Event, Location, Plover
from dyad.pipeline import Coder, code_text
from dyad.reading import read_inputs
from dyad.scale import code_articles
from dyad.store import EventFilter, Store, open_store

__all__ = [
    "Actor",
    "Article",
    "Coder",
    "Config",
    "ConfigError",
    "DictionaryError",
    "DyadError",
    "Evaluation",
    "Event",
    "EventFilter",
    "Explanation",
    "InputError",
    "Location",
    "Plover",
    "ReadError",
    "Store",
    "StoreError",
    "code_articles",
    "code_text",
    "evaluate",
    "explain_text",
    "open_store",
    "read_inputs",
]
