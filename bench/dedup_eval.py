"""Deduplication on the GVA dev set: B-cubed P/R/F1 of our events vs GDELT-style exact match.

Ingests every report of ``gva_dev.articles.jsonl`` into a fresh temporary store through the real
code path (reader -> Extractor -> Store.ingest), exports the events with their reports, and
scores the article -> event assignment against the gold ``incident`` field. Also prints ingest
throughput and peak RSS. ``--mode gold`` replaces extraction by the gold codings (a sanity
check of the matching alone).

    .venv/bin/python bench/dedup_eval.py                 # real extractor
    .venv/bin/python bench/dedup_eval.py --mode gold     # gold-derived events
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from common import Timed, peak_rss_mb
from eventwire.model import Report, ReportResult
from eventwire.read import ReadOptions, read_reports
from eventwire.store import Store
from eventwire.store.evaluate import (
    article_events,
    bcubed,
    exact_match_clusters,
    gold_pairs,
    read_gold,
    result_from_dict,
)

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev"


def _recorded(pairs: Iterable[tuple[Report, ReportResult]], cache: Path) -> Iterator[Any]:
    """Pass pairs through while saving the extraction output (contract JSONL) to ``cache``."""
    with cache.open("w", encoding="utf-8") as fh:
        for report, result in pairs:
            fh.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            yield report, result


def _replay(reports: list[Report], cache: Path) -> Iterator[tuple[Report, ReportResult]]:
    """Pairs from a saved extraction: re-score deduplication without re-running spaCy."""
    by_id = {r.id: r for r in reports}
    with cache.open(encoding="utf-8") as fh:
        for line in fh:
            result = result_from_dict(json.loads(line))
            yield by_id[result.article_id], result


def run(
    articles: Path, gold_path: Path, mode: str, keep_db: Path | None, cache: Path | None = None
) -> dict[str, object]:
    gold = read_gold(gold_path)
    reports = [
        r
        for r in read_reports([articles], ReadOptions(check_language=False))
        if not hasattr(r, "message")
    ]
    with tempfile.TemporaryDirectory() as tmp:
        db_path = keep_db or Path(tmp) / "dev.db"
        if db_path.exists():
            sys.exit(f"{db_path} exists: give a fresh path")
        started = time.perf_counter()
        with Store.open(db_path) as store:
            if mode == "gold":
                pairs = Timed(gold_pairs(reports, gold))
            elif cache is not None and cache.exists():
                pairs = Timed(_replay(reports, cache))
            else:
                from eventwire.extract.pipeline import Extractor

                extractor = Extractor.load()
                pairs = Timed(extractor.extract_many(reports))
                if cache is not None:
                    pairs = Timed(_recorded(pairs, cache))
            stats = store.ingest(pairs)
            total = time.perf_counter() - started
            export_path = Path(tmp) / "events.jsonl"
            exported = store.export("jsonl", None, export_path)
            assigned = article_events(store.conn)
            baseline = exact_match_clusters(store.conn)
        with export_path.open() as fh:  # the export lists every event's reports
            in_export = {a for line in fh for a in json.loads(line)["reports"]}
    incident = {a: g["incident"] for a, g in gold.items()}
    return {
        "mode": "real extractor" if mode == "extractor" else "gold-derived events",
        "reports": stats.reports_added,
        "events": exported,
        "articles_in_export": len(in_export & set(incident)),
        "ours": bcubed(assigned, incident),
        "gdelt_exact_match": bcubed(baseline, incident),
        "ingest_seconds": round(total, 1),
        "extraction_seconds": round(pairs.seconds, 1),
        "store_seconds": round(total - pairs.seconds, 1),
        "reports_per_second": round(stats.reports_added / total, 1),
        "store_reports_per_second": round(
            stats.reports_added / max(total - pairs.seconds, 1e-9), 1
        ),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=DEV / "gva_dev.articles.jsonl")
    parser.add_argument("--gold", type=Path, default=DEV / "gva_dev.gold.jsonl")
    parser.add_argument("--mode", choices=("extractor", "gold"), default="extractor")
    parser.add_argument("--keep-db", type=Path, help="Write the store here instead of a temp file.")
    parser.add_argument(
        "--cache",
        type=Path,
        help="Extraction output (JSONL): written on the first run, replayed on later ones "
        "(throughput figures then cover the store only).",
    )
    args = parser.parse_args()
    if not args.articles.exists() or not args.gold.exists():
        sys.exit(f"dev set not found under {args.articles.parent} (it lives in ../shared)")
    print(json.dumps(run(args.articles, args.gold, args.mode, args.keep_db, args.cache), indent=2))


if __name__ == "__main__":
    main()
