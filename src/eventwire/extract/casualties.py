"""Casualty mentions: who was killed, injured or shot, how many, with what hedge.

Reporters phrase tolls in a small number of ways ("at least 73 people were killed", "left two
dead", "four people were shot, one fatally", "the death toll rose to 95", "a man was shot and
killed"). These surface patterns are more robust than the small parser's dependency arcs on
news prose, and cheap: they run on sentences spaCy has already split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from eventwire.extract.clues import Clue, clue_words_in, clues, could_match
from eventwire.extract.numbers import VAGUE, Quantity, parse_quantity

Kind = Literal["killed", "injured", "shot"]

_UNIT_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand|dozen"
)
_NUMBER_WORD = rf"(?:{_UNIT_WORDS})(?:[- ](?:{_UNIT_WORDS}))*"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_VAGUE = "|".join(sorted((re.escape(v) for v in VAGUE if " " not in v), key=len, reverse=True))
_HEDGE = (
    r"(?:at least|no fewer than|no less than|more than|over|upwards of|as many as|up to|"
    r"about|around|approximately|roughly|nearly|almost|some|an estimated|close to)"
)
# A count: "73", "seventy-three", "a dozen", "dozens of", "between 10 and 15", "a", "one"
# "told FOX 5 that her son was killed", "Channel 2's": a TV station's number counts nobody
# A number right before another ("Image 2 of 9 7-year-old girl ... shot") is a photo counter
_NOT_STATION = r"(?<!\bfox )(?<!\bnbc )(?<!\bcbs )(?<!\babc )(?<!\bchannel )"
NUM = (
    rf"(?<![:$#/]){_NOT_STATION}(?!911\b)(?P<hedge>{_HEDGE}\s+)?(?P<num>(?:between\s+)?(?:(?:{_DIGITS})(?!\s+\d)|{_NUMBER_WORD})"
    rf"(?:\s*(?:-|to|and|or)\s*(?:{_DIGITS}|{_NUMBER_WORD}))?|a dozen|(?:{_VAGUE})(?:\s+of)?"
    # "a second victim": one more, so tried before "a"
    rf"|(?P<another>another|an? (?:second|third|fourth|fifth|sixth)(?= ))|an?|both)"
)
_NOUN = (
    r"(?:people|persons?|m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|kids?|teens?|teenagers?|"
    r"youths?|students?|(?:police )?officers?|deput(?:y|ies)|troopers?|victims?|others?|"
    r"civilians?|soldiers?|troops|adults?|juveniles?|males?|females?|infants?|bab(?:y|ies)|"
    r"toddlers?|residents?|bystanders?|customers?|employees?|workers?|worshippers|mourners|"
    r"pilgrims|pedestrians?|passengers?|individuals?|suspects?|gunm[ae]n|brothers?|sisters?|"
    r"mothers?|fathers?|moms?|dads?|sons?|daughters?|relatives?|"
    r"members(?: of (?:a |the |one |the same |same |his |her |their )?family)?|patrons?|friends?|cousins?|siblings?|"
    r"grandmothers?|grandfathers?|grandsons?|granddaughters?|nephews?|nieces?|aunts?|uncles?|"
    r"couple|spouses?|partners?|neighbou?rs?|roommates?|teammates?|classmates?|clerks?|"
    r"husbands?|wives|wife|girlfriends?|boyfriends?|guards?|fighters|militants|insurgents|"
    r"attackers|assailants|rebels|jihadists|terrorists|bandits|extremists|gunmen|shooters|"
    r"protesters|demonstrators|policemen|security personnel|marines|sailors|airmen|"
    r"(?:[\w-]+-)?(?:year|month|week)(?:[- ]olds?|s?-olds?)?s?|persons|casualties)"
)
# Up to three words between a count and its noun ("three other young men"), but not across
# "of", an article or a unit of time: "Image 7 of 8 A man..." is not 7 men, nor is "over six
# months, a 15-year-old" six, nor "two cases, the man killed" two, nor across a death ("Five
# men died and others were hurt" counts no hurt).
_ADJS = (
    r"(?:(?!(?:of|the|a|an|a\.m|p\.m|hours?|minutes?|days?|weeks?|months?|years?|cases|times|"
    r"dead|died|killed|injured|wounded|hurt|shot|"
    rf"when|where|while|after|as|{_UNIT_WORDS})\b(?![- ](?:year|month|week))|\d+\s)"
    r"\w[\w'.-]*,?\s+){0,4}?"
)
# After a verb the count matters, not the noun ("killing one visitor", "shot 4, killing 1"),
# as long as the number is not a time, an amount or a year.
_ANY_NOUN = (
    r"(?!\s*(?:-|years?|months?|weeks?|days?|hours?|minutes?|percent|%|dollars|times|rounds|"
    r"shots|bullets|miles|feet|p\.?m|a\.?m|o'clock)\b)(?:\s+{adjs}{noun}|\s+(?!{function}\b)[a-z]+s?\b|"
    # a spaced dash ends a headline before the outlet's name ("killed 1, hurt 8 - WXYZ News")
    r"(?=\s*(?:[,.;]|(?:{function})\b|$)|\s+[-\u2013\u2014|]\s))"
)
_FUNCTION_WORDS = r"and|in|at|on|near|of|the|to|after|during|outside|inside|when|while|with|by|from"
_ANY_NOUN = _ANY_NOUN.format(adjs=_ADJS, noun=_NOUN, function=_FUNCTION_WORDS)
# "Three other men inside the home were injured": where they were, between noun and verb
# "all four people involved in a shooting early Saturday have now died": who they were
_WHERE = (
    r"(?:\s+(?:inside|in|at|outside|near|on)\s+(?:the|a|an|their|his|her)\s+[\w-]+"
    # "A 15-year-old and a 69-year-old in the vehicle with Johnson were also hit"
    r"(?:\s+with\s+(?!(?:gunshot|injuries|wounds)\b)[\w-]+)?|"
    r"\s+involved in (?:the|a|an|this) (?:[\w-]+ ){0,3}?(?:shooting|incident|attack)"
    r"(?:\s+(?!(?:was|were|are|is|has|have)\b)[\w-]+){0,3}?)?"
)
# "Two others, including Ray,", "A third victim, only identified as a teenage boy,"
# "two men, ages 19 and 22, were shot", "three males, between 20 and 30 years of age, were",
# "Six people, ranging in age from 15 to 30, were hit"
_ASIDE = (
    r"(?:,\s+(?:including|among them|one of them|(?:only )?identified as|ages?|aged|between|"
    r"ranging|all|"
    r"both)\s+[^,]{1,40},|"
    # "Two men, 19 and 22, were shot", "A third man, 41, was taken to a hospital": their ages
    r",\s+\d{1,2}(?:(?:,\s+|,?\s+and\s+)\d{1,2}){0,4},)?"
)
_BE = r"(?:\s+(?:were|was|are|is|have been|has been|had been|has|have|got|getting|been|being|found|reportedly|" \
      r"reported|confirmed|believed|later|also|all|each|both|initially|allegedly|apparently|now|" \
      r"(?!fatally)[a-z]+ly))*"  # fmt: skip

_KILL_VERB = (
    r"(?:killed|dead|slain|murdered|fatally (?:shot|wounded|injured|stabbed|struck)|"
    r"(?:shot|stabbed|beaten) (?:dead|and killed|to death)|gunned down|executed|massacred|died|perished|"
    r"found dead|pronounced dead|killed instantly|lost their lives|lost his life|lost her life)"
)
_INJURE_VERB = (
    # "the man who remains critically injured"
    r"(?:(?:remains?|remained) (?:critically |seriously |gravely )?(?:injured|wounded|hospitali[sz]ed)|"
    # "her mother remains in the hospital", "remains in intensive care" (not on life support)
    r"(?:remains?|remained) in (?:the |a )?(?:hospital|intensive care)(?! on life support)|"
    r"injured|wounded|hurt|hospitali[sz]ed|shot and (?:wounded|injured)|"
    r"survived(?! by)|expected to survive|"
    r"treated for (?:\w+ )?(?:gunshot|wounds|injuries|a gunshot)|treated and released|"
    r"(?:medically )?released from (?:a|the) (?:\w+ )?hospital|"
    r"grazed|in (?:\w+ (?:but|and) )?(?:critical|serious|"
    r"stable|fair|good|grave) condition|hospitali[sz]ed)"
)
_SHOT_VERB = (
    r"(?:shot|hit|struck|suffering (?:from )?(?:an? )?(?:apparent )?gunshot wounds?|"
    r"(?:found )?with (?:an? )?(?:apparent |accidental |self-inflicted |multiple |single )*gunshot "
    r"wounds?|(?:taken|transported|rushed|airlifted|flown) to (?:a |the )?(?:[\w'-]+ ){0,3}?"
    r"(?:hospitals?|medical centers?|trauma centers?))(?! dead| to death| and killed)"
)

_F = re.IGNORECASE
# "killed his neighbor's two young sons": whose they were, before the count
_WHOSE = r"(?:(?:his|her|their|the)\s+(?:[\w-]+\s+)?[\w-]+['’]s\s+)?"
# "killed his two daughters", "fatally shot their three children": the killer's own, counted
_HIS = r"(?:(?:his|her|their)\s+(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s))?"
# "A man shot and killed a baby": the man is the killer, the count is the object's
_NOT_ACTIVE = r"(?!\s+(?:a|an|his|her|their|\d+|two|three|four|five|six)\s)"

NUM2 = (
    NUM.replace("?P<hedge>", "?P<hedge2>")
    .replace("?P<num>", "?P<num2>")
    .replace("?P<another>", "?P<another2>")
)
_AND = rf"(?P<and2>\s+and\s+(?!(?:\w+ly\s+)?(?:wound|injur|hurt|kill|shoot|shot|leav|left|was|were)\w*\b)(?:his |her |their |the )?(?:{NUM2}\s+)?{_ADJS}{_NOUN})"

# Family and other relations, for victims named by who they were to someone.
_RELATION = (
    r"(?:wi(?:fe|ves)|husbands?|sons?|daughters?|mother-in-law|father-in-law|mothers?|fathers?|"
    r"moms?|dads?|toddlers?|bab(?:y|ies)|infants?|ex-wife|ex-girlfriend|girlfriends?|"
    r"boyfriends?|brothers?|sisters?|child(?:ren)?|kids?|stepsons?|stepdaughters?|"
    r"grandmothers?|grandfathers?|grandsons?|granddaughters?|nieces?|nephews?|cousins?|aunts?|"
    r"uncles?|roommates?|neighbou?rs?|family friend|friends?|in-laws|parents|grandparents|twins|"
    r"teens?|teenagers?|boys?|girls?|m[ae]n|wom[ae]n)\b"
)


# "planned to kill hundreds", "threatened to kill two": an intention, not a toll (while
# "pleaded guilty to killing 4" is one)
_NOT_INTENDED = r"(?<![Tt]o )(?<!would )(?<!could )"


def _left(outcome: str) -> re.Pattern[str]:
    """ "left one man dead", "leaves 4 injured": a count the event left in that state."""
    return re.compile(
        # "left three guards including the shooter dead"
        rf"\b(?:left|leaving|leaves)\s+{NUM}\s+(?:{_ADJS}{_NOUN}\s+)?"
        rf"(?:including\s+(?:the\s+)?[\w-]+\s+)?(?:{outcome})\b",
        _F,
    )


# "Two of the victims, Ann Roe and Bob Lee, died": who they were, between the count and the verb
_NAMED_ASIDE = r"(?:,\s+[^,;.]{2,80}?,)?"


PATTERNS: list[tuple[Kind, re.Pattern[str]]] = [
    # "Woman one of three people injured": the total, before "one of them was injured"
    (
        "injured",
        re.compile(
            rf"\b(?:one|among)\s+of\s+(?:the\s+)?{NUM}\s+(?:{_NOUN}\s+)?(?:who\s+were\s+)?"
            r"(?:injured|wounded|hurt)\b",
            _F,
        ),
    ),
    # "one of them died", "two of the victims were killed", "four of the five victims were shot
    # to death" (before the counts it contains: four, not five)
    *(
        (
            kind,
            re.compile(
                rf"\b{NUM}\s+of\s+(?:them|the\s+(?:\w+\s+)?\w+|those(?:\s+\w+)?|whom|(?:the\s+)?"
                rf"(?:\d+|{_NUMBER_WORD})\s+{_ADJS}{_NOUN}){_NAMED_ASIDE}{_BE}\s+{verb}",
                _F,
            ),
        )
        for kind, verb in (("killed", _KILL_VERB), ("injured", _INJURE_VERB))
    ),
    # "a woman and her two children were killed", "killing an officer and three other people"
    (
        "killed",
        re.compile(rf"\b{NUM}\s+{_ADJS}{_NOUN}{_AND}{_WHERE}{_BE}\s+{_KILL_VERB}{_NOT_ACTIVE}", _F),
    ),
    ("injured", re.compile(rf"\b{NUM}\s+{_ADJS}{_NOUN}{_AND}{_WHERE}{_BE}\s+{_INJURE_VERB}", _F)),
    ("shot", re.compile(rf"\b{NUM}\s+{_ADJS}{_NOUN}{_AND}{_WHERE}{_BE}\s+{_SHOT_VERB}\b", _F)),
    ("killed", re.compile(rf"\b(?:killing|killed|kill|kills)\s+{NUM}\s+{_ADJS}{_NOUN}{_AND}", _F)),
    # "the death toll rose to 95"
    (
        "killed",
        re.compile(
            rf"\b(?:(?:death )?toll|number of (?:fatalities|deaths|dead))\b[^.;]{{0,40}}?\b"
            rf"(?:to|at|of|is|was|reached|hit)\s+{NUM}",
            _F,
        ),
    ),
    # "officers found a deceased older man", "two deceased victims"
    (
        "killed",
        re.compile(
            rf"\b(?!(?:another|an? (?:second|third|fourth))\b){NUM}\s+deceased\s+{_ADJS}{_NOUN}", _F
        ),
    ),
    # "73 people were killed", "a man was shot and killed", "two others died"
    (
        "killed",
        re.compile(
            rf"\b{NUM}\s+{_ADJS}{_NOUN}{_WHERE}{_ASIDE}{_BE}\s+{_KILL_VERB}{_NOT_ACTIVE}", _F
        ),
    ),
    ("injured", re.compile(rf"\b{NUM}\s+{_ADJS}{_NOUN}{_WHERE}{_ASIDE}{_BE}\s+{_INJURE_VERB}", _F)),
    ("shot", re.compile(rf"\b{NUM}\s+{_ADJS}{_NOUN}{_WHERE}{_ASIDE}{_BE}\s+{_SHOT_VERB}\b", _F)),
    # "killing two people", "left one man dead", "claimed the lives of 12"
    (
        "killed",
        re.compile(
            rf"\b(?:killing|killed|{_NOT_INTENDED}kill|kills|murdering|murdered|fatally shooting|fatally shot|fatally shoots|gunning down|gunned down|guns down|claimed the lives of|took the lives of|cost the lives of)\s+{_WHOSE}{_HIS}(?:all\s+)?{NUM}{_ANY_NOUN}",
            _F,
        ),
    ),
    ("killed", _left("dead|killed")),
    # "went on to kill a guard and injure two others": the bare verb too, as "kill" is (not
    # "to injure", an intent; not the noun, "a wound", "gunshot wound 2 inches deep")
    (
        "injured",
        re.compile(
            rf"\b(?:injuring|wounding|injured|wounded|injures|wounds|{_NOT_INTENDED}injure|"
            rf"{_NOT_INTENDED}(?<!\ba )(?<!gunshot )wound|hurting|hurt(?!\s+an?\b))\s+{NUM}"
            rf"{_ANY_NOUN}{_AND}?",
            _F,
        ),
    ),
    ("injured", _left("injured|wounded|hurt|hospitalized")),
    ("shot", re.compile(rf"\b(?:shooting|shot|shoots)\s+{_WHOSE}{_HIS}{NUM}{_ANY_NOUN}", _F)),
    # "The shooting sent four people to the hospital": the wounded the shooting counts
    (
        "shot",
        re.compile(
            # one ("sent a girl to the hospital") is the single victim's pattern
            rf"\bsen(?:t|ds?)\s+(?!an?\s|one\s|the\s){NUM}\s+(?:{_ADJS}{_NOUN}\s+)?"
            r"to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?hospitals?\b",
            _F,
        ),
    ),
    # "EMS took two wounded people to the hospital"
    ("injured", re.compile(rf"\b{NUM}\s+(?:wounded|injured)\s+{_NOUN}\b", _F)),
    # "the wounding of two women"
    ("injured", re.compile(rf"\b(?:wounding|injuring) of\s+(?:the\s+)?{NUM}\s+{_ADJS}{_NOUN}", _F)),
    # "the shooting of five people", "injuries to three other people"
    (
        "shot",
        re.compile(rf"\b(?<!fatal )shootings? of\s+(?:the\s+)?(?!an?\s){NUM}\s+{_ADJS}{_NOUN}", _F),
    ),
    ("injured", re.compile(rf"\binjuries to\s+(?:the\s+)?(?!an?\s){NUM}\s+{_ADJS}{_NOUN}", _F)),
    # "resulted in the deaths of four people"
    (
        "killed",
        re.compile(
            rf"\b(?<!attempted )(?:deaths?|murders|killings|slayings) of\s+(?:the\s+)?{NUM}\s+{_ADJS}{_NOUN}{_AND}?",
            _F,
        ),
    ),
    # "four people were shot, one fatally" / "two of them fatally"
    ("killed", re.compile(rf",\s+{NUM}(?:\s+of them)?\s+fatally\b", _F)),
    # headline style: "2 dead, 3 injured", "73 killed in twin blasts"
    # "Police identify 2 dead, 4 hurt", "Family of four found dead"
    (
        "killed",
        re.compile(
            rf"(?:^|[,:;]\s*|\band\s+|\bidentif(?:y|ies|ied)\s+|\bfamily of\s+){NUM}\s+"
            r"(?:found\s+)?(?:dead|killed|die|dies|died|slain)\b",
            _F,
        ),
    ),
    (
        "injured",
        re.compile(
            rf"(?:^|[,:;]\s*|\band\s+){NUM}\s+(?:[a-z]+ly\s+)?(?:injured|wounded|hurt|hospitali[sz]ed)\b",
            _F,
        ),
    ),
    (
        "shot",
        re.compile(rf"(?:^|[,:;]\s*|\band\s+){NUM}\s+shot\b(?! dead| and killed| to death)", _F),
    ),
    # "a triple homicide", "a quadruple shooting"
    (
        "killed",
        re.compile(
            r"\b(?P<num>triple|quadruple|quintuple) (?:homicide|murder|slaying|killing)s?\b", _F
        ),
    ),
    ("shot", re.compile(r"\b(?P<num>double|triple|quadruple|quintuple) shooting\b", _F)),
    # "Police locate second body after drive-by shooting": the second of the dead
    ("killed", re.compile(r"\b(?P<num>second|2nd|third|3rd|fourth|4th) (?:body|bodies)\b", _F)),
    ("killed", re.compile(rf"\b{NUM}\s+(?:deaths|fatalities|people dead|bodies)\b", _F)),
    # "charged with three counts of first-degree murder": one count for each of the dead
    (
        "killed",
        re.compile(
            rf"\b(?!(?:an?|another)\b){NUM}\s+counts?\s+of\s+(?:(?:first|second|third)[- ]degree\s+|"
            r"aggravated\s+|capital\s+|felony\s+|premeditated\s+|deliberate\s+)*murder\b",
            _F,
        ),
    ),
    # "an additional 12 were injured", "another 12 were wounded", "three more who were injured",
    # "three are being treated"
    (
        "injured",
        re.compile(
            rf"(?:\b(?:an additional|a further|another)\s+|(?:^|[,;]\s*|\band\s+|\bwhile\s+)){NUM}"
            rf"(?:\s+(?:more|others?))?(?:\s+who)?{_BE}\s+(?:being\s+)?{_INJURE_VERB}",
            _F,
        ),
    ),
    ("injured", re.compile(rf"\b{NUM}\s+(?:more|others?)\s+who{_BE}\s+{_INJURE_VERB}", _F)),
    # a bare count as the subject: "Five are dead", "..., and two were shot"
    *(
        (
            kind,
            re.compile(
                rf"(?:^|[,;:]\s*|\b(?:and|while|but)\s+)(?!\d){NUM}(?:\s+(?:more|others?))?{_BE}\s+{verb}",
                _F,
            ),
        )
        for kind, verb in (("killed", _KILL_VERB), ("shot", rf"{_SHOT_VERB}\b"))
    ),
    # "Boy, 4, among 6 injured"
    ("injured", re.compile(rf"\bamong\s+{NUM}\s+(?:people\s+)?(?:injured|wounded|hurt)\b", _F)),
    ("shot", re.compile(rf"\bamong\s+{NUM}\s+(?:people\s+)?shot\b", _F)),
    # "hitting five people", "two gunshot victims", "three victims of gunshot wounds"
    (
        "shot",
        re.compile(
            rf"\b(?:hitting|striking|hits|strikes)\s+(?:his\s+|her\s+|their\s+)?{NUM}\s+{_ADJS}{_NOUN}",
            _F,
        ),
    ),
    ("shot", re.compile(rf"\b{NUM}\s+(?:\w+\s+)?(?:gunshot|shooting) victims\b", _F)),
    # "5 victims of Friday shooting released", "the four victims of Saturday's shooting"
    (
        "shot",
        re.compile(
            rf"\b{NUM}\s+victims of (?:gunshot wounds|gunfire|(?:the |a |an )?(?:[\w'’-]+ ){{0,3}}?shooting\b)",
            _F,
        ),
    ),
    # "two others showed up at an area clinic with gunshot wounds"
    (
        "shot",
        re.compile(
            rf"\b{NUM}\s+{_ADJS}{_NOUN}\s+(?:showed up|arrived|walked in(?:to)?|went|drove|were "
            rf"dropped off)\b[^.;]{{0,50}}?\bwith (?:\w+ )?gunshot wounds",
            _F,
        ),
    ),
    # "Two children recovering": survivors counted ("a girl is recovering" is one of the shot)
    (
        "injured",
        re.compile(rf"\b(?!an?\s){NUM}\s+{_ADJS}{_NOUN}{_BE}\s+(?:still\s+)?recovering\b", _F),
    ),
    # "Two men were still in the hospital"
    (
        "injured",
        re.compile(
            rf"\b{NUM}\s+{_ADJS}{_NOUN}{_BE}\s+(?:still\s+)?(?:remain\w*\s+)?in (?:the|a) hospital",
            _F,
        ),
    ),
    # "a third victim drove himself to a hospital", "3rd shooting victim found": the victims so
    # far, as "a second body" counts the dead ("there may be a fourth victim" is a rumour)
    (
        "shot",
        re.compile(
            r"\b(?<!may be )(?<!might be )(?<!could be )(?:an?|the)\s+"
            r"(?P<num>third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th)\s+"
            r"(?:shooting\s+|gunshot\s+)?victim\b",
            _F,
        ),
    ),
    # "all three were dead", "the two were killed", "in addition to the six killed"
    (
        "killed",
        re.compile(rf"\b(?:all|the|both)\s+{NUM}(?:\s+(?:killed|dead)\b|{_BE}\s+{_KILL_VERB})", _F),
    ),
]

# A single person, named or pronoun: "He was pronounced dead", "Smith died at the hospital".
_PERSON_NOUNS = (
    r"man|woman|boy|girl|teen|teenager|child|driver|toddler|baby|infant|suspect|gunman|"
    r"shooter|officer|deputy|victim|student|resident|father|mother|son|daughter|husband|wife"
)
_PERSON = rf"(?:{_PERSON_NOUNS}|(?:[\w-]+-)?(?:year|month|week)[- ]old(?: \w+)?)"
# (a capital first, "(?=[A-Z])", as a capital follows it wherever it is used: the engine then
# drops a lower-case word at once instead of trying the alternation)
_NOT_SUBJECT = (
    r"(?=[A-Z])(?!(?:It|This|That|There|They|We|You|What|Which|Police|Officers|Authorities|Neither|None|"
    r"Nobody|No)\b)"
)
_SINGLE_SUBJECT = (
    rf"(?:\b[Hh]e|\b[Ss]he|\b(?:[Tt]he|[Tt]hat|[Tt]his|[Hh]is|[Hh]er)\s+(?:[\w'-]+\s+){{0,2}}?{_PERSON}(?:\s+who)?"
    # "Roe's daughter was shot": a possessive name before a person is that one person
    rf"|\b{_NOT_SUBJECT}[A-Z][a-z]+['’]s\s+(?:[\w-]+\s+)?{_PERSON}"
    rf"|\b{_NOT_SUBJECT}[A-Z][a-z]+(?:,? (?:Jr|Sr)\.?)?"
    # "2-year-old child dead", "A 15-year-old was shot": an age is one person
    rf"|\b(?:[Aa]n?\s+)?(?:\d+|(?i:{_NUMBER_WORD}))-(?:year|month|week)-old"
    r"(?:\s+(?!(?:was|is|has|had|were|found)\b)[a-z]+)?)"
)
# "the mother and toddler were killed", "a man and a woman were wounded": two people
# "Both Lee and the woman", "She and her son": two people named one by one; "The boy, a
# 14-year-old, and his father were shot": an aside after the first
_NAMED = rf"{_NOT_SUBJECT}(?!(?i:{_UNIT_WORDS}|both|and|but)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
_A_PERSON = rf"(?:(?:his|her|their|the|a|an)\s+)?{_ADJS}{_NOUN}"
_PAIR = (
    rf"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+{_ADJS}{_NOUN}(?:,\s+[^,]{{1,40}},)?\s+and\s+{_A_PERSON}|"
    rf"\b[Bb]oth\s+(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+{_ADJS}{_NOUN}|{_NAMED})\s+and\s+"
    rf"(?:{_A_PERSON}|{_NAMED})|"
    rf"\b(?:[Hh]e|[Ss]he)\s+and\s+(?:his|her)\s+{_ADJS}{_NOUN})"
    rf"{_WHERE}(?:\s+who)?{_BE}"
)
PAIR_PATTERNS: list[tuple[Kind, re.Pattern[str]]] = [
    # "a double homicide", "a murder-suicide" (the killer counts too, as in GVA and ACLED)
    (
        "killed",
        re.compile(r"\b(?:double (?:homicide|murder|slaying|killing)|murder-suicide)\b", re.I),
    ),
    ("killed", re.compile(rf"{_PAIR}\s+{_KILL_VERB}")),
    # "the twins were killed", "fatally shot his twin sons": two
    (
        "killed",
        re.compile(
            rf"\b[Tt]he twins{_BE}\s+{_KILL_VERB}|"
            r"\b(?:[Kk]ill(?:s|ed|ing)|[Ff]atally shot|[Ff]atally shooting|[Mm]urder(?:s|ed|ing)) "
            r"(?:his |her |their )?twin (?:sons|daughters|sisters|brothers|boys|girls)\b"
        ),
    ),
    # "The 19-year-olds were pronounced dead": a plural without a number, at least two
    (
        "killed",
        re.compile(
            r"\b[Tt]he\s+(?:[\w-]+\s+)?(?:\d+-year-olds|victims|men|women|teens|teenagers|boys|girls)"
            r"\s+(?:were|had been|have been)\s+(?:both\s+|later\s+)?(?:killed|pronounced dead|found dead|"
            r"shot dead|shot to death|dead)\b"
        ),
    ),
    # "Ann and her mother are both recovering at home": two survivors
    ("injured", re.compile(rf"{_PAIR}\s+(?:{_INJURE_VERB}|(?:still\s+)?recovering\b)")),
    # "his dad and the neighbor suffered minor injuries"
    (
        "injured",
        re.compile(
            rf"{_PAIR}\s+(?:suffered|sustained|received)\s+(?:[\w-]+\s+){{0,2}}?(?:injuries|wounds)"
        ),
    ),
    ("shot", re.compile(rf"{_PAIR}\s+{_SHOT_VERB}\b")),
    # "a bullet hit both Lee and the six-year-old", "striking both the man and his son"
    (
        "shot",
        re.compile(
            rf"\b(?:[Hh]it|[Hh]itting|[Hh]its|[Ss]truck|[Ss]triking|[Ss]trikes)\s+both\s+"
            rf"(?:{_NAMED}|{_A_PERSON})\s+and\s+(?:{_NAMED}|{_A_PERSON})"
        ),
    ),
]

# Headlines drop articles: "Police Officer Shot in Foot", "College Student Killed in Crash"
_HEADLINE = r"^(?:[A-Z][\w'.-]*,?\s+){1,5}?"
# and in sentence case: "Elmwood toddler accidentally shot in leg by father". The nouns are
# _PERSON's without ages: "4-year-old who fatally shot himself" is not one more person shot.
_HEADLINE_NOUN = (
    rf"^(?:[A-Z]\w+:\s+)?(?:(?!(?:after|in|of|for|by|with|as|and)\b)[\w.'’-]+\s+){{0,4}}?"
    rf"(?:{_PERSON_NOUNS})"
    r"\s+(?:\w+ly\s+)?"
)
# "Elmwood man killed his son", "officer killed ex-wife": the subject is the killer; the dead
# are followed by a preposition, a time or punctuation ("woman killed in park", "killed, 3 hurt")
_NO_OBJECT = (
    r"(?!\s+(?!(?:in|at|on|by|after|while|during|near|outside|inside|when|as|over|following|"
    r"early|late|last|this|overnight|and|from|of|with|near)\b)[a-z\d])"
)
HEADLINE_PATTERNS: list[tuple[Kind, re.Pattern[str]]] = [
    (
        "killed",
        re.compile(
            rf"{_HEADLINE_NOUN}(?:killed|slain|fatally shot|shot dead|shot and killed|"
            rf"shot to death|found dead|dies|died)\b{_NOT_ACTIVE}{_NO_OBJECT}"
        ),
    ),
    ("injured", re.compile(rf"{_HEADLINE_NOUN}(?:wounded|injured|hurt|hospitalized)\b")),
    (
        "shot",
        re.compile(rf"{_HEADLINE_NOUN}shot\b(?!(?: [\w ]{{0,30}})?,? (?:dead|killed)| to death)"),
    ),
    (
        "killed",
        re.compile(
            rf"{_HEADLINE}(?:Is |Was )?(?:Killed|Dies|Dead|Slain|Fatally Shot|Shot Dead|Shot and Killed)\b"
        ),
    ),
    ("injured", re.compile(rf"{_HEADLINE}(?:Is |Was )?(?:Injured|Wounded|Hurt|Hospitalized)\b")),
    ("shot", re.compile(rf"{_HEADLINE}(?:Is |Was )?Shot\b(?! Dead| and Killed| to Death)")),
    (
        "shot",
        re.compile(
            rf"{_HEADLINE}(?:Is |Was )?(?:Struck|Hit) [Bb]y (?:[Aa] )?(?:[Ss]tray )?(?:Gunfire|Gunshots?|"
            r"Bullets?)\b"
        ),
    ),
]

SINGLE_PATTERNS: list[tuple[Kind, re.Pattern[str]]] = [
    # "boy, 16, is killed by armed robbers": a person and an age, then the verb
    (
        "killed",
        re.compile(
            rf"\b(?:{_PERSON_NOUNS}),\s+\d{{1,2}},\s+(?:is|was)\s+(?:shot and )?(?:killed|slain|"
            r"shot dead|fatally shot|shot to death)\b",
            re.I,
        ),
    ),
    # "6-year-old girl shot in the head, killed", "who shot himself has died"
    ("killed", re.compile(r"\bshot(?: [\w ]{0,30})?,\s+killed\b|\b(?:has|have|had) died\b", re.I)),
    ("killed", re.compile(rf"{_SINGLE_SUBJECT}{_BE}\s+(?:{_KILL_VERB})\b")),
    (
        "shot",
        re.compile(
            rf"{_SINGLE_SUBJECT}{_BE}\s+(?:shot|struck|hit)\b(?! dead| to death| and killed)"
        ),
    ),
    ("injured", re.compile(rf"{_SINGLE_SUBJECT}{_BE}\s+{_INJURE_VERB}")),
    # "was also shot, but survived", "survived being shot in the arm"
    (
        "injured",
        re.compile(
            r"\b(?:shot|wounded|hit|struck)\b[^.;]{0,25}?\bbut survived\b|"
            r"\bsurvived being (?:shot|hit|struck)\b",
            re.I,
        ),
    ),
    # A survivor told by the outcome alone, whoever the subject: "A second victim, a friend of
    # the family, is expected to survive", "a man who survived the shooting called 911", "was
    # taken to a hospital with non-life-threatening injuries", "is listed as stable", "grazed"
    (
        "injured",
        re.compile(
            r"\b(?:(?:is|was)\s+(?:\w+ly\s+)?expected to (?:survive|recover|live|be (?:ok|okay|all right))|"
            r"(?:who|and|but)\s+(?:\w+ly\s+)?survived\b(?! by)|"
            r"non[- ]?life[- ]threatening (?:\w+ )?(?:injur(?:y|ies)|wounds?)|"
            r"(?:not|n't) (?:considered |believed |thought )?(?:to be )?life[- ]threatening|"
            r"(?:is|was) listed (?:as|in) (?:\w+ (?:but|and) )?(?:stable|good|fair)\b|"
            r"(?:was|were) grazed\b|graze wound|\bis (?:still )?being treated\b|"
            r"(?:and|who) is (?:now |still )?recovering\b|"
            # "the shooting and wounding of Ann Roe": a wounding, not a killing
            r"(?:shooting and )?(?:wounding|injuring) of (?!(?:the )?(?:\d+|two|three|four|five)\b))",
            re.I,
        ),
    ),
    # "Roe is recovering from a gunshot wound": a survivor
    ("injured", re.compile(rf"{_SINGLE_SUBJECT}{_BE}\s+(?:still\s+)?recovering\b")),
    # "shooting and killing Tom Ray, 23", "Kay Lee, an Elmwood resident, was killed"
    (
        "killed",
        re.compile(
            r"\b(?:killing|murdering|fatally shooting|shooting and killing|shot and killed)\s+"
            r"(?:(?:an? )?\d+-(?:year|month)-old\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+|"
            r"\b(?:[Kk]ill(?:s|ed|ing)|[Mm]urder(?:s|ed|ing)|[Ff]atally (?:shot|shoots|shooting))\s+"
            r"(?:(?:an?|his|her|their)\s+)?\d+-(?:year|month|week)-old\b|"
            r"\b[A-Z][a-z]+,\s+(?:an?\s+)?[^,]{1,60},\s+(?:was|were)\s+(?:also\s+)?(?:shot and )?"
            r"(?:killed|slain|pronounced dead|fatally shot)|"
            # "a male victim, 24-year-old Dan Cole, was pronounced dead"
            rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,2}}?{_PERSON},\s+[^,]{{1,60}},\s+(?:was|were)\s+"
            r"(?:shot and )?(?:killed|slain|pronounced dead|fatally shot)"
        ),
    ),
    # "shoots and kills friend", "charged with killing cousin", "killed his girlfriend"
    (
        "killed",
        re.compile(
            r"\b(?:[Kk]ill(?:s|ed|ing)|[Mm]urder(?:s|ed|ing)|[Ff]atally [Ss]ho(?:ot(?:s|ing)?|t))\s+"
            r"(?:(?:his|her|their|a|an|the)\s+)?(?:own\s+)?(?:[\w-]+\s+)?(?:best\s+)?"
            r"(?:friend|uncle|aunt|girlfriend|boyfriend|wife|husband|mother|father|son|daughter|"
            r"brother|sister|cousin|nephew|niece|grandmother|grandfather|grandson|granddaughter|"
            r"roommate|neighbou?r|stepfather|stepson|classmate|man|woman|teen|teenager|boy|girl|"
            r"child|toddler|baby|infant|officer|deputy|clerk)\b",
        ),
    ),
    # A death named as a noun: "the shooting death of", "a fatal shooting", "the murder of"
    (
        "killed",
        re.compile(
            r"\b(?:(?:shooting|stabbing|gunshot) death|(?<!non-)(?<!non)fatal(?:ly)? (?:shooting|shot|stabbing)|"
            r"deadly (?:shooting|stabbing)|"
            # "in fatal Oak Hills motel shooting": where, between the words
            r"(?:fatal|deadly) (?:[A-Z][\w'.-]* ){1,3}(?:[a-z]+ )?shooting|(?<!attempted )murder of|killing of|slaying of|"
            r"(?:was|were) (?:found )?(?:deceased|dead)|(?:was|were) pronounced (?:dead|deceased)|"
            r"kills? self|body of a (?:deceased )?\w+|"
            # "indicted in the death of an 8-year-old girl": a death told as a noun of one person
            r"(?<!cause of )(?<!attempted )death of (?:an? |the |his |her |their )?(?:[\w-]+ ){0,2}?"
            rf"(?:{_PERSON_NOUNS})|"
            r"fatal (?:[A-Z][\w-]* )?(?:hunting accident|accidental shooting)|"
            # "doctors declared him brain dead": counted among the dead, as GVA does
            r"(?<!not )(?<!n't )(?:declared(?: him| her)?|is now|now|was|been|left (?:him|her)|is) brain[- ]dead|(?:claim(?:s|ed)|cost) the life of|claims (?:a )?life\b|"
            r"succumbed to|passed away|(?:did not|didn't) survive|died (?:at|from|of|"
            r"after|later|shortly|on|in|"
            # "died Sunday", "but died a short time later": when, with the subject told before
            r"(?:early |late )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
            r"(?:a (?:short )?(?:time|while)|(?:a few )?(?:hours|days|minutes)) later)|homicide victim|(?:charged with|guilty (?:to|of)|convicted "
            r"of|accused of|arrested for|wanted for) (?:(?:first|second|third)[- ]degree[- ]|capital )?(?:murder|"
            r"manslaughter))\b",
            re.I,
        ),
    ),
    # "left a 9-year-old boy dead and his uncle wounded": one more, wounded
    (
        "injured",
        re.compile(
            rf"(?:(?<=\bdead and )|(?<=\bkilled and ))(?:his|her|their|a|an|the)\s+{_ADJS}(?:{_PERSON}|"
            rf"{_RELATION})\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b"
        ),
    ),
    # Active voice on one person: "accidentally shot his brother", "critically injured a deputy"
    (
        "injured",
        re.compile(
            rf"\b(?:(?:critically|seriously) )?(?:injured|wounded|injuring|wounding)\s+(?:(?:his|her|their|a|an)\s+(?:own\s+)?{_ADJS}{_PERSON}\b|\d+-(?:year|month)-old\b)"
        ),
    ),
    # "seriously wounding him", "shot and wounded Bob Lee Jr."
    (
        "injured",
        re.compile(
            r"\b(?<!fatally )(?:(?:critically|seriously) )?(?:wounding|injuring|shot and wounded|"
            r"shooting and wounding)\s+(?:him|her|[A-Z][a-z]+ [A-Z][a-z]+)\b"
        ),
    ),
    (
        "shot",
        re.compile(
            rf"\b(?:shot|shooting)\s+(?:his|her|their)\s+(?:own\s+)?{_ADJS}{_PERSON}\b(?! dead| to death)|"
            # a headline's present tense: "Boy shoots sister", "Gunshot wounds Elmwood teen",
            # "Hunting mishap hospitalizes juvenile"
            rf"\b(?:shoots|wounds|injures|hospitali[sz]es)\s+(?:(?:his|her|their)\s+)?(?:[A-Z]\w+\s+)?"
            rf"(?:{_PERSON_NOUNS}|juvenile|{_RELATION})\b(?! dead| to death)"
        ),
    ),
    # An injury named without a count: "shot himself", "struck by a bullet", "in critical condition"
    (
        "shot",
        re.compile(
            r"\b(?:shot (?:himself|herself)|shoots (?:self|himself|herself)|"
            r"(?:was|were) (?:struck|hit|grazed) by (?:a )?(?:stray )?"
            r"(?:bullets?|gunfire|rounds?)|suffer(?:ed|ing) (?:from )?(?:an? )?(?:self-inflicted |single |accidental )?(?:gunshot wounds?|"
            r"(?:non-life[- ]threatening |serious |minor |critical )?(?:injuries|wounds))|(?:in|listed in) "
            r"(?:\w+ (?:but|and) )?(?:critical|serious|stable|fair|good|grave) condition|"
            r"with (?:an? )?(?:apparent |accidental |self-inflicted |single )?gunshot wound|"
            r"(?:shot|wounded) (?:him|her) in the (?:\w+ )?(?:leg|arm|thigh|foot|hand|back|"
            r"shoulder|chest|stomach|abdomen|buttocks|hip|knee|ankle|side|face|neck|head)|"
            r"non-?fatal shooting|sustained (?:an? )?(?:\w+ )?(?:gunshot wounds?|injur(?:y|ies)|wounds?)|"
            r"(?:after|from) being (?:\w+ly )?shot|sent (?:an? |the )?(?:[\w-]+ ){0,3}to (?:a |the )?hospital)\b",
            re.I,
        ),
    ),
    # "Stray bullet hits 8-year-old boy", "A bullet struck a woman"
    (
        "shot",
        re.compile(
            rf"\b(?:[Bb]ullets?|[Gg]unfire|[Rr]ounds?)\s+(?:hits|hit|strikes|struck|grazes|grazed)\s+"
            rf"(?:an?\s+|the\s+|his\s+|her\s+)?{_ADJS}{_PERSON}\b"
        ),
    ),
]

ONE_PERSON_PATTERNS: list[tuple[Kind, re.Pattern[str], bool]] = [
    *((kind, pattern, True) for kind, pattern in HEADLINE_PATTERNS),
    *((kind, pattern, False) for kind, pattern in SINGLE_PATTERNS),
]
"""One person each, headline patterns first; the flag marks a headline's, whose first word is a
place or a label ("Oakdale county teen dies"), not the victim's name."""

# Victims listed rather than counted: "kills wife, daughter, son, then himself", "Man Killed
# Wife, 3 Kids Then Himself", "Father, Mother, Baby Dead", "Lee, 25, and Hill, 28, were
# killed". Each item is one person, or as many as its number says.

_ITEM = rf"(?:(?:his|her|their|the)\s+)?(?:(?:{_NUMBER_WORD}|\d+)\s+)?(?:[\w-]+\s+)?{_RELATION}"
# "Brown's sister": one person named by whose she is
_ITEM_OF = (
    rf"(?:(?:his|her|their|the|an?)\s+)?(?:(?:{_NUMBER_WORD}|\d+)\s+)?(?:[\w'’-]+\s+)?{_RELATION}"
)
# a listed subject may take two words before the person ("the eight-month old baby")
_SUBJECT_ITEM = rf"(?:(?:his|her|their|the|an?)\s+)?(?:[\w-]+\s+){{0,2}}{_RELATION}"
_LIST_ENDS = {
    "killed": "Dead|Killed|Found Dead",
    "injured": "Hurt|Injured|Wounded",
    "shot": r"Shot(?! Dead| and Killed| to Death)",
}
LIST_PATTERNS: list[tuple[Kind, re.Pattern[str]]] = [
    (
        "killed",
        re.compile(
            rf"\b(?:kill(?:s|ed|ing)|murder(?:s|ed|ing)|fatally (?:shot|shoots|shooting)|shot and "
            rf"killed|shoots and kills)\s+(?P<list>{_ITEM}(?:,\s*{_ITEM})*(?:,?\s+and\s+{_ITEM}))",
            re.I,
        ),
    ),
    # the deaths named as a noun: "fatal shooting of father, 3 teens"
    (
        "killed",
        re.compile(
            rf"\b(?:fatal shooting|shooting deaths?|deaths|killings?|murders?|slayings?) of\s+"
            rf"(?P<list>{_ITEM}(?:,\s*{_ITEM})+(?:,?\s+and\s+{_ITEM})?|{_ITEM},?\s+and\s+{_ITEM})",
            re.I,
        ),
    ),
    (
        "killed",
        re.compile(
            rf"\b(?:kill(?:s|ed|ing)|murder(?:s|ed|ing)|fatally shot|fatally shoots)\s+"
            rf"(?P<list>{_ITEM}(?:,\s*{_ITEM})+),?\s+(?:and\s+)?(?:then\s+)?(?:himself|herself)",
            re.I,
        ),
    ),
    *(
        (
            kind,
            re.compile(
                rf"^(?:[A-Z][\w.]*:\s+)?(?P<list>{_ITEM}(?:,\s*{_ITEM})+(?:,?\s+and\s+{_ITEM})?|{_ITEM}\s+and\s+{_ITEM})"
                rf"\s+(?:{ends})\b",
                re.I,
            ),
        )
        for kind, ends in _LIST_ENDS.items()
    ),
    # "also left her 6-year-old daughter, Brown's sister and her husband with gunshot wounds"
    (
        "injured",
        re.compile(
            rf"\b(?:left|leaving|leaves)\s+(?P<list>{_ITEM_OF}(?:,\s*{_ITEM_OF})*,?\s+and\s+{_ITEM_OF})"
            r"\s+with\s+(?:\w+\s+)?(?:gunshot wounds|injuries|wounds)\b",
            re.I,
        ),
    ),
    # "The woman, the man and the infant child were pronounced dead": three or more people
    # listed as the subject of a sentence's death
    (
        "killed",
        re.compile(
            rf"^(?P<list>{_SUBJECT_ITEM}(?:,\s*{_SUBJECT_ITEM})+,?\s+and\s+{_SUBJECT_ITEM})\s+"
            r"(?:were|are)\s+(?:all\s+)?(?:pronounced dead|found dead|shot and killed|killed|"
            r"shot to death|dead)\b",
            re.I,
        ),
    ),
    # "A 39-year-old woman, a 21-year-old man and a 15-year-old girl are recovering": three or
    # more survivors listed as the subject
    (
        "injured",
        re.compile(
            rf"^(?P<list>{_SUBJECT_ITEM}(?:,\s*{_SUBJECT_ITEM})+,?\s+and\s+{_SUBJECT_ITEM})\s+"
            r"(?:were|are)\s+(?:all\s+|both\s+|still\s+)*(?:wounded|injured|hurt|hospitali[sz]ed|"
            r"recovering|expected to (?:survive|recover)|in (?:\w+ )?(?:stable|good|fair|serious|"
            r"critical) condition)\b",
            re.I,
        ),
    ),
    (
        "killed",
        re.compile(
            r"(?P<list>(?:\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*,\s+(?:\d+|[a-z]+ years old),\s+){1,6}"
            r"and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*,\s+(?:\d+|[a-z]+ years old),)\s+were\s+"
            r"(?:shot and killed|killed|fatally shot|shot to death|found dead|pronounced dead)"
        ),
    ),
]
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+", re.I)

# Victims listed with semicolons, since each comes with a name or age set off by commas:
# "killed his daughter, Ann Roe; his wife, Eve Roe; and her mother, Kay Lee, 62", "Two
# brothers, Tom and Bob Ray; their cousin, Al Ray, 30; and a friend died in the shooting".
# Each item is one person, or as many as its opening number says.
_SEMI_ITEM = r"[^;.]{2,120}"
_SEMI_LIST = rf"(?P<list>{_SEMI_ITEM}(?:;\s*{_SEMI_ITEM})*;\s*and\s+{_SEMI_ITEM}?)"
SEMICOLON_LISTS = (
    re.compile(
        rf"\b(?:kill(?:s|ed|ing)|murder(?:s|ed|ing)|fatally shot|shot and killed)\s+{_SEMI_LIST}"
        r"(?=[.]|$)",
        re.I,
    ),
    re.compile(
        rf"^{_SEMI_LIST},?\s+(?:were (?:all )?(?:killed|shot and killed|fatally shot|shot to death|"
        r"pronounced dead|found dead)|(?:all )?died)\b",
        re.I,
    ),
)
_SEMI_COUNT = re.compile(rf"(?:and\s+)?(?:(?:his|her|their|the)\s+)?({_NUMBER_WORD}|\d+)\s", re.I)


def _semicolon_count(items: str) -> int:
    """People in a semicolon list: one per item, or the item's opening number. Each item must be
    set off by a name or an age (a comma or a digit): "the man fled; police arrived; and the
    victim died" is clauses, not people."""
    count = 0
    for item in items.split(";"):
        if "," not in item and not any(c.isdigit() for c in item):
            return 0
        number = _SEMI_COUNT.match(item.strip())
        quantity = parse_quantity(number.group(1).lower()) if number else None
        count += quantity.best if quantity is not None else 1
    return count


# Victims named after the verb: "killing Ann Roe, 18, and Bob Lee", "shot and killed 30-year-old
# Ann Roe and 28-year-old Bob Lee", "killed Ann Roe and her daughter, Eve". Names of two words
# or more, so that one name is not taken for two people.
_FULL_NAME = r"[A-Z][a-z]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?))+"
_NAME_ITEM = re.compile(rf"{_FULL_NAME}|\b(?:his|her|their)\s+{_RELATION}")
_NAMED_VICTIM = rf"(?:(?:an?\s+)?\d+-year-old\s+)?{_FULL_NAME}(?:,\s+\d+,)?"
NAMED_LIST = re.compile(
    rf"\b(?:[Kk]ill(?:s|ed|ing)|[Mm]urder(?:s|ed|ing)|[Ff]atally (?:shot|shooting)|shot and killed|"
    rf"shooting and killing)\s+(?P<names>{_NAMED_VICTIM}(?:,\s+{_NAMED_VICTIM})*,?\s+and\s+"
    rf"(?:{_NAMED_VICTIM}|(?:his|her|their)\s+{_RELATION}))"
)


def _list_count(items: str) -> int:
    """People in a listed-victims phrase: one per item, or the item's own number."""
    if re.search(r"\d+,", items) and re.match(r"[A-Z]", items):  # "Lee, 25, and Hill, 28,"
        return len(re.findall(r",\s+(?:\d+|[a-z]+ years old),", items))
    count = 0
    for item in _LIST_SPLIT.split(items):
        item = item.strip()
        if not item:
            continue
        number = re.match(rf"(?:(?:his|her|their|the)\s+)?({_NUMBER_WORD}|\d+)\s", item, re.I)
        quantity = parse_quantity(number.group(1).lower()) if number else None
        if quantity is not None:
            count += quantity.best
        else:  # "Parents, 3 children dead": parents are two
            count += 2 if PLURAL_PEOPLE.search(item) or re.search(r"\bcouple$", item, re.I) else 1
    return count


# The killer's own death after killing others, which GVA and ACLED count among the fatalities:
# "killed his son and then himself", "before turning the gun on himself". (A child who shot
# himself is the victim, already counted.)
SUICIDE = re.compile(
    r"\b(?:then|before|and then|, then)\s+(?:kill(?:ed|ing|s)|fatally shoot(?:ing|s)?|fatally shot|"
    r"turn(?:ed|ing|s)? (?:the |a )?(?:gun|weapon) on)\s+(?:himself|herself)\b|"
    r"\bbefore (?:shooting|shot) (?:himself|herself)\b|"
    r"(?:\band|,|\bthen)\s+(?:then\s+)?(?:himself|herself)\b(?! in the)|"
    r"\bturn(?:ed|ing|s)? (?:the |a )?(?:gun|weapon) on (?:himself|herself)\b|"
    # "killing his son and then taking his own life", "before committing suicide"
    r"\b(?:then|before)\s+(?:tak(?:ing|es)|took|committ(?:ing|ed|s)) (?:(?:his|her) own life|suicide)\b|"
    # "a double murder-suicide": two murdered, then the killer
    r"\b(?<=(?:double|triple) murder)[- /]suicide\b",
    re.I,
)

# The killer killed by police or found dead: "5 murdered; suspect dead", "the gunman was shot
# dead by officers" (not "the suspect killed two people")
KILLER_DEAD = re.compile(
    r"\b(?:[Tt]he\s+)?(?:suspected\s+|alleged\s+|lone\s+)?(?:[Ss]uspect|[Gg]unman|[Ss]hooter|[Aa]ttacker|"
    # "The lone gunman, who was a 2012 graduate, was killed"
    r"[Aa]ssailant)(?:,\s+who\s+[^,]{1,40},|\s+(?:inside|in|at)\s+the\s+[\w-]+)?\s+(?:(?:was|is|has been)\s+)?(?:also\s+|later\s+)?(?:killed|[Dd]ead|died|deceased|"
    r"shot dead|shot and killed|fatally shot|pronounced dead|found dead)\b"
    r"(?!\s+(?:a|an|the|his|her|their|two|three|four|five|\d+|[A-Z])\b)",
)

# The killer killed by the police: "was killed in a gun battle with police", "died in a shootout
# with officers", "shot and killed by officers", "a SWAT officer killed Cole"
_POLICE = r"(?:police|officers|deputies|troopers|agents|law enforcement)"
KILLED_BY_POLICE = re.compile(
    r"\b(?:killed|died|dying|shot dead|shot and killed|fatally shot|pronounced dead)\b[^.;]{0,30}?"
    rf"\b(?:in|during) (?:a|an) (?:[\w-]+ )?(?:gunfight|gun battle|shootout|shoot-out|firefight|"
    rf"exchange of gunfire|gunfire exchange) with {_POLICE}|"
    r"\b(?:killed|shot dead|shot and killed|fatally shot|shot to death) (?:himself )?by (?:a |an )?(?:police|"
    r"officers?|deputies|deputy|troopers?|SWAT)\b|"
    # "A shootout ensued and Ray was later pronounced dead"
    r"\b(?:shootout|shoot-out|gunfight|gun battle|firefight) (?:with \w+ )?(?:took place|ensued|followed)"
    r" and [A-Z][a-z]+ was (?:later )?(?:killed|pronounced dead|fatally shot)|"
    # "officers exchanged fire with Mateen, who was killed"
    r"\bexchanged (?:gun)?fire with (?:the (?:suspect|gunman|shooter)|[A-Z][a-z]+), who was "
    r"(?:killed|shot dead|fatally shot|pronounced dead)|"
    r"\b(?:[Pp]olice|[Oo]fficers|[Dd]eputies|SWAT(?: \w+)?|(?:police|SWAT) (?:officer|sniper|marksman))"
    r"\s+(?:then\s+|later\s+|eventually\s+)?(?:shot and killed|killed|fatally shot|shot dead)\s+"
    r"(?:him|her|the (?:suspect|gunman|shooter|attacker)|[A-Z][a-z]+)\b"
)

# Two people in one word: "a couple", "parents"; several in a plural without a number
A_PAIR = re.compile(r"\s+(?:[\w-]+\s+){0,2}?couple\b", re.I)
PLURAL_PEOPLE = re.compile(
    r"\b(?:children|kids|sons|daughters|grandchildren|brothers|sisters|parents|twins)\s*$", re.I
)

MULTIPLE = {
    "both": "two",
    "second": "two",
    "2nd": "two",
    "third": "three",
    "3rd": "three",
    "fourth": "four",
    "4th": "four",
    "fifth": "five",
    "5th": "five",
    "sixth": "six",
    "6th": "six",
    "seventh": "seven",
    "7th": "seven",
    "double": "two",
    "triple": "three",
    "quadruple": "four",
    "quintuple": "five",
}
OTHER_BEFORE = re.compile(r"\bother\s+$", re.I)
NOT_A_COUNT_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$|\b(?:ages?|aged)\s+$|"
    # a gallery's counter: "Image 12 of 30 Boy shot, father injured"
    r"\b(?:image|photo|slide|picture)s?\s+\d+\s+of\s+$",
    re.I,
)
# "another boy accidentally shot Ray", "two men shot him": before an active verb with an
# object, the count names who fired; the one hit is the object. Days and months are no object
# ("two men shot Sunday"), nor has a passive verb one ("was killed Oct. 9").
SHOOTER_COUNT = re.compile(
    r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bgot)(?<!\bget)"
    r"\s+(?:\w+ly\s+)?(?:shot|killed|wounded|injured|struck)$"
)
OBJECT_AFTER = re.compile(
    r"\s+(?:him|her|them|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan(?:uary)?|"
    r"Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b)[A-Z][a-z][\w'-]*)\b"
)
# "shot three more times", "fired two rounds": a count of shots, not of people
SHOTS_AFTER = re.compile(r"\s*(?:times|rounds|shots|bullets)\b", re.I)
# "6-year-old shoots another 6-year-old": another than the shooter, not one more victim (as in
# "killing one and wounding another")
SUBJECT_VERB = re.compile(
    r"(?<!\band)(?<!,)\s+(?:shoots|shot|kills|killed|stabs|stabbed|wounds|wounded|injures|"
    r"injured)\s+$",
    re.I,
)
OPENS_WITH_ALSO = re.compile(r"\s*(?:Also|In addition),")  # "Also, a boy was taken to hospital"
AFTER_A_DEATH = re.compile(r"\b(?:killed|dead|died|slain)\s*,?\s+and\s+$", re.I)
ALSO = re.compile(r"\b(?:also|too|as well)\b", re.I)  # "11 attackers were also killed"
# "a man also suffered a gunshot wound": the "also" just before a one-person pattern
ALSO_BEFORE = re.compile(r"\b(?:also|too)\s+$", re.I)
# not "Roe's daughter", who is someone else than Roe
NAME_SUBJECT = re.compile(r"(?!(?:He|She|The|That|This|His|Her)\b)[A-Z][a-z]+\b(?!['’]s\b)")

# An unborn child is not counted among the dead by the datasets (GVA)
UNBORN = re.compile(r"\bunborn\b", re.I)
INCLUDING_UNBORN = re.compile(
    r"[^.;]{0,40}?,?\s+including\s+(?:an?|her|the|their)\s+unborn\s+(?:child|baby|son|daughter)",
    re.I,
)

# Deaths on the road are not shootings' deaths, unless a gun is named too
CRASH = re.compile(
    r"\b(?:crash(?:ed|es|ing)?|wreck|collision|(?:car|motorcycle|traffic|vehicle) accident|overdose)\b",
    re.I,
)
UNSURE_WHETHER = re.compile(
    r"\b(?:not (?:able to |yet )?(?:say|said|confirm(?:ed)?|know|known|clear)|unclear|unknown|"
    r"uncertain)\s+(?:if|whether)\b",
    re.I,
)
"""'did not say whether', 'it was unclear if': what follows may not have happened."""
GUNFIRE = re.compile(r"\b(?:shot|shoot\w*|gun\w*|bullets?|fired|firing|homicide|murder\w*)\b", re.I)

# Sentences about totals over a period, not about one event.
# Written in lower case and searched in the lower-cased sentence, without re.I (several times
# faster: under re.I Python's regex engine tries every word at every character)
STATISTICS = re.compile(
    r"\b(?:this year|so far|since (?:january|the start|the beginning)|per year|each year|"
    r"annually|last year|a year|per capita|homicide rate|record|in (?:19|20)\d\d|statistics|"
    r"nationwide|every year|over the past|in the (?:past|last) \w+ (?:years|months)|citywide|"
    r"crime stats|"
    r"across the city|(?:several|multiple|separate|different) (?:shootings|incidents)|"
    r"in (?:about |less than |just )?(?:\w+|\d+) hours|(?:spate|rash) of shootings|"
    r"(?:weekend|holiday|overnight) shootings|shootings across|"
    # "in the first 30 days of 2019", "in the past six weeks"
    r"in the (?:first|last|past) (?:\w+ )?(?:days|weeks|months)|"
    # "eight people were killed in Chicago shootings throughout the day", "Seven people were
    # wounded in shootings from Sunday to early Monday", "in shootings throughout the city": a
    # tally of several incidents
    r"in (?:\w+ ){0,2}?shootings (?:from|throughout|around|since|between|over|in the city|"
    r"in the region)|"
    # "28 people shot and 10 killed in the city since Friday": a tally of days
    r"since (?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)"
    r"(?: (?:morning|afternoon|evening|night))?(?!['’]s))\b"
)


# Most counted patterns open with the count itself ("three people were shot"). Python's regex
# engine would try each of them, with all their number words and hedges, at every word of the
# sentence; instead one scan finds where a count can begin, and those patterns are tried there
# only. Same matches as finditer (a match of such a pattern can only start where a count does),
# at a fraction of the cost.
COUNT_STARTS = re.compile(rf"\b(?={NUM})", _F)
# The same, for the lower-cased sentence without re.I (NUM is written in lower case), twice as
# fast; offsets agree when lower-casing keeps the sentence's length (it always does but for
# a dotted capital I)
COUNT_STARTS_LOWER = re.compile(rf"\b(?={NUM})")
# a lookahead with groups nested up to two deep: "(?!(?:another|an? (?:second|third))\b)"
_LEADING_LOOKAHEAD = re.compile(r"\(\?!(?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)")


def _count_led(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` starts where COUNT_STARTS matches."""
    source = pattern.pattern
    if not source.startswith(r"\b") or pattern.flags != COUNT_STARTS.flags:
        return False
    rest = source[2:]
    while lookahead := _LEADING_LOOKAHEAD.match(rest):
        rest = rest[lookahead.end() :]  # "(?!an?\s)": narrows where it starts, still at a count
    return rest.startswith(NUM)


COUNT_LED = frozenset(id(pattern) for _, pattern in PATTERNS if _count_led(pattern))


def _count_starts(sentence: str, lowered: str) -> list[int]:
    """Where a count can begin in `sentence` (`lowered` is it lower-cased)."""
    if len(lowered) == len(sentence):
        return [m.start() for m in COUNT_STARTS_LOWER.finditer(lowered)]
    return [m.start() for m in COUNT_STARTS.finditer(sentence)]


def _matches(
    pattern: re.Pattern[str], sentence: str, count_starts: list[int]
) -> list[re.Match[str]]:
    """pattern.finditer(sentence), tried only where a count begins for count-led patterns."""
    if id(pattern) not in COUNT_LED:
        return list(pattern.finditer(sentence))
    found: list[re.Match[str]] = []
    end = 0
    for start in count_starts:
        if start >= end and (m := pattern.match(sentence, start)):
            found.append(m)
            end = m.end()
    return found


# Cheap test run first: most sentences of a report mention no casualty at all.
# The hints are searched in the lower-cased sentence, without re.I: under re.I Python's regex
# engine tries every word of the alternation at every character, several times slower.
# Words every counted pattern of a kind needs: a sentence without them skips that kind's
# patterns (most of the coding time goes to trying counts against every word).
KIND_HINTS: dict[Kind, re.Pattern[str]] = {
    "killed": re.compile(
        r"kill|dead|slain|murder|fatal|gunned|gunning|guns down|execut|massacr|die|perish|lost|lives|claim|toll|death|"
        r"bodies|homicide|slay|stabbed|beaten|passed away|succumb|deceased|manslaughter|suicide|"
        r"not survive|n't survive|"
        r"(?:second|2nd|third|3rd|fourth|4th) body",
    ),
    "injured": re.compile(
        r"injur|wound|hurt|hospital|treated|graz|struck|condition|gunfire|bullet|recover|surviv|"
        r"threatening|stable|intensive care",
    ),
    "shot": re.compile(
        r"shot|shoot|hit|struck|gunshot|hospital|medical|trauma|victims|gunfire|striking|suffer|"
        r"sustain|condition|grazed|wound|injur",
    ),
}
HINT = re.compile(
    r"kill|dead|die|death|shot|shoot|wound|injur|hurt|hospital|treated|fatal|murder|slain|slay|condition|"
    r"struck|striking|strikes|hits?\b|hitting|recover|surviv|stable|gunfire|bullet|toll|lives|life|deceased|succumb|passed away|manslaughter|"
    r"graz|suffer|casualt|gunned|gunning|guns down|massacre|execut|perish|homicide|slaying|murder|shooting|"
    r"intensive care"
)


KILLER_PATTERNS = (SUICIDE, KILLER_DEAD, KILLED_BY_POLICE)
# Each pattern's clues (words one of which its every match holds): a sentence without them is
# not searched with it (see eventwire.extract.clues)
CLUES: dict[int, tuple[Clue, ...]] = {
    id(pattern): clues(pattern)
    for pattern in (
        *SEMICOLON_LISTS,
        *(p for _, p in LIST_PATTERNS),
        NAMED_LIST,
        *(p for _, p in PATTERNS),
        *(p for _, p in PAIR_PATTERNS),
        *(p for _, p, _ in ONE_PERSON_PATTERNS),
        *KILLER_PATTERNS,
    )
}


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    kind: Kind
    quantity: Quantity
    start: int  # offsets into the full report text
    end: int
    text: str
    single: bool  # came from a one-person pattern ("he died")
    another: bool = False  # "another man was shot": one more, on top of those counted
    subject: str | None = None  # the capitalised name a one-person mention is about
    killer: bool = False  # the killer is among the dead: "...then killed himself", "suspect dead"
    suicide: bool = False  # by his own hand: "...then killed himself"


def find_casualties(sentence: str, offset: int = 0) -> list[CasualtyMention]:
    """Every casualty mention in one sentence, with spans relative to the report text."""
    mentions: list[CasualtyMention] = []
    lowered = sentence.lower()
    if not HINT.search(lowered):
        return mentions
    taken: list[tuple[int, int, Kind]] = []
    # the clue strings the sentence holds (None: they cannot be tested there)
    present = clue_words_in(sentence, lowered)
    semicolon_lists = [("killed", p) for p in SEMICOLON_LISTS] if ";" in sentence else []
    for kind, pattern in [*semicolon_lists, *LIST_PATTERNS, ("killed", NAMED_LIST)]:
        if not could_match(CLUES[id(pattern)], present):
            continue
        for m in pattern.finditer(sentence):
            if pattern is NAMED_LIST:
                count = len(_NAME_ITEM.findall(m.group("names")))
            elif pattern in SEMICOLON_LISTS:
                count = _semicolon_count(m.group("list"))
            else:
                count = _list_count(m.group("list"))
            if count < 2 or any(m.start() < e and s < m.end() for s, e, _ in taken):
                continue
            taken.append((m.start(), m.end(), kind))
            mentions.append(
                CasualtyMention(
                    kind,
                    Quantity(count, count, count, "exact"),
                    offset + m.start(),
                    offset + m.end(),
                    m.group(0),
                    single=False,
                )
            )
    kinds = {kind for kind, hint in KIND_HINTS.items() if hint.search(lowered)}
    count_starts: list[int] | None = None  # found when a count-led pattern is first tried
    for kind, pattern in PATTERNS:
        if kind not in kinds or not could_match(CLUES[id(pattern)], present):
            continue  # none of this kind's words: its counted patterns cannot match
        if count_starts is None and id(pattern) in COUNT_LED:
            count_starts = _count_starts(sentence, lowered)
        for m in _matches(pattern, sentence, count_starts or []):
            quantity = _quantity(m)
            if quantity is None:
                continue
            if quantity.best > 1 and INCLUDING_UNBORN.match(sentence, m.end()):
                # "four people, including an unborn baby": three, as the datasets count
                quantity = replace(
                    quantity,
                    best=quantity.best - 1,
                    low=quantity.low - 1,
                    high=None if quantity.high is None else quantity.high - 1,
                )
            if any(m.start() < e and s < m.end() and k == kind for s, e, k in taken):
                continue
            if (
                "num" in m.re.groupindex
                and (m.group("num") or "").isdigit()
                and NOT_A_COUNT_BEFORE.search(sentence, 0, m.start("num"))
            ):
                continue  # "the May 12 deaths", "ages 19 and 41": a date or ages, not a count
            if SHOOTER_COUNT.search(m.group(0)) and OBJECT_AFTER.match(sentence, m.end()):
                continue  # "another child shot him": the shooter, not a victim
            if SHOTS_AFTER.match(sentence, m.end()):
                continue  # "shot three more times"
            taken.append((m.start(), m.end(), kind))
            # "the other three shooting victims": "other" before the count belongs to it
            other = OTHER_BEFORE.search(sentence, max(0, m.start() - 6), m.start())
            start = other.start() if other else m.start()
            additive = (
                bool(m.groupdict().get("another"))
                and not SUBJECT_VERB.search(sentence, 0, m.start("num"))
            ) or bool(ALSO.search(m.group(0)) or OPENS_WITH_ALSO.match(sentence))
            mentions.append(
                CasualtyMention(
                    kind,
                    quantity,
                    offset + start,
                    offset + m.end(),
                    sentence[start : m.end()],
                    single=False,
                    another=additive,
                )
            )
    for kind, pattern in PAIR_PATTERNS:
        if kind not in kinds or not could_match(CLUES[id(pattern)], present):
            continue
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() and k == kind for s, e, k in taken):
                continue
            taken.append((m.start(), m.end(), kind))
            mentions.append(
                CasualtyMention(
                    kind,
                    Quantity(2, 2, 2, "exact"),
                    offset + m.start(),
                    offset + m.end(),
                    m.group(0),
                    single=False,
                )
            )
    for kind, pattern, in_headline in ONE_PERSON_PATTERNS:
        if kind not in kinds or not could_match(CLUES[id(pattern)], present):
            continue
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e, _ in taken):
                continue
            if (
                kind != "killed"
                and SHOOTER_COUNT.search(m.group(0))
                and OBJECT_AFTER.match(sentence, m.end())
            ):
                continue  # "he shot him": the one who fired (a death is left to the others)
            taken.append((m.start(), m.end(), kind))
            name = None if in_headline else NAME_SUBJECT.match(m.group(0))
            if kind == "killed" and not in_headline and m.group(0).endswith(" of"):
                # "the murder of Tom Ray": the dead named after the noun
                name = NAME_SUBJECT.match(sentence, m.end() + 1)
            elif (
                kind == "killed"
                and name is not None
                and SHOOTER_COUNT.search(m.group(0))
                and OBJECT_AFTER.match(sentence, m.end())
            ):
                # "Cole killed Ray": the one named before an active kill is the killer
                name = None
            mentions.append(
                CasualtyMention(
                    kind,
                    Quantity(1, 1, 1, "exact"),
                    offset + m.start(),
                    offset + m.end(),
                    m.group(0),
                    single=True,
                    # "Her mother was also shot", "A father was killed and his son was shot":
                    # one more wounded, beside the one who died ("Also, a boy was taken to
                    # hospital with a gunshot wound" is still one)
                    another=kind != "killed"
                    and not any(x.another and x.kind != "killed" for x in mentions)
                    and bool(
                        ALSO.search(m.group(0))
                        or AFTER_A_DEATH.search(sentence, 0, m.start())
                        or ALSO_BEFORE.search(sentence, 0, m.start())
                        or OPENS_WITH_ALSO.match(sentence)
                    ),
                    subject=name.group(0) if name else None,
                )
            )
    killer_spans: list[tuple[int, int]] = []
    for pattern in KILLER_PATTERNS:
        if not could_match(CLUES[id(pattern)], present):
            continue
        for m in pattern.finditer(sentence):
            if any(m.start() < end and start < m.end() for start, end in killer_spans):
                continue  # "The gunman was shot dead by officers": one death, told once
            killer_spans.append(m.span())
            mentions.append(
                CasualtyMention(
                    "killed",
                    Quantity(1, 1, 1, "exact"),
                    offset + m.start(),
                    offset + m.end(),
                    m.group(0),
                    single=True,
                    suicide=pattern is SUICIDE,
                    killer=True,
                )
            )
    if (
        any(m.kind == "killed" for m in mentions)
        and CRASH.search(sentence)
        and not GUNFIRE.search(sentence)
    ):
        # "was killed in a motorcycle crash": a death, but not by a gun
        mentions = [m for m in mentions if m.kind != "killed"]
    unsure = UNSURE_WHETHER.search(sentence) if mentions else None
    if unsure is not None:
        # "Officers were not able to say if the woman had died": a death nobody has told
        mentions = [
            m
            for m in mentions
            if not (m.kind == "killed" and unsure.end() <= m.start - offset <= unsure.end() + 40)
        ]
    return mentions


def _quantity(m: re.Match[str]) -> Quantity | None:
    first = _one_quantity(m, "num", "hedge")
    if first is None or "and2" not in m.re.groupindex or m.group("and2") is None:
        return first
    if UNBORN.search(m.group("and2")):
        return first  # "three adults and an unborn child": the datasets count the three
    # "a woman and her toddler": a coordinated noun without a number is one more person, or two
    # when it is plural ("a man and his children")
    if m.group("num2"):
        second = _one_quantity(m, "num2", "hedge2")
    else:
        some = 2 if PLURAL_PEOPLE.search(m.group("and2")) else 1
        second = Quantity(some, some, some, "exact")
    if second is None:
        return first
    return Quantity(
        first.best + second.best,
        first.low + second.low,
        None if first.high is None or second.high is None else first.high + second.high,
        first.qualifier if first.qualifier != "exact" else second.qualifier,
    )


def _one_quantity(m: re.Match[str], group: str, hedge: str) -> Quantity | None:
    num = m.group(group)
    if num is None:
        return None
    text = num.strip().lower()
    if text == "some":  # "some killed", "some person killed": not a count
        return None
    if text in ("a", "an") and A_PAIR.match(m.group(0), m.end(group) - m.start()):
        text = "two"  # "a couple and their two children": the couple is two
    elif text in ("a", "an") or (m.groupdict().get("another") and group == "num"):
        text = "one"
    text = MULTIPLE.get(text, text)
    noun_after = m.group(0)[m.end(group) - m.start() :].lower()
    # "a 22-year-old", "the 8 month old boy" is one person, not 22 or 8 people
    if re.match(r"^-year-old", noun_after) or re.match(
        r"^\s*(?:years?|yrs?|months?|weeks?|yo|y/o)\b", noun_after
    ):
        return None
    if re.match(r"^(?:\d+|[a-z]+)$", text) and re.match(r"^-", noun_after):
        return None
    return parse_quantity(text, m.groupdict().get(hedge) or "")


def is_statistics(sentence: str) -> bool:
    return bool(STATISTICS.search(sentence.lower()))
