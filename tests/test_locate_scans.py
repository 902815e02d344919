"""The full-text scans of the locator read what they read before they were made cheaper."""

from eventwire.resolve import locate


def test_a_city_police_force_after_a_capital_only() -> None:
    text = (
        "The Pinewood police said. But Elmwood Fire crews and Ft. Oakdale Metropolitan Police came."
    )
    found = [m.group("city") for m in locate.CITY_ORG.finditer(text)]
    assert found == ["Pinewood", "Elmwood", "Ft. Oakdale"]
    assert not list(locate.CITY_ORG.finditer("pinewood police said"))


def test_counties_are_read_only_where_a_county_word_is() -> None:
    text = "Two men were shot in Pine County and near Elm Parish, the Oak Co. sheriff said."
    assert [name for name, _, _ in locate.TextScan.of(text).counties] == [
        "Pine County",
        "Elm Parish",
        "Oak County",
    ]
    assert locate.TextScan.of("Two men were shot in Pinewood on Friday.").counties == ()


def test_a_copyright_line_still_names_the_station() -> None:
    text = "Ann Roe was shot on Elm Street. Copyright 2016 WREG All rights reserved."
    assert locate.report_stations(text, None) == ["Memphis, TN"]
    assert locate.report_stations("Ann Roe was shot on Elm Street.", None) == []
