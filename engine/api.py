"""The engine's public face: ``open_library(home)`` → ``Library``. The app and CLI use only this."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from engine.errors import NotFoundError, UserError
from engine.exchange import export_library
from engine.importers.pipeline import import_path as run_import
from engine.importers.store import RecordStore, record_from_json
from engine.library.items import now_iso
from engine.library.migrations import backup_database
from engine.library.models import FEEDBACK_EVENTS, ImportRun, Item, ItemState, Profile
from engine.library.store import LibraryStore
from engine.paths import DATABASE_NAME, ensure_writable_home, resolve_home
from engine.progress import CancelToken, Progress, no_progress
from engine.resources import resource
from engine.search import SearchFilters, SearchHit
from engine.settings import Settings, load_settings

if TYPE_CHECKING:
    from engine.chat.service import ChatService, ChatTurn, EventSink
    from engine.chat.sessions import ChatMessage, ChatSession
    from engine.community.pack import PackInfo
    from engine.indexer import IndexReport
    from engine.knowledge import Knowledge
    from engine.llm.registry import ModelEntry
    from engine.ranking.ranker import RankerWeights
    from engine.ranking.recommender import Recommender
    from engine.ranking.request import Recommendation
    from engine.ranking.rules import TasteRule
    from engine.ranking.signals import Pack

FEEDBACK_ACTIONS = {
    "like": "liked", "dislike": "disliked", "dismiss": "dismissed", "seen": "seen",
    "click": "clicked", "wishlist": "wishlist", "finished": "finished", "started": "started",
}
UNDOABLE = ("rated", "wishlist", "started", "finished", "abandoned", *FEEDBACK_EVENTS)


class Library:
    """An open library in a data directory. Not thread-safe for writes: the app funnels writes
    through one worker."""

    def __init__(self, home: Path) -> None:
        self.home = ensure_writable_home(home)
        self.settings: Settings = load_settings(self.home)
        self.store = LibraryStore(self.home / DATABASE_NAME)
        self._knowledge: Knowledge | None = None
        self._recommender: Recommender | None = None
        self._packs: tuple[tuple[tuple[str, float], ...], list[Pack]] | None = None
        self._chat: ChatService | None = None

    # -- lifecycle --------------------------------------------------------------------------

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def knowledge(self) -> Knowledge:
        """The knowledge graph, vectors and hybrid search (loaded on first use)."""
        if self._knowledge is None:
            from engine.knowledge import Knowledge

            self._knowledge = Knowledge(self.store, self.home, self.settings)
        return self._knowledge

    @property
    def database_path(self) -> Path:
        return self.store.path

    # -- profiles ---------------------------------------------------------------------------

    def profile(self, name: str | None = None) -> Profile:
        return self.store.profiles.ensure(name or self.settings.general.default_profile)

    def profiles(self) -> list[Profile]:
        return self.store.profiles.all()

    # -- items ------------------------------------------------------------------------------

    def item(self, item_id: int) -> Item:
        return self.store.items.get(item_id)

    def items(
        self, *, kind: str | None = None, search: str | None = None, limit: int | None = None,
        offset: int = 0,
    ) -> list[Item]:
        """Items of a kind, in title order, or the best matches for ``search`` (hybrid search)."""
        if search:
            hits = self.search(search, SearchFilters(kind=kind), limit=limit or 50)
            ids = [hit.item_id for hit in hits]
        else:
            ids = self.store.items.ids(kind=kind, limit=limit, offset=offset)
        return self.store.items.get_many(ids)

    def search(
        self, text: str, filters: SearchFilters | None = None, *, limit: int = 20, profile: str | None = None,
    ) -> list[SearchHit]:
        """Keyword and meaning search fused (keyword-only until ``index`` has run)."""
        states = self.states(profile) if filters is not None and filters.status else None
        return self.knowledge.search(text, filters, limit=limit, states=states)

    def index(
        self, progress: Progress | None = None, cancel: CancelToken | None = None,
    ) -> IndexReport:
        """Bring the knowledge graph and the item vectors up to date (only what changed)."""
        return self.knowledge.index(progress=progress, cancel=cancel)

    # -- recommend --------------------------------------------------------------------------------

    @property
    def recommender(self) -> Recommender:
        if self._recommender is None:
            from engine.ranking.recommender import Recommender

            rec = self.settings.recommend
            self._recommender = Recommender(self.store, self.knowledge, self.home, self.community_models,
                                            diversity=rec.diversity, novelty=rec.novelty)
        return self._recommender

    def community_models(self) -> list[Pack]:
        """The stored community packs, loaded once and again only when one is added or removed."""
        folder = self.home / "community"
        stamp = tuple(sorted((str(p), p.stat().st_mtime) for p in folder.glob("*/pack.json"))) \
            if folder.is_dir() else ()
        if self._packs is None or self._packs[0] != stamp:
            packs: list[Pack] = []
            if stamp:
                from engine.community.pack import load_packs

                packs = list(load_packs(self.home))
            self._packs = (stamp, packs)
        return self._packs[1]

    def recommend(
        self, kind: str | None = None, query: str | None = None, k: int = 10, profile: str | None = None,
        **options: Any,
    ) -> list[Recommendation]:
        """The best next items for a profile, with reasons. ``options`` are the other fields of
        ``engine.ranking.request.RecommendRequest`` (year_from, references, novelty, …)."""
        from engine.ranking.request import RecommendRequest

        if k < 1:
            raise UserError("ask for at least one recommendation (k >= 1)")
        options.setdefault("reasons_language", self.reasons_language())
        try:
            request = RecommendRequest(kind=kind, query=query or None, k=k, **options)
        except TypeError as exc:
            raise UserError(f"unknown recommend option: {exc}") from exc
        return self.recommender.recommend(request, self.profile(profile))

    def reasons_language(self) -> str:
        """"zh" when the app language is Chinese (set, or "auto" with a Chinese locale), else "en"."""
        language = self.settings.general.language
        if language == "auto":
            import locale

            language = (locale.getlocale()[0] or os.environ.get("LANG", "")) or "en"
        return "zh" if language.lower().startswith("zh") else "en"

    def train_ranker(
        self, profile: str | None = None, *, only_if_stale: bool = False,
        progress: Progress | None = None, cancel: CancelToken | None = None,
    ) -> RankerWeights:
        """Learn the profile's ranking weights from its feedback (safe to run in the background)."""
        from engine.ranking.recommender import ranker_path
        from engine.ranking.training import fit_ranker

        chosen = self.profile(profile)
        recommender = self.recommender
        version = list(recommender.profile_version(chosen.id))
        current = recommender.weights(chosen.id)
        if only_if_stale and current.trained_at_version == version:
            return current
        clicked = {int(r[0]) for r in self.store.db.query(
            "SELECT DISTINCT item_id FROM events WHERE profile_id = ? AND type = 'clicked'", (chosen.id,))}
        pool = [int(r[0]) for r in self.store.db.query("SELECT id FROM items ORDER BY random() LIMIT 2000")]
        learned = fit_ranker(recommender.builder(), recommender.taste(chosen.id), clicked, pool,
                             progress=progress or no_progress, cancel=cancel)
        learned.trained_at_version = version
        learned.save(ranker_path(self.home, chosen.id))
        return learned

    def taste_rules(self, profile: str | None = None) -> list[TasteRule]:
        return self.recommender.rules.all(self.profile(profile).id)

    def set_taste_rule(self, name: str, action: str, profile: str | None = None) -> TasteRule | None:
        """``boost`` or ``mute`` a genre, person, tag or series by name (any language), or ``clear`` it."""
        return self.recommender.rules.set(self.profile(profile).id, name, action)

    # -- chat -------------------------------------------------------------------------------

    @property
    def chat_service(self) -> ChatService:
        if self._chat is None:
            from engine.chat.service import ChatService

            self._chat = ChatService(self)
        return self._chat

    def chat(
        self, message: str, session: int | None = None, profile: str | None = None, *,
        on_event: EventSink | None = None, cancel: CancelToken | None = None, use_llm: bool = True,
    ) -> ChatTurn:
        """One chat turn: the reply, the items it is about, and the session (new when None).
        ``on_event("delta" | "replace", text)`` streams the reply as it is written and checked."""
        return self.chat_service.turn(message, session, profile, on_event=on_event, cancel=cancel,
                                      use_llm=use_llm)

    def chat_sessions(self, profile: str | None = None) -> list[ChatSession]:
        return self.chat_service.sessions.all(self.profile(profile).id)

    def chat_history(self, session: int) -> list[ChatMessage]:
        return self.chat_service.sessions.messages(session)

    def delete_chat(self, session: int) -> None:
        self.chat_service.sessions.delete(session)

    def llm_models(self) -> list[ModelEntry]:
        """The bundled language model and every GGUF file added, each with its problem if any."""
        from engine.llm.registry import list_models

        return list_models(self.home, self.settings.models.llm_model)

    def add_llm(self, path: str | os.PathLike[str], use: bool = True) -> ModelEntry:
        """Check and remember a GGUF chat model; with ``use`` chat switches to it."""
        from engine.llm.registry import add_model

        entry = add_model(self.home, Path(path))
        if use:
            self.use_llm(entry.setting)
        return entry

    def use_llm(self, setting: str) -> None:
        """Chat with "bundled" or an added model's path (saved in settings.toml)."""
        from engine.settings import save_settings

        self.settings.models.llm_model = setting
        save_settings(self.home, self.settings)

    def count_items(self, kind: str | None = None) -> int:
        return self.store.items.count(kind)

    def state(self, item_id: int, profile: str | None = None) -> ItemState:
        return self.store.events.state(item_id, self.profile(profile).id)

    def states(self, profile: str | None = None) -> dict[int, ItemState]:
        return self.store.events.states(self.profile(profile).id)

    # -- feedback ---------------------------------------------------------------------------

    def feedback(self, item_id: int, action: str, profile: str | None = None) -> ItemState:
        """Record like / dislike / dismiss / seen / click / wishlist...; ``undo`` takes back the
        last one. Returns the item's new state."""
        self.store.items.get(item_id)  # NotFoundError for an unknown id
        profile_id = self.profile(profile).id
        with self.store.db.transaction():
            if action == "undo":
                undone = self.store.events.retract_latest(item_id, profile_id, UNDOABLE)
                if undone is None:
                    raise UserError(f"nothing to undo for item {item_id}")
            elif action in FEEDBACK_ACTIONS:
                self.store.events.add(item_id, profile_id, FEEDBACK_ACTIONS[action], at=now_iso())
            else:
                known = ", ".join([*FEEDBACK_ACTIONS, "undo"])
                raise UserError(f"unknown feedback {action!r}; expected one of {known}, rate=N")
        return self.store.events.state(item_id, profile_id)

    def rate(self, item_id: int, stars: float, profile: str | None = None) -> ItemState:
        self.store.items.get(item_id)
        if not 0.5 <= stars <= 5:
            raise UserError("a rating must be between 0.5 and 5 stars")
        profile_id = self.profile(profile).id
        with self.store.db.transaction():
            self.store.events.add(item_id, profile_id, "rated", value=stars, at=now_iso())
        return self.store.events.state(item_id, profile_id)

    # -- import / export --------------------------------------------------------------------

    def import_path(
        self, path: str | os.PathLike[str], format: str = "auto", profile: str | None = None,
        progress: Progress | None = None, cancel: CancelToken | None = None,
        options: Mapping[str, str] | None = None,
    ) -> ImportRun:
        return run_import(
            self.store, Path(path), format=format, profile=profile, options=options,
            progress=progress, cancel=cancel,
        )

    def load_sample(self, progress: Progress | None = None, cancel: CancelToken | None = None) -> ImportRun:
        """Load the bundled sample library (idempotent: loading twice adds nothing)."""
        return self.import_path(
            resource("sample", "library.json"), format="shelfwise", progress=progress, cancel=cancel
        )

    def import_community(
        self, path: str | os.PathLike[str], format: str = "auto", name: str | None = None,
        progress: Progress | None = None, cancel: CancelToken | None = None, sequential: bool = True,
    ) -> PackInfo:
        """Fit a community pack from public ratings (MovieLens or CSV) mapped onto this library."""
        from engine.community.pack import import_pack

        return import_pack(self.store, self.home, Path(path), format=format, name=name,
                           sequential=sequential, progress=progress, cancel=cancel)

    def community_packs(self) -> list[PackInfo]:
        """The stored community packs' descriptions (damaged ones are left out)."""
        from engine.community.pack import pack_infos

        return pack_infos(self.home)

    def remove_community(self, name: str) -> None:
        from engine.community.pack import remove_pack

        remove_pack(self.home, name)

    def export(self, path: str | os.PathLike[str]) -> dict[str, int]:
        return export_library(self.store, Path(path))

    def backup(self, path: str | os.PathLike[str]) -> Path:
        """A consistent copy of the database (safe while the library is in use)."""
        target = Path(path)
        if target.is_dir():
            return backup_database(self.store.db, target, reason="manual")
        return self.store.db.copy_to(target)

    def review_entries(self) -> list[dict[str, Any]]:
        """Open uncertain matches: the imported record beside the library item it may be."""
        entries = []
        for entry in self.store.review.open_entries():
            record = record_from_json(entry.record_json)
            candidate = self.store.items.get(entry.candidate_item_id)
            entries.append({
                "id": entry.id, "score": entry.score, "reason": entry.reason,
                "source": entry.source,
                "record": {"kind": record.kind, "title": record.title, "year": record.year,
                           "creators": [c.name for c in record.creators], "row": record.row},
                "candidate": {"id": candidate.id, "kind": candidate.kind, "title": candidate.title,
                              "year": candidate.year, "creators": candidate.creator_names},
            })
        return entries

    def resolve_review(self, entry_id: int, decision: str) -> int:
        """"same": merge the record into the candidate; "different": make it a new item.
        Its events are recorded either way. Returns the item id."""
        if decision not in ("same", "different"):
            raise UserError("a review decision is 'same' or 'different'")
        entry = self.store.review.get(entry_id)
        if entry.status != "open":
            raise UserError(f"review entry {entry_id} was already resolved ({entry.status})")
        record = record_from_json(entry.record_json)
        writer = RecordStore(
            self.store.items, self.store.events, self.store.profiles, self.store.review,
            source=entry.source, profile_id=entry.profile_id, run_id=None, catalogue=False,
        )
        with self.store.db.transaction():
            target = entry.candidate_item_id if decision == "same" else None
            stored = writer.apply(record, target)
            assert stored.item_id is not None
            self.store.review.close(entry_id, decision, stored.item_id)
        return stored.item_id

    def import_runs(self, limit: int = 20) -> list[ImportRun]:
        return self.store.runs.recent(limit)

    # -- health -----------------------------------------------------------------------------

    def doctor(self, *, fingerprint: bool = True) -> dict[str, Any]:
        from engine.doctor import run_doctor

        return run_doctor(self, fingerprint=fingerprint)


def open_library(home: str | os.PathLike[str] | None = None) -> Library:
    """Open (creating if needed) the library in ``home`` (default: SHELFWISE_HOME or the
    platform data folder). Raises a UserError with a one-line message when it cannot."""
    path = resolve_home(home)
    if path.exists() and not path.is_dir():
        raise NotFoundError(f"data directory {path} is a file, not a folder")
    return Library(path)
