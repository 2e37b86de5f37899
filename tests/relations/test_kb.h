// A small in-memory actor dictionary for extractor tests (not the built-in
// one, so the tests do not move when the dictionaries grow).
#ifndef ACTORGRAPH_TESTS_RELATIONS_TEST_KB_H_
#define ACTORGRAPH_TESTS_RELATIONS_TEST_KB_H_

#include <string>

#include "actors/knowledge_base.h"

namespace actorgraph::testing {

inline constexpr const char* kTestDictionary = R"(
[[actor]]
id = "USA"
name = "United States"
kind = "country"
party = "USA"
aliases = ["US", "U.S.", "America"]
demonyms = ["American", "US"]
capital = "Washington"

[[actor]]
id = "EGY"
name = "Egypt"
kind = "country"
party = "EGY"
demonyms = ["Egyptian"]
demonyms_plural = ["Egyptians"]
capital = "Cairo"

[[actor]]
id = "QAT"
name = "Qatar"
kind = "country"
party = "QAT"
demonyms = ["Qatari"]
capital = "Doha"

[[actor]]
id = "ISR"
name = "Israel"
kind = "country"
party = "ISR"
demonyms = ["Israeli"]
demonyms_plural = ["Israelis"]
capital = "Jerusalem"

[[actor]]
id = "PSE"
name = "Palestine"
kind = "country"
party = "PSE"
demonyms = ["Palestinian"]
demonyms_plural = ["Palestinians"]

[[actor]]
id = "SAU"
name = "Saudi Arabia"
kind = "country"
party = "SAU"
demonyms = ["Saudi"]
capital = "Riyadh"

[[actor]]
id = "OMN"
name = "Oman"
kind = "country"
party = "OMN"
demonyms = ["Omani"]
capital = "Muscat"

[[actor]]
id = "IRN"
name = "Iran"
kind = "country"
party = "IRN"
demonyms = ["Iranian"]
capital = "Tehran"

[[actor]]
id = "SDN"
name = "Sudan"
kind = "country"
party = "SDN"
demonyms = ["Sudanese"]
capital = "Khartoum"

[[actor]]
id = "TUR"
name = "Turkey"
kind = "country"
party = "TUR"
aliases = ["Turkiye"]
demonyms = ["Turkish"]
capital = "Ankara"

[[actor]]
id = "UKR"
name = "Ukraine"
kind = "country"
party = "UKR"
demonyms = ["Ukrainian"]
capital = "Kyiv"

[[actor]]
id = "RUS"
name = "Russia"
kind = "country"
party = "RUS"
demonyms = ["Russian"]
capital = "Moscow"
seats = ["Kremlin"]

[[actor]]
id = "JOR"
name = "Jordan"
kind = "country"
party = "JOR"
demonyms = ["Jordanian"]
capital = "Amman"

[[actor]]
id = "HAMAS"
name = "Hamas"
kind = "organization"
party = "HAMAS"
armed = true

[[actor]]
id = "ARAB-LEAGUE"
name = "Arab League"
kind = "organization"
party = "ARAB-LEAGUE"

[[actor]]
id = "RSF"
name = "Rapid Support Forces"
kind = "organization"
party = "RSF"
armed = true
aliases = ["RSF"]

# a body whose canonical name carries a qualifier the text leaves out: National Liberation Army, ELN
[[actor]]
id = "ELN"
name = "National Liberation Army of Colombia"
kind = "organization"
party = "ELN"
armed = true
aliases = ["ELN"]

# a person out of office on the fixture's date (2024)
[[actor]]
id = "martin-griffiths"
name = "Martin Griffiths"
kind = "person"
aliases = ["Griffiths"]
offices = [{ office = "special-envoy", party = "UN", start = "2018-03-01", end = "2021-07-01" }]

[[actor]]
id = "antony-blinken"
name = "Antony Blinken"
kind = "person"
aliases = ["Blinken"]
offices = [{ office = "foreign-minister", party = "USA", start = "2021-01-26", end = "2025-01-20" }]

[[actor]]
id = "benjamin-netanyahu"
name = "Benjamin Netanyahu"
kind = "person"
aliases = ["Netanyahu"]
offices = [{ office = "head-of-government", party = "ISR", start = "2022-12-29" }]

[[actor]]
id = "yair-lapid"
name = "Yair Lapid"
kind = "person"
aliases = ["Lapid"]
offices = [{ office = "opposition-leader", party = "ISR", start = "2022-12-29" }]

[[actor]]
id = "sameh-shoukry"
name = "Sameh Shoukry"
kind = "person"
aliases = ["Shoukry"]
offices = [{ office = "foreign-minister", party = "EGY", start = "2014-06-17", end = "2024-07-03" }]

[[actor]]
id = "abdel-fattah-al-sisi"
name = "Abdel Fattah al-Sisi"
kind = "person"
aliases = ["Sisi", "al-Sisi"]
offices = [{ office = "head-of-state", party = "EGY", start = "2014-06-08" }]

[[actor]]
id = "william-burns"
name = "William Burns"
kind = "person"
aliases = ["Burns"]
offices = [{ office = "cia-director", party = "USA", start = "2021-03-19", end = "2025-01-20" }]

[[actor]]
id = "maria-zakharova"
name = "Maria Zakharova"
kind = "person"
female = true
aliases = ["Zakharova"]
offices = [{ office = "spokesperson", party = "RUS", start = "2015-08-10" }]

[[title]]
office = "foreign-minister"
phrases = ["foreign minister", "minister of foreign affairs"]

[[title]]
office = "foreign-minister"
party = "USA"
phrases = ["Secretary of State"]

[[title]]
office = "head-of-state"
phrases = ["president"]

[[title]]
office = "head-of-government"
phrases = ["prime minister"]

[[title]]
office = "cia-director"
party = "USA"
phrases = ["CIA Director", "CIA chief"]
)";

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_RELATIONS_TEST_KB_H_
