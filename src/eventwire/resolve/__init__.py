"""Resolve extracted mentions to real-world places.

:mod:`eventwire.resolve.gazetteer` is an offline GeoNames gazetteer (cities, countries, US
states and counties) backed by a SQLite index built once into the cache directory;
:mod:`eventwire.resolve.places_data` holds the hand-written aliases, demonyms and US state
abbreviations it merges in.
"""
