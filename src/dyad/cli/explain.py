"""``dyad explain``: how one sentence is coded, step by step."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any

import click

from dyad.cli.code import date_option
from dyad.cli.common import coder_options, handle_errors, make_config
from dyad.explain import Explanation, MentionStep, SentenceStep, TriggerStep, explain_text
from dyad.model import Actor, Event


def mention_line(mention: MentionStep) -> str:
    """A mention, its code and the entry that gave it."""
    if mention.kind == "agent":
        return f"  {mention.text!r}  sector {mention.sector}"
    if mention.code is None:
        return f"  {mention.text!r}  no entry valid on this date"
    valid = mention.valid_from or mention.valid_until
    dates = f", valid {mention.valid_from or '...'} to {mention.valid_until or '...'}" if valid else ""
    named = f"  {mention.name}" if mention.name else ""
    return f"  {mention.text!r}  {mention.code}{named}  ({mention.kind}, {mention.origin}{dates})"


def trigger_lines(trigger: TriggerStep) -> list[str]:
    """The trigger, the patterns written for it, and its clause's parse."""
    state = "coded" if trigger.coded else "not coded"
    negation = ", negated" if trigger.negated else ""
    lines = [f"  {trigger.text!r} ({trigger.lemma}, {trigger.pos}) {state}{negation}; patterns:"]
    lines += [f"    {pattern}" for pattern in trigger.patterns]
    return [
        *lines,
        f"    fits: {trigger.fits or 'none (particle or object missing)'}",
        f"    sources: {'; '.join(trigger.sources) or 'none'}",
        f"    targets: {'; '.join(trigger.targets) or 'none'}",
        f"    parse: {trigger.compact()}",
    ]


def actor_text(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    name = f" ({actor.name})" if actor.name else ""
    found = f", country {actor.country_from}" if actor.country_from else ""
    found = found or ("" if actor.country else ", no country")
    return f"{actor.code} {actor.text!r}{name}{found}"


def event_lines(event: Event) -> list[str]:
    """The event and its evidence."""
    evidence = ", ".join(f"{key} {value}" for key, value in event.evidence.items() if value is not None)
    return [
        f"  {event.cameo} {event.cameo_name} (PLOVER {event.plover.type}, Goldstein {event.goldstein:g})",
        f"    source {actor_text(event.source)}",
        f"    target {actor_text(event.target)}",
        f"    evidence: {evidence}",
    ]


def sentence_lines(step: SentenceStep) -> list[str]:
    """Mentions, triggers and events of one sentence."""
    lines = [f"sentence {step.index} ({step.part}): {step.text}"]
    if step.discarded_by:
        lines.append(f"  left out: it contains the discard phrase {step.discarded_by!r}")
    lines.append("mentions:" if step.mentions else "mentions: none")
    lines += [mention_line(m) for m in step.mentions]
    lines.append("predicates with verb patterns:" if step.triggers else "predicates with verb patterns: none")
    lines += [line for trigger in step.triggers for line in trigger_lines(trigger)]
    lines.append("events:" if step.events else "events: none")
    return lines + [line for event in step.events for line in event_lines(event)]


def render(explanation: Explanation) -> str:
    """The explanation as text for a person."""
    day = explanation.date.isoformat() if explanation.date else "unknown"
    blocks = [f"date: {day}"] + ["\n".join(sentence_lines(step)) for step in explanation.sentences]
    return "\n\n".join(blocks)


@click.command("explain")
@click.argument("text")
@click.option("--date", "day", callback=lambda _c, _p, v: date_option(v), help="Article date (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@coder_options
@handle_errors
def explain_command(text: str, day: date | None, fmt: str, **options: Any) -> None:
    """Show, step by step, how TEXT (a sentence, or - for stdin) is coded."""
    source = sys.stdin.read() if text == "-" else text
    explanation = explain_text(source, day, make_config(**options))
    for problem in explanation.problems:
        click.echo(f"dyad: warning: {problem}", err=True)
    if fmt == "json":
        click.echo(json.dumps(explanation.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render(explanation))
