"""The chat test set: requests over the sample library, half English and half Chinese, each with the
constraints a person would say it carries. Written before the intent layer was tuned on it.

Keys: kind; genres (asked for by name, canonical keys); avoid (graph keys ruled out by a negation);
moods; years (from, to); minutes / pages (most); refs (titles of the items named); people (creator
names). A key left out means "no constraint of that sort".
"""

from __future__ import annotations

from typing import Any

Case = tuple[str, dict[str, Any]]

ENGLISH: list[Case] = [
    ("a sci-fi film like Arrival but lighter",
     {"kind": "film", "genres": {"science-fiction"}, "refs": ["Arrival"], "moods": {"light"}}),
    ("a 90s thriller, not horror", {"genres": {"thriller"}, "avoid": {"genre:horror"}, "years": (1990, 1999)}),
    ("books after 2010 under 300 pages", {"kind": "book", "years": (2010, None), "pages": 300}),
    ("something funny under 2 hours", {"moods": {"light"}, "minutes": 120}),
    ("an article about artificial intelligence", {"kind": "article", "genres": {"artificial-intelligence"}}),
    ("a dark crime novel published before 2000",
     {"kind": "book", "genres": {"crime"}, "moods": {"dark"}, "years": (None, 1999)}),
    ("films similar to Spirited Away", {"kind": "film", "refs": ["Spirited Away"]}),
    ("a short film from the 1980s", {"kind": "film", "years": (1980, 1989), "minutes": 100}),
    ("any good Miyazaki movies?", {"kind": "film", "people": {"Hayao Miyazaki"}}),
    ("a mystery book, nothing too long", {"kind": "book", "genres": {"mystery"}, "pages": 250}),
    ("I want to watch something by Christopher Nolan from the 2010s",
     {"people": {"Christopher Nolan"}, "years": (2010, 2019)}),
    ("recommend a fantasy novel that isn't romance",
     {"kind": "book", "genres": {"fantasy"}, "avoid": {"genre:romance"}}),
    ("a documentary film, please", {"kind": "film", "genres": {"documentary"}}),
    ("something in the vein of Blade Runner but from the 70s", {"refs": ["Blade Runner"], "years": (1970, 1979)}),
    ("essays by Paul Graham", {"kind": "article", "people": {"Paul Graham"}}),
    ("a romance from the 2000s", {"genres": {"romance"}, "years": (2000, 2009)}),
    ("no horror, no thrillers — just a feel-good film",
     {"kind": "film", "avoid": {"genre:horror", "genre:thriller"}, "moods": {"light"}}),
    ("papers on machine learning after 2015",
     {"kind": "article", "genres": {"machine-learning"}, "years": (2015, None)}),
    ("a science fiction book from the 60s", {"kind": "book", "genres": {"science-fiction"}, "years": (1960, 1969)}),
    ("I loved Parasite, what should I watch next?", {"refs": ["Parasite"]}),
    ("a series like Black Mirror", {"kind": "series", "refs": ["Black Mirror"]}),
    ("an animated film under 100 minutes", {"kind": "film", "genres": {"animation"}, "minutes": 100}),
]

CHINESE: list[Case] = [
    ("我想读一本像《三体》的书，不要太长", {"kind": "book", "refs": ["三体"], "pages": 250}),
    ("九十年代的电影", {"kind": "film", "years": (1990, 1999)}),
    ("1990年代的科幻电影", {"kind": "film", "genres": {"science-fiction"}, "years": (1990, 1999)}),
    ("不要恐怖的电影", {"kind": "film", "avoid": {"genre:horror"}}),
    ("类似《活着》的小说", {"kind": "book", "refs": ["活着"]}),
    ("轻松一点的电影", {"kind": "film", "moods": {"light"}}),
    ("2010年以后的科幻小说", {"kind": "book", "genres": {"science-fiction"}, "years": (2010, None)}),
    ("想看一部像《重庆森林》的电影", {"kind": "film", "refs": ["重庆森林"]}),
    ("推荐几本刘慈欣的书", {"kind": "book", "people": {"刘慈欣"}}),
    ("来一部武侠小说，不要太长", {"kind": "book", "genres": {"wuxia"}, "pages": 250}),
    ("有没有关于人工智能的文章", {"kind": "article", "genres": {"artificial-intelligence"}}),
    ("八十年代的犯罪片", {"kind": "film", "genres": {"crime"}, "years": (1980, 1989)}),
    ("我想看像《降临》那样的科幻片，但是轻松一点",
     {"kind": "film", "genres": {"science-fiction"}, "refs": ["Arrival"], "moods": {"light"}}),
    ("有没有王家卫的电影", {"kind": "film", "people": {"王家卫"}}),
    ("推荐一部纪录片", {"kind": "film", "genres": {"documentary"}}),
    ("不要爱情片，来点悬疑的", {"kind": "film", "avoid": {"genre:romance"}, "genres": {"mystery"}}),
    ("2000年以前的推理小说", {"kind": "book", "genres": {"mystery"}, "years": (None, 1999)}),
    ("想看一部两个小时以内的喜剧电影", {"kind": "film", "genres": {"comedy"}, "minutes": 120}),
    ("类似《黑镜》的剧", {"kind": "series", "refs": ["Black Mirror"]}),
    ("有没有适合周末看的轻松动画片", {"kind": "film", "genres": {"animation"}, "moods": {"light"}}),
    ("鲁迅的文章", {"kind": "article", "people": {"鲁迅"}}),
    ("不要科幻，推荐一本八十年代以后的小说", {"kind": "book", "avoid": {"genre:science-fiction"}, "years": (1980, None)}),
]

CASES: list[Case] = ENGLISH + CHINESE

# Written after the intent layer was tuned on CASES and never tuned on: how it does on phrasing it
# has not seen. Reported by the chat benchmark, not asserted.
HELD_OUT: list[Case] = [
    ("Got any Ted Chiang stories?", {"people": {"Ted Chiang"}}),
    ("I'd like a crime film from the seventies", {"kind": "film", "genres": {"crime"}, "years": (1970, 1979)}),
    ("looking for a book similar to Dune, no fantasy",
     {"kind": "book", "refs": ["Dune"], "avoid": {"genre:fantasy"}}),
    ("show me comedies made after 2015", {"genres": {"comedy"}, "years": (2015, None)}),
    ("a thriller series", {"kind": "series", "genres": {"thriller"}}),
    ("horror films but nothing from before 1990", {"kind": "film", "genres": {"horror"}, "years": (1990, None)}),
    ("an essay by George Orwell", {"kind": "article", "people": {"George Orwell"}}),
    ("something like Her, but more recent", {"refs": ["Her"]}),
    ("a historical drama under two hours", {"genres": {"history", "drama"}, "minutes": 120}),
    ("recommend me a good animated movie from the 90s",
     {"kind": "film", "genres": {"animation"}, "years": (1990, 1999)}),
    ("我想看诺兰的电影", {"kind": "film", "people": {"Christopher Nolan"}}),
    ("推荐一本余华的小说", {"kind": "book", "people": {"余华"}}),
    ("有没有像《星际穿越》一样的电影", {"kind": "film", "refs": ["Interstellar"]}),
    ("不要太长的科幻电影", {"kind": "film", "genres": {"science-fiction"}, "minutes": 100}),
    ("来点黑暗一点的犯罪剧", {"kind": "series", "genres": {"crime"}, "moods": {"dark"}}),
    ("我想读金庸的武侠小说", {"kind": "book", "genres": {"wuxia"}, "people": {"金庸"}}),
    ("推荐几篇计算机科学的论文", {"kind": "article", "genres": {"computer-science"}}),
    ("有没有七十年代的恐怖片", {"kind": "film", "genres": {"horror"}, "years": (1970, 1979)}),
    ("想看一部奇幻动画电影，不要爱情的",
     {"kind": "film", "genres": {"fantasy", "animation"}, "avoid": {"genre:romance"}}),
    ("最近有什么好看的悬疑剧", {"kind": "series", "genres": {"mystery"}}),
]
FIELDS = ("kind", "genres", "avoid", "moods", "years", "minutes", "pages", "refs", "people")


def read_back(intent: Any, title_of: Any, name_of: Any) -> dict[str, Any]:
    """The intent in the test set's terms (titles and names instead of ids and keys)."""
    return {
        "kind": intent.kind, "genres": set(intent.genres), "avoid": set(intent.avoid),
        "moods": set(intent.moods), "years": (intent.year_from, intent.year_to),
        "minutes": intent.max_minutes, "pages": intent.max_pages,
        "refs": [title_of(i) for i in intent.references], "people": {name_of(k) for k in intent.people},
    }


EMPTY: dict[str, Any] = {"kind": None, "genres": set(), "avoid": set(), "moods": set(), "years": (None, None),
                         "minutes": None, "pages": None, "refs": [], "people": set()}


def score(found: dict[str, Any], expected: dict[str, Any]) -> tuple[int, int, list[str]]:
    """(right, counted, wrong fields): every constraint expected or found counts once; a
    constraint found that was not expected is wrong as much as one missed."""
    right = counted = 0
    wrong: list[str] = []
    for name in FIELDS:
        want = expected.get(name, EMPTY[name])
        got = found[name]
        if want == EMPTY[name] and got == EMPTY[name]:
            continue
        counted += 1
        if want == got:
            right += 1
        else:
            wrong.append(f"{name}: expected {want!r}, got {got!r}")
    return right, counted, wrong
