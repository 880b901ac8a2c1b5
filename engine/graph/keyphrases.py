"""Key phrases of an article: the few phrases that say what it is about, for linking articles
about the same thing in the knowledge graph.

Pure Python and statistical, no model: English candidates are runs of one to three content
words between stopwords and punctuation, scored by frequency (title counted three times) with a
bonus for longer phrases; Chinese candidates are repeated two- to four-character runs of Han
characters. Mixed text gets both, weighted on one scale.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from engine.library.text import CJK_CHAR, CJK_RANGES

TITLE_WEIGHT = 3
SHORT_TEXT_WORDS = 80  # below this, a phrase seen once may still be a key phrase
_EN_LENGTH_BONUS = (0.0, 1.0, 1.6, 2.0)  # by number of words
_ZH_LENGTH_BONUS = (0.0, 0.0, 1.0, 1.3, 1.6)  # by number of characters


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a literal list."""
    return frozenset(text.split())


# Words that never start, end or make up a key phrase (shorter than three letters never do anyway).
STOPWORDS = _words("""
a about above according across actually after afterwards again against ago ahead all almost alone
along already also although always am among amongst an and another any anybody anyhow anyone
anything anyway anywhere are aren't around as aside ask asked asking asks at away back be became
because become becomes becoming been before beforehand began begin behind being believe below
beside besides best better between beyond both brief but by call called came can can't cannot
cause certain certainly clearly come comes concerning consider considering could couldn't course
currently definitely described despite did didn't different do does doesn't doing don't done
down during each early either else elsewhere enough entirely especially etc even ever every
everybody everyone everything everywhere exactly example except far few fifth first five
followed following for former formerly forth four from further furthermore gave get gets getting
give given gives giving goes going gone good got gotten great had hadn't happens hardly has hasn't
have haven't having he he'd he'll he's hello help hence her here here's hereafter hereby herein
hers herself him himself his hither hopefully how however hundred i'd i'll i'm i've ie if
ignored immediate in inasmuch inc indeed instead into inward is isn't it it'd it'll it's its
itself just keep keeps kept know known knows last lately later latter latterly least less
lest let let's like liked likely little look looking looks lot lots made mainly make makes
making many may maybe me mean meanwhile merely might mine more moreover most mostly much must
mustn't my myself namely near nearly necessary need needs neither never nevertheless new
next nine nobody non none noone nor normally not nothing now nowhere obviously of off often
oh okay on once one ones only onto or other others otherwise ought our ours ourselves out
outside over overall own part particular particularly per perhaps placed please plus possible
presumably probably provides put quite rather really reasonably recent recently regarding
regardless regards relatively respectively right said same saw say saying says second secondly
see seeing seem seemed seeming seems seen self selves sensible sent serious seriously seven
several shall shan't she she'd she'll she's should shouldn't show showed shown shows since
six some somebody somehow someone something sometime sometimes somewhat somewhere soon
sorry specified specify specifying still sub such sup sure take taken takes taking tell tends
ten than thank thanks thanx that that's thats the their theirs them themselves then thence
there there's thereafter thereby therefore therein theres thereupon these they they'd they'll
they're they've thing things think third thirty this thorough thoroughly those though three
through throughout thru thus till today together too took toward towards tried tries
truly try trying twice two under unfortunately unless unlikely until unto upon us use used
useful uses using usually various very via viz want wants was wasn't way ways we we'd
we'll we're we've welcome well went were weren't what what's whatever when whence whenever where
where's whereafter whereas whereby wherein whereupon wherever whether which while whither who
who's whoever whole whom whose why will willing wish with within without won't wonder would
wouldn't yes yet you you'd you'll you're you've your yours yourself yourselves zero
able amid day days week weeks month months year years
""")

# Characters that never begin or end a Chinese key phrase, and common multi-character function words.
_ZH_FUNCTION_CHARS = frozenset(
    "的了是在和也就都而及与着或这那之其于以被把让给从对向为将很又还吗呢吧啊呀么个们所则但并即我你他她它"
    "與著這為將讓給從對還嗎麼個們並則"
)
_ZH_FUNCTION_WORDS = _words(
    "一个 一個 我们 我們 你们 你們 他们 他們 她们 她們 它们 它們 这个 這個 那个 那個 "
    "这些 這些 那些 什么 什麼 怎么 怎麼 如何 为什么 為什麼 因为 因為 所以 但是 可以 没有 "
    "沒有 已经 已經 如果 虽然 雖然 然后 然後 还是 還是 或者 以及 就是 不是 这样 這樣 "
    "那样 那樣 自己 这种 這種 那种 那種 一些 一种 一種 非常 可能 需要 通过 通過 进行 "
    "進行 其中 之后 之後 之前 以后 以後 以前 时候 時候 现在 現在 目前 同时 同時 而且 "
    "并且 並且 其实 其實 当然 當然 还有 還有 只是 不过 不過 然而 因此 此外 另外 例如 "
    "比如 其他 一样 一樣 任何 每个 每個 许多 許多 很多 所有 大家 人们 人們 今天 这里 "
    "這裡 那里 那裡 这么 這麼 那么 那麼 不会 不會 不能 能够 能夠 应该 應該 一直 一下 "
    "一起 还要 還要 就会 就會 也会 也會 更多 最后 最後"
)

_BREAKS = re.compile(r"[^\w\s'\-]+")  # punctuation ends a phrase
_POSSESSIVE = re.compile(r"'s\b")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(f"[{CJK_RANGES}]+")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")
_IRREGULAR_PLURALS = {
    "analyses": "analysis", "hypotheses": "hypothesis", "theses": "thesis", "crises": "crisis",
    "diagnoses": "diagnosis", "syntheses": "synthesis", "criteria": "criterion",
    "phenomena": "phenomenon", "women": "woman", "men": "man", "children": "child", "buses": "bus",
    "gases": "gas",
    "mice": "mouse", "geese": "goose", "teeth": "tooth", "feet": "foot",
}
_IE_NOUNS = _words(
    "movie cookie zombie calorie rookie hippie selfie pixie goalie genie smoothie brownie newbie indie "
    "prairie lie tie pie die freebie veggie hoodie birdie aussie techie foodie"
)
_ES_PLURALS = ("sses", "xes", "ches", "shes", "zzes", "oes", "tuses", "ruses", "puses", "nuses", "focuses")
_E_NOUNS = _words(
    "cache niche headache ache avalanche moustache mustache psyche cliche axe shoe toe canoe oboe hoe foe "
    "woe floe aloe"
)
_KEEP_S = _words(
    "news series species lens bias atlas canvas alias christmas texas kansas arkansas chaos cosmos ethos "
    "kudos pathos thanks always perhaps sometimes whereas various famous previous "
    "physics mathematics economics politics ethics statistics linguistics robotics genetics electronics "
    "athletics logistics analytics dynamics mechanics aesthetics semantics acoustics optics informatics "
    "bioinformatics pediatrics ergonomics gymnastics olympics"
)


def singular(word: str) -> str:
    """A simple plural folding for English nouns: "networks" → "network", "studies" → "study",
    "searches" → "search", "statuses" → "status"; "analysis", "glass", "physics" and "news" stay."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) <= 3 or word[-1] != "s" or word in _KEEP_S or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-1] if word[:-1] in _IE_NOUNS else word[:-3] + "y"
    if word.endswith(_ES_PLURALS) and word[:-1] not in _E_NOUNS:
        return word[:-2]
    return word[:-1]


def key_phrases(title: str, text: str, *, limit: int = 8) -> list[tuple[str, float]]:
    """The phrases that best say what an article is about, best first, as (phrase, weight in (0, 1])."""
    if limit <= 0 or not (title.strip() or text.strip()):
        return []
    scores = _english_scores(title, text)
    if _HAN.search(title) or _HAN.search(text):
        scores.update(_chinese_scores(title, text))
    if not scores:
        return []
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])[:limit]  # stable: ties keep first-seen order
    best = ranked[0][1]
    return [(phrase, round(score / best, 4)) for phrase, score in ranked]


# --- English ---------------------------------------------------------------------------------


def _word_runs(text: str) -> tuple[list[list[str]], int]:
    """Runs of content words (lowercased, possessive dropped) between stopwords, punctuation,
    numbers, one- or two-letter words and CJK text; and the number of words in the text."""
    lowered = _POSSESSIVE.sub("", text.lower().replace("\u2019", "'"))
    if CJK_CHAR.search(lowered):
        lowered = _CJK_RUN.sub(" . ", lowered)
    runs: list[list[str]] = []
    words = 0
    stopwords = STOPWORDS
    for segment in _BREAKS.split(lowered):
        tokens = segment.split()
        words += len(tokens)
        run: list[str] = []
        for token in tokens:
            token = token.strip("'-")  # quotes and dashes around a word, not inside it
            # upper() == token: no letters at all (a number).
            if len(token) > 2 and token not in stopwords and token.upper() != token:
                run.append(token)
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
    return runs, words


class _Singulars(dict[str, str]):
    """``singular`` with a memory: each distinct word is folded once per article."""

    def __missing__(self, word: str) -> str:
        self[word] = folded = singular(word)
        return folded


def _count_phrases(runs: list[list[str]]) -> Counter[str]:
    """How often each 1–3 word phrase occurs in the runs; a phrase's last word is made singular,
    the others are kept as written."""
    found: list[str] = []
    add = found.append
    singulars = _Singulars()
    for run in runs:
        folded = list(map(singulars.__getitem__, run))
        found += folded
        for i in range(len(run) - 1):
            add(f"{run[i]} {folded[i + 1]}")
        for i in range(len(run) - 2):
            add(f"{run[i]} {run[i + 1]} {folded[i + 2]}")
    return Counter(found)


def _sub_phrases(phrase: str) -> list[str]:
    """The shorter phrases inside a phrase, each with its own last word made singular."""
    words = phrase.split(" ")
    last = len(words)
    return [
        " ".join((*words[i:j - 1], words[j - 1] if j == last else singular(words[j - 1])))
        for i in range(last)
        for j in range(i + 1, last + 1)
        if j - i < last
    ]


def _english_scores(title: str, text: str) -> dict[str, float]:
    body_runs, words = _word_runs(text)
    heading = _count_phrases(_word_runs(title)[0])
    body = _count_phrases(body_runs)
    short = words < SHORT_TEXT_WORDS
    kept: dict[str, int] = {}
    for phrase in (*heading, *body):
        total = body[phrase] + heading[phrase]
        # Seen once is not enough (in the title, one word is: it counts three times).
        if short or total > 1 or (heading[phrase] and " " not in phrase):
            kept[phrase] = total
    # A shorter phrase seen only inside a longer repeated one adds nothing: "neural" in "neural network".
    for phrase in sorted((p for p in kept if " " in p and kept[p] > 1), key=lambda p: -p.count(" ")):
        if phrase in kept:
            for sub in _sub_phrases(phrase):
                if kept.get(sub) == kept[phrase]:
                    del kept[sub]
    # Only a repeated run of words is evidence of a real multi-word phrase, so only it gets the bonus.
    return {
        phrase: (body[phrase] + TITLE_WEIGHT * heading[phrase])
        * (_EN_LENGTH_BONUS[phrase.count(" ") + 1] if total > 1 else 1.0)
        for phrase, total in kept.items()
    }


# --- Chinese ---------------------------------------------------------------------------------


def _zh_candidate(gram: str) -> bool:
    """False for a character run that starts or ends with a function character or holds a
    function word ("我们", "的机器", "因为")."""
    if gram[0] in _ZH_FUNCTION_CHARS or gram[-1] in _ZH_FUNCTION_CHARS or "的" in gram or "是" in gram:
        return False
    return not any(
        gram[i:i + n] in _ZH_FUNCTION_WORDS for n in (2, 3) for i in range(len(gram) - n + 1)
    )


def _chinese_scores(title: str, text: str) -> dict[str, float]:
    """Repeated 2–4 character runs of Han characters, longest first: a shorter run only counts
    where it is not part of an occurrence of a longer run already kept."""
    # All Han runs in one string, "|" between them (and at both ends); the title's come first.
    title_part = "|".join(_HAN_RUN.findall(title))
    joined = f"|{title_part}|{'|'.join(_HAN_RUN.findall(text))}|"
    title_end = len(title_part) + 1
    occurrences: dict[str, list[int]] = defaultdict(list)
    for run in _HAN_RUN.finditer(joined):
        start, chars = run.start(), run.group()
        for n in (4, 3, 2):
            for i in range(len(chars) - n + 1):
                occurrences[chars[i:i + n]].append(start + i)
    candidates = [g for g, places in occurrences.items() if len(places) >= 2 and _zh_candidate(g)]
    # Longest first; among equals, the most frequent, then the one whose neighbours vary most
    # (a real word is preceded and followed by many different characters).
    candidates.sort(
        key=lambda g: (-len(g), -len(occurrences[g]), -_context_variety(joined, g, occurrences[g]))
    )
    covered = bytearray(len(joined))
    scores: dict[str, float] = {}
    for gram in candidates:
        n = len(gram)
        # Kept runs are at least as long as this one, so an overlap always covers one of its ends.
        free = [p for p in occurrences[gram] if not (covered[p] or covered[p + n - 1])]
        if len(free) < 2:
            continue
        for p in free:
            covered[p:p + n] = b"\x01" * n
        weight = sum(TITLE_WEIGHT if p < title_end else 1 for p in free)
        scores[gram] = weight * _ZH_LENGTH_BONUS[n]
    return scores


def _context_variety(joined: str, gram: str, places: list[int]) -> int:
    """How many different characters (or run edges) come just before and just after ``gram``
    (looking at its first 64 occurrences)."""
    sample = places[:64]
    n = len(gram)
    return len({joined[p - 1] for p in sample}) + len({joined[p + n] for p in sample})
