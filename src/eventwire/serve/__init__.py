"""HTTP API and web dashboard over an event store: ``eventwire serve --db events.db``.

:func:`create_app` builds the FastAPI app (``app.py``); the JSON endpoints are in ``api.py``,
who may call them in ``auth.py``, the size caps in ``limits.py``, the dashboard's files in
``static/`` (third-party ones installed into ``static/vendor/`` by ``make install``).
"""

from eventwire.serve.app import create_app, missing_assets
from eventwire.serve.state import ServeConfig

__all__ = ["ServeConfig", "create_app", "missing_assets"]
