"""The ``shelfwise`` command. Exit codes: 0 ok, 1 a problem for the person (one line, never a
traceback), 2 a usage error. Every command takes ``--home DIR`` and ``--json``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import engine
from engine.cli_output import item_json, print_items, print_report, progress_bar
from engine.errors import ImportFormatError, ShelfwiseError, UserError
from engine.progress import no_progress
from engine.search import STATUSES, SearchFilters

Handler = Callable[[argparse.Namespace, "engine.Library"], Any]


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", default=argparse.SUPPRESS, metavar="DIR",
                        help="data directory (default: $SHELFWISE_HOME or the user data folder)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="machine-readable output")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="shelfwise", parents=[common],
        description="Shelfwise: an offline personal recommender for books, films and articles.",
    )
    parser.add_argument("--version", action="version", version=f"shelfwise {engine.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("sample", parents=[common], help="load the bundled sample library")
    p.set_defaults(handler=cmd_sample)

    p = sub.add_parser("import", parents=[common], help="import exports, libraries and folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", default="auto", help="auto (detect) or a format name")
    p.add_argument("--profile", default=None, help="whose history this is (default profile)")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="column mapping override for generic CSV/JSON (repeatable)")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("community", parents=[common],
                       help="community packs: other people's public ratings (import | list | remove)")
    actions = p.add_subparsers(dest="community_action", metavar="ACTION", required=True)
    c = actions.add_parser("import", parents=[common], help="fit a pack from MovieLens or CSV ratings")
    c.add_argument("path", metavar="PATH", help="ratings.csv, u.data, a user,item,rating CSV or a folder")
    c.add_argument("--format", default="auto", choices=["auto", "movielens", "csv"])
    c.add_argument("--name", default=None, help="pack name (default: from the file or folder name)")
    c.add_argument("--no-sequential", action="store_true", help="skip the sequential model (faster)")
    actions.add_parser("list", parents=[common], help="the stored packs")
    c = actions.add_parser("remove", parents=[common], help="delete a pack")
    c.add_argument("name", metavar="NAME")
    p.set_defaults(handler=cmd_community)

    p = sub.add_parser("items", parents=[common], help="list or search the library")
    p.add_argument("--kind", choices=["book", "film", "series", "article", "other"])
    p.add_argument("--search", metavar="TEXT", help="keyword + meaning search (hybrid once indexed)")
    p.add_argument("--year-from", type=int, default=None, metavar="YEAR")
    p.add_argument("--year-to", type=int, default=None, metavar="YEAR")
    p.add_argument("--language", default=None, metavar="CODE", help="e.g. en, zh")
    p.add_argument("--status", default=None, choices=STATUSES)
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--profile", default=None)
    p.set_defaults(handler=cmd_items)

    p = sub.add_parser("index", parents=[common],
                       help="build/refresh the knowledge graph and embeddings (incremental)")
    p.set_defaults(handler=cmd_index)

    p = sub.add_parser("eval", parents=[common],
                       help="offline evaluation: ml100k-random | mlsmall-loo | content-coldstart")
    p.add_argument("protocol", choices=sorted(EVAL_PROTOCOLS), metavar="PROTOCOL",
                   help=", ".join(sorted(EVAL_PROTOCOLS)))
    p.add_argument("--data", required=True, metavar="DIR",
                   help="the dataset folder (ml-100k/ with u.data, or movielens-small/ with ratings.csv "
                        "and, for content-coldstart, movies.csv, links.csv and tags.csv)")
    p.set_defaults(handler=cmd_eval)

    p = sub.add_parser("related", parents=[common], help="items related to one item, and why")
    p.add_argument("item_id", type=int, metavar="ITEM_ID")
    p.add_argument("-k", type=int, default=10, metavar="N")
    p.add_argument("--language", default="en", help="language of the reasons (en or zh)")
    p.set_defaults(handler=cmd_related)

    p = sub.add_parser("recommend", parents=[common], help="what to read or watch next, with reasons")
    p.add_argument("--kind", choices=["book", "film", "series", "article", "other"])
    p.add_argument("--query", metavar="TEXT", help="what it should be about (keywords or meaning)")
    p.add_argument("-k", type=int, default=10, metavar="N", help="how many (default 10)")
    p.add_argument("--profile", default=None)
    p.add_argument("--year-from", type=int, default=None, metavar="YEAR")
    p.add_argument("--year-to", type=int, default=None, metavar="YEAR")
    p.add_argument("--language", default=None, metavar="CODE", help="items in this language (en, zh…)")
    p.add_argument("--max-minutes", type=int, default=None, metavar="N", help="films no longer than this")
    p.add_argument("--max-pages", type=int, default=None, metavar="N", help="books no longer than this")
    p.add_argument("--like", type=int, action="append", default=[], metavar="ITEM_ID",
                   help="more like this item (repeatable)")
    p.add_argument("--diversity", type=float, default=None, metavar="0..1")
    p.add_argument("--surprise", action="store_true", help="novelty mode: less obvious picks")
    p.add_argument("--include-known", action="store_true", help="also items you finished or rated")
    p.add_argument("--reasons", default=None, choices=["en", "zh"], help="language of the reasons")
    p.set_defaults(handler=cmd_recommend)

    p = sub.add_parser("chat", parents=[common],
                       help='one chat turn: shelfwise chat "MESSAGE" [--session ID]; --list, --history ID')
    p.add_argument("message", nargs="?", metavar="MESSAGE")
    p.add_argument("--session", type=int, default=None, metavar="ID", help="continue this conversation")
    p.add_argument("--profile", default=None)
    p.add_argument("--no-llm", action="store_true", help="rules and templates only (no language model)")
    p.add_argument("--list", action="store_true", help="the stored conversations")
    p.add_argument("--history", type=int, default=None, metavar="ID", help="show a conversation")
    p.add_argument("--delete", type=int, default=None, metavar="ID", help="delete a conversation")
    p.set_defaults(handler=cmd_chat)

    p = sub.add_parser("llm", parents=[common],
                       help="language models for chat: llm list | llm add FILE.gguf | llm use bundled|FILE")
    p.add_argument("action", nargs="?", choices=["list", "add", "use"], default="list")
    p.add_argument("target", nargs="?", metavar="FILE")
    p.set_defaults(handler=cmd_llm)

    p = sub.add_parser("taste", parents=[common],
                       help="boost or mute a genre, person, tag or series: taste boost|mute|clear NAME")
    p.add_argument("action", nargs="?", choices=["boost", "mute", "clear", "list"], default="list")
    p.add_argument("name", nargs="?", metavar="NAME")
    p.add_argument("--profile", default=None)
    p.set_defaults(handler=cmd_taste)

    p = sub.add_parser("feedback", parents=[common],
                       help="like|dislike|dismiss|seen|wishlist|undo|rate=N on an item")
    p.add_argument("item_id", type=int, metavar="ITEM_ID")
    p.add_argument("action", metavar="ACTION")
    p.add_argument("--profile", default=None)
    p.set_defaults(handler=cmd_feedback)

    p = sub.add_parser("profiles", parents=[common], help="list profiles, or add one with --add")
    p.add_argument("--add", metavar="NAME")
    p.set_defaults(handler=cmd_profiles)

    p = sub.add_parser("review", parents=[common],
                       help="list uncertain import matches, or resolve one: --resolve ID same|different")
    p.add_argument("--resolve", nargs=2, metavar=("ID", "DECISION"))
    p.set_defaults(handler=cmd_review)

    p = sub.add_parser("doctor", parents=[common], help="check database, models and offline mode")
    p.add_argument("--no-fingerprint", action="store_true", help="skip model sha256 (faster)")
    p.set_defaults(handler=cmd_doctor)

    p = sub.add_parser("export", parents=[common], help="write the whole library as JSON")
    p.add_argument("path", metavar="PATH")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("backup", parents=[common], help="copy the database (safe while in use)")
    p.add_argument("path", metavar="PATH")
    p.set_defaults(handler=cmd_backup)
    return parser


def cmd_sample(args: argparse.Namespace, lib: engine.Library) -> Any:
    run = lib.load_sample(progress=progress_bar(args))
    return run.report()


def cmd_import(args: argparse.Namespace, lib: engine.Library) -> Any:
    options = {}
    for pair in args.map:
        field, sep, column = pair.partition("=")
        if not sep or not field or not column:
            raise UserError(f"--map takes FIELD=COLUMN, got {pair!r}")
        options[field.strip()] = column.strip()
    reports = []
    for path in args.paths:
        try:
            run = lib.import_path(
                path, format=args.format, profile=args.profile, progress=progress_bar(args),
                options=options,
            )
        except ImportFormatError as exc:  # refused before anything was stored
            reports.append({
                "run": None, "path": str(path), "format": args.format, "status": "refused",
                "created": 0, "updated": 0, "skipped": 0, "unmatched": 0,
                "errors": [{"row": None, "message": str(exc)}],
            })
            if not args.json:
                print(f"shelfwise: {exc}", file=sys.stderr)
            continue
        reports.append({**run.report(), "path": str(path)})
    return reports[0] if len(reports) == 1 else reports


def cmd_items(args: argparse.Namespace, lib: engine.Library) -> Any:
    states = lib.states(args.profile)
    filters = SearchFilters(kind=args.kind, year_from=args.year_from, year_to=args.year_to,
                            language=args.language, status=args.status)
    if args.search:
        hits = lib.search(args.search, filters, limit=args.limit or 20, profile=args.profile)
        found = {item.id: item for item in lib.store.items.get_many([hit.item_id for hit in hits])}
        return [{**item_json(found[hit.item_id], states.get(hit.item_id)), "score": hit.score}
                for hit in hits if hit.item_id in found]
    if filters != SearchFilters(kind=args.kind):
        raise UserError("--year-from, --year-to, --language and --status go with --search")
    items = lib.items(kind=args.kind, limit=args.limit)
    return [item_json(item, states.get(item.id)) for item in items]


def cmd_index(args: argparse.Namespace, lib: engine.Library) -> Any:
    return lib.index(progress=progress_bar(args)).to_dict()


EVAL_PROTOCOLS = {"ml100k-random": "ml100k_random", "mlsmall-loo": "mlsmall_loo",
                  "content-coldstart": "content_coldstart"}


def cmd_eval(args: argparse.Namespace, lib: engine.Library) -> Any:
    from engine.eval import coldstart, protocols

    data = Path(args.data)
    if not data.is_dir():
        raise UserError(f"--data {data} is not a folder")
    module = coldstart if args.protocol == "content-coldstart" else protocols
    run = getattr(module, EVAL_PROTOCOLS[args.protocol])
    result = run(data, progress=progress_bar(args) or no_progress)
    return {**asdict(result), "table": protocols.format_table(result)}


def cmd_related(args: argparse.Namespace, lib: engine.Library) -> Any:
    item = lib.item(args.item_id)
    related = []
    for other_id, score in lib.knowledge.related(args.item_id, k=args.k):
        other = lib.item(other_id)
        related.append({
            "id": other.id, "kind": other.kind, "title": other.title, "year": other.year,
            "score": round(score, 6), "reason": lib.knowledge.explain(args.item_id, other_id, args.language),
        })
    return {"item": item_json(item), "related": related}


def cmd_recommend(args: argparse.Namespace, lib: engine.Library) -> Any:
    if args.k < 1:
        raise UserError("-k must be at least 1")
    lib.train_ranker(args.profile, only_if_stale=True)
    options: dict[str, Any] = {
        "year_from": args.year_from, "year_to": args.year_to, "language": args.language,
        "max_minutes": args.max_minutes, "max_pages": args.max_pages, "references": tuple(args.like),
        "diversity": args.diversity, "include_known": args.include_known,
    }
    if args.surprise:
        options["novelty"] = True
    if args.reasons:
        options["reasons_language"] = args.reasons
    for item_id in args.like:
        lib.item(item_id)  # an unknown id is a one-line error
    recs = lib.recommend(kind=args.kind, query=args.query, k=args.k, profile=args.profile, **options)
    return [rec.to_json() for rec in recs]


def cmd_chat(args: argparse.Namespace, lib: engine.Library) -> Any:
    if args.list:
        return {"sessions": [s.to_json() for s in lib.chat_sessions(args.profile)]}
    if args.history is not None:
        return {"session": args.history, "messages": [m.to_json() for m in lib.chat_history(args.history)]}
    if args.delete is not None:
        lib.delete_chat(args.delete)
        return {"deleted": args.delete}
    if not args.message:
        raise UserError('say something: shelfwise chat "a sci-fi film like Arrival but lighter"')
    return lib.chat(args.message, args.session, args.profile, use_llm=not args.no_llm).to_json()


def cmd_llm(args: argparse.Namespace, lib: engine.Library) -> Any:
    if args.action == "add":
        if not args.target:
            raise UserError("llm add needs the path of a .gguf file")
        lib.add_llm(args.target)
    elif args.action == "use":
        if not args.target:
            raise UserError("llm use needs 'bundled' or the path of an added .gguf file")
        target = "bundled" if args.target == "bundled" else str(Path(args.target).expanduser().resolve())
        known = {entry.setting for entry in lib.llm_models()}
        if target not in known:
            raise UserError(f"{args.target} is not an added model (add it first: shelfwise llm add FILE)")
        lib.use_llm(target)
    current = lib.settings.models.llm_model
    return [{**entry.to_json(), "in_use": entry.setting == current} for entry in lib.llm_models()]


def cmd_taste(args: argparse.Namespace, lib: engine.Library) -> Any:
    if args.action != "list":
        if not args.name:
            raise UserError(f"taste {args.action} needs a NAME (a genre, person, tag or series)")
        lib.set_taste_rule(args.name, args.action, args.profile)
    return [asdict(rule) for rule in lib.taste_rules(args.profile)]


def cmd_feedback(args: argparse.Namespace, lib: engine.Library) -> Any:
    action: str = args.action
    if action.startswith("rate="):
        try:
            stars = float(action.removeprefix("rate="))
        except ValueError:
            raise UserError(f"rate= takes a number of stars, got {action!r}") from None
        state = lib.rate(args.item_id, stars, profile=args.profile)
    else:
        state = lib.feedback(args.item_id, action, profile=args.profile)
    return {"id": args.item_id, "state": asdict(state)}


def cmd_profiles(args: argparse.Namespace, lib: engine.Library) -> Any:
    if args.add:
        lib.profile(args.add)
    return [{"id": p.id, "name": p.name, "created_at": p.created_at} for p in lib.profiles()]


def cmd_review(args: argparse.Namespace, lib: engine.Library) -> Any:
    if args.resolve:
        entry, decision = args.resolve
        if not entry.isdigit():
            raise UserError(f"review entry id must be a number, got {entry!r}")
        item_id = lib.resolve_review(int(entry), decision)
        return {"resolved": int(entry), "decision": decision, "item": item_id}
    return lib.review_entries()


def cmd_doctor(args: argparse.Namespace, lib: engine.Library) -> Any:
    return lib.doctor(fingerprint=not args.no_fingerprint)


def cmd_export(args: argparse.Namespace, lib: engine.Library) -> Any:
    counts = lib.export(args.path)
    return {"path": str(Path(args.path).resolve()), **counts}


def cmd_backup(args: argparse.Namespace, lib: engine.Library) -> Any:
    return {"path": str(lib.backup(args.path).resolve())}


def cmd_community(args: argparse.Namespace, lib: engine.Library) -> Any:
    from engine.community.summary import describe

    if args.community_action == "import":
        info = lib.import_community(args.path, format=args.format, name=args.name,
                                    progress=progress_bar(args), sequential=not args.no_sequential)
        return info.to_json() if args.json else describe(info)
    if args.community_action == "list":
        infos = lib.community_packs()
        return [info.to_json() for info in infos] if args.json else [describe(i) for i in infos] or "no packs"
    lib.remove_community(args.name)
    return {"removed": args.name}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.json = getattr(args, "json", False)
    handler: Handler = args.handler
    try:
        with engine.open_library(getattr(args, "home", None)) as lib:
            result = handler(args, lib)
    except ShelfwiseError as exc:
        _fail(args, str(exc) or type(exc).__name__)
        return 1
    except KeyboardInterrupt:
        _fail(args, "interrupted")
        return 1
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    elif args.command == "items":
        print_items(result)
    else:
        print_report(args.command, result)
    if args.command == "import":
        runs = result if isinstance(result, list) else [result]
        return 1 if any(r["status"] in ("failed", "refused") for r in runs) else 0
    if args.command == "doctor":
        return 0 if result["healthy"] else 1
    return 0


def _fail(args: argparse.Namespace, message: str) -> None:
    if args.json:
        json.dump({"error": message}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    print(f"shelfwise: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
