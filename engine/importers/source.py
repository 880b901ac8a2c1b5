"""A file (or folder, or ZIP member) to import, with safe readers and encoding detection."""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from engine.errors import ImportFormatError

SNIFF_BYTES = 64 * 1024
MAX_ZIP_MEMBER_BYTES = 512 * 1024 * 1024  # one member may unpack to at most this
MAX_ZIP_RATIO = 200  # uncompressed / compressed; above this a member is treated as a bomb
MAX_ZIP_MEMBERS = 10_000


_UTF8_FALLBACK = "shelfwise_utf8_cp1252_fallback"


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not valid UTF-8 is read as cp1252 (else Latin-1)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chars = []
    for byte in exc.object[exc.start : exc.end]:
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(bytes([byte]).decode("latin-1"))
    return "".join(chars), exc.end


codecs.register_error(_UTF8_FALLBACK, _cp1252_fallback)

_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def mostly_utf8(data: bytes) -> bool:
    """True when the non-ASCII bytes are mostly well-formed UTF-8 (a few stray bytes allowed)."""
    valid = _UTF8_SEQUENCE.findall(data)
    valid_bytes = sum(len(seq) for seq in valid)
    high_bytes = sum(1 for byte in data if byte >= 0x80)
    return bool(valid) and len(valid) >= high_bytes - valid_bytes


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding: BOMs first, then UTF-8, then cp1252 / Latin-1.

    Returns the text and the encoding used.
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    if _looks_utf16_without_bom(data):
        encoding = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        # A file cut in the middle of a multi-byte character is still UTF-8.
        if exc.start >= len(data) - 3:
            return data.decode("utf-8", errors="replace"), "utf-8"
    if mostly_utf8(data):  # UTF-8 with a few stray bytes: keep UTF-8, read those as cp1252
        return data.decode("utf-8", errors=_UTF8_FALLBACK), "utf-8+cp1252"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _looks_utf16_without_bom(data: bytes) -> bool:
    sample = data[:2000]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > half * 0.4 and min(zeros_even, zeros_odd) < half * 0.05


def looks_binary(head: bytes) -> bool:
    """True when the bytes are not text in any encoding we read (NULs outside UTF-16 etc.)."""
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16_without_bom(head):
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head[:4096] if b < 9 or 13 < b < 32)
    return control > len(head[:4096]) * 0.05


@dataclass(frozen=True)
class Source:
    """Something to import: a file on disk, a folder, or a member of a ZIP archive.

    ``name`` is what reports show; ``path`` is the file or folder on disk (for a ZIP member,
    the archive) and ``member`` the member's name inside it.
    """

    path: Path
    member: str | None = None

    @property
    def name(self) -> str:
        return f"{self.path.name}!{self.member}" if self.member else self.path.name

    @property
    def suffix(self) -> str:
        return PurePosixPath(self.member).suffix.lower() if self.member else self.path.suffix.lower()

    @property
    def is_dir(self) -> bool:
        return self.member is None and self.path.is_dir()

    def read_bytes(self) -> bytes:
        if self.member is None:
            return self.path.read_bytes()
        with zipfile.ZipFile(self.path) as archive:
            info = archive.getinfo(self.member)
            _check_member(info)
            with archive.open(info) as handle:
                data = handle.read(MAX_ZIP_MEMBER_BYTES + 1)
            if len(data) > MAX_ZIP_MEMBER_BYTES:
                raise ImportFormatError(f"{self.name}: archive member is too large to import")
            return data

    def head(self, size: int = SNIFF_BYTES) -> bytes:
        """The first bytes, for format detection; empty for a folder."""
        if self.is_dir:
            return b""
        if self.member is None:
            with self.path.open("rb") as handle:
                return handle.read(size)
        return self.read_bytes()[:size]

    def head_text(self, size: int = SNIFF_BYTES) -> str:
        return decode_bytes(self.head(size))[0]

    def sniff_text(self, size: int = SNIFF_BYTES) -> str | None:
        """The decoded head for ``detect``, or None for an empty or binary file (or a folder)."""
        head = self.head(size)
        if not head or looks_binary(head):
            return None
        return decode_bytes(head)[0]

    def text(self) -> str:
        """The whole content decoded (BOM / UTF-16 / UTF-8 / cp1252), newlines kept."""
        return decode_bytes(self.read_bytes())[0]

    def open_text(self) -> io.TextIOBase:
        """A text stream over the content, for streaming parsers (csv module etc.).

        Files on disk are streamed (constant memory) in the encoding found by scanning the whole
        file; archive members are decoded in memory.
        """
        if self.member is None and not self.is_dir:
            encoding = file_encoding(self.path)
            if encoding == "utf-8+cp1252":
                encoding, errors = "utf-8-sig", _UTF8_FALLBACK
            else:
                errors = "replace"
            return open(
                self.path, encoding=encoding, errors=errors, newline=""
            )
        return io.StringIO(self.text(), newline="")


def file_encoding(path: Path) -> str:
    """The encoding of a text file, judged from all of it (a Latin-1 byte on line 50,000 counts)."""
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
        _text, guess = decode_bytes(head)
        if guess not in ("utf-8", "cp1252", "latin-1", "utf-8+cp1252"):
            return guess  # a BOM or UTF-16 decides it
        handle.seek(0)
        utf8 = codecs.getincrementaldecoder("utf-8-sig")()
        cp1252 = True
        try:
            for block in iter(lambda: handle.read(1 << 20), b""):
                utf8.decode(block)
            utf8.decode(b"", final=True)
            return "utf-8-sig"
        except UnicodeDecodeError:
            pass
        handle.seek(0)
        if mostly_utf8(handle.read(16 * SNIFF_BYTES)):
            return "utf-8+cp1252"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("cp1252")()
        try:
            for block in iter(lambda: handle.read(1 << 20), b""):
                decoder.decode(block)
        except UnicodeDecodeError:
            cp1252 = False
        return "cp1252" if cp1252 else "latin-1"


def _check_member(info: zipfile.ZipInfo) -> None:
    name = PurePosixPath(info.filename.replace("\\", "/"))
    if name.is_absolute() or ".." in name.parts:
        raise ImportFormatError(f"refused: archive member {info.filename!r} points outside the archive")
    if info.file_size > MAX_ZIP_MEMBER_BYTES:
        raise ImportFormatError(f"refused: archive member {info.filename!r} is too large")
    if info.compress_size and info.file_size / info.compress_size > MAX_ZIP_RATIO:
        raise ImportFormatError(
            f"refused: archive member {info.filename!r} looks like a zip bomb "
            f"(compression ratio {info.file_size // info.compress_size}:1)"
        )


def zip_members(path: Path) -> Iterator[Source]:
    """The file members of a ZIP archive as sources, after safety checks on every member."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise ImportFormatError(f"{path.name}: not a readable ZIP archive ({exc})") from exc
    if len(infos) > MAX_ZIP_MEMBERS:
        raise ImportFormatError(f"refused: {path.name} has more than {MAX_ZIP_MEMBERS} members")
    for info in infos:
        _check_member(info)
    total = sum(info.file_size for info in infos)
    if total > MAX_ZIP_MEMBER_BYTES * 2:
        raise ImportFormatError(f"refused: {path.name} unpacks to {total // 2**20} MiB")
    for info in infos:
        if not info.is_dir() and not PurePosixPath(info.filename).name.startswith("."):
            yield Source(path, info.filename)
