"""LaTeX markup in BibTeX values → plain Unicode text ({\\'e} → é, -- → –, {{Case}} → Case)."""

from __future__ import annotations

import re
import unicodedata

_ACCENTS = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "k": "\u0328",
    "r": "\u030a", "d": "\u0323", "b": "\u0331",
}
_SYMBOLS = {
    "ss": "ß", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "o": "ø",
    "O": "Ø", "l": "ł", "L": "Ł", "i": "i", "j": "j", "dh": "ð", "DH": "Ð", "th": "þ",
    "TH": "Þ", "textendash": "–", "textemdash": "—", "textquoteleft": "‘",
    "textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”", "ldots": "…",
    "dots": "…", "textellipsis": "…", "guillemotleft": "«", "guillemotright": "»",
    "textregistered": "®", "texttrademark": "™", "copyright": "©", "textdegree": "°",
    "euro": "€", "pounds": "£", "S": "§", "P": "¶", "textbackslash": "\\",
}
_OPEN, _CLOSE = "\x00", "\x01"  # escaped braces, kept through the brace stripping
_PUNCT_ACCENT = re.compile(r"""\\([`'^"~=.])\s*(?:\{\s*\\?([A-Za-z])\s*\}|\\?([A-Za-z]))""")
_LETTER_ACCENT = re.compile(r"\\([cvuHkrdb])(?:\s*\{\s*\\?([A-Za-z])\s*\}|\s+([A-Za-z]))")
_SYMBOL = re.compile(
    r"\\(" + "|".join(sorted(map(re.escape, _SYMBOLS), key=len, reverse=True)) + r")(?![A-Za-z])\s?"
)


def _accent(match: re.Match[str]) -> str:
    letter = match.group(2) or match.group(3)  # \i and \j (dotless) count as i and j
    return unicodedata.normalize("NFC", letter + _ACCENTS[match.group(1)])


def latex_to_text(value: str) -> str:
    """Plain text from a BibTeX value: accents, escapes, dashes and quotes; braces removed."""
    text = value
    text = re.sub(r"\\([&%$#_])", r"\1", text)
    text = text.replace("\\{", _OPEN).replace("\\}", _CLOSE)
    text = _PUNCT_ACCENT.sub(_accent, text)
    text = _LETTER_ACCENT.sub(_accent, text)
    text = _SYMBOL.sub(lambda m: _SYMBOLS[m.group(1)], text)
    text = re.sub(r"\\\\", " ", text)  # forced line break
    text = re.sub(r"\\[A-Za-z]+\*?\s*", "", text)  # other commands: keep their arguments
    text = re.sub(r"\\[ ,;:!]", " ", text)
    text = text.replace("---", "—").replace("--", "–")
    text = text.replace("``", "“").replace("''", "”")
    text = re.sub(r"(?<!\\)~", " ", text)
    text = text.replace("{", "").replace("}", "").replace("$", "")
    text = text.replace(_OPEN, "{").replace(_CLOSE, "}")
    return " ".join(unicodedata.normalize("NFC", text).split())


def split_top(value: str, separator: re.Pattern[str]) -> list[str]:
    """Split at ``separator`` matches that are outside braces."""
    parts: list[str] = []
    depth, start, index = 0, 0, 0
    while index < len(value):
        char = value[index]
        if char == "\\":
            index += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            match = separator.match(value, index)
            if match:
                parts.append(value[start:index])
                start = index = match.end()
                continue
        index += 1
    parts.append(value[start:])
    return parts


_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")


def bibtex_names(value: str) -> list[str]:
    """"Fang, Di and {World Health Organization}" → ["Di Fang", "World Health Organization"]."""
    names: list[str] = []
    for raw in split_top(value.strip(), _AND):
        parts = [latex_to_text(part) for part in split_top(raw.strip(), _COMMA)]
        parts = [part for part in parts if part]
        if not parts or parts == ["others"]:
            continue
        if len(parts) == 1:
            name = parts[0]
        elif len(parts) == 2:
            name = f"{parts[1]} {parts[0]}"
        else:  # "von Last, Jr, First"
            name = f"{parts[2]} {parts[0]} {parts[1]}"
        names.append(" ".join(name.split()))
    return names
