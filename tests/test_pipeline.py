"""End-to-end extraction on reports written for these tests."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from eventwire.model import Report

SCHEMA = json.loads(
    resources.files("eventwire").joinpath("schemas/report-events.schema.json").read_text()
)

BOMBING = Report(
    id="t-bombing",
    title="Car bomb kills at least 14 in Mosul market",
    published="2023-05-10",
    text=(
        "At least 14 people were killed and 30 others were wounded when a car bomb exploded in a "
        "crowded market in Mosul on Tuesday, according to police.\n\n"
        "No group has claimed responsibility for the attack. The Iraqi interior ministry said "
        "the death toll could rise.\n\n"
        "In March 2017 an air strike in the same city killed dozens of civilians."
    ),
)
SHOOTING = Report(
    id="t-shooting",
    title="Two shot, one fatally, in Memphis",
    published="2015-06-29",  # a Monday
    text=(
        "MEMPHIS, Tenn. (WREG) - Two men were shot, one fatally, late Saturday night outside a "
        "nightclub on Main Street, Memphis police said.\n\n"
        "The victim was identified as Darnell Hughes, 24. The other man was taken to Regional "
        "One in non-critical condition. Police have no suspects."
    ),
)


@pytest.fixture(scope="module")
def bombing(extractor):  # type: ignore[no-untyped-def]
    return extractor.extract(BOMBING)


@pytest.fixture(scope="module")
def shooting(extractor):  # type: ignore[no-untyped-def]
    return extractor.extract(SHOOTING)


def main_event(result):  # type: ignore[no-untyped-def]
    return next(e for e in result.events if e.role == "main")


def test_output_validates_against_the_schema(bombing, shooting) -> None:  # type: ignore[no-untyped-def]
    for result in (bombing, shooting):
        jsonschema.validate(result.to_dict(), SCHEMA)


def test_bombing_main_event(bombing) -> None:  # type: ignore[no-untyped-def]
    e = main_event(bombing)
    assert e.event_type == "Explosions/Remote violence"
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.date.start == "2023-05-09" and e.date.precision == "day"
    assert e.location.name == "Mosul" and e.location.country_code == "IQ"
    assert e.fatalities is not None
    assert (e.fatalities.best, e.fatalities.qualifier) == (14, "at_least")
    assert e.fatalities.attributed_to == "police"
    assert e.injured is not None and e.injured.best == 30
    assert any(a.name == "unknown" and a.role == "perpetrator" for a in e.actors)


def test_recalled_event_is_background(bombing) -> None:  # type: ignore[no-untyped-def]
    background = [e for e in bombing.events if e.role == "background"]
    assert len(background) == 1
    b = background[0]
    assert b.sub_event_type == "Air/drone strike"
    assert (b.date.start, b.date.precision) == ("2017-03", "month")
    # the recalled strike's toll must not leak into the main event
    assert main_event(bombing).fatalities.best == 14


def test_shooting_figures_and_date(shooting) -> None:  # type: ignore[no-untyped-def]
    e = main_event(shooting)
    assert e.date.start == "2015-06-27"
    assert e.fatalities is not None and e.fatalities.best == 1
    assert e.injured is not None and e.injured.best == 1
    assert e.location.name == "Memphis" and e.location.admin1 == "Tennessee"
    assert any(a.name == "Darnell Hughes" and a.role == "victim" for a in e.actors)


def test_evidence_offsets_point_at_the_words(bombing) -> None:  # type: ignore[no-untyped-def]
    text = BOMBING.full_text
    e = main_event(bombing)
    fields = {ev.field for ev in e.evidence}
    assert {"event_type", "date", "location", "fatalities", "injured"} <= fields
    for ev in e.evidence:
        assert text[ev.start : ev.end] == ev.text


def test_ids_are_stable(extractor) -> None:  # type: ignore[no-untyped-def]
    a = extractor.extract(BOMBING)
    b = extractor.extract(BOMBING)
    assert [e.id for e in a.events] == [e.id for e in b.events]
    assert a.to_dict() == b.to_dict()


def test_extract_many_matches_extract(extractor, bombing, shooting) -> None:  # type: ignore[no-untyped-def]
    many = dict((r.id, res) for r, res in extractor.extract_many([BOMBING, SHOOTING]))
    assert many["t-bombing"].to_dict() == bombing.to_dict()
    assert many["t-shooting"].to_dict() == shooting.to_dict()


def test_long_reports_are_read_up_to_the_parse_limit(extractor) -> None:  # type: ignore[no-untyped-def]
    from eventwire.extract.pipeline import MAX_PARSE_CHARS

    filler = "The council discussed the budget for the coming year at length. " * 600
    report = Report(
        id="long", title="Long", published="2023-05-10", text=SHOOTING.text + "\n\n" + filler
    )
    result = extractor.extract(report)
    assert any("first" in w and "characters" in w for w in result.warnings)
    assert result.events[0].injured is not None and result.events[0].injured.best == 1
    assert all(ev.end <= MAX_PARSE_CHARS for ev in result.events[0].evidence)


def test_model_runs_only_the_components_the_rules_read() -> None:
    """Sentences come from the parser and places from NER; POS tags and lemmas are never read,
    so their components are not loaded. The whole model still gives the same sentences and
    entities on a report written for this test."""
    from eventwire.extract.nlp import UNUSED_COMPONENTS, load_nlp

    lean = load_nlp()
    assert {"parser", "ner"} <= set(lean.pipe_names)
    assert not set(UNUSED_COMPONENTS) & set(lean.pipe_names)
    full = load_nlp(lean=False)
    text = BOMBING.full_text + "\n\n" + SHOOTING.full_text

    def signature(doc: object) -> object:
        return (
            [(s.start_char, s.end_char) for s in doc.sents],  # type: ignore[attr-defined]
            [(e.start_char, e.end_char, e.label_) for e in doc.ents],  # type: ignore[attr-defined]
        )

    assert signature(lean(text)) == signature(full(text))


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the killer's victims plus the killer (GVA and ACLED count both)
        (
            "A man shot his family at their home on Monday, killing 3, then killed himself, "
            "police said.",
            4,
        ),
        # the subject of an active "shot and killed" is the killer, not a victim
        (
            "A man shot and killed a 4-month-old baby on Sunday before turning the gun on "
            "himself, police said.",
            2,
        ),
        # a toll that may already include the killer is left as it is
        (
            "Three people were killed on Monday in what police called a murder-suicide. The "
            "gunman then killed himself.",
            3,
        ),
        # the victims listed, and the killer, named by "murder-suicide" elsewhere
        (
            "A man killed his wife and three children on Sunday, police said. Investigators "
            "called it a murder-suicide.",
            5,
        ),
        ("Father kills wife, son, daughter, then himself, police said on Monday.", 4),
        # whose they were, before the count
        (
            "A man shot and killed his ex-girlfriend's two teenage daughters on Friday, then "
            "turned the gun on himself in a murder-suicide.",
            3,
        ),
        # one victim found dead, told apart from the killer's own death
        (
            "A man shot his wife before turning the gun on himself in Dunmore, deputies said. "
            "Inside the home, a 40-year-old woman was found shot to death.",
            2,
        ),
        # a child who shot himself is the one dead
        ("A 4-year-old boy fatally shot himself on Monday with a gun he found, police said.", 1),
        ("Ex-firefighter killed 6-year-old boy, wife, himself on Monday, police said.", 3),
        ("A boy, 3, was killed by his father on Monday in a double murder-suicide.", 3),
        # the killer killed by police, beside a count of his victims
        (
            "A man shot and killed five people on Monday and wounded a boy, police said. The "
            "suspect was later shot dead by officers.",
            6,
        ),
        (
            "Authorities say three of four members of a family were shot and killed on Monday; "
            "the suspect died after being shot by police.",
            4,
        ),
        # the killer killed in a gun battle, or by a marksman, beside his victims
        (
            "A gunman killed four people at a warehouse on Monday. He was killed in a gun "
            "battle with police an hour later.",
            5,
        ),
        (
            "The gunman shot and killed two deputies on Monday before a SWAT marksman killed "
            "Hollis from a rooftop.",
            3,
        ),
        # a toll that says it counts the killer, just after its words
        (
            "Four people were killed, including the gunman, at the Elmford plant on Monday. "
            "The gunman was shot dead by officers.",
            4,
        ),
        # but a dead suspect who is the one dead is counted once
        ("A teen suspect was killed during a home invasion on Monday, police said.", 1),
    ],
)
def test_murder_suicides_count_the_killer_once(extractor, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    report = Report(id="t-ms", title="", text=text, published="2016-05-11")
    event = extractor.extract(report).events[0]
    assert event.fatalities is not None and event.fatalities.best == killed


def test_the_dead_named_after_the_murder_of_and_beside_it_add_up(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The murder of Daniel Whitcombe, 58, in a shooting on Friday has shaken the campus. "
        "Tom Reyes, 17, was also killed in the shooting, police said."
    )
    report = Report(id="t-named", title="", text=text, published="2016-05-11")
    event = extractor.extract(report).events[0]
    assert event.fatalities is not None and event.fatalities.best == 2


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # someone not told before: one more dead
        (
            "Deputy Carla Minns was shot and killed on Sunday while answering a call in Elmford. "
            "A man was also killed and two other deputies were wounded.",
            2,
        ),
        # a toll of three told again one death at a time: "another" is one of the three
        (
            "Three people have died in a shooting in Elmford on Monday. A man and a woman were "
            "rushed to a hospital, where both later died. Another man was pronounced dead at "
            "the scene.",
            3,
        ),
        # the dead told again: nobody more
        (
            "One man was shot and killed on Sunday in Elmford. The man was also killed by a "
            "second bullet, the coroner said.",
            1,
        ),
    ],
)
def test_one_more_dead_or_one_of_the_toll_told_again(extractor, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    report = Report(id="t-also", title="", text=text, published="2016-05-11")
    event = extractor.extract(report).events[0]
    assert event.fatalities is not None and event.fatalities.best == killed


@pytest.mark.parametrize("ago", ["four years ago", "two decades earlier", "last summer"])
def test_a_toll_from_years_ago_is_another_events(extractor, ago: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Two people were killed when a gunman opened fire at a bowling alley in Elmford on "
        "Friday, police said. The attack recalled a rampage that killed nine people at a mall "
        f"in Brookside {ago}."
    )
    report = Report(id="t-years", title="", text=text, published="2016-05-11")
    event = extractor.extract(report).events[0]
    assert event.fatalities is not None and event.fatalities.best == 2


def test_other_victims_shot_beside_the_dead_are_all_wounded(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Two women were killed in a shooting on Elm Drive on Monday, police said. Three other "
        "victims were shot and taken to the hospital."
    )
    report = Report(id="t-others", title="", text=text, published="2016-05-11")
    event = extractor.extract(report).events[0]
    assert event.injured is not None and event.injured.best == 3


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "A 6-year-old girl was shot and killed on Elm Street on Monday, police said. "
            "Her mother was also shot and is expected to survive.",
            1,
            1,
        ),
        # the one shot after "killed and" is someone else
        (
            "A father was killed and his 4-year-old son was shot by two masked men on Monday "
            "while they played outside, police said.",
            1,
            1,
        ),
        # "a second victim": one more, even beside a count of the shot
        (
            "A 19-year-old man was shot and killed at a Walmart on Saturday. A second victim, "
            "identified as a teenage girl, was hit in the leg and a man was taken to a hospital.",
            1,
            1,
        ),
        # "Also," opens one more
        (
            "Four people were shot to death in a home on Monday, police said. Also, an "
            "8-year-old boy was taken to the hospital with a gunshot wound.",
            4,
            1,
        ),
        # the headline's "shooting another" is the body's "injuring a fourth"
        (
            "Man charged with murdering 3 people, shooting another\n\nA man was charged on "
            "Monday with killing three people and injuring a fourth in a home, police said.",
            3,
            1,
        ),
        # a count of the shot that is fewer than the dead does not hold the one more wounded
        (
            "A gunman killed three people at a party in Dunmore on Saturday. Witnesses said he "
            "shot two people by the pool. One person was also injured, police said.",
            3,
            1,
        ),
        # "also" just before the wound of one more
        (
            "Deputies found three people dead inside a home near Millbrook on Friday. A woman "
            "also suffered a gunshot wound to the arm, deputies said.",
            3,
            1,
        ),
        # "another" with nobody hurt told before it is the only one
        (
            "A 4-year-old was found holding a gun after another child was shot in a home in "
            "Dunmore on Saturday. The child was listed in stable condition.",
            None,
            1,
        ),
        # "struck by bullets" counts the shot, the dead among them, not the wounded
        (
            "One man was shot dead in Dunmore on Sunday night. Three other people were also "
            "struck by bullets and were taken to a trauma center.",
            1,
            3,
        ),
        # "shoots another": another than the shooter, the one victim
        (
            "5-year-old shoots another 5-year-old on Sunday. The 5-year-old was shot in the arm "
            "and is expected to recover.",
            None,
            1,
        ),
    ],
)
def test_one_more_wounded(extractor, text: str, killed: int | None, injured: int) -> None:  # type: ignore[no-untyped-def]
    title, _, body = text.rpartition("\n\n")  # a headline, where the case has one
    result = extractor.extract(Report(id="t-also", title=title, text=body, published="2016-05-11"))
    main = result.events[0]
    assert (main.fatalities.best if main.fatalities else None) == killed
    assert main.injured is not None and main.injured.best == injured


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        (
            "A man was shot and killed in Dunmore on Friday night, police said. A girl who was "
            "hit by a stray bullet is listed in stable condition.",
            1,
        ),
        (
            "Three people were found shot to death inside a home in Dunmore on Friday. A fourth "
            "victim, a woman found outside, remained in critical condition.",
            1,
        ),
        # wounded, and later dead: one person, told twice
        (
            "A man shot a 9-year-old boy and then himself in Dunmore on Tuesday. Officers found "
            "the man deceased and the child injured. The boy was taken to a hospital, where he "
            "was later pronounced dead.",
            None,
        ),
        # beside one death, "critical condition" is most often the one who died
        (
            "A man died after a shooting in Dunmore on Friday. The man was in critical "
            "condition when medics took him to Dunmore General.",
            None,
        ),
        (
            "A man was killed in Dunmore on Friday. He was taken to a hospital in critical "
            "condition, police said.",
            None,
        ),
    ],
)
def test_a_survivors_condition_beside_the_dead(extractor, text: str, injured: int | None) -> None:  # type: ignore[no-untyped-def]
    result = extractor.extract(Report(id="t-cond", title="", text=text, published="2016-05-11"))
    main = result.events[0]
    assert (main.injured.best if main.injured else None) == injured


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # the headline's plain count of the wounded over an early figure in the body
        (
            "Five wounded at Dunmore nightclub\n\nFive people were shot at a club in Dunmore on "
            "Sunday. Police first said that eight people were wounded by gunfire.",
            5,
        ),
        # not a headline's part of them
        (
            "2 critically wounded in Dunmore shooting\n\nShots fired outside a bar injured five "
            "people in Dunmore on Sunday, police said.",
            5,
        ),
        # "6 shot, 1 fatally": the one dead is among the shot, the other five were wounded,
        # over a larger count in the body
        (
            "6 People Shot, 1 Fatally, at Dunmore Block Party\n\nOne man died and seven others "
            "were wounded when gunfire broke out at a block party in Dunmore on Sunday.",
            5,
        ),
    ],
)
def test_the_headlines_count_of_the_wounded(extractor, text: str, injured: int) -> None:  # type: ignore[no-untyped-def]
    title, _, body = text.partition("\n\n")
    result = extractor.extract(Report(id="t-hw", title=title, text=body, published="2016-05-11"))
    main = result.events[0]
    assert main.injured is not None and main.injured.best == injured


def test_a_follow_up_names_its_own_events_toll_as_last_months(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police have charged a Dunmore man, 24, with murder. The shooting last month left one "
        "man dead and nine others hurt outside a bar on Elm Street."
    )
    result = extractor.extract(Report(id="t-fu", title="", text=text, published="2016-05-11"))
    main = result.events[0]
    assert main.fatalities is not None and main.fatalities.best == 1
    assert main.injured is not None and main.injured.best == 9


@pytest.mark.parametrize("dateline", ["", "DUNMORE, Pa. (AP) —\n\n"])
def test_a_follow_ups_lead_tells_its_own_events_toll_as_last_months(
    extractor, dateline: str
) -> None:  # type: ignore[no-untyped-def]
    text = dateline + (
        "The gunman in the Dunmore shootings last month pleaded not guilty Monday to murdering "
        "three people. Two of the victims, Ann Roe and Bob Lee, were shot to death at a party. "
        "A man was killed in a separate shooting last month on Elm Street."
    )
    result = extractor.extract(Report(id="t-lead", title="", text=text, published="2016-05-11"))
    main = result.events[0]
    assert main.fatalities is not None and main.fatalities.best == 3


def test_a_follow_up_report_is_dated_by_the_event_it_follows_up(extractor) -> None:  # type: ignore[no-untyped-def]
    report = Report(
        id="t-follow",
        title="Beaumont man gets life for killing 2 brothers",
        text=(
            "John Roe, 35, was sentenced Monday to life in prison. Roe shot and killed his "
            "two brothers on March 16, 2014, at their home in Beaumont, Texas, police said."
        ),
        published="2015-11-30",
    )
    result = extractor.extract(report)
    main = result.events[0]
    assert (main.date.start, main.date.text) == ("2014-03-16", "March 16, 2014")
    assert any(e.field == "date" and e.text == "March 16, 2014" for e in main.evidence)
    # the recalled shooting is the main event, not a second one beside it
    assert [e.date.start for e in result.events[1:]] == []


def test_a_month_is_narrowed_to_the_recalled_day_within_it(extractor) -> None:  # type: ignore[no-untyped-def]
    report = Report(
        id="t-month-day",
        title="Testimony details fatal shooting of teen",
        text=(
            "At the scene of a shooting last December, an officer found a teen dying on the "
            "floor. Police responded about 8:50 p.m. Dec. 7 and found the boy shot in the chest."
        ),
        published="2017-02-02",
    )
    main = extractor.extract(report).events[0]
    assert (main.date.start, main.date.text) == ("2016-12-07", "Dec. 7")


def test_a_new_event_keeps_its_own_day_beside_a_recalled_one(extractor) -> None:  # type: ignore[no-untyped-def]
    report = Report(
        id="t-new",
        title="Two men shot on Elm Street in Beaumont",
        text=(
            "Two men were shot Saturday night on Elm Street in Beaumont, Texas, police said. "
            "On March 16, 2014, a man was killed at the same corner."
        ),
        published="2015-11-30",
    )
    result = extractor.extract(report)
    assert result.events[0].date.start == "2015-11-28"
    assert [e.date.start for e in result.events[1:]] == ["2014-03-16"]


def test_at_a_shooting_during_a_vigil_the_mourned_are_not_its_dead(extractor) -> None:  # type: ignore[no-untyped-def]
    report = Report(
        id="t-vigil",
        title="9-year-old boy shot during memorial for teen shooting victim",
        text=(
            "A 9-year-old boy was shot in the leg on Sunday night in Austin, police said. A "
            "large group had gathered to mourn the death of a 16-year-old boy who was killed in "
            "a drive-by shooting."
        ),
        published="2016-05-02",
    )
    main = extractor.extract(report).events[0]
    assert main.fatalities is None
    assert main.injured is not None and main.injured.best == 1
    # with no word of the vigil in the headline, and the mourned named in a later sentence
    report = Report(
        id="t-vigil-2",
        title="5 shot, including teen, during peace rally",
        text=(
            "Five people, including a 13-year-old, were shot late Thursday as a candlelight "
            "vigil was ending, when someone opened fire into the crowd. The vigil honored Jay "
            "Brook, who died after he was shot in a robbery. In the wake of the shooting, the "
            "mayor met the families."
        ),
        published="2016-05-02",
    )
    main = extractor.extract(report).events[0]
    assert main.fatalities is None
    assert main.injured is not None and main.injured.best == 5
    # but the funeral of this event's dead names them
    report = Report(
        id="t-funeral",
        title="Town buries victims of bus station bombing",
        text=(
            "Hundreds of mourners gathered on Friday to bury victims of Tuesday's bombing at "
            "the bus station, which killed 21 people, officials said."
        ),
        published="2016-05-02",
    )
    main = extractor.extract(report).events[0]
    assert main.fatalities is not None and main.fatalities.best == 21


def test_at_a_shooting_during_a_vigil_the_day_the_mourned_died_is_not_its_day(extractor) -> None:  # type: ignore[no-untyped-def]
    report = Report(
        id="t-vigil-date",
        title="Four hurt in shooting at vigil in Springfield",
        text=(
            "Four people were shot outside a church on Saturday night. They had gathered at a "
            "vigil for a teen who was killed Aug. 19 on Elm Street."
        ),
        published="2016-08-28",
    )
    main = extractor.extract(report).events[0]
    assert (main.date.start, main.date.text) == ("2016-08-27", "on Saturday")


def test_a_repeated_sentence_names_its_victims_once(extractor) -> None:  # type: ignore[no-untyped-def]
    caption = "A gunman killed three people and another injured at a motel on Monday."
    report = Report(id="t-repeat", title="", text=f"{caption}\n\n{caption}", published="2016-05-02")
    main = extractor.extract(report).events[0]
    assert main.fatalities is not None and main.fatalities.best == 3
    assert main.injured is not None and main.injured.best == 1


def test_a_report_without_a_title_is_coded(extractor) -> None:  # type: ignore[no-untyped-def]
    # the headline rules (places, follow-ups, vigils) must not need one
    report = Report(
        id="t-untitled",
        title=None,
        text=(
            "SEATTLE -- Two men were shot on Monday in Kent, police said. A man was sentenced "
            "on Tuesday for a shooting that killed a woman on March 16, 2014."
        ),
        published="2016-05-04",
    )
    main = extractor.extract(report).events[0]
    assert main.injured is not None and main.injured.best == 2
    assert main.location.name is not None


def test_a_family_named_like_a_town_is_no_place(extractor) -> None:  # type: ignore[no-untyped-def]
    from eventwire.extract.sentences import split_sentences

    text = (
        "Brian Nelson, 17, was shot and killed at the Nelson home in Greencastle on Thursday, "
        "state police said."
    )
    places = [p.text for s in split_sentences(extractor.nlp(text), None) for p in s.places]
    assert "Greencastle" in places
    assert "Nelson" not in places  # "the Nelson home" of Brian Nelson


def test_a_street_corner_is_no_town(extractor) -> None:  # type: ignore[no-untyped-def]
    from eventwire.extract.sentences import split_sentences

    text = (
        "Officers found a man shot at Kelly and North Main in Dayton on Friday, police said. "
        "Another man was hurt near the corner of Hickory and 5th."
    )
    places = [p.text for s in split_sentences(extractor.nlp(text), None) for p in s.places]
    assert "Dayton" in places
    assert "Kelly" not in places and "Hickory" not in places  # streets meeting at a corner


def test_a_sheriffs_county_is_no_town(extractor) -> None:  # type: ignore[no-untyped-def]
    from eventwire.extract.sentences import split_sentences

    text = (
        "A teen was fatally shot by a Monterey deputy near Salinas on Sunday. Monterey "
        "sheriff's deputies said he had a knife."
    )
    places = [p.text for s in split_sentences(extractor.nlp(text), None) for p in s.places]
    assert "Salinas" in places
    assert "Monterey" not in places  # the county's deputies, not the town's


def test_the_wounded_who_later_died_is_no_survivor(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A 12-year-old boy was accidentally shot on Monday while playing with a gun. He was "
        "rushed to Elmwood General Hospital in critical condition, where he later died."
    )
    main = extractor.extract(Report(id="t-later", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.injured is None


@pytest.mark.parametrize(
    "sentence",
    [
        "She was taken to Lakeside Children's Hospital in serious condition but later died.",
        "The girl was transported to Mercy Medical Center in critical condition and pronounced "
        "dead at 6:10 p.m.",
    ],
)
def test_the_wounded_who_died_in_the_same_sentence_is_no_survivor(  # type: ignore[no-untyped-def]
    extractor, sentence: str
) -> None:
    text = "A 9-year-old girl was fatally shot on Friday in Brookhaven, police said. " + sentence
    main = extractor.extract(Report(id="t-later2", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.injured is None


def test_the_wounded_who_did_not_survive_is_the_dead(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A man was shot on Birch Lane in Elmwood on Sunday night, police said. He was taken to "
        "Elmwood General Hospital with a gunshot wound to the chest but did not survive."
    )
    main = extractor.extract(Report(id="t-survive", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.injured is None


def test_the_wounded_one_who_has_died_is_no_survivor(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Deputies responded to a shooting on Maple Road in Elmwood on Monday morning. State "
        "police said Tuesday that a juvenile injured in the shooting has died."
    )
    main = extractor.extract(Report(id="t-has-died", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.injured is None


def test_the_dead_named_again_as_wounded_is_no_survivor(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A 4-year-old boy has died after a shooting at a home in Elmwood, police said. The chief "
        "said the young boy was injured by a handgun he found in a bedroom."
    )
    main = extractor.extract(Report(id="t-again", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.injured is None


def test_a_wounded_survivor_beside_the_dead_is_kept(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A 30-year-old man was killed in a shooting at a home in Elmwood, police said. The other "
        "man was injured."
    )
    main = extractor.extract(Report(id="t-beside", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.injured is not None and event.injured.best == 1


@pytest.mark.parametrize(
    "text",
    [
        "A man was killed in a shooting at a home on Oak Street in Elmwood on Saturday, police "
        "said. Ann Roe was shot once in the arm and Bob Lee was hit several times.",
        "Police were called to a home on Oak Street in Elmwood on Saturday night. Ann "
        "Roe was shot once in the arm and Bob Lee was hit several times. Tom Ray was shot in "
        "the head and did not survive.",
    ],
)
def test_two_people_named_as_shot_beside_the_dead_are_the_wounded(  # type: ignore[no-untyped-def]
    extractor, text: str
) -> None:
    main = extractor.extract(Report(id="t-named", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.injured is not None and event.injured.best == 2


@pytest.mark.parametrize(
    ("told", "injured"),
    [
        # the one survivor, told again in a later sentence
        (
            "Another man was wounded and is in serious condition. Police said one man was also "
            "wounded when the gunman fired into the yard.",
            1,
        ),
        # two people in one sentence
        ("Another man was wounded and a woman was also hit in the leg.", 2),
    ],
)
def test_one_more_wounded_told_in_several_sentences_is_one_survivor(  # type: ignore[no-untyped-def]
    extractor, told: str, injured: int
) -> None:
    text = "A man was killed in a shooting on Elm Street in Elmwood early Sunday, police said. "
    main = extractor.extract(
        Report(id="t-again2", title="", text=text + told, published="2016-05-03")
    )
    event = main.events[0]
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.injured is not None and event.injured.best == injured


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Three people are dead after a shooting at a home on Oak Street in Elmwood on "
            "Sunday, police said. Police said all four people were hurt in the same attack.",
            3,
            1,
        ),
        (
            "The attack on a warehouse in Elmwood on Sunday left three people dead, police said. "
            "Three other people were injured, including a clerk who died of his wounds Monday.",
            3,
            2,
        ),
    ],
)
def test_a_count_of_the_wounded_that_takes_in_the_dead(  # type: ignore[no-untyped-def]
    extractor, text: str, killed: int, injured: int
) -> None:
    main = extractor.extract(Report(id="t-with-dead", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.fatalities is not None and event.fatalities.best == killed
    assert event.injured is not None and event.injured.best == injured


def test_other_shootings_figures_are_not_the_events(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A woman was wounded in a shooting on Oak Street in Elmwood on Friday, police said. "
        "Later that night, two other shootings left four people injured."
    )
    main = extractor.extract(Report(id="t-others", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.injured is not None and event.injured.best == 1


def test_one_of_the_wounded_who_died_leaves_the_others(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Five people were wounded in a shooting outside a club in Elmwood on Friday. Police "
        "said Saturday that one of the five victims has died."
    )
    main = extractor.extract(Report(id="t-one-of", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.injured is not None and event.injured.best == 4


def test_in_care_then_he_died_is_one_person(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers found a man with a gunshot wound at a repair shop in Elmwood on Monday. Ward "
        "was in critical condition when he was taken to Elmwood Regional Medical Center. He was "
        "pronounced dead shortly after 5 p.m."
    )
    main = extractor.extract(Report(id="t-next", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.injured is None


def test_the_dead_named_just_before_had_died_is_no_survivor(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A 2-year-old was shot in Elmwood on Monday. Police said Tuesday morning that the girl "
        "had died. A hospital spokeswoman said earlier that the girl is in critical condition."
    )
    main = extractor.extract(Report(id="t-had-died", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.injured is None


def test_the_shot_are_the_wounded_when_a_bigger_count_of_hurt_is_given(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Five people were shot at a party in Elmwood early Sunday, police said. The panic that "
        "followed left seven people injured."
    )
    main = extractor.extract(Report(id="t-hurt", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.injured is not None and event.injured.best == 5


def test_one_of_the_wounded_shot_does_not_shrink_their_count(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Four people were wounded in a shooting in Elmwood early Sunday, police said. Two men "
        "were shot in the legs."
    )
    main = extractor.extract(Report(id="t-part", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.injured is not None and event.injured.best == 4


def test_one_group_read_as_wounded_and_as_shot_is_added_once(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A man was fatally shot outside a bar in Elmwood early Sunday, police said. He was "
        "pronounced dead at the scene. Three other people were also struck by bullets."
    )
    main = extractor.extract(Report(id="t-struck", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.injured is not None and event.injured.best == 3


def test_a_figure_corrected_in_the_same_sentence_is_dropped(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Three people were shot outside a store in Elmwood late Friday. Police originally said "
        "six people were shot, but later corrected that number."
    )
    main = extractor.extract(Report(id="t-revised", title="", text=text, published="2016-05-03"))
    event = main.events[0]
    assert event.injured is not None and event.injured.best == 3


def test_a_headline_place_is_not_a_victims_name(extractor) -> None:  # type: ignore[no-untyped-def]
    report = Report(
        id="t-miller",
        title="Miller county man dies in hunting accident",
        text=(
            "A Miller County, AR man has died after being shot. Tom Ray, 34, was shot at "
            "a cabin on Friday. Ray died at the hospital, Sheriff Dan Cole said."
        ),
        published="2016-05-02",
    )
    main = extractor.extract(report).events[0]
    assert main.fatalities is not None and main.fatalities.best == 1


def test_an_incident_of_an_earlier_year_is_not_counted(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Twelve people were killed on Monday in a shooting at the Navy Yard, police said. It was "
        "the deadliest incident in the city since 1982, when a plane crashed, killing 78 people."
    )
    main = extractor.extract(Report(id="t-1982", title="", text=text, published="2013-09-17"))
    event = main.events[0]
    assert event.fatalities is not None and event.fatalities.best == 12


def _date_of(extractor, text: str, published: str) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    event = extractor.extract(Report(id="t-date", title="", text=text, published=published))
    return event.events[0].date.start, event.events[0].date.text


def test_a_weekday_that_is_also_tomorrow_is_not_the_events(extractor) -> None:  # type: ignore[no-untyped-def]
    # published Monday 2016-05-09: "Tuesday" is more often tomorrow's vigil than six days ago
    text = (
        "A man was shot and killed on Elm Street on Sunday, police said. A vigil is planned "
        "for Tuesday outside the victim's home."
    )
    assert _date_of(extractor, text, "2016-05-09") == ("2016-05-08", "on Sunday")
    alone = "A man was shot and killed on Elm Street Tuesday, police said."
    assert _date_of(extractor, alone, "2016-05-09")[0] == "2016-05-09"  # the publication day
    # so is it when the report says the shooting was last week
    week = (
        "A 6-year-old boy shot his brother last week, police said. The boy was shot on "
        "Wednesday inside their home on Elm Street."
    )
    assert _date_of(extractor, week, "2016-09-27") == ("2016-09-21", "on Wednesday")
    # with "last", six days back is meant
    last = "A man was shot and killed on Elm Street last Tuesday, police said."
    assert _date_of(extractor, last, "2016-05-09")[0] == "2016-05-03"


def test_a_weekday_after_last_week_is_last_weeks(extractor) -> None:  # type: ignore[no-untyped-def]
    # published Saturday 2016-09-24: the deed was placed last week, so "Wednesday" is the 14th,
    # not this week's 21st
    text = (
        "Pat Doe, 30, is charged in the fatal shooting of a teenager at Elmwood Park last week. "
        "The boy was shot Wednesday night near the pond."
    )
    assert _date_of(extractor, text, "2016-09-24") == ("2016-09-14", "Wednesday")
    # published Monday 2016-09-26: last week's Sunday, as US weeks begin on Sunday
    sunday = (
        "A teenager was wounded in a shooting at a Pinewood playground last week. "
        "He was shot near the swings around 9 p.m. Sunday, officers said."
    )
    assert _date_of(extractor, sunday, "2016-09-26") == ("2016-09-18", "Sunday")
    # without it, the weekday is this week's
    plain = "A 17-year-old was shot near the Pinewood swings around 9 p.m. Sunday, officers said."
    assert _date_of(extractor, plain, "2016-09-26")[0] == "2016-09-25"


def test_dates_of_the_aftermath_are_passed_over(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The search continued on Tuesday for the gunman who shot a police officer. The "
        "officer was shot early Sunday on Main Street and is recovering."
    )
    assert _date_of(extractor, text, "2016-07-05") == ("2016-07-03", "early Sunday")
    release = "DATE: April 13, 2015\n\nA man was fatally shot on Friday at a store, police said."
    assert _date_of(extractor, release, "2015-04-13") == ("2015-04-10", "on Friday")
    interview = (
        "Dan Cole, who is accused of killing five children and two adults, was interviewed "
        "in jail Wednesday. The seven were shot dead on Saturday in their home, police said."
    )
    assert _date_of(extractor, interview, "2015-08-10") == ("2015-08-08", "on Saturday")
    tweet = (
        "Seven people were shot in a drive-by. Update: 2 females and one male died according to "
        "@ElmwoodPolice — Kay Lee (@KAYLEE_NEWS) March 18, 2015"
    )
    assert _date_of(extractor, tweet, "2015-03-17")[1] != "March 18, 2015"
    update = (
        "A boy may lose an eye after he was hit by a stray bullet. A police update Monday "
        "included photos of two cars seen nearby."
    )
    assert _date_of(extractor, update, "2015-08-03") == ("2015-08-03", None)
    spelled_out = "A man was fatally shot about 7 p.m. last Friday (April 10) outside a store."
    assert _date_of(extractor, spelled_out, "2015-04-13") == ("2015-04-10", "April 10")
    # neither day below is the event's: the report, published that day, is left dated by its
    # publication (a day before publication bounds the event's: see the test of that below)
    underway = "An investigation was underway Tuesday into a gun battle that wounded an officer."
    assert _date_of(extractor, underway, "2016-07-26") == ("2016-07-26", None)
    unsaid = (
        "A father shot his son and then himself in their home. Police did not provide more "
        "details Tuesday about the gun he used."
    )
    assert _date_of(extractor, unsaid, "2016-07-26") == ("2016-07-26", None)


def test_the_day_of_a_charge_is_not_the_day_of_the_deed_it_names(extractor) -> None:  # type: ignore[no-untyped-def]
    # "charged Friday with shooting": Friday is the charge's day, though a deed follows it
    charged = "A man was charged Friday with shooting his cousin outside a bar on Elm Street."
    assert _date_of(extractor, charged, "2017-01-06") == ("2017-01-06", None)
    pleaded = (
        "A woman pleaded not guilty Tuesday to murdering her neighbor. The neighbor was shot "
        "outside his home on Oak Avenue, police said."
    )
    assert _date_of(extractor, pleaded, "2017-01-10") == ("2017-01-10", None)
    # a date naming the deed itself still dates it
    named = "Police arrested a man Monday in Sunday night's fatal shooting on Elm Street."
    assert _date_of(extractor, named, "2017-01-10") == ("2017-01-08", "Sunday")
    attempted = "He was indicted Monday in the Dec. 30 attempted murder of a clerk."
    assert _date_of(extractor, attempted, "2017-01-10") == ("2016-12-30", "Dec. 30")
    # the deed nearer before the date: the shooting's day, though an arrest opens the sentence
    shot = "A son was arrested after his father was shot Saturday night."
    assert _date_of(extractor, shot, "2016-08-08") == ("2016-08-06", "Saturday")
    far = (
        "A man was arrested after his neighbor was shot outside a convenience store at the "
        "corner of Elm Street and Oak Avenue on Sunday night."
    )
    assert _date_of(extractor, far, "2016-08-08") == ("2016-08-07", "on Sunday")
    # a memorial service is where it happened, not a step taken against the gunman
    service = (
        "A day of mourning at the lodge on Elm Street took a tragic turn Friday when gunfire "
        "erupted during a memorial service."
    )
    assert _date_of(extractor, service, "2016-12-10") == ("2016-12-09", "Friday")


def test_a_date_before_a_comma_and_its_source_is_the_events(extractor) -> None:  # type: ignore[no-untyped-def]
    credited = "A man was shot at about 10 a.m. Monday, said Lt. Sam Hale of the city police."
    assert _date_of(extractor, credited, "2016-12-13") == ("2016-12-12", "Monday")
    said = "A man was found shot in his car. Police on Monday said he had died."
    assert _date_of(extractor, said, "2016-12-12") == ("2016-12-12", None)


def test_a_weekday_opening_a_statement_is_the_statements_day(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A man who was wounded in a shooting at a park died on Saturday. On Thursday, police "
        "identified the three people who were shot. On Friday, Sheriff Tom Reed said the "
        "gunman is still at large."
    )
    assert _date_of(extractor, text, "2016-09-04") == ("2016-09-03", "on Saturday")
    # a weekday that opens the telling of the event is still its day
    told = "On Thursday, two men were shot outside a bar on Elm Street, police said."
    assert _date_of(extractor, told, "2016-09-04") == ("2016-09-01", "On Thursday")


def test_a_birthday_is_not_the_events_day(extractor) -> None:  # type: ignore[no-untyped-def]
    turned = (
        "A girl who turned three years old on Sunday was killed Tuesday when a bullet struck "
        "her home, police said."
    )
    assert _date_of(extractor, turned, "2016-10-26") == ("2016-10-25", "Tuesday")
    born = "A baby girl who was born on Sept. 30 was wounded by a stray bullet Tuesday night."
    assert _date_of(extractor, born, "2016-10-26") == ("2016-10-25", "Tuesday")
    # "turned deadly" is no age
    deadly = "An argument turned deadly Saturday when a man fired at his neighbor."
    assert _date_of(extractor, deadly, "2016-10-24")[0] == "2016-10-22"


def test_an_explicit_day_anywhere_says_which_side_of_midnight_overnight_was(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A man was seriously hurt in an overnight shooting at a motel. The incident happened "
        "around 11:30 p.m. Monday in the 1000 block of Main Street."
    )
    assert _date_of(extractor, text, "2017-01-03") == ("2017-01-02", "Monday")
    alone = "A man was seriously hurt in an overnight shooting at a motel."
    assert _date_of(extractor, alone, "2017-01-03") == ("2017-01-03", "overnight")
    # a night's evening hour without a day: the night began the day before
    evening = (
        "A man was seriously hurt in an overnight shooting at a motel. The shots were fired "
        "into his room just before midnight, police said."
    )
    assert _date_of(extractor, evening, "2017-01-03") == ("2017-01-02", "overnight")


def test_a_relative_day_in_a_quotation_is_the_speakers(extractor) -> None:  # type: ignore[no-untyped-def]
    curly = (
        "A man was shot early Sunday outside a bar. “I was with my brother yesterday, and now "
        "he’s dead,” his sister said."
    )
    assert _date_of(extractor, curly, "2013-07-07") == ("2013-07-07", "early Sunday")
    straight = (
        'A man was shot outside a bar on Tuesday. "That shooting last night was senseless," the '
        "mayor said."
    )
    assert _date_of(extractor, straight, "2016-12-13") == ("2016-12-13", "on Tuesday")
    # a sentence may begin inside the quotation
    inside = (
        "A man was shot outside a bar early this morning. “My brother was there. He was hurt in "
        "that shooting last night,” his sister said."
    )
    assert _date_of(extractor, inside, "2016-12-14") == ("2016-12-14", "early this morning")
    # outside quotation marks the same words date the event
    plain = "A man was shot outside a bar last night, his sister said."
    assert _date_of(extractor, plain, "2016-12-14") == ("2016-12-13", "last night")


def test_relative_days_count_from_the_pages_posted_day(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Posted: Sunday, March 10, 2013 10:02 AM EST Updated: Monday, March 25, 2013\n\n"
        "Five people were shot outside a banquet hall early Sunday, police said."
    )
    assert _date_of(extractor, text, "2013-03-26") == ("2013-03-10", "early Sunday")


def test_relative_days_count_from_the_day_in_the_pages_address(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "A clerk was shot and wounded during a robbery Friday night, police said."
    report = Report(
        id="t-url-day",
        title="",
        text=text,
        published="2017-04-19",  # when the page was collected, weeks after it ran
        url="http://web.archive.org/web/20170419101500/http://example.com/news/2017/02/11/clerk-shot/",
    )
    event = extractor.extract(report).events[0]
    assert (event.date.start, event.date.text) == ("2017-02-10", "Friday")
    # without the address the same words count from the collection day
    assert _date_of(extractor, text, "2017-04-19") == ("2017-04-14", "Friday")


def test_relative_days_count_back_from_an_archives_earlier_capture(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "A gunman killed two farmhands in a barn on Wednesday, deputies said."
    report = Report(
        id="t-archived",
        title="",
        text=text,
        published="2017-01-28",  # when the copy was collected, long after it ran
        url="http://web.archive.org/web/20150718014713/http://example.com/news/farm-shooting",
    )
    event = extractor.extract(report).events[0]
    # the page was up by Saturday 2015-07-18, the day the archive captured it
    assert (event.date.start, event.date.text) == ("2015-07-15", "on Wednesday")


def test_the_small_hours_of_tomorrow_in_a_report_dated_a_day_early(extractor) -> None:  # type: ignore[no-untyped-def]
    # published Thursday 2017-03-09: "early Friday" six days back is too old for such news
    text = "Two men were killed in a shooting at a gas station early Friday, police said."
    assert _date_of(extractor, text, "2017-03-09") == ("2017-03-10", "early Friday")
    # a bare weekday six days back is still not read as tomorrow: it is as often a vigil's
    bare = "Two men were killed in a shooting at a gas station Friday, police said."
    assert _date_of(extractor, bare, "2017-03-09") == ("2017-03-09", None)


def test_days_of_statements_plans_and_tallies_do_not_date_the_event(extractor) -> None:  # type: ignore[no-untyped-def]
    published = "2016-09-19"  # a Monday
    statements = [
        "A toddler died after being shot at an apartment complex, a Monday morning email from "
        "the agency said.",
        "A woman was wounded outside a nightclub, a police source told WXYZ 7 News Monday.",
        "A woman was wounded outside a nightclub, the chief told reporters on Monday.",
        "A boy was wounded at his home. The shooting had not been ruled an accident as of "
        "Monday evening.",
        "A boy shot himself in the hand with his mother's gun. She is expected to speak with "
        "detectives Monday.",
    ]
    for text in statements:
        assert _date_of(extractor, text, published) == (published, None), text
    # a plan's words do not hide a deed's day that follows them
    unsaid = "Police will not say why the man was shot Saturday outside the bar."
    assert _date_of(extractor, unsaid, published) == ("2016-09-17", "Saturday")
    tally = (
        "A teenager was killed Sunday outside a Pinewood arcade. His death raised to 30 the "
        "count of those wounded since Wednesday evening, the mayor's office said."
    )
    assert _date_of(extractor, tally, published) == ("2016-09-18", "Sunday")
    others = (
        "A man was shot and killed outside a gas station early Sunday, police said. In other "
        "shootings on Saturday, two men were wounded in separate attacks."
    )
    assert _date_of(extractor, others, published) == ("2016-09-18", "early Sunday")


def test_holidays_and_other_incidents_do_not_date_the_event(extractor) -> None:  # type: ignore[no-untyped-def]
    holiday = (
        "The district was busy with visitors after the Thanksgiving holiday. The shooting, "
        "which happened at 1:30 a.m. Sunday on Bourbon Street, killed one man, police said."
    )
    assert _date_of(extractor, holiday, "2016-11-29") == ("2016-11-27", "Sunday")
    earlier = (
        "A 14-year-old girl was wounded Wednesday night in an accidental shooting. Exactly one "
        "week ago, on June 29th, a 13-year-old boy died in a shooting on the same street."
    )
    assert _date_of(extractor, earlier, "2016-07-07")[0] == "2016-07-06"
    round_up = (
        "Two men died in separate shootings on Saturday, police said. In the other incident, a "
        "man was shot on Oct. 2 and died in the hospital."
    )
    assert _date_of(extractor, round_up, "2016-10-23") == ("2016-10-22", "on Saturday")
    also = (
        "A teen was shot in the stomach Monday at a birthday party. A 17-year-old was also shot "
        "and killed at a playground Sunday night."
    )
    assert _date_of(extractor, also, "2017-02-21") == ("2017-02-20", "Monday")
    revenge = (
        "A teenager was shot and killed outside a store on Monday. Police believe it was in "
        "retaliation for the killing of a man on Jan. 5."
    )
    assert _date_of(extractor, revenge, "2017-01-17") == ("2017-01-16", "on Monday")


def test_of_late_one_day_or_early_the_next_the_next_dates_the_deed(extractor) -> None:  # type: ignore[no-untyped-def]
    # published Tuesday 2016-09-20
    either = (
        "Deputies said Ann Roe shot her husband and two sons late Thursday or early Friday at "
        "their home in Pinewood before killing herself."
    )
    assert _date_of(extractor, either, "2016-09-20") == ("2016-09-16", "early Friday")
    night = "Bob Lee was killed late Thursday night or early Friday morning, police said."
    assert _date_of(extractor, night, "2016-09-20") == ("2016-09-16", "early Friday")
    alone = "Bob Lee was shot and killed late Thursday outside his home, police said."
    assert _date_of(extractor, alone, "2016-09-20") == ("2016-09-15", "late Thursday")
    into = "Bob Lee was found shot dead late Thursday night into early Friday, police said."
    assert _date_of(extractor, into, "2016-09-20") == ("2016-09-16", "early Friday")
    # "the early morning" after a Saturday report's "Friday night" is its publication day
    morning = (
        "Shots rang out across Pinewood Friday night and into the early morning, killing a "
        "teenager, police said."
    )
    assert _date_of(extractor, morning, "2016-09-24") == ("2016-09-24", None)


def test_a_day_naming_the_deed_outranks_an_earlier_day_of_something_else(extractor) -> None:  # type: ignore[no-untyped-def]
    # published Friday 2016-09-23: "Sunday" reads as 09-18, before "Thursday", 09-22
    rampage = (
        "Flowers piled up outside the Elmwood store where Thursday's shooting spree began. The "
        "body of Bob Lee, who was killed in the attack, was flown home on Sunday afternoon."
    )
    assert _date_of(extractor, rampage, "2016-09-23") == ("2016-09-22", "Thursday")
    # with no day naming the deed, the earliest day still dates it
    plain = (
        "Bob Lee was shot Sunday outside the Elmwood store. He died of his wounds Thursday at "
        "Pinewood General Hospital."
    )
    assert _date_of(extractor, plain, "2016-09-23") == ("2016-09-18", "Sunday")


def test_a_death_in_a_crash_is_another_storys_day(extractor) -> None:  # type: ignore[no-untyped-def]
    # a station's page: a teaser of a traffic death before the story of the shooting
    teaser = (
        "A Pinewood woman died Thursday when her pickup hit a tree in a one-car crash. A man was "
        "killed and two others were wounded in a shooting outside an Elmwood bar about 1 a.m. "
        "Saturday, police said."
    )
    assert _date_of(extractor, teaser, "2016-09-24") == ("2016-09-24", "Saturday")
    struck = (
        "A boy, 6, died after he was struck on Wednesday by a delivery truck. Two men were shot "
        "outside a store on Elm Road Friday night."
    )
    assert _date_of(extractor, struck, "2016-09-24") == ("2016-09-23", "Friday")
    # a crash told with the gun is the deed's
    chase = "Deputies said the gunman crashed his car Friday after shooting two men on Elm Road."
    assert _date_of(extractor, chase, "2016-09-24") == ("2016-09-23", "Friday")
    fired_on = (
        "Officers opened fire on a driver after a crash on Elm Road Friday night. He died at "
        "the scene."
    )
    assert _date_of(extractor, fired_on, "2016-09-24") == ("2016-09-23", "Friday")


def test_the_span_of_days_of_a_round_up_dates_none_of_its_shootings(extractor) -> None:  # type: ignore[no-untyped-def]
    # published Monday 2016-09-26
    span = (
        "From Friday evening through Sunday, gunfire wounded 19 people across Pinewood, police "
        "said. One man was killed about 9 p.m. Saturday on Elm Road."
    )
    assert _date_of(extractor, span, "2016-09-26") == ("2016-09-24", "Saturday")
    between = (
        "Police investigated shootings between early Friday and late Sunday. A woman was shot "
        "and killed outside her Elmwood home Saturday night."
    )
    assert _date_of(extractor, between, "2016-09-26") == ("2016-09-24", "Saturday")


def _place_of(extractor, title: str, text: str, published: str = "2016-05-02"):  # type: ignore[no-untyped-def]
    report = Report(id="t-place", title=title, text=text, published=published)
    return extractor.extract(report).events[0].location


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a station's city as dateline, the suburb in the headline
        (
            "Family wants answers in Kent shooting",
            "SEATTLE -- The family of a baby who was shot in a Kent apartment on Monday said "
            "police have not told them enough.",
            ("Kent", "Washington", None, "city"),
        ),
        # a headline's town the event happened in, farther from the dateline than its suburbs
        # but within the station's region; not a town the victims came from
        (
            "Orlando man wounded outside bar in Lakeland",
            "ORLANDO - An Orlando man was wounded early Sunday when gunfire broke out outside a "
            "bar, his family said.",
            ("Lakeland", "Florida", None, "city"),
        ),
        (
            "2 victims of nightclub shooting came from Lakeland",
            "ORLANDO - Two people wounded in a nightclub shooting early Sunday were from "
            "Lakeland, police said.",
            ("Orlando", "Florida", None, "city"),
        ),
        # but not the outlet's city after a dash, nor a town the event was only near
        (
            "Father kills intruder in his home - News 8 - Tacoma",
            "SEATTLE -- A father shot and killed an intruder in his home on Monday, police said.",
            ("Seattle", "Washington", None, "city"),
        ),
        # the headline's own town and state, before the station's city
        (
            "Hope, AR man dies in accidental shooting - KSLA News 12 Shreveport",
            "Police said the man was cleaning a gun at his home on Tuesday when it went off.",
            ("Hope", "Arkansas", None, "city"),
        ),
        # a town the event was east of, in the headline only
        (
            "Two Men Found Dead East of Bozeman",
            "Gallatin County deputies found two men shot dead in a cabin on Friday.",
            ("Bozeman", "Montana", None, "city"),
        ),
        # the smallest towns come from the postal list, in the report's own state
        (
            "Man dies a day after his son",
            "Goshen County deputies said the 53-year-old man from the tiny Wyoming town of "
            "Lingle died on Monday, a day after he shot his son.",
            ("Lingle", "Wyoming", None, "city"),
        ),
        # a suburb the report sets apart is not folded into the big city beside it
        (
            "3 hurt in suburban Denver motel shooting",
            "Police say three people were wounded at a gathering at a motel in the Denver "
            "suburb of Wheat Ridge on Friday.",
            ("Wheat Ridge", "Colorado", None, "city"),
        ),
        # a borough is its town
        (
            "Teen dies of gunshot wound",
            "DAUPHIN COUNTY, Pa. -- Officers went to a house in Hummelstown Borough on Friday "
            "where a teen was found shot dead.",
            ("Hummelstown", "Pennsylvania", None, "city"),
        ),
        # a dateline crediting two agencies; a "Georgia" beside a Georgia town is the state;
        # "in McComb"; "Killeen 3-year-old"; "Four teens" is no place
        (
            "Teen sentenced for quadruple murders",
            "COLUMBUS (WCMH/AP) -- A 17-year-old was sentenced on Tuesday for the shooting that "
            "killed four people.",
            ("Columbus", "Ohio", None, "city"),
        ),
        (
            "Hawkinsville man dies in hunting accident",
            "HAWKINSVILLE -- A man died on Friday in a hunting accident in middle "
            "Georgia, deputies said.",
            ("Hawkinsville", "Georgia", None, "city"),
        ),
        (
            "5-year-old shot by 3-year-old sister",
            "The boy was shot at a house in McComb. The Pike County Sheriff's Department is "
            "looking into it.",
            ("McComb", "Mississippi", None, "city"),
        ),
        (
            "Killeen 3-year-old in serious condition after shooting",
            "Four teens were in the house when the girl was shot, police said.",
            ("Killeen", "Texas", None, "city"),
        ),
        # no country named, but one US turn of phrase ("the 1400 block of"): Chester, USA,
        # not Chester, England
        (
            "Five hurt in shootings",
            "Police said five people were hospitalized following shootings in the 1400 block of "
            "West Congress Street in Chester early Wednesday.",
            ("Chester", "Pennsylvania", None, "site"),
        ),
        # no place in the report but the outlet's city in the headline's tail: a last resort
        (
            "Man arrested in infant shooting - KFDA - NewsChannel 10 / Amarillo News, Weather",
            "Police have arrested a man in the shooting of an infant last week, officers said.",
            ("Amarillo", "Texas", None, "city"),
        ),
        # a town named as the modifier of a bar
        (
            "Second man pleads in fatal Hamilton bar shooting",
            "A second man pleaded guilty on Friday in Butler County, Ohio, in the shooting that "
            "killed a woman.",
            ("Hamilton", "Ohio", None, "city"),
        ),
        # a dateline's "Georgia" after a Georgia town is the state; after Tbilisi, the country
        (
            "Teen killed in accidental shooting",
            "HAWKINSVILLE, Georgia (WXYZ/AP) -- A man was shot and killed outside his "
            "home on Franklin Street on Friday.",
            ("Hawkinsville", "Georgia", None, "site"),
        ),
        (
            "Two killed in shooting",
            "TBILISI, Georgia (Reuters) -- Two people were shot dead in the capital on Monday, the "
            "interior ministry said.",
            ("Tbilisi", None, None, "city"),
        ),
        # "in NW Albuquerque": a quarter of the city, coded as the city
        (
            "Woman charged in NW Albuquerque shooting death of roommate",
            "Efforts to save the victim failed, a police spokeswoman said.",
            ("Albuquerque", "New Mexico", None, "city"),
        ),
        # named only by its county: the namesake town, precision admin2
        (
            "Boy, 3, shoots himself with father's gun",
            "A 3-year-old boy shot himself at a home in Gladwin County, Michigan, on Monday, "
            "sheriff's deputies said. He is recovering.",
            ("Gladwin", "Michigan", "Gladwin County", "admin2"),
        ),
        # a county abbreviated
        (
            "Hunter wounded",
            "A hunter was wounded on Saturday in Gladwin Co., Michigan, deputies said.",
            ("Gladwin", "Michigan", "Gladwin County", "admin2"),
        ),
        # a county name with a capital inside it
        (
            "Man wounded at home",
            "A man was wounded at a home in McHenry County, Illinois, on Friday, deputies said.",
            ("McHenry", "Illinois", "McHenry County", "admin2"),
        ),
        # with no town of the county's name, its biggest town (most often its seat)
        (
            "Hunter wounded",
            "A hunter was shot in the leg in Coffee County, Alabama, on Saturday, deputies said.",
            ("Enterprise", "Alabama", "Coffee County", "admin2"),
        ),
        # a town the model did not label, after a part of it in lower case
        (
            "Man shot at gas station",
            "A man was shot at a gas station in north Tustin on Monday, deputies said.",
            ("Tustin", "California", None, "city"),
        ),
        # "the town of": a town the model took for a person
        (
            "Man kills neighbor after dispute",
            "A man shot and killed his neighbor on Thursday at his home in the town of Archer, "
            "deputies in Florida said.",
            ("Archer", "Florida", None, "city"),
        ),
        # a hospital by its name alone is where the wounded went, not the scene
        (
            "2 Roseville teens wounded",
            "Two teens were wounded when a friend fired a gun inside a Roseville home, police "
            "said.\n\nBoth were taken to St. Luke's in Detroit and are in stable condition.",
            ("Roseville", "Michigan", None, "city"),
        ),
        (
            "Teen shot",
            "A teenager was shot in southwest Lakeland on Sunday, officers said.",
            ("Lakeland", "Florida", None, "city"),
        ),
        # a town missing from the state named first is looked for in the other state named
        # before anywhere else
        (
            "Tennessee man shot",
            "A Tennessee man was shot in Enterprise on Friday, police in Alabama said.",
            ("Enterprise", "Alabama", None, "city"),
        ),
        # a county of the report's state by its name alone, not a town so named elsewhere
        (
            "Man wounded in Summit shooting",
            "A man was shot in the leg in Summit, Ohio, on Saturday night, deputies said. The "
            "Ohio man is expected to live.",
            ("Akron", "Ohio", "Summit County", "admin2"),
        ),
        # a county in capitals as the dateline: its town, as a county named in the body is
        (
            "Hunter wounded",
            "COFFEE COUNTY, Ala. (AP) - A hunter was shot in the leg on Saturday, deputies said.",
            ("Enterprise", "Alabama", "Coffee County", "admin2"),
        ),
        # and a town outside the dateline's county is someone's home, not the scene
        (
            "Teen killed at hunting camp",
            "GLADWIN COUNTY, Mich. - A Midland teen was shot and killed at a hunting camp on "
            "Saturday, deputies said.",
            ("Gladwin", "Michigan", "Gladwin County", "admin2"),
        ),
        # the county the headline places the event in, over a town outside it (a hometown,
        # a station's dateline)
        (
            "Searcy teen dies in Faulkner County hunting accident",
            "SEARCY - A Searcy teenager died Saturday after he was shot while deer hunting with "
            "his uncle, deputies said.",
            ("Conway", "Arkansas", "Faulkner County", "admin2"),
        ),
        (
            "Boy, 9, wounded in Faulkner County",
            "A 9-year-old Searcy boy was shot in the arm Sunday while playing with a rifle, the "
            "sheriff said.",
            ("Conway", "Arkansas", "Faulkner County", "admin2"),
        ),
        # a place used as a modifier; a state name that names a street
        (
            "9-year-old shot; neighbor charged",
            "Deputies searched a northeast Raleigh neighborhood on Friday after a 9-year-old "
            "was shot at 1417 Georgia Street, the Wake County sheriff said.",
            ("Raleigh", "North Carolina", None, "site"),  # the site: Georgia Street
        ),
        # a headline label is no dateline; a lowercase "coma" is no place
        (
            "NOPD: Deadly double shooting in the 7th Ward",
            "NEW ORLEANS -- Officers are looking into a double shooting on Desire Street "
            "that left one woman dead and a man wounded on Friday night. The wounded man is in a "
            "coma, officers said.",
            ("New Orleans", "Louisiana", None, "site"),  # the site: Desire Street
        ),
        # a caption before a city's police; "But police" is no city
        (
            "Teen arrested in deadly shooting",
            "Buy Photo Indianapolis police investigate the scene. A teen was shot and killed "
            "on Sunday, police said. But police later concluded the shot was fired inside.",
            ("Indianapolis", "Indiana", None, "city"),
        ),
        # the city a neighbourhood lies in
        (
            "Man wounded in Malibu Groves",
            "A man was wounded in Orlando's Malibu Groves neighborhood early Friday.",
            ("Orlando", "Florida", None, "city"),
        ),
        # no dateline, the station's city police in the body: the headline's nearby town
        (
            "Boy who shot himself in Sanger is identified",
            "Fresno police said the 5-year-old found a handgun in a bedroom on Saturday. "
            "Fresno County deputies are investigating.",
            ("Sanger", "California", None, "city"),
        ),
        # of the many Springfields, the one beside the other town the report names
        (
            "Two wounded in Springfield shooting",
            "Two men were shot outside a bar in Springfield late Friday. Both were taken to a "
            "hospital in Eugene, where one remains in serious condition.",
            ("Springfield", "Oregon", None, "city"),
        ),
        # a follow-up names the town only where it recounts the old shooting
        (
            "Man sentenced in double shooting",
            "A man convicted of shooting two people at a dice game will spend the rest of his "
            "life in prison.\n\nPolice said the shooting happened on June 3, 2012, on Oak "
            "Street in Tupelo. One man was killed and another was wounded.",
            ("Tupelo", "Mississippi", None, "city"),
        ),
        # a city's police under its abbreviated name
        (
            "Man wounded outside apartment",
            "St. Cloud police said a 19-year-old man was shot in the leg outside an apartment "
            "on Sunday.",
            ("Saint Cloud", "Minnesota", None, "city"),
        ),
        # a town with its own police force is not a neighbourhood of the city beside it
        (
            "Man wounded outside bar",
            "A man was shot outside a bar in Englewood on Monday night, Englewood police said. "
            "Firefighters from Denver also responded.",
            ("Englewood", "Colorado", None, "city"),
        ),
        # an American station's dateline is an American town's; of the American Mansfields,
        # the one in a state with the county the report names
        (
            "Five teens shot at hotel",
            "MANSFIELD (WXYZ) — Five teenagers were shot at a hotel in Mansfield overnight. The "
            "Richland County Sheriff's Office is investigating.",
            ("Mansfield", "Ohio", None, "city"),
        ),
        # a homonym lying in the county the report names, whatever state or country the
        # rest suggests
        (
            "Teen wounded in Newark",
            "A teenager was shot in Newark on Sunday evening, News 4 New York reported. The "
            "Essex County Prosecutor's Office is investigating.",
            ("Newark", "New Jersey", None, "city"),
        ),
        (
            "Boy hurt in hunting accident",
            "LIMA — A boy was wounded by a rifle shot on Saturday, Allen County deputies said.",
            ("Lima", "Ohio", None, "city"),
        ),
        # a headline's title-cased "Fontana Shooting", read by the model as one facility's
        # name, still names the town
        (
            "Teen Killed in Fontana Shooting",
            "Teen Killed in Fontana Shooting\n\nA teenager was killed on Monday in Fontana. San "
            "Bernardino police and San Bernardino fire crews said the shooter fled.",
            ("Fontana", "California", None, "city"),
        ),
        # a dateline at the town the headline names as where the suspect was caught
        (
            "Man sought in bar shooting arrested in Knoxville",
            "KNOXVILLE — A man wanted in a shooting outside a bar in Cleveland that left two "
            "people hurt last week was arrested on Tuesday, police said.",
            ("Cleveland", "Tennessee", None, "city"),
        ),
        # of two towns, the one lying in the county the report names
        (
            "Man found shot",
            "Muncie police said a man was found shot on a farm near Anderson on Sunday, the "
            "Madison County Sheriff's Office said.",
            ("Anderson", "Indiana", None, "city"),
        ),
        # a town with ZIP codes of its own is not a neighbourhood of the big city beside it
        (
            "Man shot outside store",
            "A man was shot outside a store in Bellaire on Sunday night. Houston firefighters "
            "also responded.",
            ("Bellaire", "Texas", None, "city"),
        ),
        # the headline's town, farther from the city whose police the report quotes
        (
            "Two wounded in shooting outside Merced nightclub",
            "Fresno police said two men were wounded late Saturday and a suspect was arrested.",
            ("Merced", "California", None, "city"),
        ),
        # a part of a state is the state, not a town named like it
        (
            "Teen wounded",
            "A teen was shot on Sunday in Central Florida, deputies said.",
            (None, "Florida", None, "admin1"),
        ),
        (
            "Child shot in arm in Southeast D.C.",
            "A child was shot in the arm on Sunday, police said.",
            ("Washington", "District of Columbia", None, "city"),
        ),
        # an unincorporated area near a town is placed at the town, not at the city named
        # elsewhere
        (
            "Boy, 6, dies after accidental shooting",
            "The boy lost his mother last year to gun violence in Chicago. Officials said the "
            "incident happened Friday night at his home in an unincorporated area near Glen "
            "Ellyn.",
            ("Glen Ellyn", "Illinois", None, "city"),
        ),
        # the town a street address lies in is the scene's, not the station's dateline
        (
            "Man wounded on his porch",
            "SPRINGFIELD, Ill. (WXYZ) — A man was shot on Sunday night in the 300 block of Oak "
            "Lane in Chatham, the Sangamon County Sheriff's Office said.",
            ("Chatham", "Illinois", None, "city"),
        ),
        # but not the street someone lives on
        (
            "Man wounded on his porch",
            "SPRINGFIELD, Ill. (WXYZ) — A man was shot on his porch on Sunday night, police "
            "said. Tom Lee, 30, of the 100 block of Elm Lane in Rochester, was arrested.",
            ("Springfield", "Illinois", None, "city"),
        ),
        # nor the street where a suspect was caught, far from the scene
        (
            "Man wounded on his porch",
            "SPRINGFIELD, Ill. (WXYZ) — A man was shot on his porch on Sunday night, police "
            "said. Tom Lee, 30, was arrested the next day in the 100 block of Elm Lane in "
            "Rochester.",
            ("Springfield", "Illinois", None, "city"),
        ),
        # a city's police force by its acronym alone
        (
            "Teen shot dead",
            "A 16-year-old boy was shot and killed Sunday night, an LMPD spokesman said.",
            ("Louisville", "Kentucky", None, "city"),
        ),
        # or a city by its own shorthand
        (
            "KCK teen wounded in drive-by",
            "A 15-year-old was wounded by gunfire on Sunday, police said.",
            ("Kansas City", "Kansas", None, "city"),
        ),
        (
            "Man shot in South Philly",
            "A man was shot twice on Sunday night, police said.",
            ("Philadelphia", "Pennsylvania", None, "city"),
        ),
        # the dateline's country outweighs "the West Bank" of the Mississippi
        (
            "Man dead, infant injured in shooting",
            "NEW ORLEANS – Police are investigating a shooting on the West Bank that left a "
            "man dead and an infant injured on Thursday night, police said.",
            ("New Orleans", "Louisiana", None, "city"),
        ),
    ],
)
def test_places(extractor, title: str, text: str, expected: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    location = _place_of(extractor, title, text)
    assert (location.name, location.admin1, location.admin2, location.precision) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # the outlet's city inside its host name, behind an archive's address
        (
            "http://web.archive.org/web/20160101000000/http://www.tulsaherald.example:80/news/"
            "crime/man-wounded-in-drive-by/",
            ("Tulsa", "Oklahoma"),
        ),
        # or as a section of its site
        ("https://www.channel9.example/news/local/omaha/man-wounded/123/", ("Omaha", "Nebraska")),
        # or by the city's shorthand opening its host name
        ("https://www.theindyherald.example/news/man-wounded/", ("Indianapolis", "Indiana")),
        ("https://www.stlherald.example/news/man-wounded/", ("St. Louis", "Missouri")),
    ],
)
def test_a_report_naming_no_town_is_placed_at_its_outlets_city(  # type: ignore[no-untyped-def]
    extractor, url: str, expected: tuple[str, str]
) -> None:
    text = "A man was shot in the leg on the north side on Tuesday night, police said."
    report = Report(
        id="t-outlet", title="Man wounded in drive-by", text=text, published="2016-05-04", url=url
    )
    location = extractor.extract(report).events[0].location
    assert (location.name, location.admin1) == expected
    # with no address, or one naming no city, the report stays unplaced
    for no_city in (None, "https://www.wqxz.example/news/man-wounded/123/"):
        report = Report(id="t-outlet", title="Man wounded", text=text, url=no_city)
        assert extractor.extract(report).events[0].location.name is None


def test_a_report_naming_no_town_is_placed_at_its_stations_city(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "A man was shot in the leg on the north side on Tuesday night, police said."
    url = "https://www.wsoctv.example/news/local/man-wounded/123/"
    report = Report(id="t-station", title="Man wounded in drive-by", text=text, url=url)
    location = extractor.extract(report).events[0].location
    assert (location.name, location.admin1) == ("Charlotte", "North Carolina")
    # a county the report names is nearer the event than the station's city
    county = "A man was shot in the leg in Cabarrus County on Tuesday night, deputies said."
    report = Report(id="t-station", title="Man wounded", text=county, url=url)
    location = extractor.extract(report).events[0].location
    assert (location.name, location.admin2) == ("Concord", "Cabarrus County")


def test_a_stations_state_is_the_reports(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "A student was shot in Moscow on Sunday night, police said."
    url = "https://www.ktvb.example/news/local/student-shot/123/"  # a Boise station
    report = Report(id="t-station", title="Student wounded", text=text, url=url)
    location = extractor.extract(report).events[0].location
    assert (location.name, location.admin1) == ("Moscow", "Idaho")


@pytest.mark.parametrize(
    ("force", "state", "scene"), [("Elko", "Idaho", "Pocatello"), ("Rawlins", "Utah", "Provo")]
)
def test_a_small_town_of_another_state_is_not_the_scene(  # type: ignore[no-untyped-def]
    extractor, force: str, state: str, scene: str
) -> None:
    text = (
        f"{force} police have arrested a man suspected of killing his wife in {state}. "
        f"He is believed to have shot her at their home in {scene} on Sunday."
    )
    report = Report(id="t-trail", title=f"{force} police arrest {state} murder suspect", text=text)
    location = extractor.extract(report).events[0].location
    assert (location.name, location.admin1) == (scene, state)


@pytest.mark.parametrize(
    ("town", "url", "state"),
    [
        ("Aurora", "https://abc7chicago.example/news/a/1/", "Illinois"),
        ("Springfield", "https://www.news.example/news/local/boston/a/", "Massachusetts"),
    ],
)
def test_the_state_of_the_city_an_outlets_address_names_is_the_reports(  # type: ignore[no-untyped-def]
    extractor, town: str, url: str, state: str
) -> None:
    text = f"A man was shot in {town} on Sunday night, police said."
    report = Report(id="t-outlet-city", title="Man wounded", text=text, url=url)
    location = extractor.extract(report).events[0].location
    assert (location.name, location.admin1) == (town, state)


def test_a_newspapers_host_gives_the_state_of_its_city(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "A man was shot at his home in Plymouth on Sunday, deputies said."
    url = "https://www.orlandosentinel.example/news/breaking-news/man-shot-story.html"
    report = Report(id="t-outlet", title="Man shot at his home", text=text, url=url)
    location = extractor.extract(report).events[0].location
    assert (location.name, location.admin1) == ("Plymouth", "Florida")


def test_a_dateline_town_of_the_stations_state_is_not_its_namesake_abroad(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "LONDON - A man was shot and wounded at a gas station on Sunday night, police said."
    url = "https://www.10tv.example/article/man-wounded/"  # a Columbus, Ohio station
    report = Report(id="t-station", title="Man wounded at gas station", text=text, url=url)
    location = extractor.extract(report).events[0].location
    assert (location.name, location.admin1) == ("London", "Ohio")
    # with nothing to say which, the well-known one
    report = Report(id="t-station", title="Man wounded at gas station", text=text)
    assert extractor.extract(report).events[0].location.country_code == "GB"


def test_a_report_naming_no_town_is_placed_at_its_newspapers_city(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "A man was shot in the leg on the east side on Tuesday night, police said."
    url = "https://www.sacbee.example/news/local/crime/article123.html"
    report = Report(id="t-outlet", title="Man wounded", text=text, url=url)
    location = extractor.extract(report).events[0].location
    assert (location.name, location.admin1) == ("Sacramento", "California")


def test_a_county_across_the_state_line_from_the_station(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "A hunter was wounded on Saturday in Wyandotte County, deputies said."
    url = "https://www.kmbc.example/article/hunter-wounded/"  # a Kansas City, Missouri station
    report = Report(id="t-station", title="Hunter wounded", text=text, url=url)
    location = extractor.extract(report).events[0].location
    assert (location.name, location.admin1, location.admin2) == (
        "Kansas City",
        "Kansas",
        "Wyandotte County",
    )


def test_outlet_stations() -> None:
    from eventwire.resolve.locate import outlet_stations

    assert outlet_stations("http://www.kmbc.example/news/a") == ["Kansas City, MO"]
    assert outlet_stations("https://wdbj7.example/a/b") == ["Roanoke, VA"]
    assert outlet_stations("https://www.wxyz-unknown.example/a") == []
    # a big newspaper's site, read as a station's
    assert outlet_stations("https://www.ajc.example/news/a/") == ["Atlanta, GA"]
    assert outlet_stations("https://www.ajcx.example/news/a/") == []
    # a station's site under its brand, not its call sign
    assert outlet_stations("https://6abc.example/news/a/") == ["Philadelphia, PA"]
    assert outlet_stations("http://www.fox4kc.example/2016/a") == ["Kansas City, MO"]
    assert outlet_stations(None) == []
    # a site named for its channel and network, not its call sign
    assert outlet_stations("https://6abc.example/news/a/1/") == ["Philadelphia, PA"]
    assert outlet_stations("https://www.fox4kc.example/a/b") == ["Kansas City, MO"]
    assert outlet_stations("http://news3lv.example/news/local/a") == ["Las Vegas, NV"]


@pytest.mark.parametrize("district", ["Frankford", "Roxborough"])
def test_a_district_of_the_stations_city_is_that_city(extractor, district: str) -> None:  # type: ignore[no-untyped-def]
    text = f"A teen was shot in {district} on Sunday night, police said."
    report = Report(
        id="t-district", title="Teen wounded", text=text, url="https://6abc.example/a/1/"
    )
    location = extractor.extract(report).events[0].location
    assert (location.name, location.admin1) == ("Philadelphia", "Pennsylvania")


def test_a_sister_stations_credit_names_the_reports_station() -> None:
    from eventwire.resolve.locate import report_stations

    albany_site = "https://www.walb.example/story/1/man-shot"
    assert report_stations("Man shot\n\nA man was shot.", albany_site) == ["Albany, GA"]
    credited = "Man shot\n\n(WREG) - A man was shot on Elm Street."
    assert report_stations(credited, albany_site) == ["Memphis, TN"]
    signed = "Man shot\n\nA man was shot on Elm Street.\n\nCopyright 2016 WAKA Action 8"
    assert report_stations(signed, albany_site) == ["Montgomery, AL"]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.nbcmassachusetts.example/news/local/man-shot/123/",
        "https://patch.example/massachusetts/local/man-shot",
    ],
)
def test_the_state_an_outlets_address_names_is_the_reports(  # type: ignore[no-untyped-def]
    extractor, url: str
) -> None:
    text = "A man was shot in Springfield on Sunday night, police said."
    report = Report(id="t-outlet", title="Man wounded", text=text, url=url)
    location = extractor.extract(report).events[0].location
    assert (location.name, location.admin1) == ("Springfield", "Massachusetts")


def test_outlet_states_skip_a_city_named_like_its_state(extractor) -> None:  # type: ignore[no-untyped-def]
    from eventwire.resolve.locate import outlet_states

    gazetteer = extractor.locator.gazetteer
    assert outlet_states("https://www.kansascity.example/news/a", gazetteer) == []
    assert outlet_states("https://www.nbcwashington.example/news/a", gazetteer) == []
    assert outlet_states("https://www.newsarkansas.example/story/a", gazetteer) == ["AR"]


def test_a_neighbourhood_is_its_outlets_city(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "A man was shot on his porch in Dorchester on Friday night, police said."
    url = "https://www.nbcboston.example/news/local/man-shot/123/"
    report = Report(id="t-outlet", title="Man shot on porch", text=text, url=url)
    location = extractor.extract(report).events[0].location
    assert (location.name, location.admin1) == ("Boston", "Massachusetts")


def test_a_neighbourhood_is_the_city_its_outlets_shorthand_names(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "A boy was wounded in the city's Kensington section on Friday night, police said."
    url = "https://www.phillyherald.example/news/boy-wounded/"
    report = Report(id="t-outlet", title="Boy wounded", text=text, url=url)
    location = extractor.extract(report).events[0].location
    assert (location.name, location.admin1) == ("Philadelphia", "Pennsylvania")


def test_street_names_are_not_towns(extractor) -> None:  # type: ignore[no-untyped-def]
    from eventwire.extract.dates import parse_published
    from eventwire.extract.sentences import split_sentences

    text = (
        "KANSAS CITY, Mo. - Two men were killed just after midnight Sunday near Thompson and "
        "Colorado avenues. A third was shot on Broadway. Police patrolled Detroit's west side."
    )
    doc = extractor.nlp(text)
    names = {p.text for s in split_sentences(doc, parse_published("2016-05-02")) for p in s.places}
    assert not names & {"Thompson", "Broadway"}


def test_a_town_named_as_the_scenes_modifier_is_a_place_mention() -> None:
    from eventwire.extract.sentences import MODIFIER_NAME

    for scene in ("alley", "gas station", "convenience store", "parking lot", "hotel", "club"):
        m = MODIFIER_NAME.search(f"A man was found shot in a Pinewood {scene} on Sunday.")
        assert m is not None and m.group("name") == "Pinewood", scene
    for crime in ("robbery", "homicide", "murders", "slaying", "standoff", "drive-by"):
        m = MODIFIER_NAME.search(f"Suspect sought in Pinewood {crime}")
        assert m is not None and m.group("name") == "Pinewood", crime


def test_where_a_suspect_was_caught_is_not_the_scene() -> None:
    from eventwire.extract.sentences import _about_care

    for text in (
        "A suspect was arrested Monday in Elmwood.",
        "Bob Lee was taken into custody in Elmwood.",
        "Police caught him hours later near Elmwood.",
    ):
        start = text.index("Elmwood")
        assert _about_care(text, start, start + len("Elmwood")), text
    shot = "A man was shot in Elmwood."
    assert not _about_care(shot, shot.index("Elmwood"), shot.index("Elmwood") + 7)


def test_where_a_case_is_heard_is_not_the_scene() -> None:
    from eventwire.extract.sentences import _about_care

    for text in (
        "The two men were arraigned Friday in Elmwood.",
        "They will appear in 12th District Court in Elmwood.",
        "He is held at the county jail in Elmwood.",
    ):
        start = text.index("Elmwood")
        assert _about_care(text, start, start + len("Elmwood")), text
    shot = "A man was shot outside a courthouse bar, then drove to Elmwood."
    assert not _about_care(shot, shot.index("Elmwood"), shot.index("Elmwood") + 7)


def test_a_citys_suburbs_are_not_the_city() -> None:
    from eventwire.extract.sentences import _about_care

    for text in (
        "Six people were shot at a party in the Elmwood suburbs.",
        "A man was killed in suburban Elmwood on Sunday.",
        "Two were wounded in Elmwood's suburbs.",
        "Three were shot dead at a home in an Elmwood suburb.",
    ):
        start = text.index("Elmwood")
        assert _about_care(text, start, start + len("Elmwood")), text
    shot = "A man was shot in Elmwood's south side."
    assert not _about_care(shot, shot.index("Elmwood"), shot.index("Elmwood") + 7)


def test_a_hospital_by_its_name_is_where_the_wounded_went() -> None:
    from eventwire.extract.sentences import _about_care

    for text in (
        "Both were taken to St. Luke's in Elmwood.",
        "She was rushed to Mercy General in Elmwood.",
    ):
        start = text.index("Elmwood")
        assert _about_care(text, start, start + len("Elmwood")), text
    shot = "A man was shot near St. Luke's Church in Elmwood."
    assert not _about_care(shot, shot.index("Elmwood"), shot.index("Elmwood") + 7)


def test_only_a_persons_name_hides_a_place_of_the_same_word() -> None:
    from eventwire.extract.sentences import _a_name

    assert _a_name("Ray Hall")  # "Hall" in this report is his name, not a town
    assert not _a_name("WBTV Charlotte")  # a station and its city
    assert not _a_name("The Elmwood Gazette")  # a paper the model took for a person
    assert not _a_name("Bob Lee Sylmar\n\nW/B")  # words run together across lines


def test_a_report_named_after_its_day_is_a_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Two hunters were wounded when a rifle went off at a camp near Pine Hollow on Tuesday. "
        "According to Friday's report, the rifle had a worn safety."
    )
    assert _date_of(extractor, text, "2016-03-12") == ("2016-03-08", "on Tuesday")
    # a spokesman's title between the weekday and "said": the statement's day too
    spokesman = (
        "Two hunters were wounded when a rifle went off at a camp near Pine Hollow. On Friday, "
        "county spokesman Al Brandt said the rifle had a worn safety."
    )
    assert _date_of(extractor, spokesman, "2016-03-11") == ("2016-03-11", None)


def test_the_papers_of_a_court_tell_the_deeds_day(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Five men were charged in an indictment unsealed today in a gang shooting. According to "
        "the indictment, on March 3, 2016, to settle a feud, the men shot two brothers."
    )
    assert _date_of(extractor, text, "2016-06-20") == ("2016-03-03", "March 3, 2016")
    # a step taken after the date still makes it the step's day
    arrested = (
        "A man was wounded at a gas station. On Monday, police arrested a neighbor who had shot "
        "at him."
    )
    assert _date_of(extractor, arrested, "2016-06-20") == ("2016-06-20", None)


def test_the_day_police_were_called_is_the_deeds(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A 6-year-old girl died Sunday after she was shot in the head at her home in Maple "
        "Grove. Deputies responded to the house at about 6 p.m. Saturday. The gun fired when it "
        "fell from a shelf, the sheriff said."
    )
    assert _date_of(extractor, text, "2016-10-17") == ("2016-10-15", "Saturday")
    # after the event's sentences, a call is another's
    later = (
        "A 6-year-old girl was shot in the head at her home in Maple Grove on Sunday. Deputies "
        "had responded to the house on Oct. 2 over a noise complaint."
    )
    assert _date_of(extractor, later, "2016-10-17") == ("2016-10-16", "on Sunday")


def test_a_late_follow_up_naming_only_an_older_day_is_dated_by_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Two more men were arrested Monday in connection with a fatal nightclub shooting in "
        "Elmwood. The men are accused of opening fire into a crowd at the club on Sept. 13."
    )
    assert _date_of(extractor, text, "2015-10-29") == ("2015-09-13", "Sept. 13")
    # a day over a year back is no event's the report follows up: the arrest bounds it
    old = (
        "Two more men were arrested Monday in connection with a fatal nightclub shooting in "
        "Elmwood. The club had opened on Sept. 13, 2013."
    )
    assert _date_of(extractor, old, "2015-10-29") == ("2015-10-26", "Monday")


def test_the_shooting_that_began_a_feud_is_another_event(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A 19-year-old man was shot and killed Monday, July 25, on Alder Street in Eastbrook. "
        "The feud, which detectives believe began with a July 15 shooting in Westbrook, has "
        "left three people dead."
    )
    assert _date_of(extractor, text, "2016-07-28") == ("2016-07-25", "July 25")


def test_a_shooting_on_the_same_block_before_is_another_event(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Four men were shot near Linden Park on Tuesday night. A teen was shot and killed on the "
        "same block just last week, on Saturday, Aug. 10."
    )
    assert _date_of(extractor, text, "2013-08-14") == ("2013-08-13", "on Tuesday")
    # the event's own day before the words is still its day
    own = "Two men were shot on Saturday on the same block where a teen died in May."
    assert _date_of(extractor, own, "2013-08-14") == ("2013-08-10", "on Saturday")


def test_a_later_day_named_shows_a_weekday_six_days_back_has_passed(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Update, Dec. 5, 2015: Police arrested a 14-year-old boy. A 16-year-old was shot and "
        "killed Friday afternoon at a house on Pine Street."
    )
    assert _date_of(extractor, text, "2015-12-10") == ("2015-12-04", "Friday")
    # without it, the weekday may be tomorrow's
    alone = "A 16-year-old was shot and killed Friday afternoon at a house on Pine Street."
    assert _date_of(extractor, alone, "2015-12-10") == ("2015-12-10", None)


def test_a_follow_up_is_not_dated_by_the_incident_its_event_avenged(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A second man has been charged in the 2015 slaying of a 9-year-old boy in Elm Park. The "
        "boy was playing in a park on Nov. 2 when a gunman lured him into an alley and shot "
        "him. Police have long said the slaying was retaliation for an Oct. 13 gang shooting "
        "in which a man was killed."
    )
    assert _date_of(extractor, text, "2016-09-30") == ("2015-11-02", "Nov. 2")


def test_the_wounded_beside_a_count_of_the_dead_survive_a_death_named_after(extractor) -> None:  # type: ignore[no-untyped-def]
    # the death after "wounded a boy" is the gunman's, told after the count of his victims
    text = (
        "A gunman killed four people and wounded a 7-year-old boy, and the gunman is dead, "
        "state police said on Monday in Elmwood."
    )
    report = Report(id="t-count-first", title="", text=text, published="2016-05-03")
    main = extractor.extract(report)
    event = main.events[0]
    assert event.injured is not None and event.injured.best == 1


def test_the_headline_count_of_the_wounded_beats_a_smaller_count_of_the_hit(extractor) -> None:  # type: ignore[no-untyped-def]
    title = "Five wounded in Elmwood shooting"
    text = (
        "Four people were hit when a man opened fire on a porch in Elmwood on Sunday night, "
        "and a fifth was grazed as he ran, police said."
    )
    report = Report(id="t-headline-five", title=title, text=text, published="2016-05-03")
    main = extractor.extract(report)
    event = main.events[0]
    assert event.injured is not None and event.injured.best == 5


def test_teasers_before_the_storys_dateline_do_not_date_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Elmwood police are investigating a shooting Thursday night near the river.  "
        "ELMWOOD, N.C. (WXYZ) – Police are looking for the gunman who shot two men at a bar "
        "early Sunday morning. Both men were wounded and are in stable condition."
    )
    report = Report(id="t-teaser", title="Two wounded at Elmwood bar", text=text,
                    published="2016-06-27")  # fmt: skip
    main = extractor.extract(report).events[0]
    assert (main.date.start, main.date.text) == ("2016-06-26", "early Sunday")


def test_a_statement_verb_after_the_deeds_day_does_not_make_it_the_statements(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Elmwood man who is the suspect in the shooting of two neighbors on Friday told "
        "detectives that the attack was planned. Both neighbors were wounded."
    )
    assert _date_of(extractor, text, "2016-09-06") == ("2016-09-02", "on Friday")


def test_the_day_a_victims_condition_is_told_is_not_the_deeds(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A 15-year-old boy shot in the head was in critical condition at Elmwood General "
        "Hospital Monday. Three friends were playing video games with him Saturday evening in a "
        "bedroom of a house on Oak Street."
    )
    assert _date_of(extractor, text, "2017-01-30") == ("2017-01-28", "Saturday")
    after = "Two men are in critical condition after a Saturday night shooting on Oak Street."
    assert _date_of(extractor, after, "2017-01-30") == ("2017-01-28", "Saturday")


def test_teasers_after_a_list_of_more_stories_do_not_date_the_event(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A 12-year-old boy shot himself in the hand Monday night at a home in Elmwood. "
        "The boy's sister called for help. More stories you may like on 9News "
        "Two found dead in Oakdale home. The coroner found two people shot dead Sunday morning."
    )
    assert _date_of(extractor, text, "2016-04-05") == ("2016-04-04", "Monday")


def test_a_day_of_the_aftermath_bounds_an_undated_event(extractor) -> None:  # type: ignore[no-untyped-def]
    # no day of the deed is named: it happened on or before the arrest, not on publication
    arrested = (
        "A Pinewood man was arrested Tuesday after he fired a rifle that struck a neighbor "
        "in the arm."
    )
    assert _date_of(extractor, arrested, "2016-05-12") == ("2016-05-10", "Tuesday")
    said = (
        "A teenager was wounded when a handgun went off in a car on Birch Road, a sheriff's "
        "spokeswoman said Wednesday."
    )
    assert _date_of(extractor, said, "2016-05-12") == ("2016-05-11", "Wednesday")
    # six days back, a bare weekday may be the coming one: publication stays the guess
    vigil = "A woman was shot dead outside her home on Elm Street. Police said Friday she was 30."
    assert _date_of(extractor, vigil, "2016-05-12")[0] == "2016-05-12"
    # a planned step, read as past, bounds nothing
    planned = (
        "A man was wounded when a shotgun went off at a farm near Cedar Bluff. His neighbor is "
        "to appear in court Monday."
    )
    assert _date_of(extractor, planned, "2016-05-12") == ("2016-05-12", None)


def test_a_round_up_of_shootings_across_the_city_is_other_events(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A man shot his cousin inside a house on Elm Street early Sunday, police said. Nine "
        "people were wounded in shootings across the city Saturday and Sunday."
    )
    assert _date_of(extractor, text, "2016-04-18") == ("2016-04-17", "early Sunday")


def test_a_recalled_day_dates_an_event_told_only_by_its_month(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "New details about last month's killing of three people in Elmwood have surfaced. The "
        "three were shot and killed inside their home on August 8th."
    )
    assert _date_of(extractor, text, "2016-05-02") == ("2015-08-08", "August 8th")


def test_a_sentence_naming_the_courts_only_as_its_source_tells_the_deeds_day(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A woman was killed by a gunshot at a cabin near Elk Point. Court documents show that "
        "she and her boyfriend were in the cabin on the evening of January 9th."
    )
    assert _date_of(extractor, text, "2017-04-05") == ("2017-01-09", "January 9th")
    # a step of the courts in the sentence still makes it the step's day
    step = (
        "A woman was killed by a gunshot at a cabin near Elk Point. Court documents show that "
        "her boyfriend was arraigned on January 9th."
    )
    assert _date_of(extractor, step, "2017-04-05")[0] != "2017-01-09"


def test_a_follow_up_takes_the_wounded_from_where_it_recounts_its_day(extractor) -> None:  # type: ignore[no-untyped-def]
    report = Report(
        id="t-same-day-wounded",
        title="Elmwood man found guilty in March 3 fatal shooting",
        text=(
            "An Elmwood man accused in a March 3 shooting that killed one man and injured "
            "three others was found guilty Tuesday. John Roe shot and killed Tom Ray, 22, "
            "during a fight on Alder Street, prosecutors said."
        ),
        published="2014-11-18",
    )
    main = extractor.extract(report).events[0]
    assert main.date.start == "2014-03-03"
    assert main.fatalities is not None and main.fatalities.best == 1
    assert main.injured is not None and main.injured.best == 3
    assert any(e.field == "injured" and e.text == "injured three others" for e in main.evidence)


def test_beside_several_dead_the_one_taken_to_hospital_survived(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Deputies found three people shot to death inside a home on Alder Road on Tuesday. "
        "A 9-year-old child was airlifted to a hospital in Elmwood."
    )
    main = extractor.extract(Report(id="t-airlift", title="", text=text, published="2016-05-11"))
    main_event = main.events[0]
    assert main_event.fatalities is not None and main_event.fatalities.best == 3
    assert main_event.injured is not None and main_event.injured.best == 1


def test_one_wounded_and_another_also_wounded_are_two(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A 9-year-old was released from the hospital after being shot on Elm Street on Monday. "
        "Ann Roe was shot in the arm, and a 40-year-old woman was also wounded, police said."
    )
    result = extractor.extract(Report(id="t-also", title="", text=text, published="2016-05-11"))
    main = result.events[0]
    assert main.fatalities is None
    assert main.injured is not None and main.injured.best == 2


def test_one_who_remains_critically_injured_beside_the_dead(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Three people were shot dead in an apartment on Alder Street early Friday. A cousin of "
        "the woman who remains critically injured called police."
    )
    main = extractor.extract(Report(id="t-remains", title="", text=text, published="2016-05-11"))
    event = main.events[0]
    assert event.fatalities is not None and event.fatalities.best == 3
    assert event.injured is not None and event.injured.best == 1


def test_the_other_shooting_victims_beside_the_dead_are_all_wounded(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Ray, 40, was shot and killed at a club in Elmwood early Sunday. The condition of "
        "the other four shooting victims is unknown, the sheriff said."
    )
    main = extractor.extract(Report(id="t-other4", title="", text=text, published="2016-05-11"))
    event = main.events[0]
    assert event.fatalities is not None and event.fatalities.best == 1
    assert event.injured is not None and event.injured.best == 4


def test_at_a_vigil_the_gathering_where_the_mourned_died_is_not_a_death(extractor) -> None:  # type: ignore[no-untyped-def]
    report = Report(
        id="t-gathered",
        title="Four shot at vigil in Elmwood",
        text=(
            "Four people were shot at a vigil Monday evening, police said. About 30 people had "
            "gathered about 6 p.m. Monday at Alder and Elm streets, where Tom Ray, 22, was shot "
            "and killed early Saturday."
        ),
        published="2016-07-12",
    )
    main = extractor.extract(report).events[0]
    assert main.fatalities is None
    assert main.injured is not None and main.injured.best == 4


def test_a_stations_broadcast_tonight_is_not_the_events_evening(extractor) -> None:  # type: ignore[no-untyped-def]
    promo = (
        "A boy was wounded when a pistol went off in a home on Birch Lane. His uncle was "
        "arrested late last night. We'll have more on this story tonight on Channel 9 News."
    )
    assert _date_of(extractor, promo, "2016-05-12") == ("2016-05-11", "late last night")
    tune_in = (
        "A woman was wounded by a stray bullet inside her home on Alder Street, deputies said. "
        "Tune in tonight at 10 for the latest."
    )
    assert _date_of(extractor, tune_in, "2016-05-12") == ("2016-05-12", None)
    # the event's own evening stays hers
    evening = "A man was shot tonight outside a store on Elm Street, police said."
    assert _date_of(extractor, evening, "2016-05-12") == ("2016-05-12", "tonight")


def test_shots_in_the_small_hours_after_a_party_are_dated_by_the_small_hours(extractor) -> None:  # type: ignore[no-untyped-def]
    # published Sunday 2016-05-15: the party began Saturday evening, the shots came early Sunday
    party = (
        "Four people were wounded in a shooting early Sunday outside a hall in Pinewood. "
        "Deputies said the shots were fired in a parking lot after a birthday party Saturday."
    )
    assert _date_of(extractor, party, "2016-05-15") == ("2016-05-15", "early Sunday")
    relative = (
        "Police are investigating a shooting this morning in Elmwood. Three people were shot "
        "at a birthday party last night on Birch Lane."
    )
    assert _date_of(extractor, relative, "2016-05-15") == ("2016-05-15", "this morning")
    # without the small hours named, the party's evening is the earliest day as before
    evening = (
        "Three people were shot during a house party Saturday on Birch Lane, police said "
        "Sunday afternoon."
    )
    assert _date_of(extractor, evening, "2016-05-15") == ("2016-05-14", "Saturday")
    # nor when the small hours come after the party's evening, or are a death's
    later = (
        "Three people were shot at a graduation party Saturday in Elmwood. Deputies kept "
        "the road near the shooting closed until early Sunday."
    )
    assert _date_of(extractor, later, "2016-05-15") == ("2016-05-14", "Saturday")
    died = (
        "A man died early Sunday at Elmwood Hospital after he was shot at a birthday party "
        "Saturday. Two others were wounded in the shooting."
    )
    assert _date_of(extractor, died, "2016-05-15") == ("2016-05-14", "Saturday")


def test_a_tweets_timestamp_dates_no_recalled_event(extractor) -> None:  # type: ignore[no-untyped-def]
    # a follow-up's headline ("accused") lets a recalled event's day date the report; a tweet's
    # timestamp quoted about an older case is a statement's day, for a recalled event as for
    # the main one
    report = Report(
        id="t-tweet-recalled",
        title="Former Elmwood officer accused in shotgun death of boy, 2",
        text=(
            "A former Elmwood police officer has been charged with child abuse in the shotgun "
            "death of a 2-year-old boy. When deputies arrived at the Nov. 13 shooting scene, "
            "they found the boy dead in a bathtub. In June 2014, Roe was charged with assault "
            "and accused of attacking his wife. Elmwood officer accused of attacking wife: "
            "http://t.co/abc123 — Ann Lee (@annlee) June 6, 2014"
        ),
        published="2016-11-22",
    )
    main = extractor.extract(report).events[0]
    assert (main.date.start, main.date.text) == ("2016-11-13", "Nov. 13")


def test_weeks_ago_date_an_event_the_report_names_no_other_day_of(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A second man has been arrested in the death of a 16-year-old in Elmwood earlier this "
        "month. Bob Lee, 16, was found shot in the parking lot of an apartment complex nearly "
        "two weeks ago."
    )
    assert _date_of(extractor, text, "2017-03-27") == ("2017-03-13", "two weeks ago")
    # a speaker's "a week ago" and an arrest's are not the deed's
    quoted = 'Bob Lee was shot on Elm Street. "I saw him a week ago," his aunt said.'
    assert _date_of(extractor, quoted, "2017-03-27")[0] != "2017-03-20"
    arrested = "Bob Lee was shot on Elm Street. A man was arrested in the case two weeks ago."
    assert _date_of(extractor, arrested, "2017-03-27")[0] != "2017-03-13"
    # another day named for the event still dates it
    dated = "Bob Lee was shot Friday. His cousin was shot two weeks ago on the same street."
    assert _date_of(extractor, dated, "2017-03-27") == ("2017-03-24", "Friday")


def test_the_shooting_a_feud_flared_after_is_another_events_day(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Roe, 9, was shot dead in an Elmwood park on May 9. Police said the feud between gangs "
        "flared up after a May 2 shooting in which Tom Ray died."
    )
    assert _date_of(extractor, text, "2016-07-01") == ("2016-05-09", "May 9")


def test_a_day_followed_by_a_step_of_the_courts_is_that_steps(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The man accused of shooting and killing Ann Roe, 7, was ordered Tuesday to stand "
        "trial. Police said Bob Lee was outside a house on Elm Street on the night of June 5 "
        "to keep watch for his friends."
    )
    assert _date_of(extractor, text, "2016-07-14") == ("2016-06-05", "June 5")


def test_a_follow_up_is_about_the_recent_day_it_recalls_not_a_years_old_one(extractor) -> None:  # type: ignore[no-untyped-def]
    report = Report(
        id="t-recent-recalled",
        title="Stolen pistol may be tied to Elmwood ambush",
        text=(
            "Detectives are trying to learn whether a pistol stolen from an Elmwood home is "
            "linked to the case. Police believe Bob Lee started the March 9 ambush by firing "
            "into a crowd at a cookout. A second gunman shot four guests dead at the party. The "
            "same rifle had been used in the 2009 Halloween killing of Tom Ray, 23, police said."
        ),
        published="2016-06-24",
    )
    main = extractor.extract(report).events[0]
    assert (main.date.start, main.date.text) == ("2016-03-09", "March 9")


def test_the_day_the_incident_happened_on_is_read_with_the_opening(extractor) -> None:  # type: ignore[no-untyped-def]
    report = Report(
        id="t-happened-on",
        title="Father arrested after girl, 6, accidentally shot in Elmwood",
        text=(
            "A father was arrested after his 6-year-old daughter was accidentally shot in "
            "Elmwood. Officers were called to a home on Elm Street on Sunday night to check on "
            "a child. An aunt told officers the incident happened March 1, while the parents "
            "were at work. The child was shot in the leg with her father's handgun."
        ),
        published="2017-03-13",
    )
    main = extractor.extract(report).events[0]
    assert (main.date.start, main.date.text) == ("2017-03-01", "March 1")


@pytest.mark.parametrize(
    "list_opening",
    [
        "More stories from our newsroom",
        "Previous Stories:",
        "You might also like",
        "ALSO",
        "Caption Update",
    ],
)
def test_the_sites_other_stories_after_the_report_are_not_its_event(  # type: ignore[no-untyped-def]
    extractor, list_opening: str
) -> None:
    report = Report(
        id="t-sidebar",
        title="Boy shot in the leg in Elmwood",
        text=(
            "A 10-year-old boy was shot in the leg Monday night on Oak Street in Elmwood, police "
            "said.\n\nHe was taken to Elmwood General Hospital in stable condition. Police have no "
            f"suspects.\n\n{list_opening}\n\n"
            "Two men found dead in Pinewood home Deputies found two men shot to death in a house "
            "in Pinewood on Sunday.\n\nFire destroys barn near Cedar Falls"
        ),
        published="2016-05-03",
    )
    main = extractor.extract(report).events[0]
    assert main.fatalities is None
    assert main.injured is not None and main.injured.best == 1
    assert main.location.name != "Pinewood"


def test_a_video_players_more_videos_above_the_report_is_not_its_end(extractor) -> None:  # type: ignore[no-untyped-def]
    report = Report(
        id="t-player",
        title="Girl hurt in Elmwood shooting",
        text=(
            "A girl was hurt when a gun went off in an Elmwood home.\n\nMore videos (1 of 5)\n\n"
            "An 8-year-old girl was shot in the arm Sunday when her uncle's pistol went off in "
            "their home, police said. A second girl, 6, was grazed by the same bullet."
        ),
        published="2016-05-03",
    )
    main = extractor.extract(report).events[0]
    assert main.injured is not None and main.injured.best == 2


def test_a_weather_alert_on_the_page_is_not_the_reports(extractor) -> None:  # type: ignore[no-untyped-def]
    report = Report(
        id="t-weather",
        title="Man charged in Elmwood killing",
        text=(
            "Winter Storm Warning issued March 2 at 4:10PM CST expiring March 5 at 6:00AM CST in "
            "effect for: Pinewood, Cedar, Oak Hill\n\n"
            "Ice Storm Watch issued March 2 at 3:55PM CST expiring March 4 at 9:00PM CST in "
            "effect for: Pinewood, Maple\n\n"
            "A man was charged Thursday with murder in the shooting death of his neighbor in "
            "Elmwood, Oklahoma, in January.\n\nBob Lee, 30, was shot outside his home on Elm "
            "Road, police said."
        ),
        published="2015-03-02",
    )
    main = extractor.extract(report).events[0]
    assert main.date.start is None or not main.date.start.startswith("2015-03-0")
    assert main.location.name != "Pinewood"


def test_a_photo_gallerys_captions_do_not_crowd_out_the_reports_day(extractor) -> None:  # type: ignore[no-untyped-def]
    # each photo's caption, dated the morning after, comes with its counter and again without
    caption = (
        "Officers at the scene of a shooting that left a man wounded on Elm Street, Thursday, "
        "Sept. 15, 2016."
    )
    gallery = "\n\n".join(f"Image {i} of 5 {caption}\n\n{caption}" for i in range(1, 6))
    report = Report(
        id="t-gallery",
        title="Man wounded in Elmwood shooting",
        text=(
            f"{gallery}\n\nA man was shot in the leg late Wednesday on Elm Street in Elmwood, "
            "police said."
        ),
        published="2016-09-15",
    )
    main = extractor.extract(report).events[0]
    assert main.date.start == "2016-09-14"


def test_a_page_that_is_only_a_photo_gallery_is_read(extractor) -> None:  # type: ignore[no-untyped-def]
    caption = (
        "Officers investigate the scene where a man was shot and wounded on Elm Street in "
        "Elmwood, Saturday, June 4, 2016."
    )
    report = Report(
        id="t-gallery-only",
        title="Elmwood shooting",
        text=f"Image 1 of 2 {caption}\n\nImage 2 of 2 {caption}",
        published="2016-06-05",
    )
    main = extractor.extract(report).events[0]
    assert main.injured is not None and main.injured.best == 1


def test_a_small_town_of_another_named_state_is_not_the_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    # the other state is named too: still the suspect's trail, not the scene
    text = (
        "Elko police have arrested a man suspected of killing his wife in Idaho. "
        "He is believed to have shot her at their home in Pocatello on Sunday. "
        "He was found at a motel in Nevada."
    )
    report = Report(id="t-trail2", title="Elko police arrest Idaho murder suspect", text=text)
    location = extractor.extract(report).events[0].location
    assert (location.name, location.admin1) == ("Pocatello", "Idaho")
