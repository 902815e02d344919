"""eventwire: news reports in, a clean, geocoded, deduplicated database of events out.

The package follows the pipeline: :mod:`eventwire.read` -> :mod:`eventwire.extract` ->
:mod:`eventwire.resolve` -> :mod:`eventwire.store` -> :mod:`eventwire.serve`.
"""

__version__ = "0.1.0"
