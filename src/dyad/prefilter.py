"""Which sentences can hold an event, decided before the parse.

The parse is the costliest step and most news sentences hold no codable
event. A sentence can only give one when it has both:

- a trigger: a word that the pipeline could lemmatize to a predicate the
  verb patterns or the intent table know (``met`` -> ``meet``);
- a possible source: a dictionary mention with an entry valid on the
  article's date (a surname of a person named earlier counts), a pronoun
  or plural reference (``he``, ``their``, ``the two sides``) once the
  article has named a person or a country, a role (``police``: with no
  country found it is coded by its sector alone), a weapon that stands
  for unidentified attackers (``a roadside bomb killed ...``), or a
  passive auxiliary beside a predicate of the authorities (``was detained``).

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
from dyad.coding.conventions import STATE_ACT_ROOTS, WEAPON_WORDS
from dyad.coding.phrases import PAIR_WORDS, PRONOUNS
from dyad.model import Article
from dyad.nlp import load_nlp, parse
from dyad.segmenting import Sentence

if TYPE_CHECKING:
    from dyad.pipeline import Coder

TRIGGER, REFERENCE, STANDIN, PASSIVE, STATE_ACT = 1, 2, 4, 8, 16
# Auxiliaries of a passive: an arrest or trial with no one named is by the authorities.
PASSIVE_WORDS = frozenset({"was", "were", "been", "being", "be", "is", "are", "got", "gets", "get"})
# The words SentenceCoder.actor resolves from the article's context rather than from a mention.
REFERENCES = frozenset(PRONOUNS | PAIR_WORDS | {"his", "two"})


def table(component: Any, name: str) -> dict[str, Any]:
    """A lookups table of a lemmatizer, empty when it has none."""
    lookups = getattr(component, "lookups", None)
    return dict(lookups.get_table(name, {})) if lookups is not None else {}


def rule_forms(lemma: str, rules: Iterable[tuple[str, str]]) -> set[str]:
    """Words a suffix rule (``old`` -> ``new``) turns into the lemma: the rules run backwards."""
    return {lemma[: len(lemma) - len(new)] + old for old, new in rules if lemma.endswith(new)}


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


class Inflections:
    """The pipeline's lemmatizer run backwards: the written words it could turn into a lemma."""

    def __init__(self, nlp: Language) -> None:
        component = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        rules = table(component, "lemma_rules").values()
        self.rules = {(old, new) for by_pos in rules for old, new in by_pos}
        self.listed: dict[str, set[str]] = {}
        self.unlisted: set[str] = set()
        self.special: dict[str, set[str]] = {}
        self.read_tables(component)
        if "attribute_ruler" in nlp.pipe_names:
            self.read_ruler(nlp.get_pipe("attribute_ruler").patterns)  # type: ignore[attr-defined]
        self.read_special_cases(nlp.tokenizer.rules)  # type: ignore[union-attr]

    def read_tables(self, component: Any) -> None:
        """The lemmatizer's exceptions (``met`` -> ``meet``) and lookup table, if it has them."""
        for by_pos in table(component, "lemma_exc").values():
            for word, lemmas in by_pos.items():
                self.list_words(lemmas, [word])
        for word, lemma in table(component, "lemma_lookup").items():
            self.list_words([lemma], [word])

    def read_special_cases(self, rules: dict[str, list[dict[int, str]]]) -> None:
        """The tokenizer's special cases by piece (``can`` -> ``cannot``): pieces without word boundaries."""
        for text, pieces in rules.items():
            for piece in pieces:
                self.special.setdefault(str(piece.get(ORTH, "")).lower(), set()).add(text.lower())

    def list_words(self, lemmas: Iterable[str], words: Iterable[str]) -> None:
        for lemma in lemmas:
            self.listed.setdefault(lemma.lower(), set()).update(word.lower() for word in words)

    def read_ruler(self, entries: Iterable[dict[str, Any]]) -> None:
        """The words the attribute ruler gives a lemma (``ca`` -> ``can``)."""
        for entry in entries:
            lemma = str(entry["attrs"].get("LEMMA", "")).lower()
            for token in (t for pattern in entry["patterns"] for t in pattern if lemma):
                words = pattern_words(token)
                if words is None:
                    self.unlisted.add(lemma)
                else:
                    self.list_words([lemma], words)

    def forms(self, lemma: str) -> set[str] | None:
        """Every word that could be lemmatized to the lemma (or one of its words); None when unknowable."""
        words = {word.lower() for word in (lemma, *lemma.split())}
        if words & self.unlisted:
            return None
        forms = {f for w in words for f in (w, *rule_forms(w, self.rules), *self.listed.get(w, ())) if f}
        return forms | {case for form in forms for case in self.special.get(form, ())}


@functools.cache
def inflections_of(nlp: Language) -> Inflections:
    """The inflections of a pipeline, worked out once per process."""
    return Inflections(nlp)


def trigger_forms(nlp: Language, lemmas: Iterable[str]) -> set[str] | None:
    """Every written form of the lemmas the pipeline could lemmatize back; None when unknowable."""
    found: set[str] = set()
    for lemma in lemmas:
        forms = inflections_of(nlp).forms(lemma)
        if forms is None:
            return None
        found |= forms
    return found


def at_boundaries(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole word (no letter or digit right before or after)."""
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


Guard = tuple[set[str], set[str]]
Marked = tuple[Iterable[str], int]
Role = tuple[int, set[int], set[int]]


def word_roles(
    triggers: set[str], references: Iterable[str], guarded: Sequence[Guard], marked: Sequence[Marked] = ()
) -> dict[str, Role]:
    """Each word's (kinds, guarded triggers it may be, guarded triggers it frees), guards by number."""
    roles: dict[str, Role] = {word: (TRIGGER, set(), set()) for word in triggers}
    for words, marker in ((references, REFERENCE), *marked):
        for word in (w.lower() for w in words):
            kind, needs, gives = roles.get(word, (0, set(), set()))
            roles[word] = (kind | marker, needs, gives)
    for number, (forms, guards) in enumerate(guarded):
        for word in forms:
            roles.setdefault(word, (0, set(), set()))[1].add(number)
        for word in guards:
            roles.setdefault(word, (0, set(), set()))[2].add(number)
    return roles


class Prefilter:
    """Finds trigger and reference words with one automaton.

    A guarded trigger counts only beside one of its guard words: a verb
    whose every pattern names its objects (``have`` talks) needs one of them.
    """

    def __init__(
        self,
        triggers: set[str] | None,
        references: Iterable[str] = REFERENCES,
        guarded: Sequence[Guard] = (),
        marked: Sequence[Marked] = (),
        any_source: bool = False,
    ) -> None:
        self.any_trigger = triggers is None
        self.any_source = any_source
        self.automaton = ahocorasick.Automaton()
        roles = word_roles(triggers or set(), references, guarded, marked)
        for word, (kind, needs, gives) in roles.items():
            self.automaton.add_word(word, (len(word), kind, frozenset(needs), frozenset(gives)))
        if roles:
            self.automaton.make_automaton()

    def words(self, text: str) -> int:
        """The kinds of words (TRIGGER | REFERENCE | STANDIN | PASSIVE | STATE_ACT) the text holds."""
        lowered = text.lower()
        found = TRIGGER if self.any_trigger else 0
        if not len(self.automaton):
            return found
        needs: set[int] = set()
        gives: set[int] = set()
        for last, (length, kind, need, give) in self.automaton.iter(lowered):
            if at_boundaries(lowered, last - length + 1, last + 1):
                found |= kind
                needs |= need
                gives |= give
        return found | (TRIGGER if needs & gives else 0)

    def admits(self, text: str, mentions: Sequence[Mention], context: ArticleContext) -> bool:
        """Whether the sentence can give an event, so needs the parse."""
        found = self.words(text)
        if not found & TRIGGER:
            return False
        authorities = found & PASSIVE and found & STATE_ACT  # ``was detained``: by the authorities
        named = any(mention.entries or mention.sector for mention in mentions)
        if self.any_source or found & STANDIN or authorities or named:
            return True
        return bool(found & REFERENCE) and (context.last_person is not None or bool(context.countries))


def trigger_lemmas(coder: Coder) -> tuple[set[str], dict[str, set[str]]]:
    """(lemmas that trigger alone, lemmas that need an object word -> those words).

    Intent words trigger alone: the intent rule codes an act without a pattern; so does a verb with an
    object word that stands for a kind of name (``@place``), which no written word guards.
    """
    free = {trigger.split()[0] for trigger in coder.intents if trigger.split()}
    guarded: dict[str, set[str]] = {}
    for (_, lemma), patterns in coder.patterns.table.items():
        placeholders = any(word.startswith("@") for pattern in patterns for word in pattern.objects)
        if all(pattern.objects for pattern in patterns) and not placeholders:
            guarded.setdefault(lemma, set()).update(o for p in patterns for o in p.objects)
        else:
            free.add(lemma)
    return free, {lemma: objects for lemma, objects in guarded.items() if lemma not in free}


@functools.cache
def prefilter_for(coder: Coder) -> Prefilter:
    """The prefilter of a coder's patterns and intent words, built once per process."""
    free, guarded = trigger_lemmas(coder)
    nlp = load_nlp()
    guards: list[Guard] = []
    for lemma, objects in guarded.items():
        forms, words = trigger_forms(nlp, [lemma]), trigger_forms(nlp, objects)
        if forms is None or words is None:
            free.add(lemma)
        else:
            guards.append((forms, words))
    # A weapon stands for unidentified attackers; a passive with no one named for the authorities.
    weapons, state_acts = trigger_forms(nlp, WEAPON_WORDS), trigger_forms(nlp, state_act_lemmas(coder))
    marked: list[Marked] = [(weapons or (), STANDIN), (PASSIVE_WORDS, PASSIVE), (state_acts or (), STATE_ACT)]
    # Forms that cannot be known: any sentence with a trigger may have such a source.
    unknowable = weapons is None or state_acts is None
    return Prefilter(trigger_forms(nlp, free), guarded=guards, marked=marked, any_source=unknowable)


def state_act_lemmas(coder: Coder) -> set[str]:
    """Predicates of acts only the authorities do (arrests, trials, investigations, bans): in the
    passive with no one named, the authorities are their source."""
    return {lemma for (_, lemma), patterns in coder.patterns.table.items()
            if any(p.code[:2] in STATE_ACT_ROOTS for p in patterns)}


def parse_plan(coder: Coder, article: Article, sentences: Sequence[Sentence]) -> list[bool]:
    """For each sentence, whether to parse it (all of them when the prefilter is off).

    The context here remembers every sentence, discarded ones too, so it
    knows at least what the coder's will: a superset keeps the plan safe.
    """
    if not coder.config.prefilter:
        return [True] * len(sentences)
    prefilter, context, plan = prefilter_for(coder), coder.new_context(article.text), []
    for sentence in sentences:
        mentions = coder.mentions(sentence.text, article.date, context)
        plan.append(prefilter.admits(sentence.text, mentions, context))
        coder.remember(mentions, context, sentence.text)
    return plan


def parse_planned(texts: Sequence[str], plan: Sequence[bool], batch_size: int) -> Iterator[Doc | None]:
    """Docs of the planned texts, None for the others, in order."""
    docs = parse((text for text, wanted in zip(texts, plan, strict=True) if wanted), batch_size)
    for wanted in plan:
        yield next(docs) if wanted else None
