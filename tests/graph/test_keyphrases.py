"""Key phrases of articles: English runs between stopwords, repeated Chinese runs, speed."""

from __future__ import annotations

import random
import time

import pytest

from engine.graph.keyphrases import STOPWORDS, key_phrases, singular

TRANSFORMER_TITLE = "How transformer neural networks changed language models"
TRANSFORMER_TEXT = """
Transformer neural networks replaced recurrent neural networks for most language tasks. The key idea of the
transformer is self-attention: every token looks at every other token in the sequence. Neural networks built
this way train in parallel on GPUs, which made much larger language models possible. Attention heads learn
different relations, and a stack of transformer layers builds deep representations of text. In 2017 the
original paper showed that attention alone was enough for machine translation. Today most large language
models, from BERT to GPT, are transformer neural networks trained on huge text corpora. Critics note that
attention is expensive for long sequences, so researchers study sparse attention and linear attention to
make the transformer cheaper. Whether neural networks of this kind understand anything remains an open
question, but their results on benchmarks are hard to ignore.
"""

ML_TITLE = "机器学习入门"
ML_TEXT = (
    "机器学习是人工智能的一个分支。机器学习让计算机从数据中学习规律，而不是依靠人写好的规则。"
    "深度学习是机器学习的一种方法，深度学习使用多层的神经网络。今天我们介绍机器学习的基本概念，"
    "以及神经网络如何训练。最后，我们讨论机器学习在医疗和金融中的应用。"
)


def phrases(title: str, text: str, limit: int = 8) -> list[str]:
    return [phrase for phrase, _ in key_phrases(title, text, limit=limit)]


def test_english_article_gets_its_subject_near_the_top() -> None:
    top = phrases(TRANSFORMER_TITLE, TRANSFORMER_TEXT, limit=3)
    assert "neural network" in top
    assert "transformer" in phrases(TRANSFORMER_TITLE, TRANSFORMER_TEXT)


def test_weights_are_normalized_and_sorted() -> None:
    result = key_phrases(TRANSFORMER_TITLE, TRANSFORMER_TEXT)
    weights = [weight for _, weight in result]
    assert len(result) == 8
    assert weights[0] == 1.0
    assert all(0 < w <= 1 for w in weights)
    assert weights == sorted(weights, reverse=True)
    assert len({phrase for phrase, _ in result}) == len(result)


def test_stopwords_numbers_and_short_words_never_appear() -> None:
    text = TRANSFORMER_TEXT + " The the THE of and it is 2017 2017 to to ab ab xy xy " * 5
    for phrase in phrases("The state of the art in 2024", text, limit=50):
        for word in phrase.split():
            assert word not in STOPWORDS, phrase
            assert len(word) > 2 and not word.isdigit(), phrase
    assert {"the", "and", "of", "2017", "state of the art"}.isdisjoint(phrases("", text, limit=50))


def test_a_word_seen_only_inside_a_longer_phrase_is_not_repeated_alone() -> None:
    text = "Graph databases store edges. " * 3 + "Graph databases answer path queries quickly. " * 2
    result = phrases("", text + " filler" * 100)
    assert "graph database" in result
    assert "graph" not in result and "database" not in result


def test_phrases_seen_once_are_dropped_from_long_texts_but_kept_in_short_ones() -> None:
    long_text = TRANSFORMER_TEXT + " Quantum entanglement is unrelated."
    assert "quantum entanglement" not in phrases("", long_text, limit=50)
    assert "quantum entanglement" in phrases("", "Quantum entanglement puzzles physicists.", limit=50)


def test_title_words_count_three_times() -> None:
    text = "Gardens need water. Gardens grow slowly. Many gardens are small. Tomatoes like sun. Tomatoes taste sweet."
    assert phrases("Tomatoes", text)[0] == "tomato"
    assert phrases("", text)[0] == "garden"


@pytest.mark.parametrize(("word", "expected"), [
    ("networks", "network"), ("models", "model"), ("studies", "study"), ("searches", "search"),
    ("boxes", "box"), ("classes", "class"), ("movies", "movie"), ("statuses", "status"),
    ("analysis", "analysis"), ("glass", "glass"), ("status", "status"), ("physics", "physics"),
    ("news", "news"), ("series", "series"), ("analyses", "analysis"), ("caches", "cache"), ("gas", "gas"),
    ("topics", "topic"), ("heroes", "hero"), ("shoes", "shoe"),
])
def test_plural_folding(word: str, expected: str) -> None:
    assert singular(word) == expected


def test_plural_folding_touches_only_the_last_word() -> None:
    text = "Sports cars are fast. Sports cars are loud. Sports cars are expensive."
    assert "sports car" in phrases("", text)


def test_chinese_repeated_runs() -> None:
    result = phrases(ML_TITLE, ML_TEXT)
    assert result[0] == "机器学习"
    assert "神经网络" in result and "深度学习" in result
    assert "机器" not in result and "学习" not in result
    for phrase in result:  # nothing starts or ends with a particle, no pronoun compounds
        assert phrase[0] not in "的了是在和" and phrase[-1] not in "的了是在和"
        assert "我们" not in phrase


def test_traditional_chinese() -> None:
    text = "機器學習是人工智慧的分支。機器學習需要資料，機器學習也需要算力。"
    assert phrases("", text)[0] == "機器學習"


def test_mixed_text_gets_both() -> None:
    text = ML_TEXT + " " + TRANSFORMER_TEXT
    result = phrases(ML_TITLE, text, limit=20)
    assert "机器学习" in result and "neural network" in result


@pytest.mark.parametrize(("title", "text"), [("", ""), ("  ", "\n\t"), ("", "the of and is it"), ("", "。，！")])
def test_nothing_to_say(title: str, text: str) -> None:
    assert key_phrases(title, text) == []


def test_limit() -> None:
    assert len(key_phrases(TRANSFORMER_TITLE, TRANSFORMER_TEXT, limit=2)) == 2
    assert key_phrases(TRANSFORMER_TITLE, TRANSFORMER_TEXT, limit=0) == []


def test_five_thousand_words_are_fast() -> None:
    rng = random.Random(7)
    vocabulary = TRANSFORMER_TEXT.split()
    text = " ".join(rng.choice(vocabulary) for _ in range(5000))
    key_phrases(TRANSFORMER_TITLE, text)  # warm up regexes
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        result = key_phrases(TRANSFORMER_TITLE, text)
        best = min(best, time.perf_counter() - started)
    assert result
    assert best < 0.050  # measured at about 5 ms; generous against slow CI machines
