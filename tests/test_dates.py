import re
from datetime import date

from eventwire.extract.dates import (
    LOWER_CASE_GATES,
    PATTERNS,
    archived_date,
    find_dates,
    page_date,
    posted_date,
    url_date,
)

PUB = date(2014, 1, 29)  # a Wednesday


def first(text: str, published: date | None = PUB) -> tuple[str | None, str, str]:
    found = find_dates(text, published)
    assert found, text
    info = found[0].info
    return info.start, info.precision, found[0].text


def test_weekday_resolves_to_the_latest_such_day() -> None:
    assert first("The man was shot Monday night near the park.")[:2] == ("2014-01-27", "day")


def test_same_weekday_as_publication_is_that_day() -> None:
    assert first("Police said the shooting happened Wednesday.")[0] == "2014-01-29"


def test_last_weekday_is_neither_today_nor_yesterday() -> None:
    # published Wednesday: "last Tuesday" is the week before's, "last Monday" two days back
    assert first("A boy was shot last Tuesday on Elm Street.")[0] == "2014-01-21"
    assert first("A boy was shot last Wednesday on Elm Street.")[0] == "2014-01-22"
    assert first("A boy was shot last Monday on Elm Street.")[0] == "2014-01-27"


def test_relative_days() -> None:
    assert first("He was killed yesterday.")[0] == "2014-01-28"
    assert first("Shots rang out late last night.")[0] == "2014-01-28"
    assert first("A man was shot early this morning.")[0] == "2014-01-29"


def test_a_holiday_named_with_its_year_is_that_years() -> None:
    assert first("He was killed in the 2009 Halloween shooting.")[0] == "2009-10-31"
    assert first("He was shot on Christmas Day 2012 in Elmwood.")[0] == "2012-12-25"
    assert first("He was shot on Christmas Eve in Elmwood.")[0] == "2013-12-24"


def test_weeks_ago_count_back_from_publication() -> None:
    # published Wednesday 2014-01-29
    assert first("A girl died after being shot two weeks ago.")[0] == "2014-01-15"
    assert first("He was shot one week ago in Elmwood.")[0] == "2014-01-22"
    # "more than a week ago" names no day
    assert find_dates("He was shot more than a week ago.", PUB) == []


def test_month_day_takes_the_year_before_publication_when_needed() -> None:
    assert first("The shooting on Dec. 30 left one dead.")[0] == "2013-12-30"
    assert first("It happened on January 11th.")[0] == "2014-01-11"


def test_explicit_years_and_months() -> None:
    assert first("He was killed in January 2020 at Baghdad airport.")[:2] == ("2020-01", "month")
    assert first("The attack on March 3, 2011 killed four.")[0] == "2011-03-03"
    assert first("Fighting in 2019 displaced thousands.")[:2] == ("2019", "year")


def test_spans_point_at_the_words() -> None:
    text = "Two men were shot Saturday."
    found = find_dates(text, PUB, offset=100)
    assert found[0].text == "Saturday"
    assert found[0].start == 100 + text.index("Saturday")


def test_no_publication_date_leaves_relative_dates_unresolved() -> None:
    assert find_dates("He was shot Monday.", None) == []
    assert first("on Jan. 5, 2015", None)[0] == "2015-01-05"


def test_next_weekday_is_a_plan_not_an_event() -> None:
    assert find_dates("He will appear in court next Monday.", PUB) == []


def test_holidays_and_weekday_with_full_date() -> None:
    assert first("He died on New Year's Eve.", date(2017, 1, 2))[0] == "2016-12-31"
    assert first("Shots were fired on Thanksgiving.", date(2016, 11, 28))[0] == "2016-11-24"
    found = find_dates("The officer was shot on Friday, Nov. 4.", date(2016, 11, 30))
    assert [d.text for d in found] == ["Nov. 4"]


def test_overnight_is_the_publication_day() -> None:
    # mostly after midnight: on the dev set the publication day twice as often as the day before
    assert first("A man was shot overnight.")[0] == "2014-01-29"


def test_months_without_a_day() -> None:
    pub = date(2024, 3, 14)
    assert first("the same station was hit in June last year", pub)[:2] == ("2023-06", "month")
    assert first("Attacks rose in January.", pub)[:2] == ("2024-01", "month")
    assert first("Fighting began in June.", pub)[:2] == ("2023-06", "month")
    # a place that starts with a month's name is no month
    assert find_dates("Teen killed in Mayfair shooting; a second man shot in Marchmont", pub) == []


def test_numeric_dates_but_not_fractions_or_web_addresses() -> None:
    assert first("On 1/2/2014 at approximately 3 p.m. officers responded.")[0] == "2014-01-02"
    assert first("UPDATE 1/27: Police named the victim.")[0] == "2014-01-27"
    for text in (
        "The fire began in a 2 1/2-story house.",
        "The car was found about 1/2 mile away.",
        "Read more at example.com/2016/08/21/update-shooting",
    ):
        assert find_dates(text, PUB) == [], text


def test_a_pages_posted_day_when_earlier_than_its_publication() -> None:
    head = "Three hurt at a bar\n\nPosted: Friday, June 7, 2019 9:15 AM EDT Updated: Monday, "
    head += "June 17, 2019 6:40 PM EDT\n\nThree people were shot early Friday."
    assert posted_date(head, date(2019, 6, 18)) == date(2019, 6, 7)
    assert posted_date(head, date(2019, 6, 7)) is None  # not earlier: nothing to change
    assert posted_date("Three people were shot early Friday.", date(2019, 6, 18)) is None


def test_the_day_in_a_pages_address_when_earlier_than_its_publication() -> None:
    later = date(2016, 8, 18)
    assert url_date("https://example.com/news/2016/03/08/a-slug/", later) == date(2016, 3, 8)
    assert url_date("https://example.com/news/2017/feb/08/a-slug/", date(2017, 3, 1)) == date(
        2017, 2, 8
    )
    assert url_date("http://example.com/2016-03-08-a-slug", later) == date(2016, 3, 8)
    # an archive's own capture time is not the site's day
    archived = "http://web.archive.org/web/20160308120000/http://example.com/story/123"
    assert url_date(archived, later) is None
    assert url_date("https://example.com/news/2016/08/18/a-slug/", later) is None  # not earlier
    assert url_date("https://example.com/news/2016/13/45/a-slug/", later) is None  # no such day
    assert url_date("https://example.com/2016/03/report", later) is None  # no day
    assert url_date(None, later) is None


def test_an_archives_capture_day_when_earlier_than_the_publication() -> None:
    archived = "http://web.archive.org/web/20150718014713/http://example.com/story/123"
    assert archived_date(archived, date(2017, 1, 28)) == date(2015, 7, 18)
    assert archived_date(archived, date(2015, 7, 17)) is None  # captured after: nothing to change
    assert archived_date("http://example.com/2015/07/18/story", date(2017, 1, 28)) is None
    assert archived_date(None, date(2017, 1, 28)) is None


def test_the_page_day_is_the_earliest_the_page_gives() -> None:
    archived = "http://web.archive.org/web/20160310080000/http://example.com/news/2016/03/08/a/"
    collected = date(2017, 1, 28)
    assert page_date("A man was shot Tuesday.", archived, collected) == date(2016, 3, 8)
    bare = "http://web.archive.org/web/20160310080000/http://example.com/story/123"
    assert page_date("A man was shot Tuesday.", bare, collected) == date(2016, 3, 10)
    assert page_date("A man was shot Tuesday.", None, collected) == collected
    assert page_date("A man was shot Tuesday.", archived, None) is None


def test_the_newspaper_usa_today_is_no_day() -> None:
    assert find_dates("A study by USA Today counted such deaths.", PUB) == []
    assert first("A boy was shot today, USA Today reported.")[0] == "2014-01-29"


def test_the_case_insensitive_patterns_are_written_lower_case() -> None:
    """Each re.I pattern is tried only where its lower-case twin matches the lowered sentence:
    a capital in its words (outside a negative lookbehind) would let nothing through."""
    kinds = [kind for kind, _ in PATTERNS]
    assert len(kinds) == len(set(kinds))
    for kind in LOWER_CASE_GATES:
        source = re.sub(r"\(\?<![^)]*\)", "", dict(PATTERNS)[kind].pattern)
        source = re.sub(r"\\.", "", source)
        source = re.sub(r"\(\?P<\w+>", "(", source)  # a group's name
        assert source == source.lower(), kind
    found = find_dates("GUNFIRE ERUPTED IN ELMWOOD LAST NIGHT, TWO WEEKS AGO", date(2020, 5, 9))
    assert [d.kind for d in found] == ["relative_day", "relative_ago"]
