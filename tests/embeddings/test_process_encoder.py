"""Encoding in a child process gives the same vectors as encoding here, without loading torch here."""

from __future__ import annotations

import numpy as np
import pytest

from engine.embeddings.encoder import SentenceEncoder
from engine.embeddings.process_encoder import ProcessEncoder
from engine.errors import Cancelled
from engine.model_files import bundled_embedding_model

pytestmark = pytest.mark.skipif(not bundled_embedding_model().found, reason="the bundled MiniLM is not installed")


def test_the_child_process_encodes_like_the_model_here() -> None:
    path = bundled_embedding_model().path
    assert path is not None
    remote = ProcessEncoder(path)
    try:
        assert remote.dimension() == 384 and remote._process is None  # read from the folder, nothing started
        texts = ["a linguist learns to talk with visitors", "三体", "a heist in a dream", *(["filler"] * 200)]
        here = SentenceEncoder(path)
        assert remote.key == here.key
        far = remote.encode(texts)
        assert far.shape == (len(texts), 384) and far.dtype == np.float32
        assert np.allclose(far, here.encode(texts), atol=1e-5)
        assert remote.encode([]).shape == (0, 384)
        seen: list[int] = []

        def stop_after_first(done: int) -> None:
            seen.append(done)
            raise Cancelled("cancelled")

        with pytest.raises(Cancelled):
            remote.encode(texts, on_progress=stop_after_first)
        assert seen == [128]
        assert remote.encode(["still answering"]).shape == (1, 384)
    finally:
        remote.close()
    assert remote._process is None
