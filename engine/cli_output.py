"""How the CLI shows things to a person: tables, reports and a progress bar (rich)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from engine.library.models import Item, ItemState
from engine.progress import Progress


def item_json(item: Item, state: ItemState | None = None) -> dict[str, Any]:
    """An item in the CLI's JSON shape (id, kind, title, year, creators... and its state)."""
    return {
        "id": item.id, "kind": item.kind, "title": item.title, "year": item.year,
        "original_title": item.original_title, "alt_titles": item.alt_titles,
        "creators": [{"name": c.name, "role": c.role} for c in item.creators],
        "subjects": sorted({s.name for s in item.subjects}),
        "language": item.language, "identifiers": item.identifiers,
        "rating": state.rating if state else None,
        "status": state.status if state else None,
    }


def print_items(items: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for column in ("id", "kind", "title", "year", "creators", "rating", "status"):
        table.add_column(column, overflow="fold")
    for item in items:
        creators = ", ".join(c["name"] for c in item["creators"][:2])
        rating = f"{item['rating']:g}★" if item["rating"] is not None else ""
        table.add_row(
            str(item["id"]), item["kind"], item["title"], str(item["year"] or ""), creators,
            rating, item["status"] or "",
        )
    Console().print(table)
    print(f"{len(items)} items")


def print_index_report(report: dict[str, Any]) -> None:
    print(
        f"index {report['status']} in {report['seconds']:.1f} s — {report['items']} items indexed, "
        f"{report['removed']} removed, {report['encoded']} texts encoded, {report['reused']} reused, "
        f"{report['similar']} similarity links refreshed"
    )
    graph = report["graph"]
    nodes = sum(v for k, v in graph.items() if k.startswith("nodes."))
    edges = sum(v for k, v in graph.items() if k.startswith("edges."))
    print(f"  knowledge graph: {nodes} nodes, {edges} edges; vectors: {report['vector_index']} "
          f"({report['model']})")


def print_related(result: dict[str, Any]) -> None:
    print(f"related to {result['item']['title']} ({result['item']['year'] or '?'}):")
    for entry in result["related"]:
        reason = f" — {entry['reason']}" if entry["reason"] else ""
        print(f"  {entry['id']:>6}  {entry['title']} ({entry['year'] or '?'}){reason}")


def print_recommendations(recs: list[dict[str, Any]]) -> None:
    if not recs:
        print("nothing to recommend yet: import or rate a few things, then run `shelfwise index`")
    for number, rec in enumerate(recs, 1):
        creators = ", ".join(rec["creators"][:2])
        by = f" — {creators}" if creators else ""
        print(f"{number:>2}. [{rec['id']}] {rec['title']} ({rec['year'] or '?'}, {rec['kind']}){by}")
        for reason in rec["reasons"]:
            print(f"      · {reason}")


def print_chat(result: dict[str, Any]) -> None:
    if "sessions" in result:
        if not result["sessions"]:
            print('no conversations yet (start one: shelfwise chat "MESSAGE")')
        for s in result["sessions"]:
            print(f"  {s['id']:>4}  {s['title']}  ({s['turns']} turns, {s['updated_at']})")
        return
    if "messages" in result:
        for m in result["messages"]:
            print(f"{'you' if m['role'] == 'user' else 'shelfwise'}: {m['text']}")
        return
    if "deleted" in result:
        print(f"deleted conversation {result['deleted']}")
        return
    if result.get("notice"):
        print(f"({result['notice']})")
    print(result["reply"])
    print_recommendations(result["items"])
    session = result["session"]
    print(f"\nconversation {session} — continue with: shelfwise chat \"…\" --session {session}")


def print_models(models: list[dict[str, Any]]) -> None:
    for m in models:
        mark = "*" if m["in_use"] else " "
        state = f"  — {m['error']}" if m["error"] else ""
        print(f" {mark} {m['name']}  [{m['setting']}]{state}")


def print_taste(rules: list[dict[str, Any]]) -> None:
    if not rules:
        print("no boosts or mutes (add one: shelfwise taste boost|mute NAME)")
    for rule in rules:
        print(f"  {rule['action']:<5} {rule['label']}  ({rule['key']})")


def print_review(entries: list[dict[str, Any]]) -> None:
    if not entries:
        print("nothing to review")
    for e in entries:
        rec, cand = e["record"], e["candidate"]
        print(f"#{e['id']}  {rec['title']} ({rec['year'] or '?'}) — {', '.join(rec['creators'][:2])}"
              f"  [{e['source']}]\n      may be item {cand['id']}: {cand['title']} "
              f"({cand['year'] or '?'}) — {', '.join(cand['creators'][:2])}  ({e['reason']})")
    if entries:
        print("resolve with: shelfwise review --resolve ID same|different")


def print_report(command: str, result: Any) -> None:
    if command == "review" and isinstance(result, list):
        print_review(result)
        return
    if command == "index":
        print_index_report(result)
        return
    if command == "related":
        print_related(result)
        return
    if command == "recommend":
        print_recommendations(result)
        return
    if command == "taste":
        print_taste(result)
        return
    if command == "chat":
        print_chat(result)
        return
    if command == "llm":
        print_models(result)
        return
    if command == "eval":
        print(result["table"])
        return
    runs = result if isinstance(result, list) else [result]
    for entry in runs:
        if isinstance(entry, dict) and entry.get("status") == "refused":
            continue  # already said on stderr
        if isinstance(entry, dict) and "run" in entry:
            print(
                f"{entry['format']}: {entry['status']} — {entry['created']} created, "
                f"{entry['updated']} updated, {entry['skipped']} skipped, "
                f"{entry['unmatched']} to review, {len(entry['errors'])} errors"
            )
            for error in entry["errors"][:20]:
                where = f"row {error['row']}: " if error["row"] is not None else ""
                print(f"  {where}{error['message']}")
            if len(entry["errors"]) > 20:
                print(f"  … and {len(entry['errors']) - 20} more (use --json for all)")
        elif command == "doctor" and isinstance(entry, dict):
            _print_doctor(entry)
        elif isinstance(entry, dict):
            print(", ".join(f"{k}: {v}" for k, v in entry.items()))
        else:
            print(entry)


def _print_doctor(report: dict[str, Any]) -> None:
    print("healthy" if report["healthy"] else "PROBLEMS FOUND")
    for name, ok in report["checks"].items():
        print(f"  {'ok ' if ok else 'BAD'} {name}")
    db = report["database"]
    print(f"  database {db['path']}: integrity {db['integrity']}, schema {db['schema_version']}, "
          f"{db['items']} items, {db['events']} events")
    for model in report["models"]:
        state = model["path"] if model["found"] else "NOT FOUND"
        print(f"  {model['role']}: {model['name']} — {state}")
    index = report["index"]
    print(f"  index: {index['graph_nodes']} graph nodes, {index['graph_edges']} edges, "
          f"{index['vectors']} vectors ({index['model']}), {index['pending']} items waiting")
    for pack in report.get("community", []):
        print(f"  community pack {pack['name']}: {pack['users']:,} people, {pack['items']:,} library items"
              f"{', sequential model' if pack['sequential'] else ''} (fitted {pack['fitted_at']})")
    for warning in report["warnings"]:
        print(f"  warning: {warning}")


def progress_bar(args: argparse.Namespace) -> Progress | None:
    """A terminal progress bar when a person is watching; nothing for --json or pipes."""
    if args.json or not sys.stderr.isatty():
        return None
    from rich.progress import Progress as RichProgress

    bar = RichProgress(transient=True)
    task = bar.add_task("working", total=None)
    bar.start()

    running = [True]

    def report(done: int, total: int | None, message: str) -> None:
        if not running[0]:  # a later phase of the same work (e.g. indexing, then linking)
            bar.start()
            running[0] = True
        bar.update(task, completed=done, total=total, description=message)
        if total is not None and done >= total:
            bar.stop()
            running[0] = False

    return report
