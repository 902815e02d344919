"""Run every benchmark present in bench/, one after another, and print what each prints.

Each script runs in its own process (so one's memory or warm caches never colour the next),
with its output streamed as it comes; a summary of exit statuses and durations ends the run.
``--quick`` asks each script for its small variant where it has one.

    .venv/bin/python bench/run_all.py            # what `make bench` runs
    .venv/bin/python bench/run_all.py --quick    # a few minutes
    .venv/bin/python bench/run_all.py --only bench_extract
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ORDER = ["bench_extract", "bench_scale", "bench_ingest", "dedup_eval", "dev_ceiling", "bench_api"]
"""Known scripts, in running order; any other ``bench_*.py`` found runs after them."""
QUICK_ARGS: dict[str, list[str]] = {"bench_api": ["--duration", "3"]}
"""Small-variant arguments for scripts without a ``--quick`` flag (checked against --help)."""


def scripts(only: list[str] | None) -> list[Path]:
    found = {
        p.stem: p for p in BENCH.glob("*.py") if p.stem in ORDER or p.stem.startswith("bench_")
    }
    names = [n for n in ORDER if n in found] + sorted(set(found) - set(ORDER))
    if only:
        names = [n for n in names if n in only]
    return [found[n] for n in names]


def quick_args(script: Path) -> list[str]:
    """``--quick`` if the script takes it, else its known small-variant flags it accepts."""
    help_text = subprocess.run(
        [sys.executable, str(script), "--help"], capture_output=True, text=True, check=False
    ).stdout
    if "--quick" in help_text:
        return ["--quick"]
    args = QUICK_ARGS.get(script.stem, [])
    return args if all(a in help_text for a in args if a.startswith("--")) else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small variants, a few minutes")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these scripts")
    args = parser.parse_args()
    results = []
    for script in scripts(args.only):
        extra = quick_args(script) if args.quick else []
        print(f"\n=== {script.name} {' '.join(extra)}".rstrip(), flush=True)
        started = time.monotonic()
        code = subprocess.run([sys.executable, str(script), *extra], check=False).returncode
        results.append((script.name, code, time.monotonic() - started))
    print("\n=== summary")
    for name, code, seconds in results:
        status = "ok" if code == 0 else f"FAILED (exit {code})"
        print(f"  {name:<20} {status:<18} {seconds:7.1f}s")
    sys.exit(0 if all(code == 0 for _, code, _ in results) else 1)


if __name__ == "__main__":
    main()
