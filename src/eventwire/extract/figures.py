"""From a report's casualty mentions to its killed and injured figures, with attribution.

A report repeats and refines its figures ("two people were shot ... one of them died ... the
other, a 17-year-old, is in critical condition"); this reconciles them into one killed and one
injured figure, each with the words it came from and the source cited nearest to it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventwire.extract.actors import Span
from eventwire.extract.casualties import CasualtyMention
from eventwire.extract.clues import clued_search, clues
from eventwire.extract.numbers import Quantity, word_to_int
from eventwire.extract.sentences import Sentence
from eventwire.model import Figure

SEPARATE_INCIDENT = re.compile(
    r"\b(?:separate|unrelated|another) (?:incident|shooting|attack|case)s?\b|"
    r"\bother (?:shootings|incidents)\b",
    re.I,
)
"""Words that set a sentence apart as another incident by what it tells, not only by when."""

OTHER_INCIDENT = re.compile(
    SEPARATE_INCIDENT.pattern + r"|\b(?:last|earlier this|the previous) "
    r"(?:week|month|weekend|summer|spring|fall|winter)\b|"
    r"\bweeks? (?:ago|earlier|before)\b|"
    r"\bsince (?:19|20)\d\d\b|"
    # "killing 5 and wounding 9 at a nightclub two years ago"
    r"\b(?:\w+ )?(?:years|decades) (?:ago|earlier|before)\b",
    re.I,
)
"""Another incident by what the sentence tells (SEPARATE_INCIDENT) or by when it was."""
OTHER_INCIDENT_CLUES = clues(OTHER_INCIDENT)
"""Words one of which it needs ("separate", "last", "ago"...): see eventwire.extract.clues."""


VICTIMS_ONLY = re.compile(
    r"(?:killing|killed|kills?|murder(?:ed|ing)|fatally shoot(?:ing|s)|fatally shot|"
    r"shot and killed|shooting and killing|shoots and kills)\b|"
    r".*\bothers\b|(?:double|triple|quadruple) (?:murder|homicide|slaying|killing)\b",
    re.I,
)
"""A toll phrased as the killer's victims ("killed three people", "seven others"), which leaves
the killer out; "three people were killed" or "3 dead" may already include him."""

COUNTS_THE_KILLER = re.compile(r"\bincluding (?:the )?(?:suspect|gunman|shooter)", re.I)
KILLER_AFTER = 30
"""How far after a toll's words 'including the suspect' may follow."""
MURDER_SUICIDE = re.compile(r"murder[- /]suicide", re.I)
SOMEONE_ELSE = re.compile(r"(?:an?|one)\s(?!(?:second|third|fourth|2nd|3rd|4th)\b)", re.I)
"""'A woman was also killed': someone not told before, not a restated toll. (An ordinal, 'a
third person has died', tells a running total instead.)"""

MIN_TOLL_TOLD_ONE_BY_ONE = 3
"""A toll this big is often told again one death at a time: "Three people have died ... a man
and a woman died at a hospital. Another man was pronounced dead at the scene"."""
ALSO_WORD = re.compile(r"\b(?:also|too|as well)\b", re.I)

MAX_NAMED = 4
"""More named dead than this is a round-up of several incidents, not one event's toll."""


def other_incident(sentence: Sentence) -> bool:
    """Does this sentence say it is about a different incident ("in a separate shooting",
    "last week")? Its figures are not the event's."""
    return clued_search(OTHER_INCIDENT, OTHER_INCIDENT_CLUES, sentence.text) is not None


# "4 shot at vigil", "someone opened fire as a vigil was wrapping up": at a shooting during a
# gathering for the dead, the dead it mourns died in another incident ...
SHOT_AT_A_GATHERING = re.compile(
    r"\b(?:shot|shooting|fire|firing|wounded|injured|hurt)\b.{0,50}?\b(?:at|during|outside)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:vigil|wake|funeral|memorial|repast)\b|"
    r"\b(?:vigil|wake|funeral|memorial)(?: service)? shooting\b|"
    r"\b(?:shot|shooting)\b.{0,60}?\bas (?:people|mourners|\w+) (?:were )?gather\w* for a\b|"
    r"\b(?:vigil|wake|funeral|repast)\b.{0,120}?\b(?:opened fire|began firing|started shooting|"
    r"fired (?:shots )?into the crowd|firing shots into)\b",
    re.I,
)
SHOT_AT_A_GATHERING_CLUES = clues(SHOT_AT_A_GATHERING)
"""Words one of which it needs ("vigil", "funeral", "gather"...)."""

# ... while a funeral of this event's dead ("mourners gathered to bury victims of Tuesday's
# bombing, which killed 21") names this event's dead
MOURNED = re.compile(
    # lowercase: "Elmwood Memorial" is a hospital; "in the wake of" is no wake
    r"\b(?P<gathering>vigil|(?<!in the )wake|funeral|memorial|repast|mourn\w*|honou?r\w*)\b"
    r"[^.;]{0,20}?\b(?:for|of|to|in|honou?r(?:ed|ing|s)|remember\w*)\b|"
    # "25 people had gathered at Fulton and North avenues, where Roe was shot and killed Sunday"
    r"\b(?P<gathered>gathered)\b(?=[^;]{0,80}?\bwhere\b)",
)


def without_the_mourned(sentence: Sentence) -> Sentence:
    """At a shooting during a vigil or a funeral, the deaths and days named after "vigil for",
    "the vigil honored" or "had gathered ..., where" are the person mourned's, not this
    event's."""
    mourned = MOURNED.search(sentence.text)
    if mourned is None:
        return sentence
    words = "gathering" if mourned.group("gathering") else "gathered"
    cut = sentence.start + mourned.end(words)
    return replace(
        sentence,
        casualties=[m for m in sentence.casualties if m.kind != "killed" or m.start < cut],
        dates=[d for d in sentence.dates if d.start < cut],
    )


DIED = re.compile(
    r"\b(?:died|dies|dead|deceased|succumbed|passed away|(?:did not|didn't) survive)\b", re.I
)
"""Any word for a death; close after a wounding, the death that followed it (LATER_DEATH: one said
to come later, wherever it is told)."""
NAMED_BEFORE = 20
"""How far before a death's words the dead may be named: "the girl had died"."""
PRONOUN_DEATH = re.compile(r"(?:He|She)\b")
DIES_WITHIN = 60
"""How close after the words for one wounded person a death must follow to be that person's."""
IN_CARE = re.compile(r"\b(?:condition|hospital|medical|taken|rushed|transported|airlifted)\b", re.I)

# "listed in stable condition": a survivor, not the victim who died
SURVIVOR = re.compile(r"\b(?:stable|good|fair|serious)\s+condition\b", re.I)
# "in critical condition" beside several dead is another victim; beside one, often that one
CRITICAL = re.compile(r"\bcritical\s+condition\b", re.I)

# "2 critically wounded": a part of the wounded, not all of them
ONLY_SOME_WOUNDED = re.compile(r"\b(?:critically|seriously|badly|gravely)\b", re.I)

MIN_SHOT_GROUP = 3
"""A count of the shot this big names the whole group; "two men were shot" is often one part
of it, described on its own."""
OTHERS_SHOT = re.compile(r"\bother\b", re.I)
"""'three other victims were shot': people besides those told before, the dead among them."""
PART_OF_THE_GROUP = re.compile(r"\b(?:others?|several|some|few|many)\b", re.I)

Cited = tuple[Figure, tuple[int, int]]


def reconcile_figures(
    sentences: list[Sentence], sources: list[Span], persons: set[str], headline_end: int = 0
) -> tuple[Cited | None, Cited | None]:
    """Reconcile a report's casualty mentions into its killed and injured figures.

    Counted mentions ("four people were shot") are taken at their largest; one-person mentions
    ("he was in critical condition") add an injured person only when nobody died, since
    they usually follow the victim who later died ("...he was pronounced dead").
    """
    mentions = _without_the_wounded_who_died(sentences)
    suicide = next((m for m in mentions if m.suicide), None)
    killer = next((m for m in mentions if m.killer and not m.suicide), None)
    mentions = [m for m in mentions if not m.killer]
    more = [m for m in mentions if m.another]
    mentions = [m for m in mentions if not m.another]
    killed = _largest([m for m in mentions if m.kind == "killed"])
    also_killed = _distinct([m for m in more if m.kind == "killed"])
    if killed is not None:
        # a restated count ("the two were also killed") adds nobody; "a woman was also
        # killed" beside one dead is someone else
        also_killed = [
            m
            for m in also_killed
            if (m.quantity.best != killed.quantity.best or SOMEONE_ELSE.match(m.text))
            and not _one_of_the_toll(m, killed)
        ]
    if also_killed:
        # "Five soldiers were killed ... 11 attackers were also killed": 16 in all
        base = killed.quantity.best if killed else 0
        total = base + sum(m.quantity.best for m in also_killed)
        killed = _counted(killed or also_killed[0], total)
    counted_injured = [m for m in mentions if m.kind == "injured" and not m.single]
    # the headline's count of the wounded over the body's largest, when it is a plain count of
    # all of them ("Five wounded at nightclub", not "3 critically wounded in shooting of six")
    in_headline = [
        m
        for m in counted_injured
        if m.start < headline_end
        and m.quantity.qualifier == "exact"
        and not ONLY_SOME_WOUNDED.search(m.text)
    ]
    injured = _largest(in_headline) or _headline_shot_less_the_dead(mentions, headline_end)
    injured = injured or _largest(counted_injured)
    shot = _largest([m for m in mentions if m.kind == "shot" and not m.single])
    # the words for the dead, and the few before a bare "had died" ("said the girl had died")
    dead_words = {
        word.lower()
        for sentence in sentences
        for m in sentence.casualties
        if m.kind == "killed"
        for word in PERSON.findall(
            sentence.text, max(0, m.start - sentence.start - NAMED_BEFORE), m.end - sentence.start
        )
    }
    # one wounded person: "was critically injured" (a survivor) rather than "was shot"
    single = _largest(
        [
            m
            for m in mentions
            if m.kind == "injured" and m.single and not _the_dead_again(m, dead_words)
        ]
    ) or _largest([m for m in mentions if m.kind == "shot" and m.single])
    named = _named_dead([m for m in mentions if m.kind == "killed" and m.single], persons)
    if named and len(named) <= MAX_NAMED and (killed is None or len(named) > killed.quantity.best):
        # "Christianson died at the scene. Jayden died at the hospital.": two people
        killed = _counted(named[0], len(named))
    if suicide is None:  # "a murder-suicide": the killer is dead too
        suicide = next((m for m in mentions if MURDER_SUICIDE.search(m.text)), None)
    if suicide is not None:
        if killed is None:
            killed = suicide
        elif killed.quantity.best == 1 or any(
            m.kind == "killed"
            and m.quantity.best == killed.quantity.best
            and VICTIMS_ONLY.match(m.text)
            for m in [killed, *mentions]
        ):
            # "killing 2, then killed himself", "killed his son before fatally shooting
            # himself": the killer's victims and the killer
            killed = _counted(killed, killed.quantity.best + 1)
    if suicide is None and killer is not None:
        if killed is None:
            killed = killer
        elif (
            killed.quantity.best >= 2
            and killed.quantity.qualifier == "exact"
            and not _counts_the_killer(killed, sentences)
        ):
            # "4 members of family fatally shot; gunman killed": the victims, then the killer
            killed = _counted(killed, killed.quantity.best + 1)
    killed_fig = _figure(killed, sources) if killed else None
    dead = killed.quantity.best if killed else 0
    if (
        injured is not None
        and shot is not None
        and dead == 0
        and injured.start >= headline_end  # the headline's own count of the wounded stands
        and MIN_SHOT_GROUP <= shot.quantity.best < injured.quantity.best
        and not PART_OF_THE_GROUP.search(shot.text)
        and not IN_CARE.search(shot.text)
    ):
        # "Five people were shot ... the party left six injured": nobody died, and the people
        # shot are the wounded a shooting counts; a bigger count of hurt takes in the trampled,
        # a first tally or another incident's ("where ten were wounded on Saturday")
        return killed_fig, _figure(shot, sources)
    wounded_more = _distinct(_one_per_span([m for m in more if m.kind in ("injured", "shot")]))
    if any(m.start >= headline_end for m in wounded_more):
        # "..., Shooting Another" in the headline is the body's "injuring a fourth"
        wounded_more = [m for m in wounded_more if m.start >= headline_end]
    # "A 7-year-old was released from the hospital ... a 40-year-old woman was also wounded":
    # a count of one wounded is one person, and those told as one more add to her
    one_and_more = injured is not None and injured.quantity.best == 1 and bool(wounded_more)
    if (
        injured is not None
        and not one_and_more
        and (shot is None or shot.quantity.best - dead <= injured.quantity.best)
    ):
        if 0 < dead < injured.quantity.best and injured.quantity.best in _tolls_with_the_dead(
            sentences
        ):
            # "Five people were hospitalized ... One of the five has died": four still wounded
            count = injured.quantity.best - dead
            figure = Figure(
                count, count, count, "exact", injured.text, _attribution(injured, sources)
            )
            return killed_fig, (figure, (injured.start, injured.end))
        with_the_dead = _wounded_with_the_dead(injured, sentences, dead) if dead else 0
        if 0 < with_the_dead < injured.quantity.best:
            # "all five people were hurt" beside four dead: one survivor
            count = injured.quantity.best - with_the_dead
            figure = Figure(
                count, count, count, "exact", injured.text, _attribution(injured, sources)
            )
            return killed_fig, (figure, (injured.start, injured.end))
        return killed_fig, _figure(injured, sources)
    count = sum(m.quantity.best for m in wounded_more)
    if killed is not None and _one_survivor_told_again(wounded_more, sentences):
        # "Another man was injured and is in the ICU ... One person was also injured when he
        # ran": beside the dead, one more wounded told in several sentences is one survivor
        count = 1
    # "A man was shot. Another man was shot in the back": one more than a wounded told before
    # ("... after another child was shot", with nobody hurt before it, is the only one)
    told_before = wounded_more and any(
        m.single and m.kind != "killed" and m.start < wounded_more[0].start for m in mentions
    )
    count += 1 if told_before and single is not None and killed is None else 0
    # beside a count of the shot that is all the dead ("shot four people to death. Also, a boy
    # was taken to hospital") or one person, not beside one that already counts the wounded
    if wounded_more and (shot is None or shot.quantity.best <= max(1, dead)):
        # "A man was shot and died. Another man was shot in the back."
        first = wounded_more[0]
        figure = Figure(count, count, count, "exact", first.text, _attribution(first, sources))
        return killed_fig, (figure, (first.start, first.end))
    dead = killed.quantity.best if killed else 0
    if shot is not None and shot.quantity.best > dead:
        # "Three men were shot, one fatally": the others were wounded; "three other victims
        # were shot" beside the dead are all wounded
        count = shot.quantity.best - (0 if OTHERS_SHOT.search(shot.text) else dead)
        figure = Figure(count, count, count, "exact", shot.text, _attribution(shot, sources))
        return killed_fig, (figure, (shot.start, shot.end))
    # "Ann Roe was shot in the arm and Bob Lee was hit in the leg": two people named as shot,
    # neither named as dead, are two wounded, whoever died
    named_wounded = _named_wounded(mentions + more, persons)
    if (
        len(named_wounded) >= 2
        and (injured is None or injured.quantity.best < len(named_wounded))
        and (shot is None or shot.quantity.best - dead < len(named_wounded))
    ):
        first = named_wounded[0]
        count = len(named_wounded)
        figure = Figure(count, count, count, "exact", first.text, _attribution(first, sources))
        return killed_fig, (figure, (first.start, first.end))
    if single is not None and (
        killed is None
        or (
            single.kind == "injured"
            and not (killed.quantity.best == 1 and CRITICAL.search(single.text))
        )
        or SURVIVOR.search(single.text)
        or (killed.quantity.best >= 2 and CRITICAL.search(single.text))
    ):
        # "he was shot" usually is the victim who died; "was critically injured" is another
        return killed_fig, _figure(single, sources)
    if shot is not None and shot.quantity.best == 1 and dead >= 2 and IN_CARE.search(shot.text):
        # "Four people were found dead ... An 8-year-old child was airlifted to a hospital":
        # beside several dead, the one taken to hospital survived (beside one, it is often
        # the one who died there)
        return killed_fig, _figure(shot, sources)
    return killed_fig, None


SUPERSEDED = re.compile(
    r"\b(?:originally|initially|first|earlier)\s+(?:had\s+)?(?:said|reported|told|stated)\b"
    r"[^;]*?(?=,?\s+but\b)",
    re.I,
)
"""A figure given first and then corrected: "Police originally said seven people were shot, but
amended that number to four". (Without the "but" the first word may have been right: "Police
initially said the man had died.")"""


def _current(mention: CasualtyMention, sentence: Sentence) -> bool:
    """Is this figure still standing, not one the sentence says was given at first?"""
    superseded = SUPERSEDED.search(sentence.text)
    return superseded is None or not (
        sentence.start + superseded.start() <= mention.start < sentence.start + superseded.end()
    )


LATER_DEATH = re.compile(
    r"\blater\b[^.;]{0,20}\b(?:died|pronounced dead)|\b(?:died|pronounced dead)\s+later\b|"
    r"\bsuccumbed\b|\b(?:has|had) (?:since )?died\b",
    re.I,
)
"""A death the words themselves say came later ("was later pronounced dead", "has since died",
"succumbed"): told anywhere in the report, it follows a wounding told before it. (Any other word
for a death, DIED, tells that order only by following close behind the wounding.)"""


def _without_the_wounded_who_died(sentences: list[Sentence]) -> list[CasualtyMention]:
    """The report's standing casualty mentions, less any one wounded person who later died.

    That person is the dead told twice, first wounded and then dead, not a survivor beside the
    dead. The death is known to come after the wounding when it is told
    - right after it: words later in the same sentence ("taken to hospital in critical
      condition, where he later died", "a juvenile injured in the shooting has died") or as the
      next sentence's opening "He was pronounced dead" (see _dies_as_told);
    - or anywhere further on in the report, in words that say it came later (LATER_DEATH: "the
      child was injured ... The boy was later pronounced dead").
    """
    standing = [(i, m) for i, s in enumerate(sentences) for m in s.casualties if _current(m, s)]
    last_later_death = max(
        (
            m.start
            for _, m in standing
            if m.kind == "killed" and m.single and LATER_DEATH.search(m.text)
        ),
        default=-1,
    )
    return [
        m
        for i, m in standing
        if not (
            (m.single and m.kind != "killed" and not m.another and m.start < last_later_death)
            or _dies_as_told(m, sentences[i], sentences[i + 1] if i + 1 < len(sentences) else None)
        )
    ]


def _dies_as_told(
    mention: CasualtyMention, sentence: Sentence, next_sentence: Sentence | None
) -> bool:
    """Is this one wounded person's death told right after the wounding: a death just words
    later in the sentence ("... in critical condition and was pronounced dead"), or the next
    sentence opening with "He died"? (Deaths told later on in the report:
    _without_the_wounded_who_died.)"""
    if mention.kind == "killed" or mention.quantity.best != 1:
        return False
    mentions = sentence.casualties
    deaths = [m.start for m in mentions if m.kind == "killed" and DIED.search(m.text)]
    if (
        next_sentence is not None
        and next_sentence.index == sentence.index + 1
        and any(
            m.kind == "killed"
            and m.single
            and m.start == next_sentence.start
            and DIED.search(m.text)
            and PRONOUN_DEATH.match(m.text)
            for m in next_sentence.casualties
        )
    ):
        # "He was in critical condition when he was taken to hospital. He was pronounced dead
        # just before 3 p.m.": the next sentence's "he" is the one in care
        deaths.append(next_sentence.start)
    after = mention.end - sentence.start
    if (
        mention.single
        and IN_CARE.search(mention.text)
        and (any(start > mention.start for start in deaths) or DIED.search(sentence.text, after))
    ):
        return True
    # "a juvenile injured in a shooting Monday has died", "The injured man was declared
    # deceased": the death follows the words for the wounded one at once (not after a count
    # of the dead: "killed five people and wounded a boy; the gunman is dead")
    return (
        not mention.another
        and not any(m.kind == "killed" and m.start < mention.start for m in mentions)
        and bool(DIED.search(sentence.text, after, after + DIES_WITHIN))
    )


PERSON = re.compile(
    r"\b(?:girl|boy|child|baby|infant|toddler|teen(?:ager)?|man|woman|[\w-]+-(?:year|month)-old)\b",
    re.I,
)
# "the other man", "the second girl": someone else
THE_PERSON = re.compile(
    rf"\b(?:the|that|this)\s+(?!(?:other|second|third|surviving)\b)(?:[\w-]+\s+)?({PERSON.pattern})",
    re.I,
)
SURVIVES = re.compile(r"surviv|recover|stable|good condition|fair condition|released", re.I)


FATALLY_AFTER = re.compile(r",?\s*\S+\s+fatally\b", re.I)
"""The dead told as a part of the shot just before: "9 shot, 1 fatally"."""


def _headline_shot_less_the_dead(
    mentions: list[CasualtyMention], headline_end: int
) -> CasualtyMention | None:
    """ "5 Shot, 1 Fatally, at Party": the headline's tally, the one dead among the shot, leaves
    the others wounded; it stands over the body's counts as a headline's count of the wounded
    does (not "5 shot, 1 dead", where the dead may be one more)."""
    for shot in mentions:
        if shot.kind != "shot" or shot.single or shot.start >= headline_end:
            continue
        if shot.quantity.qualifier != "exact":
            continue
        for dead in mentions:
            if (
                dead.kind == "killed"
                and dead.start == shot.end
                and FATALLY_AFTER.fullmatch(dead.text)
                and dead.quantity.best < shot.quantity.best
            ):
                count = shot.quantity.best - dead.quantity.best
                return replace(
                    shot,
                    kind="injured",
                    quantity=Quantity(count, count, count, "exact"),
                    end=dead.end,
                    text=shot.text + dead.text,
                )
    return None


def _the_dead_again(mention: CasualtyMention, dead_words: set[str]) -> bool:
    """ "A 3-year-old girl has died ... the young girl was injured by a firearm": the girl
    named again as wounded is the one who died (the definite "the girl" points back to her),
    unless she is said to survive."""
    person = THE_PERSON.search(mention.text)
    return (
        person is not None
        and person.group(1).lower() in dead_words
        and not SURVIVES.search(mention.text)
    )


ONE_OF_THEM = re.compile(r"\b(?:one|two|three) of (?:the |those )?(?P<toll>[\w-]+)\b", re.I)


def _tolls_with_the_dead(sentences: list[Sentence]) -> set[int]:
    """The wounded counts a sentence says some of have died since ("One of four women wounded
    in the shooting has died"): those counts include the dead."""
    tolls: set[int] = set()
    for sentence in sentences:
        if not any(m.kind == "killed" and DIED.search(m.text) for m in sentence.casualties):
            continue
        for one_of in ONE_OF_THEM.finditer(sentence.text):
            toll = word_to_int(one_of.group("toll"))
            if toll is not None:
                tolls.add(toll)
    return tolls


def _one_per_span(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """ "Two other men were also struck by bullets" is read both as wounded and as shot:
    one group of people, to be added once."""
    kept: list[CasualtyMention] = []
    for mention in mentions:
        if not any(m.start < mention.end and mention.start < m.end for m in kept):
            kept.append(mention)
    return kept


def _counts_the_killer(toll: CasualtyMention, sentences: list[Sentence]) -> bool:
    """Does the toll say it counts the killer, in its words or just after them ("Six people
    were killed, including the suspect")?"""
    sentence = next((s for s in sentences if s.start <= toll.start < s.start + len(s.text)), None)
    if sentence is None:
        return bool(COUNTS_THE_KILLER.search(toll.text))
    start = toll.start - sentence.start
    return bool(
        COUNTS_THE_KILLER.search(sentence.text, start, start + len(toll.text) + KILLER_AFTER)
    )


def _one_of_the_toll(another: CasualtyMention, toll: CasualtyMention) -> bool:
    """Is this "another" death one of a toll of three or more told one by one, not one more?
    ("11 attackers were also killed", "a woman was also killed" still add.)"""
    return (
        toll.quantity.best >= MIN_TOLL_TOLD_ONE_BY_ONE
        and another.quantity.best == 1
        and not ALSO_WORD.search(another.text)
    )


ALL_BEFORE = re.compile(r"\ball\s+(?:of\s+the\s+)?$", re.I)
INCLUDING_ONE_WHO_DIED = re.compile(
    r"^[^.;]{0,20}?\bincluding\s+(?:a|an|the|one)\s+[^.;]{0,40}?\bwho\s+(?:later\s+)?"
    r"(?:died|was killed|did not survive)\b",
    re.I,
)


def _wounded_with_the_dead(injured: CasualtyMention, sentences: list[Sentence], dead: int) -> int:
    """How many of the dead a count of the wounded says it takes in: all of them for "all five
    people were hurt", one for "Four others were hurt, including a guard who later died"."""
    sentence = next(
        (s for s in sentences if s.start <= injured.start < s.start + len(s.text)), None
    )
    if sentence is None:
        return 0
    start, end = injured.start - sentence.start, injured.end - sentence.start
    if ALL_BEFORE.search(sentence.text, max(0, start - 12), start):
        return dead
    return 1 if INCLUDING_ONE_WHO_DIED.search(sentence.text[end:]) else 0


def _one_survivor_told_again(more: list[CasualtyMention], sentences: list[Sentence]) -> bool:
    """Are these 'one more wounded' mentions one person each, each in a sentence of its own?
    (Two in one sentence, "another man was shot and a woman was also hit", are two people.)"""
    if len(more) < 2 or any(m.quantity.best != 1 for m in more):
        return False
    told_in = {
        next((s.index for s in sentences if s.start <= m.start < s.start + len(s.text)), -1)
        for m in more
    }
    return len(told_in) == len(more)


def _distinct(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """One mention per wording: a page repeating "and another injured" names one person."""
    first: dict[str, CasualtyMention] = {}
    for mention in mentions:
        first.setdefault(mention.text.lower(), mention)
    return list(first.values())


def _named_dead(mentions: list[CasualtyMention], persons: set[str]) -> list[CasualtyMention]:
    """One mention per distinct person (spaCy PERSON entity) named as dead."""
    seen: set[str] = set()
    distinct: list[CasualtyMention] = []
    for mention in mentions:
        person = _person(mention, persons)
        if person is None or person in seen:
            continue
        seen.add(person)
        distinct.append(mention)
    return distinct


def _person(mention: CasualtyMention, persons: set[str]) -> str | None:
    """The longest PERSON entity naming the mention's subject ("Tom" and "Tom Ray" are one)."""
    if mention.subject is None:
        return None
    names = sorted((p for p in persons if mention.subject in p.split()), key=lambda p: (-len(p), p))
    return names[0] if names else None


def _named_wounded(mentions: list[CasualtyMention], persons: set[str]) -> list[CasualtyMention]:
    """One mention per distinct person named as shot or wounded and never named as dead (a named
    one beside the dead is often the dead told again; two or more others are the wounded)."""
    dead = {_person(m, persons) for m in mentions if m.kind == "killed"}
    seen: set[str] = set()
    distinct: list[CasualtyMention] = []
    for mention in mentions:
        if mention.kind == "killed" or not mention.single:
            continue
        person = _person(mention, persons)
        if person is None or person in seen or person in dead:
            continue
        seen.add(person)
        distinct.append(mention)
    return sorted(distinct, key=lambda m: m.start)


def _counted(mention: CasualtyMention, count: int) -> CasualtyMention:
    """A total built from several mentions, cited by the first of them."""
    return CasualtyMention(
        "killed",
        Quantity(count, count, count, "exact"),
        mention.start,
        mention.end,
        mention.text,
        single=False,
    )


def _largest(mentions: list[CasualtyMention]) -> CasualtyMention | None:
    if not mentions:
        return None
    # the largest count; among equals the fullest phrasing ("14 people were killed" over a
    # headline's "kills 14"), then the first
    return max(mentions, key=lambda m: (m.quantity.best, not m.single, len(m.text), -m.start))


def _figure(mention: CasualtyMention, sources: list[Span]) -> Cited:
    q = mention.quantity
    figure = Figure(
        q.best, q.low, q.high, q.qualifier, mention.text, _attribution(mention, sources)
    )
    return figure, (mention.start, mention.end)


def _attribution(mention: CasualtyMention, sources: list[Span]) -> str | None:
    """The cited source closest to the figure, within the same stretch of text."""
    near = [s for s in sources if abs(s.start - mention.start) < 250]
    if not near:
        return None
    return min(near, key=lambda s: abs(s.start - mention.start)).value
