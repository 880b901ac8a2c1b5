"""One chat turn: understand the message (rules, then the LLM where it can add something), follow
the conversation, recommend, and reply — from the LLM when it speaks the language and its reply
passes the grounding checks sentence by sentence, else from a template.

``on_event(kind, text)`` streams the reply: "delta" appends checked text, "replace" swaps the whole
reply (the template after a failed check). Nothing unchecked is ever shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from engine.chat import templates
from engine.chat.claims import vocabulary
from engine.chat.extraction import IntentMerger, extract
from engine.chat.facts import fact_sheet, prompt
from engine.chat.followups import apply, classify
from engine.chat.grounding import Listed, ReplyChecker, TitleIndex, sentences
from engine.chat.intent import Intent
from engine.chat.lexicon import PeopleLexicon
from engine.chat.rules import IntentRules
from engine.chat.sessions import SessionStore
from engine.errors import UserError
from engine.library.models import Profile
from engine.llm.registry import ModelEntry, entry_for
from engine.llm.runtime import LLMRuntime, RuntimeSettings
from engine.progress import CancelToken
from engine.ranking.request import Recommendation

if TYPE_CHECKING:
    from engine.api import Library

EventSink = Callable[[str, str], None]
REPLY_TOKENS = 110
SMALL_SENTENCES, LARGE_SENTENCES = 2, 4


@dataclass
class ChatTurn:
    reply: str
    items: list[Recommendation]
    session: int
    intent: Intent
    understood: str = ""
    model: str | None = None       # the language model consulted, None in no-LLM mode
    llm_reply: bool = False        # the reply was written by the model and passed its checks
    fallback: str | None = None    # why a template replaced the model's reply
    notice: str | None = None      # a problem with the model (chat went on without it)
    follow_up: str = "new"
    extracted: list[str] = field(default_factory=list)
    stopped: bool = False
    relaxed: bool = False          # nothing met every condition; these came closest
    timings: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "reply": self.reply, "items": [rec.to_json() for rec in self.items], "session": self.session,
            "understood": self.understood, "intent": self.intent.to_json(), "model": self.model,
            "llm_reply": self.llm_reply, "fallback": self.fallback, "notice": self.notice,
            "follow_up": self.follow_up, "extracted": self.extracted, "stopped": self.stopped,
            "relaxed": self.relaxed,
            "timings": {name: round(value, 3) for name, value in self.timings.items()},
        }


class ChatService:
    def __init__(self, lib: Library) -> None:
        self.lib = lib
        db = lib.store.db
        self.sessions = SessionStore(db)
        self.people = PeopleLexicon(db)
        self.rules = IntentRules(lib.knowledge.aliases, lib.store.items, self.people)
        self.merger = IntentMerger(self.rules, lib.knowledge.aliases, self.people)
        self.titles = TitleIndex(db)
        self._runtime: tuple[str, LLMRuntime] | None = None
        self._entry: tuple[str, ModelEntry, tuple[float, int] | None] | None = None

    # -- the model ---------------------------------------------------------------------------

    def model_entry(self) -> ModelEntry:
        """The configured model's entry, read again only when the setting or the file changes."""
        setting = self.lib.settings.models.llm_model
        cached = self._entry
        if cached is not None and cached[0] == setting and cached[1].path is not None \
                and _stamp(cached[1].path) == cached[2]:
            return cached[1]
        entry = entry_for(self.lib.home, setting)
        self._entry = (setting, entry, _stamp(entry.path) if entry.path else None)
        return entry

    def runtime(self) -> tuple[ModelEntry, LLMRuntime | None, str | None]:
        """The configured model, its runtime (None in no-LLM mode) and why not, if not."""
        entry = self.model_entry()
        if not entry.usable or entry.path is None:
            return entry, None, f"{entry.error} — chat works without a language model"
        if self._runtime is None or self._runtime[0] != entry.setting:
            models = self.lib.settings.models
            settings = RuntimeSettings(threads=models.llm_threads, context=models.llm_context)
            self._runtime = (entry.setting, LLMRuntime(entry.path, settings))
        return entry, self._runtime[1], None

    # -- a turn ------------------------------------------------------------------------------

    def turn(self, message: str, session: int | None = None, profile: str | None = None,
             on_event: EventSink | None = None, cancel: CancelToken | None = None,
             use_llm: bool = True) -> ChatTurn:
        text = " ".join(message.split())
        if not text:
            raise UserError("type a message first")
        started = time.perf_counter()
        timings: dict[str, float] = {}
        emit = on_event or (lambda kind, value: None)
        chosen = self.lib.profile(profile)
        previous = self.sessions.last_answer(session) if session is not None else None
        if session is not None and previous is None:
            self.sessions.get(session)  # NotFoundError for an unknown session
        entry, runtime, notice = self.runtime() if use_llm else (None, None, None)
        parsed = self.rules.parse(text)
        follow = classify(text, parsed, previous.intent if previous else None)
        extracted: list[str] = []
        if runtime is not None and entry is not None and follow.action in ("new", "refine") \
                and self._should_extract(parsed, entry):
            try:
                raw = extract(runtime, text, cancel)
                timings["extraction"] = time.perf_counter() - started
            except UserError as exc:
                runtime, notice = None, f"{exc} — chat works without a language model"
            else:
                extracted = self.merger.merge(parsed, raw, text, trusted=not entry.small).added
        intent = apply(follow, parsed, previous.intent if previous else None,
                       previous.item_ids if previous else [])
        timings["understand"] = time.perf_counter() - started
        recs, relaxed = self._recommend(intent, chosen)
        timings["recommend"] = time.perf_counter() - started - timings["understand"]
        summary = self.understood(intent)
        model = entry.name if runtime and entry else None
        turn = ChatTurn("", recs, session or 0, intent, summary, model=model, notice=notice,
                        follow_up=follow.action, extracted=extracted, relaxed=relaxed, timings=timings)
        template = templates.reply(intent, recs, summary, relaxed=relaxed, unmatched=parsed.unmatched)
        writes = (runtime is not None and entry is not None and recs and entry.speaks(intent.language)
                  and self.lib.settings.chat.reply == "llm")
        if writes and runtime is not None and entry is not None:
            self._write(turn, text, runtime, template, emit, cancel, started, small=entry.small,
                        relaxed=relaxed)
        else:
            turn.reply = template
            emit("replace", template)
            timings["first_text"] = time.perf_counter() - started
        timings["total"] = time.perf_counter() - started
        if session is None:
            session = self.sessions.create(chosen.id, text)
        turn.session = session
        self.sessions.add_turn(session, text, turn.reply, intent, [rec.item.id for rec in recs])
        return turn

    def _should_extract(self, parsed: Intent, entry: ModelEntry) -> bool:
        mode = self.lib.settings.chat.extraction
        if mode == "never" or not entry.speaks(parsed.language):
            return False
        return mode == "always" or parsed.is_empty or parsed.query is not None

    def _recommend(self, intent: Intent, profile: Profile) -> tuple[list[Recommendation], bool]:
        recommender = self.lib.recommender
        k = max(1, self.lib.settings.chat.results)
        within: frozenset[int] | None = None
        if intent.required:
            within = frozenset().union(*(recommender.linked(key) for key in intent.required))
        recs = recommender.recommend(intent.request(k, within), profile)
        if recs or within is None:
            return recs, False
        relaxed = recommender.recommend(intent.request(k), profile)
        return relaxed, bool(relaxed)

    def understood(self, intent: Intent) -> str:
        """The request in words, in its own language (also shown again for a reopened chat)."""
        aliases = self.lib.knowledge.aliases

        def label(key: str) -> str:
            try:
                return aliases.get(key.removeprefix("genre:")).label(intent.language)
            except KeyError:
                return key.split(":", 1)[-1]

        def title(item_id: int) -> str:
            return templates.display_title(self.lib.item(item_id), intent.language)

        return templates.understood(intent, label, title,
                                    self.people.name)

    def _write(self, turn: ChatTurn, message: str, runtime: LLMRuntime, template: str, emit: EventSink,
               cancel: CancelToken | None, started: float, *, small: bool, relaxed: bool) -> None:
        """Stream the model's reply sentence by sentence, each checked before it is shown. A small
        model writes about the top pick under a templated opening; a larger one writes it all."""
        items = [rec.item for rec in turn.items]
        context = self.lib.store.items.get_many(
            list(dict.fromkeys([*turn.intent.references, *(i for rec in turn.items for i in rec.named)])))
        facts = fact_sheet(turn.items, len(turn.items))
        known = vocabulary([message, turn.understood, *(f.line("en") for f in facts),
                            *(f"{i.title} {' '.join(i.creator_names)}" for i in context)])
        checker = ReplyChecker(self.titles.keys(self.lib.store.items.change_number()), self.people,
                               Listed(items, context), turn.intent.language, known)
        if small:
            lead = templates.head(turn.intent, turn.items, turn.understood, relaxed=relaxed,
                                  unmatched=turn.intent.unmatched)
        else:
            lead = templates.head(turn.intent, [], "", unmatched=turn.intent.unmatched) \
                if turn.intent.unmatched else ""
        shown, count, limit = lead, 0, SMALL_SENTENCES if small else LARGE_SENTENCES
        if lead:
            emit("delta", lead)
            turn.timings.setdefault("first_text", time.perf_counter() - started)
        buffer = ""
        problem: str | None = None
        try:
            for piece in self._tokens(runtime, message, turn, cancel, started, small):
                buffer += piece
                parts = sentences(buffer)
                complete, buffer = (parts[:-1], parts[-1]) if parts and not _ends(buffer) else (parts, "")
                for sentence in complete:
                    problem = checker.sentence_problem(sentence)
                    if problem:
                        break
                    shown, count = _join(shown, sentence, emit, turn, started), count + 1
                if problem or count >= limit:
                    break
        except UserError as exc:
            turn.notice, problem = f"{exc} — chat works without a language model", "the model failed"
        # an unfinished last sentence (the token budget ran out) is dropped, not shown
        turn.stopped = cancel is not None and cancel.cancelled
        if not problem and not turn.stopped:
            problem = checker.reply_problem(shown[len(lead):])
        if problem or (turn.stopped and shown == lead):
            turn.fallback = problem or "stopped before any text"
            turn.reply = template
            emit("replace", template)
        else:
            turn.reply, turn.llm_reply = shown.strip(), True

    def _tokens(self, runtime: LLMRuntime, message: str, turn: ChatTurn, cancel: CancelToken | None,
                started: float, small: bool) -> Iterator[str]:
        messages = prompt(message, fact_sheet(turn.items), turn.intent.language, small=small)
        for piece in runtime.stream(messages, max_tokens=REPLY_TOKENS, temperature=0.2, cancel=cancel):
            turn.timings.setdefault("first_token", time.perf_counter() - started)
            yield piece


def _ends(text: str) -> bool:
    return text.rstrip()[-1:] in (".", "!", "?", "。", "！", "？") or text.endswith("\n")


def _join(shown: str, sentence: str, emit: EventSink, turn: ChatTurn, started: float) -> str:
    piece = sentence.strip()
    glue = "" if not shown or shown.endswith((" ", "\n")) or _ends_cjk(shown) else " "
    emit("delta", glue + piece)
    turn.timings.setdefault("first_text", time.perf_counter() - started)
    return shown + glue + piece


def _ends_cjk(text: str) -> bool:
    return bool(text) and (text[-1] in "。！？，" or "\u4e00" <= text[-1] <= "\u9fff")


def _stamp(path: Path) -> tuple[float, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime, stat.st_size
