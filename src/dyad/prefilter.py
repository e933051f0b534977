"""Which sentences can hold an event, decided before the parse.

The parse is the costliest step and most news sentences hold no codable
event. A sentence can only give one when it has both:

- a trigger: a word that the pipeline could lemmatize to a predicate the
  verb patterns or the intent table know (``met`` -> ``meet``);
- a possible source: a dictionary mention with an entry valid on the
  article's date (a surname of a person named earlier counts), a pronoun
  or plural reference (``he``, ``their``, ``the two sides``) once the
  article has named a person or a country, or a role (``police``) in a
  sentence that names a place, whose country the role takes.

Trigger forms are the lemmatizer's own rules run backwards (its suffix
rules, its exceptions, the attribute ruler's lemmas and the tokenizer's
special cases such as ``cannot``), so every word spaCy could lemmatize to
a pattern lemma is found: the prefilter lets through sentences that give
nothing, never the reverse. One Aho-Corasick automaton per coder finds the
words; a skipped sentence is still read for mentions so later pronouns and
surnames resolve as before.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import ahocorasick
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from dyad.actors.matching import Mention
from dyad.coding.context import ArticleContext
from dyad.coding.extract import PAIR_WORDS, PRONOUNS
from dyad.enrich.places import find_location
from dyad.model import Article
from dyad.nlp import load_nlp, parse
from dyad.segmenting import Sentence

if TYPE_CHECKING:
    from dyad.pipeline import Coder

TRIGGER, REFERENCE = 1, 2
# The words SentenceCoder.actor resolves from the article's context rather than from a mention.
REFERENCES = frozenset(PRONOUNS | PAIR_WORDS | {"his", "two"})


def table(component: Any, name: str) -> dict[str, Any]:
    """A lookups table of a lemmatizer, empty when it has none."""
    lookups = getattr(component, "lookups", None)
    return dict(lookups.get_table(name, {})) if lookups is not None else {}


def rule_forms(lemma: str, rules: Iterable[tuple[str, str]]) -> set[str]:
    """Words a suffix rule (``old`` -> ``new``) turns into the lemma: the rules run backwards."""
    return {lemma[: len(lemma) - len(new)] + old for old, new in rules if lemma.endswith(new)}


def lemmatizer_forms(nlp: Language, lemmas: set[str]) -> set[str]:
    """Every word the pipeline's lemmatizer could give one of the lemmas."""
    component = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    rules = {(old, new) for by_pos in table(component, "lemma_rules").values() for old, new in by_pos}
    forms = {form for lemma in lemmas for form in rule_forms(lemma, rules)}
    for by_pos in table(component, "lemma_exc").values():
        forms |= {word for word, found in by_pos.items() if lemmas.intersection(found)}
    forms |= {word for word, found in table(component, "lemma_lookup").items() if found in lemmas}
    return {form.lower() for form in forms | lemmas if form}


def pattern_words(token: dict[str, Any]) -> list[str] | None:
    """The words a token pattern's ``LOWER`` or ``ORTH`` takes, None when they cannot be listed."""
    words: list[str] = []
    for value in (token[key] for key in ("LOWER", "ORTH") if key in token):
        if isinstance(value, str):
            words.append(value)
        elif isinstance(value, dict) and set(value) == {"IN"}:
            words += [str(word) for word in value["IN"]]
        else:
            return None
    return words


def ruler_forms(nlp: Language, lemmas: set[str]) -> set[str] | None:
    """Words the attribute ruler gives one of the lemmas; None when a pattern cannot be listed."""
    if "attribute_ruler" not in nlp.pipe_names:
        return set()
    forms: set[str] = set()
    for entry in nlp.get_pipe("attribute_ruler").patterns:  # type: ignore[attr-defined]
        if str(entry["attrs"].get("LEMMA", "")).lower() not in lemmas:
            continue
        for token in (t for pattern in entry["patterns"] for t in pattern):
            words = pattern_words(token)
            if words is None:
                return None
            forms |= {word.lower() for word in words}
    return forms


def special_cases(nlp: Language, forms: set[str]) -> set[str]:
    """Tokenizer special cases (``cannot``, ``hes``) with a piece among the forms."""
    found = set()
    for text, pieces in nlp.tokenizer.rules.items():  # type: ignore[union-attr]
        if any(str(piece.get(ORTH, "")).lower() in forms for piece in pieces):
            found.add(text.lower())
    return found


def trigger_forms(nlp: Language, lemmas: Iterable[str]) -> set[str] | None:
    """Every written form of the lemmas the pipeline could lemmatize back; None when unknowable."""
    wanted = {word.lower() for lemma in lemmas for word in (lemma, *lemma.split())}
    ruled = ruler_forms(nlp, wanted)
    if ruled is None:
        return None
    forms = lemmatizer_forms(nlp, wanted) | ruled
    return forms | special_cases(nlp, forms)


def names_a_country(text: str) -> bool:
    """Whether the sentence names a place in a known country."""
    place = find_location(text)
    return place is not None and place.country is not None


def at_boundaries(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole word (no letter or digit right before or after)."""
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


class Prefilter:
    """Finds trigger and reference words with one automaton."""

    def __init__(self, triggers: set[str] | None, references: Iterable[str] = REFERENCES) -> None:
        self.any_trigger = triggers is None
        kinds: dict[str, int] = {}
        for word in triggers or ():
            kinds[word] = TRIGGER
        for word in references:
            kinds[word.lower()] = kinds.get(word.lower(), 0) | REFERENCE
        self.automaton = ahocorasick.Automaton()
        for word, kind in kinds.items():
            self.automaton.add_word(word, (len(word), kind))
        if kinds:
            self.automaton.make_automaton()

    def words(self, text: str) -> int:
        """The kinds of words (TRIGGER | REFERENCE) the text holds."""
        lowered = text.lower()
        found = TRIGGER if self.any_trigger else 0
        if not len(self.automaton):
            return found
        for last, (length, kind) in self.automaton.iter(lowered):
            if at_boundaries(lowered, last - length + 1, last + 1):
                found |= kind
        return found

    def admits(self, text: str, mentions: Sequence[Mention], context: ArticleContext) -> bool:
        """Whether the sentence can give an event, so needs the parse."""
        found = self.words(text)
        if not found & TRIGGER:
            return False
        if any(mention.entries for mention in mentions):
            return True
        if found & REFERENCE and (context.last_person is not None or context.countries):
            return True
        return any(mention.sector for mention in mentions) and names_a_country(text)


@functools.cache
def prefilter_for(coder: Coder) -> Prefilter:
    """The prefilter of a coder's patterns and intent words, built once per process."""
    lemmas = coder.patterns.lemmas() | {trigger.split()[0] for trigger in coder.intents if trigger.split()}
    return Prefilter(trigger_forms(load_nlp(), lemmas))


def parse_plan(coder: Coder, article: Article, sentences: Sequence[Sentence]) -> list[bool]:
    """For each sentence, whether to parse it (all of them when the prefilter is off).

    The context here remembers every sentence, discarded ones too, so it
    knows at least what the coder's will: a superset keeps the plan safe.
    """
    if not coder.config.prefilter:
        return [True] * len(sentences)
    prefilter, context, plan = prefilter_for(coder), ArticleContext(), []
    for sentence in sentences:
        mentions = coder.mentions(sentence.text, article.date, context)
        plan.append(prefilter.admits(sentence.text, mentions, context))
        coder.remember(mentions, context)
    return plan


def parse_planned(texts: Sequence[str], plan: Sequence[bool], batch_size: int) -> Iterator[Doc | None]:
    """Docs of the planned texts, None for the others, in order."""
    docs = parse((text for text, wanted in zip(texts, plan, strict=True) if wanted), batch_size)
    for wanted in plan:
        yield next(docs) if wanted else None
