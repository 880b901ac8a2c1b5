"""GGUF checks on hand-made files and the bundled SmolLM2 through llama.cpp: streaming, cancel, JSON."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.errors import UserError
from engine.llm.gguf import check_chat_model, read_gguf
from engine.llm.runtime import LLMRuntime, resolve_llm_path
from engine.progress import CancelToken
from tests.llm.gguf_files import write_gguf


def test_hand_made_headers(tmp_path: Path) -> None:
    good = write_gguf(tmp_path / "good.gguf", {"general.architecture": "llama", "tokenizer.chat_template": "{{x}}"})
    info = check_chat_model(good)
    assert info.version == 3 and info.architecture == "llama" and info.chat_template == "{{x}}"
    no_template = write_gguf(tmp_path / "plain.gguf", {"general.architecture": "llama"})
    with pytest.raises(UserError, match="no chat template"):
        check_chat_model(no_template)
    (tmp_path / "text.gguf").write_text("hello, not a model", encoding="utf-8")
    with pytest.raises(UserError, match="not a GGUF"):
        read_gguf(tmp_path / "text.gguf")
    truncated = tmp_path / "cut.gguf"
    truncated.write_bytes(good.read_bytes()[:30])
    with pytest.raises(UserError, match="truncated or damaged"):
        read_gguf(truncated)
    with pytest.raises(UserError, match="unsupported GGUF version"):
        read_gguf(write_gguf(tmp_path / "v9.gguf", {}, version=9))
    with pytest.raises(UserError, match="not found"):
        read_gguf(tmp_path / "missing.gguf")


def test_a_long_vocabulary_is_stepped_over_and_what_follows_it_is_read(tmp_path: Path) -> None:
    tokens = [f"tok{i}" * (1 + i % 7) for i in range(60_000)] + ["x" * 2_000_000]  # crosses 1 MB reads
    path = write_gguf(tmp_path / "vocab.gguf", {"general.architecture": "llama", "tokenizer.ggml.tokens": tokens,
                                                "short": ["a", "b"], "tokenizer.chat_template": "{{x}}"})
    info = check_chat_model(path)
    assert info.metadata["tokenizer.ggml.tokens"] == {"array_length": len(tokens)}
    assert info.metadata["short"] == ["a", "b"] and info.chat_template == "{{x}}"
    whole = path.read_bytes()
    for cut in (len(whole) // 3, len(whole) - 2_000_100, len(whole) - 1_000):  # inside the vocabulary
        damaged = tmp_path / f"cut{cut}.gguf"
        damaged.write_bytes(whole[:cut])
        with pytest.raises(UserError, match="truncated or damaged"):
            read_gguf(damaged)


@pytest.fixture(scope="module")
def runtime() -> Iterator[LLMRuntime]:
    yield LLMRuntime(resolve_llm_path("bundled"))


def test_bundled_model_is_a_chat_model(runtime: LLMRuntime) -> None:
    assert runtime.info.architecture == "llama" and runtime.info.chat_template
    assert (runtime.info.context_length or 0) >= 2048


@pytest.mark.slow
def test_streams_and_stops_when_cancelled(runtime: LLMRuntime) -> None:
    pieces = list(runtime.stream([{"role": "user", "content": "Name a colour."}], max_tokens=16))
    assert pieces and "".join(pieces).strip()
    cancel = CancelToken()
    received = 0
    for _ in runtime.stream([{"role": "user", "content": "Tell a long story."}], max_tokens=200, cancel=cancel):
        received += 1
        if received == 3:
            cancel.cancel()
    assert received == 3


@pytest.mark.slow
def test_json_output_follows_the_schema(runtime: LLMRuntime) -> None:
    schema = {"type": "object", "properties": {"kind": {"type": "string", "enum": ["film", "book", "any"]}},
              "required": ["kind"]}
    value = runtime.json([{"role": "user", "content": "I want a film."}], schema)
    assert value is not None and value["kind"] in ("film", "book", "any")
