"""How much of the dev set's gold coding can a reader of the text recover at all?

For each scored field this counts the reports whose text states the gold value somewhere, by
a deliberately generous test, so the share is an upper bound for any extractor that reads the
report alone (no other reports of the incident, no outside knowledge):

- city: the gold city's name (or the part of it in brackets) appears in the text;
- killed / injured (gold > 0): the figure appears as digits or as a number word; a figure of 1
  always counts as stated ("a man", "one");
- date: the gold day is the publication day, or the text names it: its month and day, or its
  weekday within a week before publication, or "yesterday"/"last night" for the day before.

It also prints eventwire's own accuracy on the same reports beside the bound, so the gap
that rules can still close is visible. Needs ``../shared/data/dev`` (absent on a user's clone).

    .venv/bin/python bench/dev_ceiling.py
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from common import machine, table, write_results
from eventwire.evaluate import city_names, load_gold, score
from eventwire.extract.pipeline import Extractor
from eventwire.read import ReadOptions, read_reports
from eventwire.resolve.gazetteer import normalise

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev"
NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()
RECENT = re.compile(r"\b(?:yesterday|last night|overnight)\b", re.I)


def city_stated(text: str, gold_city: str | None) -> bool:
    folded = f" {normalise(text)} "
    return any(f" {name} " in folded for name in city_names(gold_city) if name)


def figure_stated(text: str, gold: int) -> bool:
    if gold <= 1:
        return True
    words = [str(gold)] + ([NUMBER_WORDS[gold]] if gold < len(NUMBER_WORDS) else [])
    return any(re.search(rf"\b{re.escape(w)}\b", text, re.I) for w in words)


def day_stated(text: str, gold: str | None, published: str | None) -> bool:
    if not gold:
        return False
    if published and published[:10] == gold:
        return True
    day = date.fromisoformat(gold)
    month = day.strftime("%B")
    if re.search(rf"\b(?:{month}|{month[:3]}\.?|{month[:4]}\.?)\s+{day.day}\b", text):
        return True
    if not published or len(published) < 10:
        return False
    pub = date.fromisoformat(published[:10])
    if timedelta(0) < pub - day <= timedelta(days=7) and day.strftime("%A") in text:
        return True
    return pub - day == timedelta(days=1) and bool(RECENT.search(text))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=DEV)
    args = parser.parse_args()
    articles, gold_path = args.dev / "gva_dev.articles.jsonl", args.dev / "gva_dev.gold.jsonl"
    if not articles.exists() or not gold_path.exists():
        sys.exit(f"dev set not found under {args.dev} (it lives in ../shared)")
    gold = load_gold(gold_path)
    reports = list(read_reports([articles], ReadOptions(check_language=False)))
    stated: dict[str, list[bool]] = {"killed>0": [], "injured>0": [], "date": [], "city": []}
    for report in reports:
        row = gold[report.id]
        text = report.full_text
        if row["killed"] > 0:
            stated["killed>0"].append(figure_stated(text, row["killed"]))
        if row["injured"] > 0:
            stated["injured>0"].append(figure_stated(text, row["injured"]))
        stated["date"].append(day_stated(text, row.get("date"), report.published))
        stated["city"].append(city_stated(text, row.get("city")))
    print("coding the dev set ...", file=sys.stderr)
    extractor = Extractor.load()
    results: list[dict[str, Any]] = [r.to_dict() for _, r in extractor.extract_many(reports)]
    ours = score(results, gold).to_dict()
    rows = [
        {
            "field": name,
            "reports": len(flags),
            "stated_in_text": round(sum(flags) / len(flags), 3),
            "eventwire": ours[name]["accuracy"],
        }
        for name, flags in stated.items()
    ]
    print(
        table(["field", "reports", "stated in text", "eventwire"], [list(r.values()) for r in rows])
    )
    print(f"results: {write_results('dev_ceiling', {'machine': machine(), 'fields': rows})}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
