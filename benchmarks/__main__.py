"""``python -m benchmarks [storage|import|index|recommend|community|eval|chat|ui ...]``: figures for each
part."""

from __future__ import annotations

import sys

from benchmarks import (
    bench_chat,
    bench_community,
    bench_eval,
    bench_import,
    bench_index,
    bench_recommend,
    bench_storage,
    bench_ui,
)

PARTS = {"storage": bench_storage.run, "import": bench_import.run, "index": bench_index.run,
         "recommend": bench_recommend.run, "community": bench_community.run, "eval": bench_eval.run,
         "chat": bench_chat.run, "ui": bench_ui.run}


def main(argv: list[str]) -> int:
    wanted = argv or list(PARTS)
    for name in wanted:
        if name not in PARTS:
            print(f"unknown benchmark {name!r}; choose from {', '.join(PARTS)}")
            return 2
        PARTS[name]()
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
