"""Chat: time per turn with the bundled model and without it, how well requests are read, how
often the model's reply passes its checks, and memory.

``python -m benchmarks chat``. The sample library is loaded and indexed with MiniLM; every request
of the test set (tests/llm/chat_requests.py: 22 English, 22 Chinese) is one turn of a new
conversation, then the held-out set (written after tuning, never tuned on), then a four-turn
conversation with follow-ups. Times are from the message to: the model's first token, the first
text shown to the person (a checked sentence, the templated opening, or the template), and the
end of the turn.
"""

from __future__ import annotations

import statistics
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.common import line, peak_rss_mb, timed
from engine import Library, open_library
from engine.chat.service import ChatTurn
from tests.llm.chat_requests import CASES, CHINESE, ENGLISH, HELD_OUT, read_back, score

CONVERSATION = ("a sci-fi film like Arrival", "lighter", "more like the second one", "anything else?")


def _ms(values: Sequence[float]) -> str:
    if not values:
        return "n/a"
    ordered = sorted(values)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return (f"p50 {statistics.median(ordered) * 1000:,.0f} ms · p95 {p95 * 1000:,.0f} ms"
            f" · max {ordered[-1] * 1000:,.0f} ms")


def _accuracy(lib: Library, cases: Sequence[tuple[str, dict[str, Any]]], turns: Sequence[ChatTurn]) -> str:
    right = counted = 0
    for (_, expected), turn in zip(cases, turns, strict=True):
        found = read_back(turn.intent, lambda i: lib.item(i).title, lib.chat_service.people.name)
        r, c, _ = score(found, expected)
        right, counted = right + r, counted + c
    return f"{right}/{counted} constraints = {right / counted:.1%}"


def _rules_only(lib: Library, cases: Sequence[tuple[str, dict[str, Any]]]) -> str:
    right = counted = 0
    rules = lib.chat_service.rules
    for text, expected in cases:
        found = read_back(rules.parse(text), lambda i: lib.item(i).title, rules.people.name)
        r, c, _ = score(found, expected)
        right, counted = right + r, counted + c
    return f"{right}/{counted} constraints = {right / counted:.1%}"


def _times(turns: Sequence[ChatTurn], name: str) -> list[float]:
    return [t.timings[name] for t in turns if name in t.timings]


def run() -> None:
    print("chat (sample library, bundled SmolLM2-135M Q4_1 through llama.cpp, 2 threads)")
    with tempfile.TemporaryDirectory() as tmp:
        lib = open_library(Path(tmp) / "home")
        lib.load_sample()
        with timed() as t:
            lib.index()
        line("index the sample library (MiniLM)", f"{t[0]:.1f} s · RSS {peak_rss_mb():,.0f} MiB")
        _entry, runtime, notice = lib.chat_service.runtime()
        if runtime is None:
            line("bundled model", f"unavailable: {notice}")
        with timed() as t:
            first = lib.chat("a film for tonight")
        line("first turn (loads the model)", f"{t[0] * 1000:,.0f} ms · first token "
             f"{first.timings.get('first_token', 0) * 1000:,.0f} ms")

        turns = [lib.chat(text) for text, _ in CASES]
        english = turns[:len(ENGLISH)]
        line("turns with the model (44 requests)", f"{len(turns)}")
        line("  time to the model's first token (EN, model writes)", _ms(_times(english, "first_token")))
        line("  time to the first text shown (all)", _ms(_times(turns, "first_text")))
        line("  whole turn, English (model writes)", _ms(_times(english, "total")))
        line("  whole turn, Chinese (template: model is en-only)", _ms(_times(turns[len(ENGLISH):], "total")))
        consulted = [t for t in turns if "extraction" in t.timings]
        line("  model consulted to read the request", f"{len(consulted)} of {len(turns)} turns")
        accepted = [t for t in english if t.llm_reply]
        line("  model replies that passed every check (EN)", f"{len(accepted)} of {len(english)}")
        reasons = Counter((t.fallback or "").split(" (")[0].split("“")[0].strip()
                          for t in english if t.fallback)
        for reason, count in reasons.most_common(6):
            line(f"    fallback: {reason}", str(count))
        line("intent, test set, rules + bundled model", _accuracy(lib, CASES, turns))
        line("intent, test set, English / Chinese",
             f"{_accuracy(lib, ENGLISH, english)} / {_accuracy(lib, CHINESE, turns[len(ENGLISH):])}")
        line("intent, test set, rules alone", _rules_only(lib, CASES))
        held = [lib.chat(text) for text, _ in HELD_OUT]
        line("intent, held-out set (20, never tuned on), rules + model", _accuracy(lib, HELD_OUT, held))

        plain = [lib.chat(text, use_llm=False) for text, _ in CASES]
        line("no-LLM mode: whole turn (44 requests)", _ms(_times(plain, "total")))

        session = None
        steps = []
        for message in CONVERSATION:
            turn = lib.chat(message, session)
            session = turn.session
            steps.append(f"{turn.follow_up} {turn.timings['total'] * 1000:,.0f} ms")
        line("conversation: " + " → ".join(CONVERSATION), " · ".join(steps))
        line("peak RSS (MiniLM + torch + llama.cpp + SQLite)", f"{peak_rss_mb():,.0f} MiB")
        lib.close()
