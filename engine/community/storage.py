"""Where packs live (``HOME/community/<name>/``) and how a new one replaces an old one without a gap.

A pack is written whole into a hidden ``.<name>.partial-*`` folder beside the others; only then is the old
folder renamed aside (``.<name>.old-*``), the new one renamed into place and the old one deleted. A crash
between the two renames leaves the old pack under its ``.old`` name, and ``recover`` puts it back. Every
file's size and SHA-256 are kept in ``pack.json`` so that a damaged file is noticed before it is used.
"""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from engine.errors import NotFoundError, UserError
from engine.files import fsync_folder
from engine.model_files import sha256_file

log = logging.getLogger(__name__)

FOLDER = "community"
_GENERIC_STEMS = {"ratings", "u", "data", "rating", "u.data", "ratings.dat"}
_STALE_SECONDS = 3600.0  # a partial folder this old belongs to no running import


def packs_root(home: Path) -> Path:
    return home / FOLDER


def slugify(text: str) -> str:
    """"MovieLens Small" → "movielens-small" (lowercase letters, digits and single hyphens)."""
    slug = re.sub(r"[^0-9a-z]+", "-", text.strip().lower()).strip("-")
    return slug[:60].rstrip("-")


def pack_name(name: str | None, path: Path) -> str:
    """The pack's folder name: ``name`` slugified, else the file's name, or its folder's for a generic
    name like ``ratings.csv`` or ``u.data``."""
    if name is None:
        source = path.resolve()
        if source.is_file() and source.stem.lower() in _GENERIC_STEMS:
            source = source.parent
        name = source.name if source.is_dir() else source.stem
    slug = slugify(name)
    if not slug:
        raise UserError(f"{name!r} cannot name a community pack: use letters or digits (--name)")
    return slug


def new_workspace(root: Path, name: str) -> Path:
    """A fresh hidden folder to write a pack into."""
    root.mkdir(parents=True, exist_ok=True)
    _remove_stale(root, name)
    return Path(tempfile.mkdtemp(prefix=f".{name}.partial-", dir=root))


def install(workspace: Path, root: Path, name: str) -> Path:
    """Put the finished ``workspace`` in place of the pack ``name`` (see the module doc)."""
    final = root / name
    old: Path | None = None
    if final.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{name}.old-", dir=root))
        old.rmdir()
        final.rename(old)
    workspace.rename(final)
    fsync_folder(root)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return final


def discard(workspace: Path) -> None:
    """Delete an unfinished pack folder."""
    shutil.rmtree(workspace, ignore_errors=True)


def recover(root: Path) -> None:
    """Put back a pack left under its ``.old`` name by a crash in ``install``; drop leftovers."""
    if not root.is_dir():
        return
    for removed in root.glob(".*.removed-*"):
        shutil.rmtree(removed, ignore_errors=True)
    for old in sorted(root.glob(".*.old-*")):
        name = old.name[1:].split(".old-")[0]
        target = root / name
        try:
            if target.exists():
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.rename(target)
                log.warning("community pack %s restored after an interrupted import", name)
        except OSError as exc:
            log.warning("cannot tidy %s: %s", old, exc)


def remove(root: Path, name: str) -> None:
    """Delete the pack ``name`` (NotFoundError when there is none)."""
    folder = root / name
    if not name or name.startswith(".") or "/" in name or "\\" in name or not folder.is_dir():
        raise NotFoundError(f"no community pack named {name!r}")
    aside = Path(tempfile.mkdtemp(prefix=f".{name}.removed-", dir=root))
    aside.rmdir()
    folder.rename(aside)  # gone from view at once, even if deleting the files is slow
    shutil.rmtree(aside, ignore_errors=True)


def _remove_stale(root: Path, name: str) -> None:
    for partial in root.glob(f".{name}.partial-*"):
        try:
            if time.time() - partial.stat().st_mtime > _STALE_SECONDS:
                shutil.rmtree(partial, ignore_errors=True)
        except OSError:
            pass


def file_record(path: Path) -> dict[str, Any]:
    """Size and SHA-256 of a file, as kept in ``pack.json``."""
    return {"bytes": path.stat().st_size, "sha256": sha256_file(path)}


def check_file(path: Path, record: object, *, hashed: bool = True) -> None:
    """UserError unless ``path`` exists with the recorded size (and SHA-256 when ``hashed``)."""
    if not isinstance(record, dict) or not isinstance(record.get("bytes"), int):
        raise UserError(f"community pack {path.parent.name}: no record of {path.name} in pack.json")
    if not path.is_file():
        raise UserError(f"community pack {path.parent.name}: {path.name} is missing")
    if path.stat().st_size != record["bytes"]:
        raise UserError(f"community pack {path.parent.name}: {path.name} has the wrong size (damaged?)")
    if hashed and sha256_file(path) != record.get("sha256"):
        raise UserError(f"community pack {path.parent.name}: {path.name} is damaged (checksum mismatch)")
