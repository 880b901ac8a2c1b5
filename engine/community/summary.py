"""A community pack described in a few lines for a person (the CLI's output without --json)."""

from __future__ import annotations

from engine.community.pack import PackInfo

SHOWN_PROBLEMS = 10


def describe(info: PackInfo) -> str:
    """Name, size, how many items were found in the library and by which route, timings, bad rows."""
    routes = ", ".join(f"{count} by {route}" for route, count in info.mapped_by_route.items()) or "none"
    share = info.mapped / info.items if info.items else 0.0
    models = ["item-item (EASE)", *(["sequential (SASRec)"] if info.sequential else [])]
    if info.explicit:
        models.append("user-based ratings")
    lines = [
        f"community pack {info.name} ({info.format}, from {info.source})",
        f"  {info.users:,} users, {info.ratings:,} ratings, {info.items:,} items; "
        f"{info.mapped:,} in your library ({share:.0%}: {routes})",
        f"  models: {', '.join(models)}; fitted {info.fitted_at} in {info.seconds.get('total', 0.0):.1f} s",
    ]
    if info.ambiguous_titles:
        lines.append(f"  {info.ambiguous_titles} titles matched several library items and were left out")
    if info.malformed_rows:
        lines.append(f"  {info.malformed_rows} malformed rows skipped:")
        lines += [f"    line {p['line']}: {p['message']}" for p in info.problems[:SHOWN_PROBLEMS]]
        if info.malformed_rows > SHOWN_PROBLEMS:
            lines.append(f"    … and {info.malformed_rows - SHOWN_PROBLEMS} more (see --json)")
    return "\n".join(lines)
