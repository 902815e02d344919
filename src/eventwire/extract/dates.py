"""Find date expressions and resolve them against the report's publication date.

News rarely prints full dates: "Monday night" in a report published Wednesday 2014-01-29 means
2014-01-27; "Jan. 11" means the latest January 11 not after publication; "in January 2020" is a
month. Each mention keeps its character span so the date can be shown with its evidence.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.extract.clues import clue_words_in, clues, could_match
from eventwire.model import DateInfo

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                "fri": 4, "sat": 5, "sun": 6}  # fmt: skip
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
               "sept": 9, "oct": 10, "nov": 11, "dec": 12})  # fmt: skip

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?(?!\s*(?:%|percent))")),
    ("day_month", re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?:,?\s+{_YEAR})?")),
    # "4/28", "01/19/17"; not a fraction ("a 2 1/2-story house", "1/2 mile") nor a web address
    # ("/2016/05/12/elm-shot")
    (
        "numeric",
        re.compile(
            r"(?<!/)(?<!\d )\b(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?:/(?P<year>(?:19|20)?\d\d))?"
            r"\b(?!/|-story|\s+(?:miles?|inch(?:es)?|pounds?|cups?|hours?|years?|-?story))"
        ),
    ),
    ("month_year", re.compile(rf"\b(?:in |since |of |during |early |late |mid-?)?{_MONTH}\s+(?:of\s+)?{_YEAR}\b")),
    ("month_only", re.compile(rf"\b(?:in|since|during|last|early|late|mid-?|of)\s+{_MONTH}(?!\w)(?P<rel>\s+(?:last|this) year)?(?![\w.]*\s*\d)")),
    ("weekday", re.compile(rf"\b(?P<modifier>last|this|next|on|early|late|Early|Late|Last|This|Next|On)?\s*{_WEEKDAY}\b")),
    # not the newspaper "USA Today"
    ("relative_day", re.compile(
        r"(?<!USA )\b(?P<rel>yesterday|today|tonight|last night|this morning|this afternoon|this evening|"
        r"earlier today|overnight|early this morning|late last night)\b", re.I)),
    # "was shot two weeks ago": that many weeks before publication; not "more than a week ago"
    ("relative_ago", re.compile(
        r"(?<!than )(?<!over )\b(?P<n>a|one|two|three|four) weeks? ago\b", re.I)),
    ("relative_span", re.compile(r"\b(?P<rel>last week|last weekend|this week|last month|this month|"
                                 r"last year|this year)\b", re.I)),
    ("year", re.compile(r"\bin (?P<year>(?:19|20)\d\d)\b")),
    # "the 2009 Halloween stabbing", "on Christmas Day 2014": that year's
    ("holiday", re.compile(r"\b(?:(?P<year>(?:19|20)\d\d) )?(?P<holiday>New Year's Eve|New Year's Day|"
                           r"Christmas Eve|Christmas Day|Christmas|Halloween|Valentine's Day|"
                           r"Fourth of July|Independence Day|Thanksgiving(?: Day)?)\b"
                           r"(?:,? (?P<year_after>(?:19|20)\d\d)\b)?")),
]  # fmt: skip

# Each re.I pattern is tried only in a sentence whose lower-cased text it matches without re.I
# (under re.I Python's regex engine tries every word at every character, several times slower).
# Their words are written in lower case; a capital is only in a lookbehind ("USA "), which
# then lets more through, never fewer.
LOWER_CASE_GATES = {kind: re.compile(p.pattern) for kind, p in PATTERNS if p.flags & re.I}
# Each pattern's clues, words one of which its every match holds (see eventwire.extract.clues)
CLUES = {kind: clues(pattern) for kind, pattern in PATTERNS}


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str
    info: DateInfo


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


# "Posted: Friday, June 7, 2019 9:15 AM EDT": the page's own timestamp, printed at its top
POSTED = re.compile(
    rf"\bPosted(?: on)?:?\s+(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}\b",
    re.I,
)
PAGE_HEAD = 1500
"""Characters at the top of a page where its own timestamp is printed."""


def posted_date(text: str, published: date | None) -> date | None:
    """The day the page says it was posted, when earlier than ``published``.

    A report's ``published`` is at times when it was last updated or collected: "early Sunday"
    in a story posted Sunday, March 10, and updated two weeks later is March 10.
    """
    return _earlier_day(POSTED.search(text[:PAGE_HEAD]), published)


# "example.com/news/2016/03/08/slug", "/2017/feb/08/", "/2016-03-08-slug": the day a site filed
# the story under, after an archive's own "/web/20161224230315/" prefix
URL_DAY = re.compile(
    r"/(?P<year>(?:19|20)\d\d)([/-])(?P<month>0?[1-9]|1[0-2]|[a-z]{3,4})\2(?P<day>[0-3]?\d)(?:[/-]|$)",
    re.I,
)
ARCHIVE_PREFIX = re.compile(r"^https?://web\.archive\.org/web/\d+\w*/", re.I)


def url_date(url: str | None, published: date | None) -> date | None:
    """The day in the page's address, when earlier than ``published``.

    Sites file stories under the day they first ran ("/2016/03/08/"); a ``published`` later than
    that is when the page was collected or last touched, and the story's "Tuesday" counts from
    the day it ran.
    """
    return _earlier_day(URL_DAY.search(ARCHIVE_PREFIX.sub("", url or "")), published)


# "web.archive.org/web/20150718014713/http://...": the day an archive captured the page
ARCHIVE_CAPTURE = re.compile(
    r"^https?://web\.archive\.org/web/(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)",
    re.I,
)


def archived_date(url: str | None, published: date | None) -> date | None:
    """The day an archive captured the page, when earlier than ``published``.

    A page was up by the day it was captured, so a ``published`` after that is when the copy
    was collected: the story's "Wednesday" counts back from the capture day at the latest.
    """
    return _earlier_day(ARCHIVE_CAPTURE.match(url or ""), published)


def _earlier_day(found: re.Match[str] | None, published: date | None) -> date | None:
    """The calendar day in a match's ``year``, ``month`` and ``day`` groups, when it exists and
    is earlier than ``published``."""
    if found is None or published is None:
        return None
    month = _month_number(found.group("month"))
    if month is None:
        return None
    try:
        day = date(int(found.group("year")), month, int(found.group("day")))
    except ValueError:
        return None
    return day if day < published else None


def page_date(text: str, url: str | None, published: date | None) -> date | None:
    """The day a report's relative dates ("Tuesday", "last night") count from: ``published``,
    or an earlier day the page gives itself, since ``published`` is at times when a copy was
    collected or last updated: an archive's capture day, then the page's "Posted:" stamp or the
    day in its address."""
    if published is None:
        return None
    published = archived_date(url, published) or published
    return posted_date(text, published) or url_date(url, published) or published


def find_dates(text: str, published: date | None, offset: int = 0) -> list[DateMention]:
    """All resolvable date mentions in ``text``, in order, without overlaps."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    present = clue_words_in(text, lowered)
    for kind, pattern in PATTERNS:
        if not could_match(CLUES[kind], present):
            continue  # none of the words it needs: a month's name, a weekday's
        gate = LOWER_CASE_GATES.get(kind)
        if gate is not None and not gate.search(lowered):
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            info = _resolve(kind, m, published)
            if info is None:
                continue
            span_text = m.group(0).strip()
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            taken.append((m.start(), m.end()))
            found.append(
                DateMention(offset + start, offset + start + len(span_text), span_text, kind, info)
            )
    found.sort(key=lambda d: d.start)
    # "Friday, Nov. 4": the weekday only repeats the full date that follows it
    return [
        d
        for i, d in enumerate(found)
        if not (
            d.kind == "weekday"
            and i + 1 < len(found)
            and found[i + 1].kind != "weekday"
            and 0 <= found[i + 1].start - d.end <= 3
        )
    ]


def _resolve(kind: str, m: re.Match[str], published: date | None) -> DateInfo | None:
    text = m.group(0).strip()
    groups = m.groupdict()
    if kind in ("iso", "month_day", "day_month", "numeric"):
        month = _month_number(groups["month"])
        day = int(groups["day"])
        year = _year(groups.get("year"))
        if kind == "numeric" and year is None and published is None:
            return None
        if month is None:
            return None
        if year is None:
            if published is None:
                return None
            year = published.year
            try:
                candidate = date(year, month, day)
            except ValueError:
                return None
            if candidate > published + timedelta(days=2):
                year -= 1
        try:
            day_date = date(year, month, day)
        except ValueError:
            return None
        return _day(day_date, text)
    if kind == "month_year":
        month = _month_number(groups["month"])
        year = _year(groups["year"])
        if month is None or year is None:
            return None
        last = calendar.monthrange(year, month)[1]
        return DateInfo(
            f"{year:04d}-{month:02d}", f"{year:04d}-{month:02d}-{last:02d}", "month", text
        )
    if kind == "year":
        year = int(groups["year"])
        return DateInfo(f"{year:04d}", f"{year:04d}-12-31", "year", text)
    if published is None:
        return None
    if kind == "holiday":
        year = _year(groups.get("year") or groups.get("year_after"))
        return _holiday(groups["holiday"], text, published, year)
    if kind == "month_only":
        month = _month_number(groups["month"])
        if month is None:
            return None
        rel = (groups.get("rel") or "").strip()
        year = published.year - 1 if rel.startswith("last") else published.year
        if not rel and month > published.month:
            year -= 1  # "in June", written in March, is last June
        last = calendar.monthrange(year, month)[1]
        return DateInfo(
            f"{year:04d}-{month:02d}", f"{year:04d}-{month:02d}-{last:02d}", "month", text
        )
    if kind == "weekday":
        target = WEEKDAYS[groups["weekday"].lower()]
        modifier = (groups.get("modifier") or "").lower()
        back = (published.weekday() - target) % 7
        if modifier == "next":
            return None  # a plan, not an event
        if modifier == "last" and back <= 1:
            # "last Friday" is never today's, and written on a Saturday it is not yesterday's
            # either (a reporter would write "Friday"): it is the week before's
            back += 7
        return _day(published - timedelta(days=back), text)
    if kind == "relative_day":
        rel = groups["rel"].lower()
        # "overnight" is mostly after midnight, so the publication day: on the dev set it was
        # the event's day 22 times, the day before 11 times
        back = 1 if rel in ("yesterday", "last night", "late last night") else 0
        return _day(published - timedelta(days=back), text)
    if kind == "relative_ago":
        weeks = WEEKS_AGO[groups["n"].lower()]
        return _day(published - timedelta(days=7 * weeks), text)
    if kind == "relative_span":
        rel = groups["rel"].lower()
        if rel in ("last week", "this week", "last weekend"):
            monday = published - timedelta(days=published.weekday())
            if rel != "this week":
                monday -= timedelta(days=7)
            if rel == "last weekend":
                sat = monday + timedelta(days=5)
                return DateInfo(
                    sat.isoformat(), (sat + timedelta(days=1)).isoformat(), "week", text
                )
            return DateInfo(
                monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week", text
            )
        if rel in ("last month", "this month"):
            first = published.replace(day=1)
            if rel == "last month":
                first = (first - timedelta(days=1)).replace(day=1)
            last = calendar.monthrange(first.year, first.month)[1]
            return DateInfo(
                first.isoformat()[:7], first.replace(day=last).isoformat(), "month", text
            )
        year = published.year - (1 if rel == "last year" else 0)
        return DateInfo(f"{year:04d}", f"{year:04d}-12-31", "year", text)
    return None


WEEKS_AGO = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}

HOLIDAYS = {
    "new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
    "christmas day": (12, 25), "christmas": (12, 25), "halloween": (10, 31),
    "valentine's day": (2, 14), "fourth of july": (7, 4), "independence day": (7, 4),
}  # fmt: skip


def _holiday(name: str, text: str, published: date, named_year: int | None) -> DateInfo | None:
    """The holiday of the year named with it, else the latest such holiday on or before
    publication."""
    key = name.lower()
    years = (named_year,) if named_year else (published.year, published.year - 1)
    for year in years:
        if key.startswith("thanksgiving"):
            first = date(year, 11, 1)
            day = first + timedelta(days=(3 - first.weekday()) % 7 + 21)  # 4th Thursday
        else:
            month, dom = HOLIDAYS[key]
            day = date(year, month, dom)
        if day <= published or named_year:
            return _day(day, text)
    return None


def _day(d: date, text: str) -> DateInfo:
    return DateInfo(d.isoformat(), d.isoformat(), "day", text)


def _month_number(value: str | None) -> int | None:
    if value is None:
        return None
    if value.isdigit():
        n = int(value)
        return n if 1 <= n <= 12 else None
    return MONTHS.get(value.lower().rstrip("."))


def _year(value: str | None) -> int | None:
    if not value:
        return None
    n = int(value)
    return n + 2000 if n < 100 else n


def publication_date(published: date) -> DateInfo:
    """The fallback when a report names no date: the day it was published."""
    return DateInfo(published.isoformat(), published.isoformat(), "day", None)
