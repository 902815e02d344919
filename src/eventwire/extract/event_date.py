"""Which date is the event's: the earliest plausible day named where the report tells it.

Reports name many days: the event's, the day police spoke, the court date, the funeral. The
rules here pass over the others.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventwire.extract.dates import DateMention, publication_date
from eventwire.extract.sentences import (
    BACKGROUND_AFTER_DAYS,
    PROCEDURE,
    VIOLENCE,
    Sentence,
)
from eventwire.model import DateInfo, Role

# "MAIDUGURI, March 14 (Reuters) -": a dateline's date is the report's, not the event's.
DATELINE_BEFORE = re.compile(r"^\s*[A-Z][A-Z .'-]{2,40},\s*$")
# "police said Saturday", "Posted: Friday", a tweet's "— Name (@handle) March 18, 2015": the
# day of a statement, not of the event. A date in parentheses after a weekday only spells that
# day out: "late last Friday (June 5)".
SAID_BEFORE = re.compile(
    r"(?:\b(?:said|says|told|announced|confirmed|reported|released|identified|added|posted|"
    r"updated|published|date)[:\s]+(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?|(?<!day )\(\s*|\(@\w+\)\s*)$",
    re.I,
)
# "told WESH 2 News Monday", "told The Associated Press on Friday", "told reporters Monday": a
# statement to the press
TOLD_THE_PRESS_BEFORE = re.compile(
    r"\btold\s+(?:(?:reporters|journalists|the (?:media|press))|(?:[A-Z0-9][\w.&'’-]*\s+){1,4})"
    r"\s*(?:on\s+)?$"
)
# "a sheriff's update Monday", "in an interview Monday", "a motion dated Friday": a statement named
# by its noun.
STATEMENT_BEFORE = re.compile(
    r"\b(?:update|statement|release|e-?mail|interview|tweet|briefing|dated)\s+(?:on\s+)?$", re.I
)
# "Friday's report", "Monday's news conference", "a Monday morning email": a statement named
# after its day
STATEMENT_AFTER = re.compile(
    r"^(?:\s+(?:morning|afternoon|evening|night))?(?:['’]s\s+(?:\w+\s+)?(?:report|statement|"
    r"(?:news|press) (?:conference|release)|briefing|announcement|update|interview)|\s+(?:e-?mail|"
    r"statement|(?:news|press) (?:conference|release)|briefing|interview)\b)",
    re.I,
)
# "Police on Thursday identified the victims": the date of the statement again. Not after a
# comma: "a boy was shot about 9 p.m. Friday, said Sgt. Harris" credits the whole clause.
SAID_AFTER = re.compile(
    r"^(?:\s+(?:morning|afternoon|evening|night))?\s+(?:said|says|told|announced|confirmed|"
    r"identified|released|reported|named)\b",
    re.I,
)
# "On Tuesday, Sheriff Tom Reed said", "On Friday, police identified the man"
SAID_BY_AFTER = re.compile(
    r"^(?:\s+(?:morning|afternoon|evening|night))?,\s+(?:(?:[A-Z][\w.'’-]*|police|officials|"
    r"authorities|investigators|detectives|deputies|the|county|city|state|spokes(?:man|woman|"
    r"person)|officers?|chief|sheriff)\s+){1,6}"
    r"(?:said|says|told|announced|confirmed|identified|released|reported|named)\b"
)
# "Deputies continued the hunt on Friday", "remains in the hospital Wednesday", "an
# investigation was under way Thursday": what came after.
AFTERMATH_BEFORE = re.compile(
    r"\b(?:continu(?:ed|es|ing)|remain(?:s|ed)?|still|under ?way)\b[^.;]{0,40}$|\bas of\s+$", re.I
)
# "was in critical condition at Elm Medical Center Monday": the victim's state on the day told
CONDITION_BEFORE = re.compile(
    r"\bin (?:critical|stable|serious|fair|good|grave|guarded)(?:,? but \w+)? condition\b"
    r"(?P<rest>[^.;,]{0,50})$",
    re.I,
)
# "Deputies did not provide a motive Friday", "declined to comment Monday": a statement's day
# too, though nothing was said
UNSAID_BEFORE = re.compile(
    r"\b(?:did not|didn['’]t|would not|wouldn['’]t|declined to) (?:provide|release|say|give|"
    r"comment|return|disclose|identify|elaborate)\w*\b[^.;]{0,40}$",
    re.I,
)
# "Two weeks ago, on May 3, his cousin was killed", "a teen was also shot and killed
# Sunday night", "six hurt in shootings across the city Friday": another
# event. Narrower than the figures' OTHER_INCIDENT: "three separate shootings Friday" still
# dates a round-up's events.
ANOTHER_INCIDENT = re.compile(
    r"\b(?:previous|earlier) (?:incident|shooting|attack|case|homicide)s?\b|"
    r"\b(?:weeks?|months?) (?:ago|earlier|before)\b|"
    r"\b(?:was|were) also (?:shot|killed|wounded|found)\b|"
    r"\bshootings (?:across|around|throughout) (?:the city|the county|(?-i:[A-Z])\w+)\b",
    re.I,
)


# "A boy, 4, died after he was struck on Friday by a pickup", "died in a one-car wreck Monday":
# a death of another kind, on a station's page most often a teaser of another story
OTHER_KIND_OF_DEATH = re.compile(
    r"\b(?:crash\w*|wreck\w*|collision|hit-and-run|drown\w*|overdos\w*|(?:house|apartment) "
    r"fire|struck\b[^.;]{0,25}?\bby an? (?:\w+ )?(?:car|vehicle|minivan|pickup|truck|train|bus|"
    r"driver))\b",
    re.I,
)
GUN_WORDS = re.compile(
    r"\b(?:shot|shoot\w*|gun\w*|bullets?|fired|firing|opened fire|firearms?|rifle|pistol|"
    r"weapon)\b",
    re.I,
)


def _another_kind_of_death(text: str) -> bool:
    """Does the sentence tell a death by other means than a gun (a crash, a drowning, a fire),
    naming no gun? Its day is another story's."""
    return bool(OTHER_KIND_OF_DEATH.search(text)) and not GUN_WORDS.search(text)


# "over Friday night's fatal shooting", "the Oct. 14 attempted murder": a date that modifies the
# deed's name dates the deed, whatever words of arrest or court come before it
DATE_OF_THE_DEED = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:['’]s)?"
    r"(?:\s+(?:fatal|deadly|double|triple|quadruple|mass|drive-by|accidental|attempted|armed))?\s+"
)


# "In the other incident, a man was shot on Sept. 26", "in retaliation for the Jan. 5 killing",
# "a feud that began with a March 2 stabbing", "the feud flared after a June 3 shooting", "a
# gang war following the killing of Tom Ray on May 1", "killed on the same block last week, on
# Aug. 10": a date after these words is another event's
OTHER_INCIDENT_BEFORE = re.compile(
    r"\b(?:(?:the|an?) other (?:incident|shooting|attack|case|homicide)|in other (?:incidents|"
    r"shootings|attacks|violence|news)|(?:retaliation|revenge) "
    r"for|(?:feud|rivalry|gang war)\b[^.;]*\b(?:began|started|after|following)|(?:on|at|in) "
    r"the same (?:block|street|corner|spot|intersection))\b[^.;]*$",
    re.I,
)


# "Hear more tonight on Channel 9 News", "Tune in tonight at 10": a station's own broadcast
BROADCAST_AFTER = re.compile(r"\s+on (?-i:[A-Z])")
BROADCAST_BEFORE = re.compile(r"\b(?:tune in|watch|have (?:more|the latest)\b[^.;]*)\s+$", re.I)


def _a_broadcast(mention: DateMention, before: str, rest: str) -> bool:
    """Is this "tonight" the station's broadcast ("We'll have more on this story tonight on
    Channel 9 News", "Tune in tonight at 10") rather than the event's evening?"""
    if mention.text.lower() != "tonight":
        return False
    return bool(BROADCAST_AFTER.match(rest) or BROADCAST_BEFORE.search(before[-60:]))


# "She is expected to turn herself in Wednesday", "will be arraigned Friday": what is to come
PLANNED_BEFORE = re.compile(
    r"\b(?:will|(?:is|are) (?:expected|scheduled|set|due) to)\s+(?!not\b)(?P<plan>[^.;,]{0,40})$",
    re.I,
)


def _planned(before: str) -> bool:
    """Is the date that of something still to come ("is expected to turn herself in Wednesday")?
    Not when violence comes between: "police will not say why he was shot Friday"."""
    plan = PLANNED_BEFORE.search(before[-60:])
    return plan is not None and not VIOLENCE.search(plan.group("plan"))


# "raised to 30 the count of those wounded since Thursday": a tally's start, not a deed's day
TALLY_BEFORE = re.compile(
    r"\b(?:shot|killed|wounded|shootings|homicides|victims)\s+since\s+$", re.I
)


# "The boy was born March 3, 2011", "who turned five on Friday": a birthday
_AGE = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?"
)
BIRTH_BEFORE = re.compile(rf"\b(?:born|turn(?:ed|s)? {_AGE}(?: years? old)?)(?: on)?\s*$", re.I)


# Words of ``PROCEDURE`` naming a gathering ("a memorial service Friday"), where violence may
# break out, rather than a step taken against its author
GATHERING = re.compile(
    r"funeral|vigil|memorial|mourn\w*|visitation|interment|bur(?:y|ied|ial)", re.I
)


EVENING = re.compile(
    r"\b(?:(?:just |shortly )?before midnight|(?:[6-9]|1[01])(?::\d\d)?\s*p\.?\s?m\b)", re.I
)
"""The clock of a night's first hours: "just before midnight", "about 11:30 p.m."."""

CALENDAR_DAYS = frozenset({"iso", "month_day", "day_month", "numeric"})
"""Date kinds naming a calendar day: "Sept. 13", "9/13/15"."""

# "CHARLOTTE, N.C. (WBTV) – Police are searching", "PITTSBURGH (KDKA) —": a dateline opening
# the story; on a web page, teasers of other stories may come before it
STORY_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,3}(?:, [A-Z][A-Za-z.]{1,14}(?: [A-Z][a-z.]+)?)?\s*"
    r"(?:\([A-Za-z0-9 ./&-]{2,20}\)\s*)?(?:--|[—–-])(?:\s|$)"
)

# "More stories you may like on 7News", "You may also be interested in", "Most Popular": a
# list of the site's other stories. Not "RELATED:", often a single link inside the story
SIDEBAR = re.compile(
    r"\s*(?:(?:More|Related|Recommended|Trending|Popular|Top|Latest|Other) (?:stories|news|"
    r"headlines|articles|links|videos|content)\b|You (?:may|might) (?:also )?(?:like|be "
    r"interested)|Most (?:Popular|Read|Viewed|Watched)\b)",
    re.I,
)

DATELINE_WITHIN = 3000
"""Characters from the top where a story's dateline may come after teasers; further down,
an all-capitals line ("FIGHT -- A MAN") is a transcript's."""

LOOK_SENTENCES = 8
"""The event's date is the earliest day named in its first sentences: reports open with the
event and go on to what followed ("shot Wednesday ... died Thursday ... charged Friday")."""

# "Deputies responded to the house at about 6 p.m. Saturday": the call for help
RESPONDED = re.compile(
    r"\b(?:responded|were (?:called|dispatched|summoned)|call came|calls? (?:came|reporting)|"
    r"911 calls?)\b",
    re.I,
)


def choose_event_date(
    triggers: list[Sentence],
    published: date | None,
    role: Role,
    others: list[Sentence] | None = None,
    recalled: bool = False,
    days_recalled: bool = False,
) -> tuple[DateInfo, DateMention | None]:
    """The earliest plausible day in the event's first sentences, else the first in any
    sentence, else the latest calendar day of the year before, else the publication date.

    Dates after publication (court dates, funerals), dates of statements ("police said
    Saturday") and dates in sentences about the legal aftermath are passed over; with no day
    of the event, the earliest recent one of them bounds it, unless the report recalls an
    earlier event's day (``days_recalled``), which a follow-up is dated by instead.
    """
    latest = (published + timedelta(days=1)).isoformat() if published else None
    earliest = (
        (published - timedelta(days=BACKGROUND_AFTER_DAYS)).isoformat() if published else None
    )
    if others is not None:
        triggers = _before_the_sidebar(_from_the_dateline(triggers, others), others)
    opening = triggers[:LOOK_SENTENCES]
    if others is not None and opening:
        # "Deputies responded to a trailer at about 4 p.m. Friday": the call came at the deed's
        # time, though the sentence names no violence
        last = opening[-1].index
        called = [
            s
            for s in others
            if s.index < last
            and s.dates
            and not s.is_trigger
            and (RESPONDED.search(s.text) or _tells_when_it_happened(s))
        ]
        if called:
            opening = sorted(opening + called, key=lambda s: s.index)
    passes = [opening] if others is None else [opening, others]
    coarse: DateMention | None = None
    vague: DateMention | None = None
    six_days_back: list[DateMention] = []
    written_after = _latest_day_before(others or triggers, published)
    long_before: list[DateMention] = []
    a_year_before = (published - timedelta(days=365)).isoformat() if published else ""
    followed_on: list[DateMention] = []  # days of what came after: arrests, statements
    weeks_ago: list[DateMention] = []
    for sentences in passes:
        days: list[DateMention] = []
        hours: dict[int, str] = {}  # a day's start -> "gathering" or "small hours"
        naming_the_deed: set[int] = set()  # starts of days that name the deed
        for sentence in sentences:
            if role == "main" and sentence.dates and _another_kind_of_death(sentence.text):
                continue  # a station's teaser: "A man died in a crash on Elm Road Friday"
            if role == "main" and ANOTHER_INCIDENT.search(sentence.text):
                # "two weeks ago, on May 3, his cousin was killed": not this event, unless the
                # report names no other day ("the girl died after being shot two weeks ago")
                weeks_ago += [m for m in sentence.dates if _weeks_ago_of_the_deed(sentence, m)]
                continue
            for mention in sentence.dates:
                if sentence.is_procedure and not _about_the_violence(sentence, mention):
                    if not PLANNED.search(sentence.text):
                        followed_on.append(mention)
                    continue  # "was arraigned Monday", "arrested Saturday"
                start = mention.info.start or ""
                if latest and start > latest:
                    continue  # a court date or funeral, not the event
                too_old = earliest and (mention.info.end or start) < earliest
                if role == "main" and not recalled and too_old:
                    if mention.kind in CALENDAR_DAYS and start >= a_year_before:
                        long_before.append(mention)
                    continue
                if role == "main" and mention.info.precision == "year":
                    continue
                before = sentence.text[: mention.start - sentence.start]
                rest = sentence.text[mention.end - sentence.start :]
                after = rest[:40]
                # a statement's day dates no event, a recalled one no more than the main one:
                # a follow-up may take a recalled event's day
                if (
                    SAID_BEFORE.search(before[-40:])
                    or STATEMENT_BEFORE.search(before[-40:])
                    or TOLD_THE_PRESS_BEFORE.search(before[-50:])
                    or DATELINE_BEFORE.match(before)
                    or (SAID_AFTER.match(after) and not _dates_the_deed_before(before))
                    or STATEMENT_AFTER.match(after)
                    or _opens_a_statement(mention, before, rest)
                    or AFTERMATH_BEFORE.search(before[-50:])
                    or _a_condition_on_the_day(before[-90:])
                    or UNSAID_BEFORE.search(before[-60:])
                ):
                    if not PLANNED.search(sentence.text):
                        followed_on.append(mention)
                    continue
                if role == "main" and (
                    _in_a_span(mention, before, rest)
                    or _late_or_early(mention, rest)
                    or OTHER_INCIDENT_BEFORE.search(before)
                    or _planned(before)
                    or TALLY_BEFORE.search(before[-40:])
                    or BIRTH_BEFORE.search(before)
                    or _a_broadcast(mention, before, rest)
                    or (mention.kind.startswith("relative") and _in_quotes(before, rest))
                ):
                    continue
                if role == "main" and mention.info.precision != "day":
                    coarse = coarse or mention  # "last week ... on Sept. 17": keep looking
                    continue
                if role == "main" and mention.text.lower() == "overnight":
                    # either side of midnight: a weekday in any sentence says which
                    vague = vague or mention
                    continue
                if role == "main" and _maybe_tomorrow(mention, published, written_after):
                    six_days_back.append(mention)
                    continue
                days.append(mention)
                if _names_the_deed(rest):
                    naming_the_deed.add(mention.start)
                hour = _the_hour(mention, before, rest)
                if hour:
                    hours[mention.start] = hour
        # a holiday ("over the Labor Day weekend") names a season more than a day: an
        # explicit day wins over it
        explicit = [m for m in days if m.kind != "holiday"] or days
        if explicit:
            # "where Thursday's shooting spree began ... his body was flown home on Sunday": a
            # day naming the deed outranks an earlier one that does not
            named = [m for m in explicit if m.start in naming_the_deed]
            first = min(named or explicit, key=lambda m: (m.info.start or "", m.start))
            first = _after_the_gathering(first, explicit, hours) or first
            last_weeks = _in_last_week(first, coarse) if coarse is not None else None
            return last_weeks or first.info, first
    if weeks_ago:
        return weeks_ago[0].info, weeks_ago[0]
    if vague is not None:
        if any(EVENING.search(s.text) for s in opening):
            # "overnight ... just before midnight", "around 11:30 p.m.": the night began the day
            # before the morning it ended
            day = date.fromisoformat(vague.info.start or "") - timedelta(days=1)
            return DateInfo(day.isoformat(), day.isoformat(), "day", vague.text), vague
        return vague.info, vague
    if coarse is not None:
        # "shot his brother last week ... on Wednesday": the week says which Wednesday
        start, end = coarse.info.start or "", coarse.info.end or ""
        inside = [m for m in six_days_back if start <= (m.info.start or "") <= end]
        if coarse.info.precision == "week" and inside:
            return inside[0].info, inside[0]
        return coarse.info, coarse
    if long_before:
        # a report naming no recent day but "on Sept. 13" is a late follow-up of that day's
        # event: the latest such day, rather than the publication
        latest_before = max(long_before, key=lambda m: (m.info.start or "", m.start))
        return latest_before.info, latest_before
    small_hours = next((m for m in six_days_back if m.text.lower().startswith("early ")), None)
    if role == "main" and small_hours is not None:
        # "shot early Friday" in a Thursday report naming no other day of the deed: the small
        # hours of a day six days back are too old for news, and nobody plans shots for the
        # small hours; the publication date is a day early
        tomorrow = date.fromisoformat(small_hours.info.start or "") + timedelta(days=7)
        day = tomorrow.isoformat()
        return DateInfo(day, day, "day", small_hours.text), small_hours
    if role == "main" and published is not None:
        bound = None if days_recalled else _earliest_day_after_the_deed(followed_on, published)
        if bound is not None:
            # "was arrested Thursday", "a spokeswoman said Wednesday": the event came first
            return bound.info, bound
        return publication_date(published), None
    return DateInfo(None, None, "unknown", None), None


# "a birthday party last night", "a homecoming dance Saturday": a gathering's evening, when
# the shots may come in the small hours after it
GATHERING_BEFORE = re.compile(
    r"\b(?:party|event|dance|celebration|gathering|concert|festival|cookout|barbecue|game)\b"
    r"[\"”']?\s+(?:on\s+)?$",
    re.I,
)
# "about 2 a.m. Sunday", "Sunday morning", "early Sunday", "this morning": the small hours
SMALL_HOURS_BEFORE = re.compile(r"\b[1-5](?::\d\d)?\s*a\.?\s?m\.?\s*(?:on\s+)?$", re.I)
SMALL_HOURS_AFTER = re.compile(r"\s+morning\b", re.I)
SMALL_HOURS_TEXT = re.compile(r"early|this morning", re.I)
# "died early Sunday", "was pronounced dead at 2 a.m. Sunday": a death's hour, not the deed's
DEATH_BEFORE = re.compile(
    r"\b(?:died|dies|pronounced dead|succumbed|passed away)\b[^.;]{0,40}$", re.I
)


# The deed's name after its day: "Thursday's rampage", "the Sept. 3 ambush"
DEED_NOUN = re.compile(
    r"(?:shooting|killing|slaying|murder|homicide|attack|ambush|massacre|rampage|stabbing|"
    r"gunfire|standoff)s?\b",
    re.I,
)


def _names_the_deed(rest: str) -> bool:
    """Does the date name the deed ("Thursday's rampage", "the Oct. 14 killing"), rather than
    only say when something happened ("his body was flown home on Sunday")? Such a day is the
    deed's even when the report names an earlier day of something else."""
    words = DATE_OF_THE_DEED.match(rest)
    return words is not None and DEED_NOUN.match(rest, words.end()) is not None


# "From Thursday night to Sunday, gunfire hit 12 people", "between late Friday and early Monday": a
# round-up's span of days, not a day of one shooting
_SPAN_DAY = (
    r"(?:early |late )?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?: (?:morning|afternoon|evening|night))?"
)
_SPAN_TO = r"\s+(?:through|to|into|and|until|till)\s+"
SPAN_START_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.I)
SPAN_START_AFTER = re.compile(
    rf"(?:\s+(?:morning|afternoon|evening|night))?{_SPAN_TO}{_SPAN_DAY}\b", re.I
)
SPAN_END_BEFORE = re.compile(rf"\b(?:from|between)\s+{_SPAN_DAY}{_SPAN_TO}$", re.I)


def _in_a_span(mention: DateMention, before: str, rest: str) -> bool:
    """Is this weekday one end of a span of days ("from Friday through Sunday")? A round-up
    counts the shootings of the span; the day of each is told apart."""
    if mention.kind != "weekday":
        return False
    before = before[-60:]
    starts = SPAN_START_BEFORE.search(before) and SPAN_START_AFTER.match(rest)
    return bool(starts or SPAN_END_BEFORE.search(before))


# "shot late Friday or early Saturday", "late Friday night into early Saturday", "Friday night
# and into the early morning": a deed told on both sides of midnight
LATE_OR_EARLY_AFTER = re.compile(
    r"(?P<night>\s+(?:night|evening))?(?:\s+and)?\s+(?:or|into)\s+(?:the\s+)?early\b", re.I
)


def _late_or_early(mention: DateMention, rest: str) -> bool:
    """Is this the first of two days the deed is told across, "late Thursday or early Friday",
    "Thursday night into the early morning"? It is then dated by the day after midnight, the
    one named next or else the report's other days or its publication day."""
    across = LATE_OR_EARLY_AFTER.match(rest)
    late = mention.text.lower().startswith("late")
    return across is not None and (late or across.group("night") is not None)


def _the_hour(mention: DateMention, before: str, rest: str) -> str | None:
    """The part of the day a mention names: "gathering" for a gathering's evening ("a house
    party last night"), "small hours" for a day's first hours ("early Sunday", "about 2 a.m.
    Sunday"), else None."""
    if GATHERING_BEFORE.search(before[-40:]):
        return "gathering"
    if DEATH_BEFORE.search(before[-60:]):
        return None
    if (
        SMALL_HOURS_BEFORE.search(before[-20:])
        or SMALL_HOURS_AFTER.match(rest)
        or SMALL_HOURS_TEXT.match(mention.text)
    ):
        return "small hours"
    return None


def _after_the_gathering(
    earliest: DateMention, days: list[DateMention], hours: dict[int, str]
) -> DateMention | None:
    """The next day's small hours, when the earliest day named is a gathering's evening and
    the report names them too: "two were wounded early Sunday ... after a school dance
    Saturday", "a shooting this morning ... at a birthday party last night". The party
    began the evening before the deed. The small hours must come first, as the deed's time
    does: "shot at a party Saturday night ... the street stayed closed until early Sunday" is
    the party's; and a death's hour is no deed's ("died early Sunday")."""
    if hours.get(earliest.start) != "gathering" or earliest.info.precision != "day":
        return None
    next_day = (date.fromisoformat(earliest.info.start or "") + timedelta(days=1)).isoformat()
    return next(
        (
            m
            for m in days
            if m.info.start == next_day
            and hours.get(m.start) == "small hours"
            and m.start < earliest.start
        ),
        None,
    )


# "an aunt told officers the incident happened March 1": when the event took place
HAPPENED_BEFORE = re.compile(r"\b(?:happened|occurred|took place)\s+(?:on\s+)?$", re.I)


def _tells_when_it_happened(sentence: Sentence) -> bool:
    """Does the sentence name the calendar day something happened on ("the incident occurred
    on May 3")? Not a weekday: "the burglary happened on Monday" may be another crime's (on
    the dev set, weekdays too gave 1 fixed, 1 broken)."""
    return any(
        m.kind in CALENDAR_DAYS
        and HAPPENED_BEFORE.search(sentence.text, 0, m.start - sentence.start)
        for m in sentence.dates
    )


def _weeks_ago_of_the_deed(sentence: Sentence, mention: DateMention) -> bool:
    """Is ``mention`` a "two weeks ago" of the violence ("died after being shot two weeks ago"),
    not a speaker's ("'I saw him a week ago,' she said") nor a step of the courts ("was arrested
    two weeks ago")?"""
    if mention.kind != "relative_ago":
        return False
    before = sentence.text[: mention.start - sentence.start]
    rest = sentence.text[mention.end - sentence.start :]
    if _in_quotes(before, rest):
        return False
    return not sentence.is_procedure or _about_the_violence(sentence, mention)


def _in_last_week(weekday: DateMention, week: DateMention) -> DateInfo | None:
    """The day a week before a bare weekday read as this week's, when the report placed the
    deed "last week" before naming the weekday ("shot a man outside the store last week ... the
    shots rang out around 8 p.m. Wednesday") and that earlier day falls in the week (its Sunday
    included, as US weeks begin on Sunday); else None."""
    if weekday.kind != "weekday" or week.info.precision != "week" or week.start > weekday.start:
        return None
    a_week_earlier = date.fromisoformat(weekday.info.start or "") - timedelta(days=7)
    if a_week_earlier < date.fromisoformat(week.info.start or "") - timedelta(days=1):
        return None
    day = a_week_earlier.isoformat()
    return DateInfo(day, day, "day", weekday.text)


# "is set to appear in court Friday", "an autopsy is scheduled for Monday", "the funeral will be
# held Thursday": a weekday of what is planned, read as past, bounds nothing
PLANNED = re.compile(r"\b(?:will|(?:is|are) (?:to|set|expected)|scheduled|planned)\b", re.I)

FOLLOWED_WITHIN = 5
"""Days before publication within which a day of the aftermath bounds the event's. Six days
back, a bare weekday is as often the coming one ("a vigil Saturday")."""


def _earliest_day_after_the_deed(
    followed_on: list[DateMention], published: date
) -> DateMention | None:
    """The earliest recent day named for what followed the event (an arrest, a statement, a
    victim's condition), when the report names no day of the event itself: the event happened
    on or before it, so it is a better guess than the publication day ("A woman was arrested
    Wednesday after her rifle went off" in a Thursday report)."""
    first = (published - timedelta(days=FOLLOWED_WITHIN)).isoformat()
    recent = [
        m
        for m in followed_on
        if m.info.precision == "day" and first <= (m.info.start or "") < published.isoformat()
    ]
    return min(recent, key=lambda m: (m.info.start or "", m.start), default=None)


def _from_the_dateline(triggers: list[Sentence], sentences: list[Sentence]) -> list[Sentence]:
    """The event's sentences from the story's dateline on, when one opens a later sentence: on
    a web page, what comes before it is often teasers of other stories ("A man was killed
    in a crash Friday morning.  CHARLOTTE, N.C. – Police are searching ...")."""
    dateline = next(
        (
            s.index
            for s in sentences
            if 0 < s.start < DATELINE_WITHIN and STORY_DATELINE.match(s.text)
        ),
        None,
    )
    if dateline is None:
        return triggers
    # the headline, sentence 0, still tells the event
    kept = [s for s in triggers if s.index == 0 or s.index >= dateline]
    return kept if any(s.index > 0 for s in kept) else triggers


# "the man held in the killing of two brothers on Friday told police": the day follows the deed
DEED_JUST_BEFORE = re.compile(
    r"\b(?:shooting|killing|slaying|murder|death|attack)\b(?: of [\w\s'’-]{1,40}?)?\s+(?:on\s+)?$",
    re.I,
)


def _dates_the_deed_before(before: str) -> bool:
    """Does the date follow a deed's name ("the killing of two brothers on Friday told police")?
    Then the statement's verb after it has another subject, and the day is the deed's."""
    return bool(DEED_JUST_BEFORE.search(before[-60:]))


DEED_FOLLOWS = re.compile(r"\b(?:after|following|from|since|when)\b", re.I)


def _a_condition_on_the_day(before: str) -> bool:
    """Is the date the day a victim's condition was told ("was in critical condition at Elm
    Medical Center Monday"), not that of the deed after it ("in critical condition after a
    Friday morning stabbing")?"""
    condition = CONDITION_BEFORE.search(before)
    return condition is not None and not DEED_FOLLOWS.search(condition.group("rest"))


def _before_the_sidebar(triggers: list[Sentence], sentences: list[Sentence]) -> list[Sentence]:
    """The event's sentences before a list of the site's other stories ("More stories you may
    like"), when one starts after the opening: the teasers in it tell other events. Only the
    first sentences are cut, a day named nowhere else is still read in the rest."""
    end = next((s.index for s in sentences if s.index > 1 and SIDEBAR.match(s.text)), None)
    if end is None:
        return triggers
    return [s for s in triggers if s.index < end] or triggers


def _opens_a_statement(mention: DateMention, before: str, rest: str) -> bool:
    """A weekday opening a sentence before the one who spoke ("On Friday, Sheriff Tom Reed
    said") is the statement's day. Weekdays only: "On March 9, detectives said three men
    started fighting" restates the event's calendar day more often."""
    opens = before.strip().lower() in ("", "on")
    return mention.kind == "weekday" and opens and bool(SAID_BY_AFTER.match(rest))


QUOTE_MARK = re.compile(r'[“”"]')


def _in_quotes(before: str, rest: str) -> bool:
    """Is a date between ``before`` and ``rest`` inside a quotation? A speaker's "today" or
    "last night" is relative to when they spoke, which is not always the day before
    publication. A sentence may start inside the quotation: 'fired at the bar last
    night," said the chief.'"""
    if before.count('"') % 2 == 1 or before.count("“") > before.count("”"):
        return True
    mark = QUOTE_MARK.search(rest)
    if mark is None or mark.group() == "“":
        return False
    # a straight mark closes a quotation after its last words' punctuation: 'last night," he'
    return mark.group() == "”" or rest[mark.start() - 1 : mark.start()] in (",", ".", "?", "!")


def _maybe_tomorrow(mention: DateMention, published: date | None, written_after: str) -> bool:
    """A bare weekday that is also tomorrow's ("Tuesday" in a Monday report) is, six days
    back, at the edge of how far news uses weekday names; more often it is tomorrow (a
    vigil, a hearing) or the publication date is a day early. On the dev set such mentions
    gave the event's day 5 times in 54. Not when the report names a later calendar day before
    its publication ("Update -- Nov. 2"): it was written after that weekday had passed."""
    if published is None or mention.kind != "weekday" or "last" in mention.text.lower():
        return False
    day = mention.info.start or ""
    return (published - date.fromisoformat(day)).days == 6 and written_after <= day


def _latest_day_before(sentences: list[Sentence], published: date | None) -> str:
    """The latest calendar day ("Dec. 5", "12/5/15") the report names before its publication
    day, "" if none."""
    if published is None:
        return ""
    before = published.isoformat()
    return max(
        (
            m.info.start or ""
            for s in sentences
            for m in s.dates
            if m.kind in CALENDAR_DAYS and (m.info.start or "") < before
        ),
        default="",
    )


# "According to the complaint, on June 2 the brothers shot two", "court records show": the
# papers tell the deed, they are no step taken on that day
SOURCE_BEFORE = re.compile(r"\baccording to (?:the |an? )?(?:[\w-]+ ){0,2}$", re.I)
SOURCE_AFTER = re.compile(r"\s+(?:documents?|records?|papers|filings?)\b", re.I)


def _a_source(text: str, word: re.Match[str]) -> bool:
    """Is this word of the courts the source of what follows rather than a step taken?"""
    return bool(
        SOURCE_BEFORE.search(text, max(0, word.start() - 40), word.start())
        or SOURCE_AFTER.match(text, word.end())
    )


# "was ordered Monday to stand trial", "appeared Friday in district court", "was held Tuesday on
# murder charges": a step of the courts right after the date
STEP_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:to stand trial|in (?:\w+ )?court\b|"
    r"before (?:a|the) judge|on (?:\w+ )?charges?\b)",
    re.I,
)


def _about_the_violence(sentence: Sentence, mention: DateMention) -> bool:
    """In a sentence about arrests or courts, a date still dates the event when it names the
    deed ("the Oct. 14 murder") or the nearest such word before it is about the violence:
    "charged in the fatal shooting on March 21"."""
    at, end = mention.start - sentence.start, mention.end - sentence.start
    before = sentence.text[:at]
    after = sentence.text[end : end + 30]  # "the Feb. 22 slaying", "Friday night's shooting"
    names_the_violence = DATE_OF_THE_DEED.match(after)
    if names_the_violence and VIOLENCE.match(after, names_the_violence.end()):
        return True
    if STEP_AFTER.match(after):
        return False  # "the man accused of killing Ann Roe was ordered Monday to stand trial"
    # the nearer word before the date, however far, decides: "pleaded guilty Friday to
    # killing two" is the plea's day, "arrested after his father was shot Saturday" the
    # shooting's
    last_procedure = max(
        (
            m.end()
            for m in PROCEDURE.finditer(before)
            if not GATHERING.fullmatch(m.group()) and not _a_source(before, m)
        ),
        default=-1,
    )
    last_violence = max((m.end() for m in VIOLENCE.finditer(before)), default=-1)
    if last_procedure != last_violence:
        return last_violence > last_procedure
    # nothing before: the nearer word after decides, "On June 2, to settle a debt, the
    # brothers shot two" as "On Monday, police arrested two men"
    rest = sentence.text[end:]
    violence = VIOLENCE.search(rest)
    procedure = next((m for m in PROCEDURE.finditer(rest) if not _a_source(rest, m)), None)
    if not any(not _a_source(sentence.text, m) for m in PROCEDURE.finditer(sentence.text)):
        # "Court papers show that the pair were in her garage on the night of Feb. 3": the
        # sentence names the courts only as its source
        return True
    return violence is not None and (procedure is None or violence.start() < procedure.start())
