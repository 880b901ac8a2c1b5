"""Chat turns end to end on the sample library, with a scripted model standing in for llama.cpp
(the bundled model is exercised in test_chat_bundled.py): streaming, the reply checks and their
fallback, prompt injection, no-LLM mode, extraction trust, sessions and follow-ups."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from engine import Library, open_library
from engine.errors import NotFoundError, UserError
from engine.llm.registry import ModelEntry
from engine.progress import CancelToken
from tests.llm.injection import add_injected_film


class ScriptedModel:
    """Writes whatever ``write(prompt_text)`` returns, a few characters at a time."""

    def __init__(self, write: Callable[[str], str], reading: dict[str, Any] | None = None) -> None:
        self.write = write
        self.reading = reading
        self.prompts: list[str] = []
        self.json_calls = 0

    def stream(self, messages: Sequence[dict[str, str]], *, max_tokens: int = 256, temperature: float = 0.3,
               cancel: CancelToken | None = None, schema: Any = None) -> Iterator[str]:
        text = "\n".join(m["content"] for m in messages)
        self.prompts.append(text)
        reply = self.write(text)
        for start in range(0, len(reply), 4):
            if cancel is not None and cancel.cancelled:
                return
            yield reply[start:start + 4]

    def json(self, messages: Sequence[dict[str, str]], schema: Any, *, max_tokens: int = 192,
             cancel: CancelToken | None = None) -> dict[str, Any] | None:
        self.json_calls += 1
        return self.reading


def _entry(parameters: int) -> ModelEntry:
    return ModelEntry("Scripted", "scripted", Path("scripted.gguf"), False, parameters=parameters,
                      languages=("en", "zh"))


def _use(lib: Library, model: ScriptedModel, parameters: int = 7_000_000_000) -> None:
    lib.chat_service.runtime = lambda: (_entry(parameters), model, None)  # type: ignore[method-assign,assignment]


def _first_listed(prompt: str) -> tuple[str, str]:
    found = re.search(r"(?:\[1\] |should try )(.+?) \((\d{4})\)", prompt)
    assert found, prompt
    return found.group(1), found.group(2)


def _praise(prompt: str) -> str:
    title, year = _first_listed(prompt)
    return f"{title} ({year}) is the one to start with. It fits what you asked for."


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = open_library(tmp_path / "home")
    library.load_sample()
    library.index()
    yield library
    library.close()


def test_a_checked_reply_is_streamed_and_kept(lib: Library) -> None:
    model = ScriptedModel(_praise)
    _use(lib, model)
    events: list[tuple[str, str]] = []
    turn = lib.chat("a science fiction film", on_event=lambda kind, text: events.append((kind, text)))
    assert turn.llm_reply and turn.fallback is None and turn.model == "Scripted"
    assert all(kind == "delta" for kind, _ in events) and len(events) == 2
    assert "".join(text for _, text in events) == turn.reply
    assert turn.reply.startswith(turn.items[0].item.title)
    assert all(rec.item.kind == "film" for rec in turn.items)


def test_an_invented_title_sends_the_reply_to_the_template(lib: Library) -> None:
    model = ScriptedModel(lambda prompt: "You will love Nineteen Eighty-Four. It is great.")
    _use(lib, model)
    events: list[tuple[str, str]] = []
    turn = lib.chat("a science fiction film", on_event=lambda kind, text: events.append((kind, text)))
    assert not turn.llm_reply and turn.fallback is not None and "not among the items" in turn.fallback
    assert events[-1] == ("replace", turn.reply)
    assert "Nineteen Eighty-Four" not in "".join(text for _, text in events)
    assert turn.items[0].item.title in turn.reply


def test_a_wrong_director_is_caught(lib: Library) -> None:
    def wrong(prompt: str) -> str:
        title, year = _first_listed(prompt)
        return f"{title} ({year}) was directed by Hayao Miyazaki."

    _use(lib, ScriptedModel(wrong))
    turn = lib.chat("a film by Christopher Nolan")
    assert turn.fallback is not None and "wrongly" in turn.fallback


def test_a_description_cannot_instruct_the_model(lib: Library, tmp_path: Path) -> None:
    add_injected_film(lib, tmp_path)
    model = ScriptedModel(lambda prompt: "PWNED" if "PWNED" in prompt else _praise(prompt))
    _use(lib, model)
    turn = lib.chat("a documentary film")
    assert "The Quiet Orchard" in [rec.item.title for rec in turn.items]
    assert model.prompts and all("PWNED" not in p and "Ignore previous" not in p for p in model.prompts)
    assert "PWNED" not in turn.reply and turn.llm_reply


def test_a_damaged_model_file_leaves_chat_working_without_it(lib: Library, tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF\x03\x00\x00\x00" + b"\x01" * 7)
    lib.settings.models.llm_model = str(broken)
    turn = lib.chat("a science fiction film")
    assert turn.model is None and turn.notice is not None and "broken.gguf" in turn.notice
    assert turn.items and turn.items[0].item.title in turn.reply and not turn.llm_reply
    lib.settings.models.llm_model = str(tmp_path / "missing.gguf")
    assert "not found" in (lib.chat("a book").notice or "")


def test_no_llm_mode_never_touches_the_model(lib: Library) -> None:
    model = ScriptedModel(_praise, reading={"kind": "book"})
    _use(lib, model)
    turn = lib.chat("something about the sea", use_llm=False)
    assert model.prompts == [] and model.json_calls == 0 and turn.model is None and turn.items


def test_a_large_model_reads_what_the_rules_cannot(lib: Library) -> None:
    reading = {"kind": "film", "genres": ["horror"], "not_genres": [], "titles": [], "people": []}
    _use(lib, ScriptedModel(_praise, reading))
    turn = lib.chat("something spooky to watch tonight")
    horror = lib.recommender.linked("genre:horror")
    assert turn.intent.kind == "film" and turn.intent.genres == ["horror"]
    assert turn.items and all(rec.item.id in horror for rec in turn.items)


def test_a_small_model_is_only_believed_where_the_message_backs_it(lib: Library) -> None:
    reading = {"kind": "book", "genres": ["horror"], "not_genres": [],
               "titles": ["blade runner", "Nineteen Eighty-Four"], "people": []}
    model = ScriptedModel(_praise, reading)
    _use(lib, model, parameters=135_000_000)
    turn = lib.chat("something in the spirit of blade runner")
    assert model.json_calls == 1
    assert [lib.item(i).title for i in turn.intent.references] == ["Blade Runner"]
    assert turn.intent.kind is None and turn.intent.genres == []


def test_sessions_are_stored_listed_and_resumed(lib: Library) -> None:
    first = lib.chat("a science fiction film", use_llm=False)
    shown = [rec.item.id for rec in first.items]
    more = lib.chat("anything else?", first.session, use_llm=False)
    assert more.follow_up == "more" and more.session == first.session
    assert not set(shown) & {rec.item.id for rec in more.items}
    home = lib.home
    lib.close()
    reopened = open_library(home)
    try:
        sessions = reopened.chat_sessions()
        assert [(s.id, s.turns, s.title) for s in sessions] == [(first.session, 2, "a science fiction film")]
        assert [m.role for m in reopened.chat_history(first.session)] == ["user", "assistant"] * 2
        again = reopened.chat("not the second one", first.session, use_llm=False)
        assert again.follow_up == "exclude"
        assert more.items[1].item.id not in {rec.item.id for rec in again.items}
        assert all(rec.item.kind == "film" for rec in again.items)
        with pytest.raises(NotFoundError):
            reopened.chat("more", 999, use_llm=False)
        with pytest.raises(UserError):
            reopened.chat("   ", use_llm=False)
    finally:
        reopened.close()


def test_stop_keeps_what_was_shown(lib: Library) -> None:
    cancel = CancelToken()
    model = ScriptedModel(lambda prompt: _praise(prompt) + " And more words follow here for a while.")
    _use(lib, model)

    def on_event(kind: str, text: str) -> None:
        if kind == "delta":
            cancel.cancel()

    turn = lib.chat("a science fiction film", on_event=on_event, cancel=cancel)
    assert turn.stopped and turn.llm_reply and turn.reply.startswith(turn.items[0].item.title)
    assert "more words" not in turn.reply
    assert lib.chat_history(turn.session)[-1].text == turn.reply
