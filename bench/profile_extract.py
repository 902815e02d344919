"""Where extraction time goes: spaCy's components vs eventwire's own rules, per stage.

Over ~300 dev reports, in one process: (1) CPU time of each spaCy pipeline component,
(2) whether the components eventwire never reads (tagger, attribute_ruler, lemmatizer) change
the sentences or entities it does read, (3) eventwire's coding time split by stage, timed by
wrapping each stage function (cProfile inflates the Cython token loops badly, so it is shown
last, for reference only).

    .venv/bin/python bench/profile_extract.py [--limit 300]
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import io
import pstats
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from common import dev_reports, machine, table, write_results

STAGES = [
    "find_dates",
    "find_casualties",
    "classify",
    "is_statistics",
    "find_actors",
    "find_sources",
    "split_sentences",
    "choose_event_date",
    "reconcile_figures",
]
LOCATOR_STAGES = ["locate", "context", "site"]


def component_times(nlp: Any, texts: list[str]) -> dict[str, float]:
    """CPU seconds per pipeline component (docs passed from one component to the next)."""
    times: Counter[str] = Counter()
    t0 = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    times["tokenizer"] = time.process_time() - t0
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        docs = list(proc.pipe(docs, batch_size=32))
        times[name] = time.process_time() - t0
    return dict(times)


def _signature(doc: Any) -> tuple[Any, Any]:
    return (
        [(s.start_char, s.end_char) for s in doc.sents],
        [(e.start_char, e.end_char, e.label_) for e in doc.ents],
    )


def without_unused(nlp: Any, texts: list[str], unused: list[str]) -> dict[str, Any]:
    """Does dropping the unused components change anything eventwire reads, and save what?"""
    t0 = time.process_time()
    full = [_signature(d) for d in nlp.pipe(texts, batch_size=32)]
    full_s = time.process_time() - t0
    t0 = time.process_time()
    lean = [_signature(d) for d in nlp.pipe(texts, batch_size=32, disable=unused)]
    lean_s = time.process_time() - t0
    return {
        "full_cpu_s": full_s,
        "without_unused_cpu_s": lean_s,
        "saving": 1 - lean_s / full_s,
        "same_sentences_and_entities": full == lean,
        "reports_differing": sum(a != b for a, b in zip(full, lean, strict=True)),
    }


def stage_times(extractor: Any, reports: list[Any], docs: list[Any]) -> dict[str, float]:
    """Coding time per stage, by wrapping the stage functions the pipeline module calls."""
    from eventwire.extract import pipeline

    spent: Counter[str] = Counter()

    def timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - t0

        return wrapper

    saved: list[tuple[Any, str, Any]] = []
    for name in STAGES:
        if hasattr(pipeline, name):
            saved.append((pipeline, name, getattr(pipeline, name)))
            setattr(pipeline, name, timed(name, getattr(pipeline, name)))
    locator = extractor.locator
    for name in LOCATOR_STAGES:
        if hasattr(locator, name):
            saved.append((locator, name, getattr(locator, name)))
            setattr(locator, name, timed(f"locator.{name}", getattr(locator, name)))
    try:
        t0 = time.perf_counter()
        for report, doc in zip(reports, docs, strict=True):
            extractor.code(report, doc)
        total = time.perf_counter() - t0
    finally:
        for owner, name, original in saved:
            if owner is locator:
                delattr(locator, name)  # back to the class attribute
            else:
                setattr(owner, name, original)
    spent["other (sentence loop, events, evidence)"] = total - sum(spent.values())
    return {"total": total, **dict(spent.most_common())}


def cprofile_top(extractor: Any, reports: list[Any], docs: list[Any], n: int = 15) -> str:
    profile = cProfile.Profile()
    profile.enable()
    for report, doc in zip(reports, docs, strict=True):
        extractor.code(report, doc)
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(n)
    return "\n".join(line for line in out.getvalue().splitlines()[-(n + 2) :] if line.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()

    from eventwire.extract.nlp import UNUSED_COMPONENTS, load_nlp
    from eventwire.extract.pipeline import Extractor

    info = machine()
    reports = dev_reports(args.limit)
    texts = [r.full_text for r in reports]
    extractor = Extractor.load()
    nlp = extractor.nlp

    t0 = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse_s = time.process_time() - t0
    t0 = time.process_time()
    for report, doc in zip(reports, docs, strict=True):
        extractor.code(report, doc)
    code_s = time.process_time() - t0
    full_model = load_nlp(lean=False)  # the extractor leaves UNUSED_COMPONENTS out
    components = component_times(full_model, texts)
    lean = without_unused(full_model, texts, list(UNUSED_COMPONENTS))
    stages = stage_times(extractor, reports, docs)

    n = len(reports)
    print(f"profile_extract  {info['date']}  {n} reports  load avg {info['load_average_at_start']}")
    print(
        f"\nspaCy parse {parse_s:.1f} CPU s ({parse_s / n * 1000:.0f} ms/report), eventwire "
        f"coding {code_s:.1f} CPU s ({code_s / n * 1000:.1f} ms/report) = "
        f"{code_s / (parse_s + code_s):.0%} of extraction"
    )
    total_c = sum(components.values())
    print("\nspaCy components (CPU s):")
    print(
        table(
            ["component", "CPU s", "share"],
            [[k, v, f"{v / total_c:.0%}"] for k, v in components.items()],
        )
    )
    print(
        f"\nwithout {', '.join(UNUSED_COMPONENTS)}: "
        f"parse {lean['without_unused_cpu_s']:.1f}s instead of "
        f"{lean['full_cpu_s']:.1f}s ({lean['saving']:.0%} less); sentences and entities "
        f"identical: {lean['same_sentences_and_entities']} "
        f"({lean['reports_differing']} reports differ)"
    )
    print("\neventwire coding by stage (wall s, wrapped stage functions):")
    total_s = stages.pop("total")
    print(
        table(
            ["stage", "s", "share", "ms/report"],
            [[k, v, f"{v / total_s:.0%}", v / n * 1000] for k, v in stages.items()],
        )
    )
    print("\ncProfile, coding only, by own time (inflates Cython-side token loops):")
    print(cprofile_top(extractor, reports, docs))
    write_results(
        "profile_extract",
        {
            "machine": info,
            "reports": n,
            "parse_cpu_s": parse_s,
            "code_cpu_s": code_s,
            "components_cpu_s": components,
            "without_unused": lean,
            "stages_s": {"total": total_s, **stages},
        },
    )


if __name__ == "__main__":
    main()
