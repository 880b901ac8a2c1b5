"""Language codes (ISO 639-1) from whatever an export writes: "en", "en-US", "eng", "French",
"français", "հայերեն [Armenian] and ..."."""

from __future__ import annotations

import re

_ISO_639_2 = {
    "afr": "af", "ara": "ar", "arm": "hy", "baq": "eu", "ben": "bn", "bul": "bg", "cat": "ca",
    "ces": "cs", "chi": "zh", "cym": "cy", "cze": "cs", "dan": "da", "deu": "de", "dut": "nl",
    "ell": "el", "eng": "en", "epo": "eo", "est": "et", "eus": "eu", "fas": "fa", "fil": "tl",
    "fin": "fi", "fra": "fr", "fre": "fr", "geo": "ka", "ger": "de", "gle": "ga", "glg": "gl",
    "gre": "el", "heb": "he", "hin": "hi", "hrv": "hr", "hun": "hu", "hye": "hy", "ice": "is",
    "ind": "id", "isl": "is", "ita": "it", "jpn": "ja", "kat": "ka", "kor": "ko", "lat": "la",
    "lav": "lv", "lit": "lt", "mar": "mr", "may": "ms", "msa": "ms", "nld": "nl", "nno": "nn",
    "nob": "nb", "nor": "no", "per": "fa", "pol": "pl", "por": "pt", "ron": "ro", "rum": "ro",
    "rus": "ru", "slk": "sk", "slo": "sk", "slv": "sl", "spa": "es", "srp": "sr", "swa": "sw",
    "swe": "sv", "tam": "ta", "tel": "te", "tgl": "tl", "tha": "th", "tur": "tr", "ukr": "uk",
    "urd": "ur", "vie": "vi", "wel": "cy", "zho": "zh",
}

# Names of languages, in English and in the language itself (and a few others), by code.
_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("english", "anglais", "englisch", "inglés", "английский"),
    "fr": ("french", "français", "francais", "französisch", "французский"),
    "de": ("german", "deutsch", "allemand", "немецкий"),
    "es": ("spanish", "español", "espagnol", "castellano"),
    "it": ("italian", "italiano", "italien"),
    "pt": ("portuguese", "português", "portugais"),
    "ru": ("russian", "русский", "russe"),
    "uk": ("ukrainian", "українська"),
    "hy": ("armenian", "հայերեն", "arménien"),
    "ka": ("georgian", "ქართული"),
    "el": ("greek", "ελληνικά", "grec"),
    "la": ("latin", "latina"),
    "ar": ("arabic", "العربية", "arabe"),
    "fa": ("persian", "farsi", "فارسی"),
    "he": ("hebrew", "עברית"),
    "tr": ("turkish", "türkçe"),
    "zh": ("chinese", "中文", "汉语", "漢語"),
    "ja": ("japanese", "日本語"),
    "ko": ("korean", "한국어"),
    "nl": ("dutch", "nederlands"),
    "pl": ("polish", "polski"),
    "sv": ("swedish", "svenska"),
    "cs": ("czech", "čeština"),
    "no": ("norwegian",),
    "da": ("danish",),
    "fi": ("finnish",),
    "hu": ("hungarian",),
    "ro": ("romanian",),
    "hi": ("hindi",),
    "vi": ("vietnamese",),
    "ca": ("catalan",),
    "id": ("indonesian",),
    "th": ("thai",),
}


def language_code(raw: object) -> str | None:
    """ISO 639-1 code of the first language named; None when unknown (or "mul", "und")."""
    text = " ".join(str(raw).split()).lower() if raw is not None else ""
    if not text:
        return None
    first = re.split(r"[,;|]", text)[0].strip()
    code = re.fullmatch(r"([a-z]{2,3})(?:[-_][a-z0-9]+)*", first)
    if code:
        short = code.group(1)
        return short if len(short) == 2 else _ISO_639_2.get(short)
    best: tuple[int, str] | None = None
    for iso, names in _NAMES.items():
        for name in names:
            found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
            if found and (best is None or found.start() < best[0]):
                best = (found.start(), iso)
    return best[1] if best else None
