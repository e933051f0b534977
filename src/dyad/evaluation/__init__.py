"""Scoring the coder against gold standards.

Four gold formats are read; the scoring functions take the coded events as
input (one list per gold record), so they work on any coder's output.

``jsonl``: dyad's own gold set (``tests/data/gold/dyad_gold.jsonl``), one
sentence a line with its events as (source country, target country, CAMEO
code). A side of an event is its actor's ISO country, ``IGO`` for an
intergovernmental organization (a code starting with ``IGO``), else null.
Each sentence gives a set of triples (source, target, CAMEO root), so two
events that differ only below the root count once; over the whole set
(micro-averaged):

- precision: found triples that are gold / found triples;
- recall: gold triples found / gold triples (also per CAMEO root);
- F1 of the two: the headline ``accuracy``;
- the same on exact CAMEO codes, the strict variant;
- false alarms: the share of tricky negatives (``tricky`` set, no events)
  from which the coder took any event.

``plover-gsr``: the PLOVER gold-standard records (``PLOVER_GSR_CAMEO.json``),
each a sentence with one gold PLOVER type and the codes of its source and
target actors. The file's older type and country names are mapped to dyad's
(``data/plover_gsr.tsv``). A record's found types are the PLOVER types of
the events the coder took from its sentence.

- event-type accuracy, the headline ``accuracy``: the share of records whose
  gold type is among the found types;
- per type: precision (records of the type among those where it was found),
  recall (records of the type where it was found) and F1;
- source accuracy: among records with a gold source, the share where one of
  the best-matching events has its source among the gold sources. The
  best-matching events are those of the gold type, or all the sentence's
  events when none is of that type; a record without events is a miss. An
  actor is its country, else the first three letters of its code (``IGO``,
  ``NGO``, ``IMG``); a gold actor is the first three letters of its code.
- target accuracy likewise, among records with a gold target.

``snippets``: the event-class snippets (``tests/data/gold/snippets_gold.jsonl``),
one short text a line with its class, its split (``dev`` or ``heldout``), the
CAMEO roots acceptable for its main event and the source country of that
event (or null). A snippet is a hit when the coder takes at least one event
whose CAMEO root is acceptable. Each figure is given for the dev snippets,
the held-out ones and all of them:

- per class: the share of hits;
- the macro average of those shares over the classes, the headline
  ``accuracy`` (over all snippets);
- for the ``disaster`` class, which has no acceptable root and is left out
  of the macro average: the share of snippets with an event of a root from
  14 to 20 (violence taken from a disaster);
- source country: among hits with a gold source country, the share where an
  event of an acceptable root has that country as its source.

``articles``: whole articles (``tests/data/gold/whole_articles_gold.jsonl``),
one article a line with its style (``wire``, ``state``, ``local``, ``brief``,
``long``), its split, its events and its quiet sentences (eventful-looking
sentences from which nothing must be taken). The coder reads each article as
a whole; its events give a set of (source, target, CAMEO root) triples per
article, compared with the gold set's (micro-averaged, per style and split):

- precision, recall and F1 of the triples; F1 over all articles is the
  headline ``accuracy``;
- quiet sentences with an event: the share of quiet sentences from which
  the coder took any event.
"""

from __future__ import annotations

from dyad.evaluation.articles import (
    STYLES,
    ArticleReport,
    GoldArticle,
    article_details,
    article_record,
    article_triples,
    read_articles,
    score_articles,
)
from dyad.evaluation.gold import (
    GoldReport,
    GoldSentence,
    gold_details,
    gold_sentence,
    match_counts,
    read_gold,
    root_recall,
    score_gold,
    triples,
)
from dyad.evaluation.plover import (
    PloverRecord,
    PloverReport,
    TypeScore,
    actor_ratio,
    best_events,
    found_types,
    gsr_actors,
    gsr_names,
    gsr_type,
    plover_details,
    plover_record,
    read_plover_gsr,
    score_plover,
    type_scores,
)
from dyad.evaluation.running import (
    FORMATS,
    Evaluation,
    code_records,
    evaluate,
    evaluate_articles,
    evaluate_gold,
    evaluate_plover,
    evaluate_snippets,
    guess_format,
)
from dyad.evaluation.scores import (
    Found,
    GoldText,
    Ratio,
    Report,
    Scores,
    Triple,
    actor_key,
    event_summary,
    event_triple,
    gold_date,
    json_lines,
    read_text,
    side,
)
from dyad.evaluation.snippets import (
    DISASTER,
    SPLITS,
    VIOLENT_ROOTS,
    ClassScore,
    Snippet,
    SnippetReport,
    SplitRatios,
    acceptable,
    class_scores,
    read_snippets,
    score_snippets,
    snippet_details,
    snippet_record,
    source_match,
    split_ratios,
    violent,
)

__all__ = [
    "DISASTER",
    "FORMATS",
    "SPLITS",
    "STYLES",
    "VIOLENT_ROOTS",
    "ArticleReport",
    "ClassScore",
    "Evaluation",
    "Found",
    "GoldArticle",
    "GoldReport",
    "GoldSentence",
    "GoldText",
    "PloverRecord",
    "PloverReport",
    "Ratio",
    "Report",
    "Scores",
    "Snippet",
    "SnippetReport",
    "SplitRatios",
    "Triple",
    "TypeScore",
    "acceptable",
    "actor_key",
    "actor_ratio",
    "article_details",
    "article_record",
    "article_triples",
    "best_events",
    "class_scores",
    "code_records",
    "evaluate",
    "evaluate_articles",
    "evaluate_gold",
    "evaluate_plover",
    "evaluate_snippets",
    "event_summary",
    "event_triple",
    "found_types",
    "gold_date",
    "gold_details",
    "gold_sentence",
    "gsr_actors",
    "gsr_names",
    "gsr_type",
    "guess_format",
    "json_lines",
    "match_counts",
    "plover_details",
    "plover_record",
    "read_articles",
    "read_gold",
    "read_plover_gsr",
    "read_snippets",
    "read_text",
    "root_recall",
    "score_articles",
    "score_gold",
    "score_plover",
    "score_snippets",
    "side",
    "snippet_details",
    "snippet_record",
    "source_match",
    "split_ratios",
    "triples",
    "type_scores",
    "violent",
]
