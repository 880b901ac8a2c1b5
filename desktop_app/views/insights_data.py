"""What the Insights view shows, read on the engine thread: the taste insights, the boosts and mutes
in force, and suggestions to boost or mute from the top genres and creators."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass

from engine import Library, UserError
from engine.insights import TasteInsights, taste_insights
from engine.library.text import fold

SUGGESTIONS = 5  # of each: genres and creators


@dataclass(frozen=True)
class RuleRow:
    key: str     # "genre:science-fiction", "person:hayao miyazaki"
    action: str  # boost | mute
    label: str   # shown (genres in the app's language)
    name: str    # the rule's own label, for clearing it


@dataclass(frozen=True)
class Suggestion:
    name: str    # what is sent to set_taste_rule
    label: str
    count: int
    mean_rating: float | None


@dataclass(frozen=True)
class InsightsData:
    insights: TasteInsights
    rules: list[RuleRow]
    suggestions: list[Suggestion]


def load_insights(lib: Library, profile: str | None) -> InsightsData:
    """Runs on the engine thread."""
    language = lib.reasons_language()
    insights = taste_insights(lib, profile, language)
    aliases = lib.knowledge.aliases
    rules = []
    for rule in lib.taste_rules(profile):
        label = rule.label
        if rule.key.startswith("genre:"):
            with suppress(KeyError):
                label = aliases.get(rule.key.removeprefix("genre:")).label(language)
        rules.append(RuleRow(rule.key, rule.action, label, rule.label))
    ruled = {rule.key for rule in rules}
    suggestions = [Suggestion(g.key, g.label, g.count, g.mean_rating) for g in insights.genres
                   if f"genre:{g.key}" not in ruled and f"tag:{g.key}" not in ruled][:SUGGESTIONS]
    suggestions += [Suggestion(c.name, c.name, c.count, c.mean_rating) for c in insights.creators
                    if f"person:{fold(c.name)}" not in ruled][:SUGGESTIONS]
    return InsightsData(insights, rules, suggestions)


def clear_rule(lib: Library, rule: RuleRow, profile: str | None) -> None:
    """By its node key; by its label when the key no longer resolves (a genre before indexing)."""
    try:
        lib.set_taste_rule(rule.key, "clear", profile)
    except UserError:
        lib.set_taste_rule(rule.name, "clear", profile)
