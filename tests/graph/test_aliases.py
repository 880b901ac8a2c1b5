"""The subject alias table: folding, lookups, compounds, ignored shelves, free text, validation."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from engine.errors import SettingsError
from engine.graph.aliases import Canonical, SubjectAliases, default_aliases, normalize_name
from engine.resources import resource

TABLE = resource("knowledge", "subject_aliases.toml")

# Simplified → traditional for the characters of the shipped table whose traditional form is not
# in doubt there (系, 台, 志 and friends are left out on purpose).
S2T = str.maketrans(dict(zip(
    "业严个义乌乐习书争亲伦侠侦传儿关养军写创别剧动励医单历发变启国图场声处报学实帮庞废异弃当录忆态恋悬惊爱戏战"
    "据摄摇敌数时术机杂权条构欢气汤济滚灵灾环现画疗笔筑类纪纯纸级经绘络统编缘网职联肃脑脱艺营虚装视计讯记论讽设"
    "词诗话语说读谍谱财质资赛软过运进连选遗销长开间闻际险随难鸡韩饪饮驭体斗后游愈会电",
    "業嚴個義烏樂習書爭親倫俠偵傳兒關養軍寫創別劇動勵醫單歷發變啟國圖場聲處報學實幫龐廢異棄當錄憶態戀懸驚愛戲戰"
    "據攝搖敵數時術機雜權條構歡氣湯濟滾靈災環現畫療筆築類紀純紙級經繪絡統編緣網職聯肅腦脫藝營虛裝視計訊記論諷設"
    "詞詩話語說讀諜譜財質資賽軟過運進連選遺銷長開間聞際險隨難雞韓飪飲馭體鬥後遊癒會電",
    strict=True,
)))
S2T_WORDS = {"关系": "關係"}  # 系 itself stays 系 in 治愈系


def traditional(name: str) -> str:
    for simplified, trad in S2T_WORDS.items():
        name = name.replace(simplified, trad)
    return name.translate(S2T)


@pytest.fixture(scope="module")
def aliases() -> SubjectAliases:
    return default_aliases()


@pytest.fixture(scope="module")
def table() -> dict[str, object]:
    with TABLE.open("rb") as handle:
        return tomllib.load(handle)


def write_table(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "aliases.toml"
    path.write_text(text, encoding="utf-8")
    return path


# --- folding and lookups ---------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "folded"), [
    ("Sci-Fi", "sci fi"),
    ("SCIENCE_FICTION", "science fiction"),
    ("  Ciencia  Ficción ", "ciencia ficcion"),
    ("Sci-Fi & Fantasy", "sci fi fantasy"),
    ("Fiction / Science Fiction / General", "fiction science fiction general"),
    ("Children’s Books", "children's books"),
    ("Komödie", "komodie"),
    ("科幻小說", "科幻小說"),  # traditional characters are left alone
    ("ＳＦ小説", "sf小説"),  # full-width Latin folds
    ("ドラマ", "ドラマ"),  # kana keep their voicing marks
    ("Science Fiction Films", "science fiction films"),  # no stemming
])
def test_normalize_name(raw: str, folded: str) -> None:
    assert normalize_name(raw) == folded


@pytest.mark.parametrize("name", [
    "Sci-Fi", "science fiction", "Fantascienza", "科幻", "科幻小說", "科幻小说", "SCIENCE-FICTION", "sci_fi",
    "Ciencia ficción", "ciencia ficcion", "Ficção científica", "Science-Fiction", "SF小説", "scifi",
])
def test_science_fiction_names_are_one_canonical(aliases: SubjectAliases, name: str) -> None:
    assert aliases.canonical(name) == [Canonical("science-fiction", "science fiction", "科幻")]


@pytest.mark.parametrize(("name", "key"), [
    ("Komödie", "comedy"), ("Krimi", "crime"), ("Policier", "crime"), ("Documentaire", "documentary"),
    ("Dokumentarfilm", "documentary"), ("Drame", "drama"), ("Comédia", "comedy"), ("Film-Noir", "film-noir"),
    ("懸疑", "mystery"), ("推理小说", "mystery"), ("言情", "romance"), ("愛情", "romance"), ("歷史", "history"),
    ("传记", "biography"), ("傳記", "biography"), ("紀錄片", "documentary"), ("動畫", "animation"),
    ("喜劇", "comedy"), ("武俠", "wuxia"), ("仙侠", "xianxia"), ("Children's", "children"),
    ("childrens-books", "children"), ("YA", "young-adult"), ("TV Movie", "tv-movie"), ("Terror", "horror"),
    ("Talk", "talk-show"), ("contemporary", "fiction"), ("time-travel", "time-travel"),
    ("Dystopian", "dystopia"), ("赛博朋克", "cyberpunk"), ("magic realism", "magical-realism"),
])
def test_names_from_real_exports(aliases: SubjectAliases, name: str, key: str) -> None:
    assert [c.key for c in aliases.canonical(name)] == [key]


@pytest.mark.parametrize(("name", "keys"), [
    ("sci-fi-fantasy", ["science-fiction", "fantasy"]),
    ("Sci-Fi & Fantasy", ["science-fiction", "fantasy"]),
    ("Action & Adventure", ["action", "adventure"]),
    ("War & Politics", ["war", "politics"]),
    ("mystery-thriller", ["mystery", "thriller"]),
    ("动作冒险", ["action", "adventure"]),
])
def test_compound_names_give_several(aliases: SubjectAliases, name: str, keys: list[str]) -> None:
    assert [c.key for c in aliases.canonical(name)] == keys


@pytest.mark.parametrize("name", [
    "to-read", "Currently-Reading", "read", "owned", "favorites", "(no genres listed)", "kindle", "ebook",
    "library", "books-i-own", "audiobook", "IMAX", "想读", "在读", "读过", "讀過",
])
def test_non_genre_shelves_are_ignored(aliases: SubjectAliases, name: str) -> None:
    assert aliases.is_ignored(name)
    assert aliases.canonical(name) == []


def test_unknown_names(aliases: SubjectAliases) -> None:
    assert aliases.canonical("quilting patterns") == []
    assert not aliases.is_ignored("quilting patterns")
    assert aliases.canonical("") == []
    assert aliases.canonical("science fiction films and more") == []  # whole names only


def test_get_all_labels(aliases: SubjectAliases) -> None:
    sf = aliases.get("science-fiction")
    assert (sf.label("en"), sf.label("zh"), sf.label("zh_CN"), sf.label("zh-TW"), sf.label("fr")) == (
        "science fiction", "科幻", "科幻", "科幻", "science fiction"
    )
    with pytest.raises(KeyError):
        aliases.get("quilting")
    keys = [c.key for c in aliases.all()]
    assert len(keys) >= 70 and len(set(keys)) == len(keys)
    assert keys[0] == "science-fiction"  # table order


def test_load_default_is_shared() -> None:
    assert SubjectAliases.load() is default_aliases()
    assert SubjectAliases.load(TABLE) is not default_aliases()
    assert SubjectAliases.load(TABLE).canonical("sf") == default_aliases().canonical("sf")


def test_lexicon(aliases: SubjectAliases) -> None:
    lexicon = aliases.lexicon()
    assert lexicon["sci fi"] == lexicon["科幻"] == lexicon["science fiction"] == "science-fiction"
    assert lexicon["科幻小說"] == "science-fiction"
    assert "sci fi fantasy" not in lexicon  # compound
    assert "talk" not in lexicon  # whole-name only
    assert all(key == normalize_name(key) for key in lexicon)
    lexicon.clear()
    assert aliases.lexicon()  # a copy was handed out


# --- free text -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "keys"), [
    ("a sci-fi film like Arrival", ["science-fiction"]),
    ("我想看科幻电影，不要恐怖片", ["science-fiction", "horror"]),
    ("something funny, not horror", ["comedy", "horror"]),
    ("不要恐怖", ["horror"]),
    ("Hard Science Fiction or a ROM-COM?", ["science-fiction", "romance", "comedy"]),
    ("一本武俠小說或者推理小说", ["wuxia", "mystery"]),
    ("a documentary about World War II", ["documentary", "war"]),
    ("超自然的故事", ["paranormal"]),  # not 自然 (nature) inside 超自然
    ("time travel with a dash of romance and more time travel", ["time-travel", "romance"]),
    ("let's talk about the reality of it", []),  # whole-name-only aliases stay out of sentences
    ("I read a lot of books", []),
    ("", []),
])
def test_find_in_text(aliases: SubjectAliases, text: str, keys: list[str]) -> None:
    assert [c.key for c in aliases.find_in_text(text)] == keys


def test_find_in_text_prefers_the_longest_match(aliases: SubjectAliases) -> None:
    # "science" alone is a canonical, but here it is part of "science fiction".
    assert [c.key for c in aliases.find_in_text("science fiction")] == ["science-fiction"]
    assert [c.key for c in aliases.find_in_text("science and fiction")] == ["science", "fiction"]
    assert [c.key for c in aliases.find_in_text("自然语言处理")] == ["artificial-intelligence"]


# --- the shipped table -----------------------------------------------------------------------


def test_every_shipped_name_resolves_to_its_own_canonical(
    aliases: SubjectAliases, table: dict[str, object]
) -> None:
    owners: dict[str, str] = {}
    count = 0
    for key, entry in table.items():
        if key.startswith("_"):
            continue
        assert isinstance(entry, dict)
        assert entry["en"] and entry["zh"], key
        names = [key, entry["en"], entry["zh"], *entry.get("aliases", []), *entry.get("exact", [])]
        for name in names:
            count += 1
            assert [c.key for c in aliases.canonical(name)] == [key], name
            folded = normalize_name(name)
            assert owners.setdefault(folded, key) == key, f"{name!r} is in [{owners[folded]}] and [{key}]"
        for name in entry.get("aliases", []):
            if len(normalize_name(name)) > 1:
                assert [c.key for c in aliases.find_in_text(name)] == [key], name
    assert count > 1500
    compounds = table["_compound"]
    assert isinstance(compounds, dict)
    for name, keys in compounds.items():
        assert normalize_name(name) not in owners, name
        assert [c.key for c in aliases.canonical(name)] == keys, name
    ignored = table["_ignore"]
    assert isinstance(ignored, dict)
    for name in ignored["names"]:
        assert normalize_name(name) not in owners, name
        assert aliases.is_ignored(name), name


def test_simplified_names_have_their_traditional_form(table: dict[str, object]) -> None:
    missing = []
    for key, entry in table.items():
        if key.startswith("_") or not isinstance(entry, dict):
            continue
        names = {normalize_name(n) for n in [entry["zh"], *entry.get("aliases", []), *entry.get("exact", [])]}
        missing += [f"[{key}] {n} → {traditional(n)}" for n in names if traditional(n) not in names]
    assert not missing, "\n".join(missing)


# --- a malformed table is a clear error ------------------------------------------------------


@pytest.mark.parametrize(("text", "message"), [
    ('[drama]\nzh = "剧情"\n', r"\[drama\] needs a non-empty en label"),
    ('[drama]\nen = "drama"\nzh = ""\n', r"\[drama\] needs a non-empty zh label"),
    ('[drama]\nen = "drama"\nzh = "剧情"\naliases = ["Sci-Fi"]\n[sf]\nen = "sf"\nzh = "科幻"\naliases = ["sci fi"]\n',
     r"'sci fi' is claimed by both \[drama\] and \[sf\]"),
    ('[drama]\nen = "drama"\nzh = "剧情"\n[_compound]\n"drama-horror" = ["drama", "horror"]\n',
     r"unknown canonical keys: horror"),
    ('[drama]\nen = "drama"\nzh = "剧情"\n[_compound]\n"dramas" = ["drama"]\n', r"at least two"),
    ('[drama]\nen = "drama"\nzh = "剧情"\naliases = "dramas"\n', r"aliases must be a list of strings"),
    ('[drama]\nen = "drama"\nzh = "剧情"\nalias = ["dramas"]\n', r"unknown fields: alias"),
    ('[drama]\nen = "drama"\nzh = "剧情"\n[_ignore]\nnames = ["Drama"]\n', r"is an alias of \[drama\]"),
    ('["Drama Films"]\nen = "drama"\nzh = "剧情"\n', r"not a canonical key"),
    ('[_genres]\n', r"unknown table"),
    ('[drama\nen = "drama"', r"not valid TOML"),
    ('', r"no canonical genres"),
])
def test_malformed_tables_are_refused(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        SubjectAliases.load(write_table(tmp_path, text))


def test_missing_table_is_a_settings_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="cannot be read"):
        SubjectAliases.load(tmp_path / "absent.toml")


def test_a_small_valid_table(tmp_path: Path) -> None:
    path = write_table(tmp_path, """
[drama]
en = "drama"
zh = "剧情"
aliases = ["Drame", "劇情", "drama"]

[comedy]
en = "comedy"
zh = "喜剧"
exact = ["funny"]

[_compound]
"Comedy-Drama" = ["comedy", "drama"]
"dramedy" = ["comedy", "drama"]

[_ignore]
names = ["to-read"]
""")
    loaded = SubjectAliases.load(path)
    assert [c.key for c in loaded.canonical("DRAME")] == ["drama"]
    assert [c.key for c in loaded.canonical("comedy drama")] == ["comedy", "drama"]
    assert [c.key for c in loaded.canonical("funny")] == ["comedy"]
    assert loaded.find_in_text("something funny") == []
    assert [c.key for c in loaded.find_in_text("a dramedy")] == ["comedy", "drama"]
    assert loaded.is_ignored("To Read")
    assert loaded.lexicon() == {"drama": "drama", "剧情": "drama", "drame": "drama", "劇情": "drama",
                                "comedy": "comedy", "喜剧": "comedy"}
