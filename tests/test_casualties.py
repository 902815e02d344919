import re

import pytest

from eventwire.extract.casualties import (
    HINT,
    KIND_HINTS,
    STATISTICS,
    find_casualties,
    is_statistics,
)


def kinds(sentence: str) -> dict[str, tuple[int, str]]:
    return {m.kind: (m.quantity.best, m.quantity.qualifier) for m in find_casualties(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At least 12 people were killed in the attack on the market.",
            {"killed": (12, "at_least")},
        ),
        ("Two men were shot and killed outside the bar.", {"killed": (2, "exact")}),
        ("A 19-year-old was shot in the leg on Elm Street.", {"shot": (1, "exact")}),
        (
            "Five people were shot, two fatally, at the party.",
            {"shot": (5, "exact"), "killed": (2, "exact")},
        ),
        (
            "The blast killed nine soldiers and wounded fourteen others.",
            {"killed": (9, "exact"), "injured": (14, "exact")},
        ),
        ("The shooting left three people dead.", {"killed": (3, "exact")}),
        ("The death toll rose to 95 on Thursday.", {"killed": (95, "exact")}),
        ("Dozens of mourners were injured.", {"injured": (12, "at_least")}),
        (
            "3 dead, 4 wounded in downtown shooting",
            {"killed": (3, "exact"), "injured": (4, "exact")},
        ),
    ],
)
def test_patterns(sentence: str, expected: dict[str, tuple[int, str]]) -> None:
    assert kinds(sentence) == expected


def test_a_single_victim_pronoun() -> None:
    found = find_casualties("He was pronounced dead at the scene.")
    assert [(m.kind, m.quantity.best, m.single) for m in found] == [("killed", 1, True)]


def test_ages_are_not_counts() -> None:
    assert kinds("The 22-year-old suspect was arrested.") == {}
    # a police tweet's shorthand age: "6 yo" is one six-year-old, not six people
    assert kinds("Police tweeted: 6 yo girl in critical condition after being shot.") == {
        "shot": (1, "exact")
    }


def test_offsets_point_into_the_report() -> None:
    sentence = "Police said 4 people were wounded."
    (m,) = find_casualties(sentence, offset=50)
    assert m.start == 50 + sentence.index("4 people")
    assert m.text.startswith("4 people were wounded")


@pytest.mark.parametrize(
    "sentence",
    [
        "Neighbors mourned the death of eight month Kaylee Brandt.",
        "The death of the 3 week old boy was ruled a homicide.",
    ],
)
def test_an_age_in_months_or_weeks_is_no_count(sentence: str) -> None:
    assert kinds(sentence).get("killed", (1, "exact"))[0] == 1


def test_statistics_sentences_are_recognised() -> None:
    assert is_statistics("It was the city's 300th homicide this year.")
    assert not is_statistics("Two men were shot Monday night.")
    # one event's toll added up is not a statistic
    assert not is_statistics("A total of 50 people were killed in the shooting.")
    # a round-up of a city's shootings is not one event's toll
    assert is_statistics("Twelve people were shot in Chicago in about ten hours.")
    assert is_statistics("12 wounded, including 3 teens, in shootings citywide")
    assert is_statistics("Four people were killed in separate shootings over the weekend.")
    assert is_statistics("5 Dead, 19 Wounded In Weekend Shootings Across Elmford")
    assert is_statistics("Crime stats for 2015 show 165 people were murdered.")
    assert is_statistics("In the last 14 months, nine children have been killed by stray bullets.")
    assert is_statistics("Six people were killed in Elmford shootings throughout the day.")
    assert is_statistics("Three died in shootings from Friday evening to Monday morning.")
    # a named incident of several shootings is one event
    assert not is_statistics("Three people were killed in the Elmford shootings on Friday.")
    # a string of shootings by one gunman is one event
    assert not is_statistics("A string of shootings killed a police officer and three others.")


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("A woman and her toddler were killed in the crash of gunfire.", 2),
        ("The gunman killed a police officer and three other people.", 4),
        ("Two men and a woman were shot and killed early Sunday.", 3),
    ],
)
def test_coordinated_victims_are_added_up(sentence: str, killed: int) -> None:
    assert kinds(sentence)["killed"][0] == killed


def test_a_death_named_as_a_noun_is_one_killed() -> None:
    assert kinds("Police are investigating the shooting death of a Toledo teen.") == {
        "killed": (1, "exact")
    }
    assert kinds("He is charged with attempted murder of his neighbor.") == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The gunman shot 4, killing 1, outside the hotel.",
            {"shot": (4, "exact"), "killed": (1, "exact")},
        ),
        (
            "Two men opened fire, killing one visitor and wounding 9 others.",
            {"killed": (1, "exact"), "injured": (9, "exact")},
        ),
        ("A 57-year-old man was found shot to death Saturday.", {"killed": (1, "exact")}),
        ("Police are investigating a triple homicide.", {"killed": (3, "exact")}),
        ("The shooting resulted in the deaths of six people.", {"killed": (6, "exact")}),
    ],
)
def test_more_phrasings(sentence: str, expected: dict[str, tuple[int, str]]) -> None:
    assert kinds(sentence) == expected


def test_numbers_that_are_not_counts_after_a_verb() -> None:
    assert kinds("He was shot 3 times in the chest.").get("shot", (0,))[0] != 3
    assert kinds("Officers killed 20 minutes later were not named.").get("killed", (0,))[0] != 20


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the minutes of a time are not a count
        (
            "At 10:45 a.m. Thursday, two people were murdered outside the store.",
            {"killed": (2, "exact")},
        ),
        # a span of time or a list of cases between number and noun is not a count
        (
            "For the second time in six months, a 15-year-old has been shot and killed.",
            {"killed": (1, "exact")},
        ),
        ("In three cases, the person killed was a relative.", {}),
        # an adverb before the second verb does not make its object a second victim
        (
            "The gunman killed a 2-year-old boy and critically injured an adult man.",
            {"killed": (1, "exact"), "injured": (1, "exact")},
        ),
        ("Deputies found three bodies in the house.", {"killed": (3, "exact")}),
        ("It appeared all three were dead when officers arrived.", {"killed": (3, "exact")}),
        ("The shooting cost the lives of three young people.", {"killed": (3, "exact")}),
        ("Police say the man who was shot and killed was 24.", {"killed": (1, "exact")}),
        # a phone number is not a count
        ("Neighbours called 911 after the teen was shot.", {"shot": (1, "exact")}),
        (
            "A total of 50 people were killed; an additional 53 were injured.",
            {"killed": (50, "exact"), "injured": (53, "exact")},
        ),
        (
            "Deputies found two people dead and two more who were injured.",
            {"killed": (2, "exact"), "injured": (2, "exact")},
        ),
        ("The gunman fired into the crowd, hitting five people.", {"shot": (5, "exact")}),
        ("Officers found six gunshot victims inside the club.", {"shot": (6, "exact")}),
        ("Two men were still in the hospital on Friday.", {"injured": (2, "exact")}),
        # the count is the number nearest the noun, not a date before it
        ("It was Oct. 28 when six people were shot.", {"shot": (6, "exact")}),
        ("Boy, 4, among 6 injured in west Elmford shooting", {"injured": (6, "exact")}),
        ("Teen, Toddler Hurt In Labor Day Shooting", {"injured": (2, "exact")}),
        ("Neither were injured.", {}),
        ("Five-year-old boy hospitalized after Saturday shooting", {"injured": (1, "exact")}),
        (
            "Kay was fatally shot while her brother and father were injured by gunfire.",
            {"killed": (1, "exact"), "injured": (2, "exact")},
        ),
        ("Two others showed up at an area clinic with gunshot wounds.", {"shot": (2, "exact")}),
        ("St. Louis infant accidentally shot in leg by uncle", {"shot": (1, "exact")}),
        ("8-year-old Elmwood boy shot in the chest, killed", {"killed": (1, "exact")}),
        (
            "The gunfire left a 9-year-old boy dead and his uncle wounded.",
            {"killed": (1, "exact"), "injured": (1, "exact")},
        ),
        # "left" with a count and no noun
        (
            "Overnight shootings have left two dead and eight other people injured.",
            {"killed": (2, "exact"), "injured": (8, "exact")},
        ),
        ("Party shooting leaves 4 injured", {"injured": (4, "exact")}),
        (
            "Man arrested in shooting that killed 1, hurt 8",
            {"killed": (1, "exact"), "injured": (8, "exact")},
        ),
        ("He was hurt a lot worse than it looked.", {"injured": (1, "exact")}),
        # survivors: treated and released, recovering, a wound found, a wound given
        ("He was treated and released at the hospital.", {"injured": (1, "exact")}),
        (
            "Two Sisters Recovering After Being Shot By Accident",
            {"injured": (2, "exact"), "shot": (1, "exact")},
        ),
        ("A little girl is recovering.", {}),
        ("She found the girl with a gunshot wound to her leg.", {"shot": (1, "exact")}),
        ("The weapon discharged and shot him in the thigh.", {"shot": (1, "exact")}),
        ("Woman accidentally fires rifle, hits her two young daughters", {"shot": (2, "exact")}),
        ("He opened fire on an officer, seriously wounding him.", {"injured": (1, "exact")}),
        ("Charged in the killings of three adults and an unborn child", {"killed": (3, "exact")}),
        ("Indicted for the attempted murders of five teens", {}),
        ("Officers located 3 deceased individuals inside.", {"killed": (3, "exact")}),
        # where they were, between the noun and the verb
        (
            "Three other men inside the home were subsequently injured.",
            {"injured": (3, "exact")},
        ),
        ("A feud led to eight people getting shot.", {"shot": (8, "exact")}),
        # a date is not a count; the part of a whole is
        ("She has not been charged in the May 12 deaths.", {}),
        ("Police say four of the five victims were shot to death.", {"killed": (4, "exact")}),
        # survivors
        ("Kay Lee, his ex-wife, was also shot, but survived.", {"injured": (1, "exact")}),
        ("A 17-year-old girl survived being shot in the arm.", {"injured": (1, "exact")}),
        (
            "The victim was medically released from a local hospital on Saturday.",
            {"injured": (1, "exact")},
        ),
        (
            "Officers located a deceased older man with a gunshot wound.",
            {"killed": (1, "exact"), "shot": (1, "exact")},
        ),
        ("One robber shot and wounded Bob Lee, police said.", {"injured": (1, "exact")}),
        ("A 13-year-old suffered a self-inflicted gunshot wound.", {"shot": (1, "exact")}),
        (
            "A third victim, only identified as a teenage boy, was hit in the arm.",
            {"shot": (1, "exact")},
        ),
        (
            "His dad and the neighbor suffered minor injuries.",
            {"injured": (2, "exact")},
        ),
        # four words of description between the article and the noun
        (
            "A Lake Elmwood Community College student was killed at the club.",
            {"killed": (1, "exact")},
        ),
        # but a dash is not a word: "WXYZ 47 - ... Fatally Shot" is not 47 dead
        ("WXYZ 47 - Elmwood Police Identify 17-Year-Old Fatally Shot", {"killed": (1, "exact")}),
        # an aside of ages between the count and the verb; the ages are no count
        ("Two men, ages 19 and 22, were shot on Elm Street.", {"shot": (2, "exact")}),
        (
            "Police found two women, ages 19 and 41, and two men, ages 36 and 45, shot to death.",
            {"killed": (2, "exact")},
        ),
        ("Police are investigating the wounding of two women.", {"injured": (2, "exact")}),
        # survivors, and the wounded as an adjective
        ("One of the five victims survived the shooting.", {"injured": (1, "exact")}),
        ("One other woman is expected to survive.", {"injured": (1, "exact")}),
        ("He is survived by his wife and two daughters.", {}),
        ("Medics reported taking three wounded people to the clinic.", {"injured": (3, "exact")}),
        # one person shot, in headline words
        ("Elmwood girl, 6, finds loaded pistol, shoots self", {"shot": (1, "exact")}),
        ("Eight-Year-Old Struck By Gunshots Near Elmwood Park", {"shot": (1, "exact")}),
        ("Stray bullet hits 8-year-old boy in Elmwood", {"shot": (1, "exact")}),
        # "one of two people injured" is the total; "one of the victims was injured" is one
        ("Police: Woman one of three people injured near festival", {"injured": (3, "exact")}),
        ("One of the victims was injured.", {"injured": (1, "exact")}),
        # victims listed in a headline, with or without counts
        ("3 Boys, 1 Woman Shot At Block Party", {"shot": (4, "exact")}),
        ("Police: 12-Year-Old Boy, Woman Shot", {"shot": (2, "exact")}),
        ("Man and 7-year-old boy injured in shooting", {"injured": (2, "exact")}),
        # one death without a subject before the verb
        ("Deputies: Boy accidentally shoots, kills self", {"killed": (1, "exact")}),
        ("Cole, who was pronounced dead at the scene.", {"killed": (1, "exact")}),
        ("Clay is wanted for second-degree-murder in the shooting.", {"killed": (1, "exact")}),
        ("Deputies found the body of a deceased male in the rubble.", {"killed": (1, "exact")}),
        # an intention is no toll, a plea to a killing is
        ("Mass shooter planned to kill hundreds with a stockpile of guns", {}),
        ("Woman pleads guilty to killing 3 in Elmwood", {"killed": (3, "exact")}),
    ],
)
def test_counts_that_are_and_are_not(sentence: str, expected: dict[str, tuple[int, str]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Boy accidentally shoots and kills cousin in Elmwood",
        "Man charged with killing nephew in Oakdale",
        "2-year-old child dead in Pinellas after accidental shooting",
        "19-year-old shot, killed inside garage",
        "Elmwood man killed, 2 wounded by gunfire at party",
        "Police: Elmwood teenager shot to death in Oakdale",
        "Elmwood neighborhood in shock after boy, 16, is killed by armed robbers",
        "Armed suspect dies after officer-involved shooting at 7-Eleven",
        "Deputies said a female victim, 19-year-old Ann Roe, was pronounced dead at the scene.",
        "The brawl left four people hurt and claimed the life of Tom Doe, a 30-year-old barber.",
        "HOUSE FIRE SHOOTING CLAIMS LIFE",
    ],
)
def test_one_victim_without_a_count(sentence: str) -> None:
    killed = [m for m in find_casualties(sentence) if m.kind == "killed"]
    assert [m.quantity.best for m in killed] == [1]


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Man kills wife, daughter, son, then himself", 3),
        ("Ohio Man Killed Wife, 3 Kids Then Himself", 4),
        ("Father, Mother, Baby Dead After Shooting", 3),
        ("Police say he killed his girlfriend and her daughter.", 2),
        ("Tom Ray, 31, and Kay Lee, 26, were killed in the shooting.", 2),
        ("Woman arrested in fatal shooting of father, 3 teens", 4),
        ("The man is suspected of fatally shooting his wife and four daughters.", 5),
        ("A 4-year-old girl and mother who were shot and killed were identified.", 2),
        ("A woman has died, bringing the number of fatalities to three.", 3),
        # a couple is two; a plural without a number at least two
        ("A Dunmore couple and their two young children were found dead.", 4),
        ("Parents, 2 children dead in Dunmore", 4),
        ("A man shot and killed his wife and children before setting the house on fire.", 3),
        # victims named after the verb
        ("He opened fire, killing Ann Roe, 18, and Bob Lee, 20, police said.", 2),
        ("Police say Doe shot and killed Mary Ann Poe and her daughter, Eve.", 2),
        ("He is accused of killing 30-year-old Ana Ruiz-Lopez and 28-year-old Jo T. Kay.", 2),
    ],
)
def test_listed_victims_are_counted(sentence: str, killed: int) -> None:
    counts = [m.quantity.best for m in find_casualties(sentence) if m.kind == "killed"]
    assert max(counts) == killed


def test_a_survivor_recovering() -> None:
    found = find_casualties("Roe is recovering from a gunshot wound to the shoulder.")
    assert ("injured", 1, True) in [(m.kind, m.quantity.best, m.single) for m in found]


def test_a_non_fatal_shooting_is_no_death() -> None:
    for text in (
        "Couple charged in non-fatal shooting of son",
        "The nonfatal shooting was Monday.",
    ):
        assert "killed" not in kinds(text), text


def test_a_death_on_the_road_is_no_shootings() -> None:
    assert "killed" not in kinds("Ortiz was killed in a motorcycle crash in November.")
    # unless a gun is named too
    assert "killed" in kinds("He was shot and killed after his car crashed into a pole.")


def test_an_age_wounded_without_an_article_is_one_injured() -> None:
    for text in (
        "Police seek shooter who wounded 9-year-old girl",
        "Shooting that injured 13-year-old girl",
    ):
        assert kinds(text) == {"injured": (1, "exact")}, text


def test_a_headline_present_tense_shooting_of_one() -> None:
    for text in ("Girl shoots brother in the arm in Dunmore", "Gunshot wounds Dunmore teen"):
        assert kinds(text) == {"shot": (1, "exact")}, text


def test_some_is_not_a_count() -> None:
    assert "killed" not in kinds("Others were shot and some killed at the club in 2009.")


def test_the_killers_own_death_is_marked() -> None:
    found = find_casualties("A man shot his family, killing 3, then killed himself.")
    assert [m.quantity.best for m in found if m.suicide] == [1]
    # a child who shot himself is the victim, not a killer's suicide
    assert not any(m.suicide for m in find_casualties("The boy, 3, fatally shot himself."))
    assert not any(m.suicide for m in find_casualties("He is recovering after shooting himself."))


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers were not able to say if the driver had died.",
        "It was unclear whether the second man was killed.",
    ],
)
def test_a_death_nobody_has_told_is_no_death(sentence: str) -> None:
    assert "killed" not in kinds(sentence)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Police said he had killed his 9-year-old son, Ben Orr; his wife, Dana Orr, 40; "
            "and her father, Walt Kemp, 71.",
            3,
        ),
        (
            "Two sisters, Ana Diaz, 19, and Luz Diaz, 23; their uncle, Rafael Soto, 50; and a "
            "neighbor, Tim Hale, died in the shooting.",
            4,
        ),
    ],
)
def test_victims_listed_with_semicolons(sentence: str, count: int) -> None:
    assert kinds(sentence)["killed"] == (count, "exact")


def test_clauses_joined_by_semicolons_are_no_list_of_victims() -> None:
    found = kinds("The gunman fled on foot; officers arrived minutes later; and the clerk died.")
    assert found.get("killed", (1, "exact"))[0] == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The standoff ended with a man killing his baby son and then taking his own life.",
        "Deputies said Hale fatally shot his wife before committing suicide in the garage.",
        "Marlow killed his neighbor. He then took his own life, police said.",
    ],
)
def test_taking_ones_own_life_after_killing_is_the_killers_suicide(sentence: str) -> None:
    assert [m.quantity.best for m in find_casualties(sentence) if m.suicide] == [1]


def test_the_killer_killed_by_police_is_marked() -> None:
    for text in ("5 Murdered In Manchester; Suspect Dead", "The gunman was shot dead by officers."):
        assert [m.suicide for m in find_casualties(text) if m.killer] == [False], text
    # the suspect who killed is not the suspect killed
    assert not any(m.killer for m in find_casualties("The suspect killed two people on Monday."))


@pytest.mark.parametrize(
    "sentence",
    [
        "Detectives said Dorsey killed Marlene Vick in the home they shared.",
        "Detectives said Dorsey killed Junie Vick in the home they shared.",
        "Detectives said Dorsey killed her in the home they shared.",
    ],
)
def test_the_one_named_before_an_active_kill_is_the_killer_not_the_dead(sentence: str) -> None:
    killed = [m for m in find_casualties(sentence) if m.kind == "killed"]
    assert killed and all(m.subject != "Dorsey" for m in killed)


@pytest.mark.parametrize("day", ["Monday", "March 3", "June 3"])
def test_killed_before_a_day_is_no_active_kill(day: str) -> None:
    # "Dorsey killed Monday": the dead on a day, not a killer and his victim
    killed = [m for m in find_casualties(f"Dorsey killed {day} in Elmford.") if m.kind == "killed"]
    assert [m.subject for m in killed] == ["Dorsey"]


def test_the_subject_of_an_active_kill_in_a_headline_is_the_killer() -> None:
    killed = [
        m for m in find_casualties("Elmwood man killed his son, then himself") if m.kind == "killed"
    ]
    assert all(m.text != "Elmwood man killed" for m in killed)
    assert "killed" not in kinds("Ex-Oakdale officer killed ex-wife before the standoff")


@pytest.mark.parametrize(
    ("sentence", "kind", "count"),
    [
        ("Five are dead after a gunman opened fire at the depot.", "killed", 5),
        ("Police said one was wounded, and two were shot in Millbrook.", "shot", 2),
        ("The men fled, and at least three are dead.", "killed", 3),
        # digits without a noun are too often amounts or statistics
        ("Since January, 64 were found dead in the county.", "killed", 1),
    ],
)
def test_a_bare_count_as_the_subject(sentence: str, kind: str, count: int) -> None:
    assert max(m.quantity.best for m in find_casualties(sentence) if m.kind == kind) == count


@pytest.mark.parametrize(
    "sentence",
    [
        "Four adults and an unborn child were killed in the Elmwood ambush.",
        "The gunman killed four women and an unborn baby at the picnic.",
        "It was the shooting that caused the deaths of five people, including an unborn child.",
    ],
)
def test_an_unborn_child_is_not_counted_among_the_dead(sentence: str) -> None:
    assert max(m.quantity.best for m in find_casualties(sentence) if m.kind == "killed") == 4


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Both Ortiz and Bell died from their wounds, the coroner said.", "killed"),
        ("Both Ramos and the male victim suffered non-life threatening injuries.", "injured"),
        ("She and her son were taken to the hospital.", "shot"),
    ],
)
def test_two_people_named_one_by_one(sentence: str, kind: str) -> None:
    assert max(m.quantity.best for m in find_casualties(sentence) if m.kind == kind) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said another boy accidentally shot Jamal inside the apartment.",
        "Investigators believe another child shot him.",
        "Another teen shot Dorsey in the leg, police said.",
    ],
)
def test_a_count_that_fired_the_shot_is_no_victim(sentence: str) -> None:
    # the count is the subject of an active "shot" with an object: who fired, not who was hit
    assert kinds(sentence) == {}


def test_a_day_after_the_verb_is_no_object() -> None:
    assert kinds("Two men shot Sunday in Elmwood were arrested.")["shot"] == (2, "exact")
    assert kinds("Another man was shot Sunday in Elmwood.") == {"shot": (1, "exact")}


def test_a_count_of_shots_is_no_count_of_people() -> None:
    assert "shot" not in kinds("The deputy then shot three more times, the sheriff said.")


@pytest.mark.parametrize(
    "sentence",
    [
        "A second victim, a neighbour of the family, is expected to survive.",
        "A third man who survived the attack called 911 from the porch.",
        "She was hit in the arm and survived.",
        "The teen was taken to Lakeview General with non-life-threatening injuries.",
        "The driver is listed as stable at County Medical.",
        "Her cousin suffered a graze wound to the shoulder.",
        "The wound to his arm was not life-threatening.",
        "The shooter was taken to Mercy General with non life threatening injuries.",
        "He was charged in the killing of Ann Roe and the shooting and wounding of Bo Lee.",
        "Another resident, Bo Lee, 18, a student at Hill, was also shot and is being treated.",
        "A neighbour, a retired teacher, was hit and is recovering at home.",
    ],
)
def test_a_survivor_told_by_the_outcome_alone(sentence: str) -> None:
    found = find_casualties(sentence)
    assert ("injured", 1, True) in [(m.kind, m.quantity.best, m.single) for m in found], sentence


def test_survived_by_family_is_no_survivor() -> None:
    found = find_casualties("He was shot on Elm Street; he is survived by his wife.")
    assert "injured" not in [m.kind for m in found]


def test_an_age_range_aside_keeps_the_count() -> None:
    found = kinds("Six people, ranging in age from 15 to 30, were hit by gunfire on Oak Lane.")
    assert found.get("shot") == (6, "exact")


def test_a_bullet_that_hit_both_is_two_shot() -> None:
    found = kinds("The gun fell, and a bullet hit both Carter and the eight-year-old in the arm.")
    assert found.get("shot") == (2, "exact")


def test_a_pair_with_an_aside_after_the_first() -> None:
    found = kinds("The boy, 14-year-old Sam Hill, and his father were each shot in the arm.")
    assert found.get("shot") == (2, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Vale, a 24-year-old cook, died Tuesday, the coroner said.",
        "The man was rushed to Elmwood General, but died a short time later.",
        "She was taken to hospital and died hours later.",
    ],
)
def test_a_death_told_by_when_it_happened(sentence: str) -> None:
    # "died" followed by a day or "... later": the subject was named before the aside
    assert kinds(sentence)["killed"] == (1, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "Two men indicted in death of 6-year-old Elmwood girl",
        "Neighbors gathered to mourn the death of the young woman.",
        "10-year-old Elmwood boy dies of accidental gunshot wound",
        "Name released of man in fatal Oregon hunting accident",
        "Police release name of girl in fatal accidental shooting",
    ],
)
def test_one_death_told_as_a_noun_or_a_headline_cause(sentence: str) -> None:
    assert kinds(sentence)["killed"] == (1, "exact")


def test_the_killer_killed_in_a_gun_battle_with_police_is_marked() -> None:
    for text in (
        "Hollis died in a shootout with officers outside the library.",
        "He was killed Friday in a gun battle with police.",
        "Police then shot and killed the gunman.",
    ):
        assert [m.suicide for m in find_casualties(text) if m.killer] == [False], text


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Vance faces two counts of murder and one count of aggravated assault.", 2),
        ("He is charged with three counts of aggravated first-degree murder.", 3),
        ("Deputies arrest man in fatal Elm Grove apartment shooting", 1),
        ("Second man pleads guilty in deadly Oakdale bar shooting", 1),
    ],
)
def test_deaths_told_by_murder_counts_or_a_fatal_shooting_with_its_place(
    sentence: str, killed: int
) -> None:
    assert kinds(sentence)["killed"] == (killed, "exact")


def test_counts_of_attempted_murder_are_no_deaths() -> None:
    assert "killed" not in kinds("He faces two counts of attempted murder.")


def test_a_toll_that_names_the_killer_among_the_dead() -> None:
    toll = find_casualties("The rampage left three soldiers including the gunman dead.")
    assert [m.quantity.best for m in toll if m.kind == "killed" and not m.killer] == [3]
    for text in (
        "The lone gunman, who was a former student, was killed.",
        "He opened fire before being fatally shot himself by police.",
    ):
        assert [m.suicide for m in find_casualties(text) if m.killer] == [False], text


def test_a_deceased_suspect_is_the_killers_death() -> None:
    assert [m.suicide for m in find_casualties("One suspect is deceased.") if m.killer] == [False]


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Family of four found dead in Elmwood home", 4),
        ("Deputies identify 3 dead in Oakdale shooting", 3),
        ("He admitted to killing all five people inside the house.", 5),
    ],
)
def test_more_tolls_of_the_dead(sentence: str, killed: int) -> None:
    assert kinds(sentence)["killed"] == (killed, "exact")


def test_the_killer_dead_where_he_was_or_in_the_exchange_of_fire() -> None:
    for text in (
        "The shooter inside the school is dead, police said.",
        "Deputies exchanged fire with Hollis, who was killed.",
        "A shootout took place and Hollis was later pronounced dead.",
    ):
        assert [m.suicide for m in find_casualties(text) if m.killer] == [False], text


def test_a_definite_plural_of_the_dead_is_at_least_two() -> None:
    assert kinds("The 16-year-olds were pronounced dead at the scene.")["killed"][0] == 2
    assert kinds("The two victims were found dead.")["killed"][0] == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Doctors have declared him brain dead, his uncle said.",
        "Her mother says the girl is now brain dead.",
    ],
)
def test_brain_dead_is_counted_among_the_dead(sentence: str) -> None:
    assert kinds(sentence)["killed"] == (1, "exact")


def test_not_brain_dead_is_no_death() -> None:
    assert "killed" not in kinds("Doctors said the boy was not brain dead.")


@pytest.mark.parametrize(
    "sentence", ["Police: Elmwood man fatally shot twin sons, himself", "The twins were killed."]
)
def test_twins_are_two_dead(sentence: str) -> None:
    assert (2, "exact") in [
        (m.quantity.best, m.quantity.qualifier)
        for m in find_casualties(sentence)
        if m.kind == "killed" and not m.killer
    ]


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Police find second body after Friday shooting near Elm Creek", 2),
        ("3rd body found in burned house after shooting", 3),
    ],
)
def test_an_ordinal_body_counts_the_dead_so_far(sentence: str, killed: int) -> None:
    assert kinds(sentence)["killed"] == (killed, "exact")


def test_a_second_victim_is_still_one_more() -> None:
    assert kinds("A second victim was killed.")["killed"] == (1, "exact")


@pytest.mark.parametrize(
    ("sentence", "kind", "count"),
    [
        ("The father killed his two daughters in their home on Elm Road.", "killed", 2),
        ("Investigators say she shot her three sons in the home on Elm Road.", "shot", 3),
        ("The gunman killing their four neighbours fled in a van.", "killed", 4),
    ],
)
def test_the_killers_own_counted(sentence: str, kind: str, count: int) -> None:
    assert kinds(sentence)[kind] == (count, "exact")


@pytest.mark.parametrize(
    "title",
    [
        "Suspect held in Elmwood shooting that killed 1, hurt 6 - Valley News Now",
        "Gunman at Oak Park party wounded 6 | KXYZ Channel 9",
    ],
)
def test_a_count_ending_a_headline_before_the_outlet(title: str) -> None:
    assert kinds(title)["injured"] == (6, "exact")


@pytest.mark.parametrize(
    "title",
    ["Shooting wounds 3 teens near Elmwood school", "Gunman injures 3 at Oak Park bus stop"],
)
def test_a_present_tense_headline_wounding(title: str) -> None:
    assert kinds(title)["injured"] == (3, "exact")


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("A Maple Falls man fatally shot his three children at their home on Friday.", 3),
        ("Police said Tom Avery fatally shot two men outside the Elm Road tavern.", 2),
        ("Avery is accused of gunning down four people outside the Elm Road tavern.", 4),
        ("Gunman guns down 3 at Maple Falls party", 3),
    ],
)
def test_fatally_shot_with_a_count_is_a_toll_of_the_dead(sentence: str, killed: int) -> None:
    assert kinds(sentence)["killed"] == (killed, "exact")


def test_fatally_shot_some_times_counts_one_dead() -> None:
    found = kinds("Tom Avery fatally shot Ann Lee three times in the chest.")
    assert found.get("killed") != (3, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "The shooting on Elm Street sent three people to the hospital.",
        "A shootout sent 3 men to area hospitals early Sunday.",
        "Three others were taken to area hospitals.",
        "Three victims were transported to local hospitals.",
    ],
)
def test_a_count_sent_or_taken_to_hospitals(sentence: str) -> None:
    assert kinds(sentence)["shot"] == (3, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "His mother told FOX 5 that her son was shot and killed on Elm Road.",
        "A neighbour told Channel 4 that two men were shot and killed outside.",
    ],
)
def test_a_tv_stations_number_counts_nobody(sentence: str) -> None:
    expected = 2 if "two men" in sentence else 1
    assert kinds(sentence)["killed"] == (expected, "exact")


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("The coroner says all three people involved in a shooting late Friday have now died.", 3),
        ("Two men involved in the Elm Road shooting were killed.", 2),
    ],
)
def test_the_people_involved_in_the_shooting_are_counted(sentence: str, killed: int) -> None:
    assert kinds(sentence)["killed"] == (killed, "exact")


def test_three_people_listed_as_the_subject_of_a_death() -> None:
    sentence = "The woman, her brother and the three-year-old baby were pronounced dead."
    assert kinds(sentence)["killed"] == (3, "exact")


@pytest.mark.parametrize(
    ("sentence", "kind", "count"),
    [
        ("Two of the victims, Ann Lee and Bob Roe, died at the hospital.", "killed", 2),
        ("Two of those men, Tom Ray and Dan Cole, died after the shooting.", "killed", 2),
        ("Two of the three victims, ages 19 and 22, were killed.", "killed", 2),
    ],
)
def test_those_named_after_a_count_of_them(sentence: str, kind: str, count: int) -> None:
    assert kinds(sentence)[kind] == (count, "exact")


def test_the_shot_and_the_wounded_named_as_nouns() -> None:
    # "the shooting of five people", "injuries to four other people": counts after a noun
    assert kinds("Police are looking into the shooting of three people outside a bar.") == {
        "shot": (3, "exact")
    }
    assert kinds(
        "The shooting resulted in the death of a 20-year-old man and injuries to four other people."
    )["injured"] == (4, "exact")
    # a fatal shooting of two is two dead, not two shot; one person stays the single's pattern
    assert "shot" not in kinds("He is charged in the fatal shooting of two men in May.")
    assert "shot" not in kinds("He is charged in the shooting of a man in May.")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Two men were taken to a hospital and a fourth victim drove herself to a clinic.", 4),
        ("Three men walked in with gunshot wounds as a 4th shooting victim was found.", 4),
        ("Police later found a fifth victim at a hospital.", 5),
    ],
)
def test_an_ordinal_victim_counts_the_shot_so_far(sentence: str, count: int) -> None:
    assert kinds(sentence)["shot"] == (count, "exact")


def test_a_rumoured_ordinal_victim_counts_nobody() -> None:
    assert "shot" not in kinds("Neighbors say there may be a fourth victim who never came forward.")


def test_a_tally_over_the_first_days_of_a_year_is_a_statistic() -> None:
    assert is_statistics("Ninety people have been shot in the first 40 days of 2016 in Elmwood.")
    assert is_statistics("Eight children have been killed in the past six weeks.")
    assert not is_statistics("Two men were shot in the first block of Alder Street.")


def test_a_photo_counter_before_an_age_counts_nobody() -> None:
    # "Image 3 of 8 6-year-old boy and his father were shot": 8 is the gallery's size
    found = kinds("Photo: Ann Roe Image 3 of 8 6-year-old boy and his father were shot Friday.")
    assert found.get("shot", (0, ""))[0] <= 2


def test_a_pair_with_where_they_were_before_the_verb() -> None:
    # "A 15-year-old and a 69-year-old in the car with Roe were also hit": two, not one more
    found = kinds(
        "A 15-year-old boy and a 60-year-old man in the car with Roe were also hit by gunfire."
    )
    assert found["shot"] == (2, "exact")
    assert kinds("A woman and her son inside the home were wounded.")["injured"] == (2, "exact")


@pytest.mark.parametrize(
    "headline",
    ["Accidental shooting hospitalizes juvenile at Elmwood resort", "Stray bullet injures teen"],
)
def test_a_headlines_present_tense_on_one_person_hurt(headline: str) -> None:
    assert [(m.kind, m.quantity.best) for m in find_casualties(headline)] == [("shot", 1)]


def test_a_gallery_counter_before_a_caption_counts_nobody() -> None:
    found = kinds("Photo: Ann Roe Image 44 of 44 Child shot, mother injured in Elmwood shooting")
    assert found.get("shot", (0, ""))[0] != 44


def test_a_list_left_with_gunshot_wounds() -> None:
    found = kinds(
        "The attack also left her 6-year-old son, Roe's sister and her husband with gunshot wounds."
    )
    assert found["injured"] == (3, "exact")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("7 victims of Sunday shooting released from hospital", 7),
        ("The four victims of Saturday's nightclub shooting were identified.", 4),
    ],
)
def test_victims_of_a_named_shooting_are_counted(sentence: str, count: int) -> None:
    assert kinds(sentence)["shot"] == (count, "exact")


def test_a_tally_since_a_weekday_is_a_statistic() -> None:
    assert is_statistics("The violence left 28 people shot and 10 killed in the city since Friday.")
    assert is_statistics("2 Killed, 4 Wounded in West Side Shootings Since Monday, Police Say")
    assert not is_statistics("The man has been in critical condition since Sunday's shooting.")


def test_a_tally_of_shootings_over_a_span_is_a_statistic() -> None:
    assert is_statistics("Seven people were wounded in shootings from Sunday to early Monday.")
    assert is_statistics("Two were killed and 15 hurt overnight in shootings throughout the city.")
    assert not is_statistics("Two people were wounded in the shooting from a passing car.")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Nine people died in the attack. Another 31 were wounded.", 31),
        ("Two people died at the scene; another five were treated and released.", 5),
    ],
)
def test_another_count_of_the_wounded(sentence: str, count: int) -> None:
    """ "Another 31 were wounded": a bare count after 'another' is more people, as after
    'an additional'."""
    assert kinds(sentence)["injured"] == (count, "exact")


@pytest.mark.parametrize(
    ("sentence", "kind", "count"),
    [
        ("Two men, 19 and 22, were shot outside the store.", "shot", 2),
        ("Three teens, 15, 16 and 17, were wounded.", "injured", 3),
        ("A third man, 41, was taken to a hospital with a leg wound.", "shot", 1),
    ],
)
def test_a_bare_age_between_the_count_and_the_verb(sentence: str, kind: str, count: int) -> None:
    """ "A third man, 41, was taken to a hospital": the age set off by commas is an aside."""
    assert kinds(sentence)[kind] == (count, "exact")


def test_a_pair_recovering_is_two_survivors() -> None:
    assert kinds("He and his brother are both recovering at home.")["injured"] == (2, "exact")


def test_three_listed_recovering_are_three_survivors() -> None:
    """The pair's words must not take the last two of a longer list for the whole of it."""
    found = kinds("A 52-year-old woman, a 30-year-old man and a 9-year-old boy are recovering.")
    assert found["injured"] == (3, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "A 6-year-old boy died and his father remains in the hospital.",
        "The woman remained in intensive care on Tuesday.",
    ],
)
def test_one_who_remains_in_hospital_is_a_survivor(sentence: str) -> None:
    """ "his father remains in the hospital": still there, so alive and wounded."""
    assert kinds(sentence)["injured"] == (1, "exact")


def test_one_who_remains_in_hospital_on_life_support_is_no_survivor_yet() -> None:
    assert "injured" not in kinds("Eve Roe remains in the hospital on life support.")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Police said Roe's daughter remains in intensive care.", "injured"),
        ("Lee's younger son was shot in the arm.", "shot"),
    ],
)
def test_a_possessive_name_before_a_person_is_one_person(sentence: str, kind: str) -> None:
    """ "Roe's daughter" is one person, and not Roe: the name is no subject of the mention."""
    (mention,) = [m for m in find_casualties(sentence) if m.kind == kind]
    assert (mention.quantity.best, mention.single, mention.subject) == (1, True, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bob Lee was shot twice in the chest and did not survive.",
        "The boy was flown to a hospital in Elmwood but didn't survive.",
    ],
)
def test_did_not_survive_is_a_death(sentence: str) -> None:
    assert kinds(sentence)["killed"] == (1, "exact")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Prosecutors say Bob Lee went on to kill a guard and injure two others at the mall.", 2),
        ("The man drove off, only to return minutes later and wound at least four people.", 4),
    ],
)
def test_a_bare_verb_of_wounding_counts_the_wounded(sentence: str, count: int) -> None:
    assert kinds(sentence)["injured"][0] == count


def test_an_intent_to_wound_counts_nobody() -> None:
    assert "injured" not in kinds("He told a friend he wanted to injure three people.")
    assert "injured" not in kinds("He had a gunshot wound 2 inches from his heart.")


def test_a_count_of_the_dead_is_not_carried_across_died_to_the_wounded() -> None:
    # "Three people died and others were hurt": three dead, the hurt uncounted
    found = kinds("Three people died and others were hurt in the Elmwood rampage.")
    assert found == {"killed": (3, "exact")}


def test_a_sentence_telling_only_treated_and_released_is_read() -> None:
    # 'treated' is a hint of its own: no other casualty word need be in the sentence
    assert kinds("Three others were treated and released at Elmwood General.") == {
        "injured": (3, "exact")
    }


def test_the_hints_are_written_lower_case() -> None:
    """The hints and the statistics words are searched in the lower-cased sentence (no re.I,
    for speed): a capital in one of their words would never match."""
    for hint in (HINT, *KIND_HINTS.values(), STATISTICS):
        assert hint.pattern == hint.pattern.lower()
        assert not hint.flags & re.I


def test_an_all_capitals_headline_is_read() -> None:
    kinds = {
        m.kind: m.quantity.best for m in find_casualties("TWO MEN KILLED, ONE WOUNDED IN ELMWOOD")
    }
    assert kinds == {"killed": 2, "injured": 1}
    assert is_statistics("SHOOTINGS ACROSS THE CITY SINCE JANUARY")
