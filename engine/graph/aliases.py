"""The subject alias table: genre names from real exports mapped onto canonical genres.

``resources/knowledge/subject_aliases.toml`` says which shelf, tag and genre names ("Sci-Fi",
"Fantascienza", "科幻小說"...) mean which canonical genre ("science-fiction"), which compound
names mean several ("Sci-Fi & Fantasy"), and which shelf names mean no genre at all ("to-read").
Names are compared in the folded form of :func:`normalize_name`.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

from engine.errors import SettingsError
from engine.library.text import CJK_CHAR, CJK_RANGES
from engine.resources import resource

_SEPARATORS = re.compile(r"[-_/&\s]+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\uff07": "'"})
# Han, Hiragana, Katakana, Hangul: matched as substrings in free text, not word by word.
_WORD = re.compile(rf"[^\W{CJK_RANGES}]+(?:'[^\W{CJK_RANGES}]+)*")
_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_FIELDS = frozenset({"en", "zh", "aliases", "exact"})
_SPECIAL_TABLES = frozenset({"_compound", "_ignore"})


@dataclass(frozen=True, slots=True)
class Canonical:
    """A canonical genre or subject: its key ("science-fiction") and its labels in each language."""

    key: str
    en: str
    zh: str

    def label(self, language: str) -> str:
        """The label for a UI language: Chinese for "zh", "zh_CN", "zh-TW"..., English otherwise."""
        primary = re.split(r"[-_.@]", language.strip().lower(), maxsplit=1)[0]
        return self.zh if primary in ("zh", "zho", "chi") else self.en


def normalize_name(name: str) -> str:
    """Folded comparison form: casefold, accents removed (NFKD), traditional/simplified left alone,
    '-', '_', '/', '&' and runs of whitespace → single space, trailing ' fiction'/' films'/' movies'/'s'
    NOT stripped (use explicit aliases).

    Only Latin combining accents are dropped, so Japanese kana keep their voicing marks.
    """
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    stripped = "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")
    folded = unicodedata.normalize("NFC", stripped).casefold()
    return _SEPARATORS.sub(" ", folded).strip()


def _text_key(normalized: str) -> tuple[str, bool]:
    """How a normalized name is looked for in free text: (key, is_cjk). CJK names are found as
    substrings; others as whole words, so their punctuation is reduced to the word sequence."""
    if CJK_CHAR.search(normalized):
        return normalized, True
    return " ".join(_WORD.findall(normalized)), False


class SubjectAliases:
    """The loaded alias table: canonical genres and every name that leads to them."""

    __slots__ = (
        "_canonicals", "_cjk", "_cjk_first", "_cjk_max", "_compounds", "_exact", "_ignored", "_latin",
        "_latin_max", "_lexicon",
    )

    def __init__(
        self,
        canonicals: dict[str, Canonical],
        names: dict[str, str],
        exact: dict[str, str],
        compounds: dict[str, tuple[str, ...]],
        ignored: frozenset[str],
    ) -> None:
        self._canonicals = canonicals
        self._lexicon = names
        self._exact = exact
        self._compounds = compounds
        self._ignored = ignored
        # Free-text indexes: word sequences for Latin-script names, substrings for CJK ones.
        self._latin: dict[str, tuple[str, ...]] = {}
        self._cjk: dict[str, tuple[str, ...]] = {}
        found = chain(((name, (key,)) for name, key in names.items()), compounds.items())
        for name, keys in found:
            text_key, is_cjk = _text_key(name)
            if is_cjk and len(text_key) < 2:
                continue  # one Han character is too ambiguous inside a sentence
            if text_key:
                (self._cjk if is_cjk else self._latin).setdefault(text_key, keys)
        self._latin_max = max((k.count(" ") + 1 for k in self._latin), default=0)
        self._cjk_max = max((len(k) for k in self._cjk), default=0)
        self._cjk_first = frozenset(k[0] for k in self._cjk)

    @classmethod
    def load(cls, path: Path | None = None) -> SubjectAliases:
        """The table at ``path``; the shipped one (loaded once, shared) when ``path`` is None.
        Raises SettingsError when the file is missing or malformed."""
        if path is None:
            return default_aliases()
        return cls._from_file(path)

    @classmethod
    def _from_file(cls, path: Path) -> SubjectAliases:
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
        except OSError as exc:
            raise SettingsError(f"subject alias table {path} cannot be read: {exc}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(f"subject alias table {path} is not valid TOML: {exc}") from exc
        return _Builder(path).build(data)

    def canonical(self, name: str) -> list[Canonical]:
        """The canonical genres a shelf, tag or genre name stands for: one for a plain alias,
        several for a compound ("Sci-Fi & Fantasy"), none for an unknown or ignored name."""
        folded = normalize_name(name)
        if folded in self._ignored:
            return []
        if folded in self._compounds:
            return [self._canonicals[key] for key in self._compounds[folded]]
        key = self._lexicon.get(folded) or self._exact.get(folded)
        return [self._canonicals[key]] if key else []

    def is_ignored(self, name: str) -> bool:
        """True for shelf names that say nothing about the subject ("to-read", "owned", "想读")."""
        return normalize_name(name) in self._ignored

    def get(self, key: str) -> Canonical:
        """The canonical genre with this key; KeyError when there is none."""
        return self._canonicals[key]

    def all(self) -> list[Canonical]:
        """Every canonical genre, in table order."""
        return list(self._canonicals.values())

    def lexicon(self) -> dict[str, str]:
        """Every normalized alias, English and Chinese label → canonical key. Compound names and
        whole-name-only ("exact") names are left out: this is for reading free text."""
        return dict(self._lexicon)

    def find_in_text(self, text: str) -> list[Canonical]:
        """The canonical genres mentioned anywhere in free text, in order of first appearance.

        Latin-script names match whole words of the normalized text; CJK names match as
        substrings. Overlapping matches are settled longest first ("science fiction" beats
        "science"); a compound name found in the text contributes all its genres. Negation is
        not understood: "not horror" still finds horror.
        """
        seen: dict[str, None] = {}
        for _, _, keys in self.spans_in_text(normalize_name(text)):
            seen.update((key, None) for key in keys)
        return [self._canonicals[key] for key in seen]

    def spans_in_text(self, folded: str) -> list[tuple[int, int, tuple[str, ...]]]:
        """(start, end, genre keys) of each name found in already normalized text, in order,
        overlaps settled longest first."""
        matches = list(self._latin_matches(folded)) + list(self._cjk_matches(folded))
        matches.sort(key=lambda m: (m[0] - m[1], m[0]))
        chosen: list[tuple[int, int, tuple[str, ...]]] = []
        for start, end, keys in matches:
            if all(end <= s or start >= e for s, e, _ in chosen):
                chosen.append((start, end, keys))
        return sorted(chosen)

    def _latin_matches(self, folded: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
        """(start, end, keys) for every run of whole words that is a known Latin-script name."""
        words = list(_WORD.finditer(folded))
        for i in range(len(words)):
            for n in range(1, min(self._latin_max, len(words) - i) + 1):
                phrase = " ".join(w.group() for w in words[i:i + n])
                if keys := self._latin.get(phrase):
                    yield words[i].start(), words[i + n - 1].end(), keys

    def _cjk_matches(self, folded: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
        """(start, end, keys) for every occurrence of a known CJK name as a substring."""
        if not CJK_CHAR.search(folded):
            return
        for i, char in enumerate(folded):
            if char not in self._cjk_first:
                continue
            for n in range(2, min(self._cjk_max, len(folded) - i) + 1):
                if keys := self._cjk.get(folded[i:i + n]):
                    yield i, i + n, keys


class _Builder:
    """Validates the parsed TOML table and builds a SubjectAliases from it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.canonicals: dict[str, Canonical] = {}
        self.names: dict[str, str] = {}
        self.exact: dict[str, str] = {}
        self.compounds: dict[str, tuple[str, ...]] = {}
        self.ignored: set[str] = set()

    def error(self, message: str) -> SettingsError:
        return SettingsError(f"subject alias table {self.path}: {message}")

    def build(self, data: dict[str, Any]) -> SubjectAliases:
        for key, table in data.items():
            if key.startswith("_"):
                if key not in _SPECIAL_TABLES:
                    raise self.error(f"unknown table [{key}] (expected {', '.join(sorted(_SPECIAL_TABLES))})")
                continue
            self.add_canonical(key, table)
        if not self.canonicals:
            raise self.error("no canonical genres")
        self.add_compounds(data.get("_compound", {}))
        self.add_ignored(data.get("_ignore", {}))
        ignored = frozenset(self.ignored)
        return SubjectAliases(self.canonicals, self.names, self.exact, self.compounds, ignored)

    def add_canonical(self, key: str, table: object) -> None:
        if not _KEY.fullmatch(key):
            raise self.error(f"[{key}] is not a canonical key (lowercase words joined by '-')")
        if not isinstance(table, dict):
            raise self.error(f"{key} must be a table with en, zh and aliases")
        if unknown := sorted(set(table) - _FIELDS):
            raise self.error(f"[{key}] has unknown fields: {', '.join(unknown)}")
        labels = {field: table.get(field) for field in ("en", "zh")}
        for field, value in labels.items():
            if not isinstance(value, str) or not value.strip():
                raise self.error(f"[{key}] needs a non-empty {field} label")
        en, zh = str(labels["en"]).strip(), str(labels["zh"]).strip()
        self.canonicals[key] = Canonical(key, en, zh)
        for name in (key, en, zh, *self.strings(table.get("aliases", []), f"[{key}] aliases")):
            self.claim(self.names, name, key)
        for name in self.strings(table.get("exact", []), f"[{key}] exact"):
            self.claim(self.exact, name, key)

    def claim(self, into: dict[str, str], name: str, key: str) -> None:
        folded = self.folded(name, f"[{key}]")
        owner = self.names.get(folded) or self.exact.get(folded)
        if owner is not None and owner != key:
            raise self.error(f"the name {name!r} is claimed by both [{owner}] and [{key}]")
        if owner is None:
            into[folded] = key

    def add_compounds(self, table: object) -> None:
        if not isinstance(table, dict):
            raise self.error("[_compound] must be a table of name = [canonical keys]")
        for name, keys in table.items():
            where = f"[_compound] {name!r}"
            targets = tuple(self.strings(keys, where))
            if len(targets) < 2:
                raise self.error(f"{where} must list at least two canonical keys (use an alias for one)")
            if unknown := [k for k in targets if k not in self.canonicals]:
                raise self.error(f"{where} points at unknown canonical keys: {', '.join(unknown)}")
            folded = self.folded(name, where)
            if owner := self.names.get(folded) or self.exact.get(folded):
                raise self.error(f"{where} is already an alias of [{owner}]")
            if self.compounds.get(folded, targets) != targets:
                raise self.error(f"{where} is listed twice with different keys")
            self.compounds[folded] = targets

    def add_ignored(self, table: object) -> None:
        if not isinstance(table, dict) or set(table) - {"names"}:
            raise self.error("[_ignore] must hold just names = [...]")
        for name in self.strings(table.get("names", []), "[_ignore] names"):
            folded = self.folded(name, "[_ignore]")
            if owner := self.names.get(folded) or self.exact.get(folded):
                raise self.error(f"[_ignore] {name!r} is an alias of [{owner}]")
            if folded in self.compounds:
                raise self.error(f"[_ignore] {name!r} is also a compound name")
            self.ignored.add(folded)

    def strings(self, value: object, where: str) -> Iterable[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(f"{where} must be a list of strings")
        return value

    def folded(self, name: str, where: str) -> str:
        folded = normalize_name(name)
        if not folded:
            raise self.error(f"{where} has an empty name")
        return folded


@lru_cache(maxsize=1)
def default_aliases() -> SubjectAliases:
    """The shipped table (resources/knowledge/subject_aliases.toml), loaded once."""
    return SubjectAliases._from_file(resource("knowledge", "subject_aliases.toml"))
