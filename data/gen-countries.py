#!/usr/bin/env python3
"""gen-countries.py: regenerate data/countries.tsv.

Maintainer tool, not needed at build time (the generated TSV is committed).

    python3 data/gen-countries.py [ISO_3166-1_JSON] > data/countries.tsv

Reads Debian's iso-codes list of ISO 3166-1 countries and merges it with the
hand-kept TABLE below: everyday canonical names, short forms, demonyms,
capitals and seats of government. Exits non-zero if one form would name two
countries or if the table and the ISO list disagree.
"""
import json
import sys

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

# One line per country:
#   alpha-2 | canonical | aliases | demonyms | capitals | seats
# canonical empty: iso-codes common_name, else name. Lists are ';'-separated.
# A demonym ending in '+s' also yields its plural with 's'. Official and
# iso-codes names are added automatically (comma inversions are skipped).
# Codes not in ISO 3166-1 (XK) are extras, listed in EXTRA_CODES.
TABLE = """
AW|||Aruban+s|Oranjestad|
AF|||Afghan+s|Kabul|
AO|||Angolan+s|Luanda|
AI|||Anguillan+s||
AX|Åland Islands|Aland Islands;Åland;Aland|Ålander+s;Alander+s|Mariehamn|
AL|||Albanian+s|Tirana;Tiranë|
AD|||Andorran+s|Andorra la Vella|
AE||UAE;U.A.E.|Emirati+s|Abu Dhabi|
AR|||Argentine+s;Argentinian+s|Buenos Aires|Casa Rosada
AM|||Armenian+s|Yerevan|
AS|||American Samoan+s|Pago Pago|
AQ|||||
TF||French Southern and Antarctic Lands|||
AG||Antigua;Antigua & Barbuda|Antiguan+s;Barbudan+s||
AU||Commonwealth of Australia|Australian+s;Aussie+s|Canberra|
AT|||Austrian+s|Vienna|
AZ|||Azerbaijani+s;Azeri+s|Baku|
BI|||Burundian+s|Gitega;Bujumbura|
BE|||Belgian+s|Brussels|
BJ|||Beninese|Porto-Novo;Cotonou|
BQ|Caribbean Netherlands|Bonaire;Sint Eustatius||Kralendijk|
BF||Burkina|Burkinabe;Burkinabé|Ouagadougou|
BD|||Bangladeshi+s|Dhaka|
BG|||Bulgarian+s||
BH|||Bahraini+s|Manama|
BS|||Bahamian+s||
BA||Bosnia;Bosnia-Herzegovina;Bosnia & Herzegovina;BiH|Bosnian+s|Sarajevo|
BL||Saint Barthelemy;St Barthélemy;St. Barthélemy;St Barts;St. Barts;St Barths;St. Barths||Gustavia|
BY|||Belarusian+s;Belarussian+s|Minsk|
BZ|||Belizean+s|Belmopan|
BM|||Bermudian+s;Bermudan+s||
BO|||Bolivian+s|La Paz|
BR||Brasil|Brazilian+s|Brasília;Brasilia|Planalto;Planalto Palace;Itamaraty
BB|||Barbadian+s;Bajan+s|Bridgetown|
BN|Brunei||Bruneian+s|Bandar Seri Begawan|
BT|||Bhutanese|Thimphu|
BV|||||
BW|||Motswana;Batswana;Botswanan+s|Gaborone|
CF|||Central African+s|Bangui|
CA|||Canadian+s|Ottawa|Parliament Hill
CC|Cocos Islands|Keeling Islands|||
CH|||Swiss|Bern;Berne|
CL|||Chilean+s||La Moneda
CN||PRC;Mainland China|Chinese|Beijing|Zhongnanhai
CI||Cote d'Ivoire;Ivory Coast;Republic of Cote d'Ivoire|Ivorian+s|Yamoussoukro;Abidjan|
CM|||Cameroonian+s|Yaoundé;Yaounde|
CD|DR Congo|Democratic Republic of the Congo;Democratic Republic of Congo;DRC;Congo-Kinshasa|Congolese|Kinshasa|
CG|Republic of the Congo|Republic of Congo;Congo Republic;Congo-Brazzaville||Brazzaville|
CK|||Cook Islander+s|Avarua|
CO|||Colombian+s|Bogotá;Bogota|
KM||Comoro Islands|Comorian+s|Moroni|
CV||Cape Verde|Cabo Verdean+s;Cape Verdean+s|Praia|
CR|||Costa Rican+s||
CU|||Cuban+s|Havana|
CW||Curacao||Willemstad|
CX||||Flying Fish Cove|
KY|||Caymanian+s|George Town|
CY|||Cypriot+s|Nicosia|
CZ|Czech Republic||Czech+s|Prague|
DE|||German+s|Berlin|
DJ|||Djiboutian+s||
DM||||Roseau|
DK|||Dane+s;Danish|Copenhagen|
DO|||Dominican+s|Santo Domingo|
DZ|||Algerian+s|Algiers|
EC|||Ecuadorian+s;Ecuadorean+s|Quito|
EG|||Egyptian+s|Cairo|
ER|||Eritrean+s|Asmara|
EH||Sahrawi Arab Democratic Republic|Sahrawi+s;Saharawi+s||
ES|||Spaniard+s;Spanish|Madrid|Moncloa
EE|||Estonian+s|Tallinn|
ET|||Ethiopian+s|Addis Ababa|
FI|||Finns;Finnish|Helsinki|
FJ|||Fijian+s|Suva|
FK|Falkland Islands|Falklands;Malvinas;Islas Malvinas|Falkland Islander+s||
FR|||French;Frenchman;Frenchmen;Frenchwoman;Frenchwomen|Paris|Elysee;Élysée;Elysée;Elysee Palace;Élysée Palace;Quai d'Orsay;Matignon
FO||Faroes;Faeroe Islands|Faroese|Tórshavn;Torshavn|
FM|Micronesia||Micronesian+s|Palikir|
GA|||Gabonese|Libreville|
GB||UK;U.K.;Britain;Great Britain;Northern Ireland|British;Briton+s;Brit+s;Northern Irish|London|Downing Street;Number 10;Number Ten;No 10;Whitehall;Westminster
GE|||Georgian+s|Tbilisi|
GG||||St Peter Port;St. Peter Port|
GH|||Ghanaian+s|Accra|
GI|||Gibraltarian+s||
GN||Guinea-Conakry|Guinean+s|Conakry|
GP|||Guadeloupean+s|Basse-Terre|
GM|||Gambian+s|Banjul|
GW||Guinea Bissau|Bissau-Guinean+s|Bissau|
GQ|||Equatorial Guinean+s;Equatoguinean+s|Malabo|
GR|||Greek+s|Athens|
GD|||Grenadian+s||
GL|||Greenlander+s;Greenlandic|Nuuk|
GT|||Guatemalan+s|Guatemala City|
GF|||French Guianese||
GU|||Guamanian+s|Hagåtña;Hagatna|
GY|||Guyanese||
HK||HK;Hong Kong SAR;HKSAR|Hongkonger+s;Hong Konger+s||
HM||Heard and McDonald Islands|||
HN|||Honduran+s|Tegucigalpa|
HR|||Croat+s;Croatian+s|Zagreb|
HT|||Haitian+s|Port-au-Prince|
HU|||Hungarian+s|Budapest|
ID|||Indonesian+s|Jakarta|
IM|||Manx||
IN||Bharat|Indian+s|New Delhi;Delhi|
IO||Chagos Islands;Chagos Archipelago|||
IE||Republic of Ireland;Éire;Eire|Irish;Irishman;Irishmen;Irishwoman;Irishwomen|Dublin|
IR|||Iranian+s|Tehran;Teheran|
IQ|||Iraqi+s|Baghdad|
IS|||Icelander+s;Icelandic|Reykjavik;Reykjavík|
IL|||Israeli+s|Jerusalem|
IT|||Italian+s|Rome|Palazzo Chigi
JM|||Jamaican+s||
JE||Bailiwick of Jersey||St Helier;St. Helier;Saint Helier|
JO|||Jordanian+s|Amman|
JP|||Japanese|Tokyo|Kasumigaseki;Nagatacho
KZ|||Kazakh+s;Kazakhstani+s|Astana;Nur-Sultan|
KE|||Kenyan+s|Nairobi|
KG||Kyrgyz Republic|Kyrgyz|Bishkek|
KH|||Cambodian+s|Phnom Penh|
KI|||I-Kiribati|Tarawa;South Tarawa|
KN||St Kitts and Nevis;St. Kitts and Nevis;St Kitts;St. Kitts;Saint Kitts|Kittitian+s;Nevisian+s|Basseterre|
KR||Republic of Korea;ROK|South Korean+s|Seoul|Blue House;Cheong Wa Dae
KW|||Kuwaiti+s|Kuwait City|
LA||Lao PDR|Laotian+s|Vientiane|
LB|||Lebanese|Beirut|Baabda
LR|||Liberian+s|Monrovia|
LY|||Libyan+s|Tripoli|
LC||St Lucia;St. Lucia|Saint Lucian+s;St Lucian+s|Castries|
LI|||Liechtensteiner+s|Vaduz|
LK|||Sri Lankan+s|Colombo;Sri Jayawardenepura Kotte|
LS|||Basotho;Mosotho|Maseru|
LT|||Lithuanian+s|Vilnius|
LU|||Luxembourger+s;Luxembourgish||
LV|||Latvian+s|Riga|
MO||Macau;Macao SAR;Macau SAR|Macanese||
MF|Saint Martin|Saint-Martin;St Martin;St. Martin||Marigot|
MA|||Moroccan+s|Rabat|
MC|||Monegasque+s;Monégasque+s||
MD|||Moldovan+s|Chisinau;Chișinău;Chişinău|
MG|||Malagasy|Antananarivo|
MV|||Maldivian+s||
MX|||Mexican+s|Mexico City|
MH|||Marshallese|Majuro|
MK||Macedonia|Macedonian+s;North Macedonian+s|Skopje|
ML|||Malian+s|Bamako|
MT|||Maltese|Valletta|
MM||Burma|Burmese|Naypyidaw;Naypyitaw;Nay Pyi Taw|
ME|||Montenegrin+s|Podgorica|
MN|||Mongolian+s|Ulaanbaatar;Ulan Bator|
MP||Northern Marianas;CNMI||Saipan|
MZ|||Mozambican+s|Maputo|
MR|||Mauritanian+s|Nouakchott|
MS|||Montserratian+s|Brades|
MQ|||Martinican+s|Fort-de-France|
MU|||Mauritian+s|Port Louis|
MW|||Malawian+s|Lilongwe|
MY|||Malaysian+s|Kuala Lumpur;Putrajaya|
YT|||Mahoran+s|Mamoudzou|
NA|||Namibian+s|Windhoek|
NC|||New Caledonian+s|Nouméa;Noumea|
NE|||Nigerien+s|Niamey|
NF|||||
NG|||Nigerian+s|Abuja|Aso Rock
NI|||Nicaraguan+s|Managua|
NU|||Niuean+s|Alofi|
NL||Holland|Dutch;Dutchman;Dutchmen;Dutchwoman;Dutchwomen|Amsterdam;Hague|
NO|||Norwegian+s|Oslo|
NP|||Nepali+s;Nepalese|Kathmandu|
NR|||Nauruan+s|Yaren|
NZ||NZ;Aotearoa|New Zealander+s|Wellington|
OM|||Omani+s|Muscat|
PK|||Pakistani+s|Islamabad|
PA|||Panamanian+s|Panama City|
PN|Pitcairn Islands||Pitcairn Islander+s|Adamstown|
PE|||Peruvian+s|Lima|
PH|||Filipino+s;Filipina+s;Philippine|Manila|Malacañang;Malacanang;Malacañang Palace;Malacanang Palace
PW|||Palauan+s|Ngerulmud|
PG||New Guinea|Papua New Guinean+s|Port Moresby|
PL|||Poles;Polish|Warsaw|
PR|||Puerto Rican+s|San Juan|
KP||DPRK|North Korean+s|Pyongyang|
PT|||Portuguese|Lisbon|
PY|||Paraguayan+s|Asunción;Asuncion|
PS|Palestine|Palestinian Territories;Palestinian territories;Occupied Palestinian Territories|Palestinian+s|Ramallah|
PF|||French Polynesian+s|Papeete|
QA|||Qatari+s|Doha|
RE||Reunion;La Réunion|||
RO|||Romanian+s|Bucharest|
RU|Russia||Russian+s|Moscow|Kremlin
RW|||Rwandan+s;Rwandese|Kigali|
SA||KSA|Saudi+s;Saudi Arabian+s|Riyadh|
SD|||Sudanese|Khartoum|
SN|||Senegalese|Dakar|
SG|||Singaporean+s||
GS||South Georgia;South Sandwich Islands|||
SH|Saint Helena|St Helena;St. Helena;Ascension Island;Tristan da Cunha|Saint Helenian+s||
SJ||Svalbard||Longyearbyen|
SB||Solomons|Solomon Islander+s|Honiara|
SL|||Sierra Leonean+s|Freetown|
SV|||Salvadoran+s;Salvadorean+s|San Salvador|
SM|||Sammarinese||
SO|||Somali+s;Somalian+s|Mogadishu|
PM||St Pierre and Miquelon;St. Pierre and Miquelon|||
RS|||Serb+s;Serbian+s|Belgrade|
SS|||South Sudanese|Juba|
ST||São Tomé and Príncipe;Sao Tome;São Tomé|Santomean+s||
SR||Surinam|Surinamese;Surinamer+s|Paramaribo|
SK|||Slovak+s;Slovakian+s|Bratislava|
SI|||Slovene+s;Slovenian+s|Ljubljana|
SE|||Swede+s;Swedish|Stockholm|
SZ||Swaziland|Swazi+s|Mbabane;Lobamba|
SX|Sint Maarten|St Maarten;St. Maarten||Philipsburg|
SC|||Seychellois||
SY|||Syrian+s|Damascus|
TC||Turks and Caicos||Cockburn Town|
TD|||Chadian+s|N'Djamena;Ndjamena|
TG|||Togolese|Lomé;Lome|
TH|||Thai+s|Bangkok|
TJ|||Tajik+s;Tajikistani+s|Dushanbe|
TK|||Tokelauan+s||
TM|||Turkmen|Ashgabat;Ashkhabad|
TL||East Timor;Timor Leste|Timorese;East Timorese|Dili|
TO|||Tongan+s|Nuku'alofa|
TT||Trinidad;Trinidad & Tobago|Trinidadian+s;Tobagonian+s;Trinbagonian+s|Port of Spain;Port-of-Spain|
TN|||Tunisian+s|Tunis|
TR|Turkey|Turkiye;Republic of Turkey|Turk+s;Turkish|Ankara|
TV|||Tuvaluan+s|Funafuti|
TW||Republic of China|Taiwanese|Taipei|
TZ|||Tanzanian+s|Dodoma;Dar es Salaam|
UG|||Ugandan+s|Kampala|
UA|||Ukrainian+s|Kyiv;Kiev|Bankova
UM||US Minor Outlying Islands;U.S. Minor Outlying Islands|||
UY|||Uruguayan+s|Montevideo|
US||US;U.S.;USA;U.S.A.;America|American+s|Washington;Washington DC;Washington D.C.|White House
UZ|||Uzbek+s;Uzbekistani+s|Tashkent|
VA|Vatican City|Holy See;Vatican;Vatican City State|||
VC||St Vincent and the Grenadines;St. Vincent and the Grenadines;Saint Vincent;St Vincent;St. Vincent|Vincentian+s|Kingstown|
VE|||Venezuelan+s|Caracas|Miraflores Palace
VG|British Virgin Islands|BVI||Road Town|
VI|United States Virgin Islands|US Virgin Islands;U.S. Virgin Islands;USVI||Charlotte Amalie|
VN||Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi|
VU|||Ni-Vanuatu|Port Vila|
WF||Wallis and Futuna Islands||Mata-Utu;Mata Utu|
WS|||Samoan+s|Apia|
YE|||Yemeni+s|Sanaa;Sana'a|
ZA|||South African+s|Pretoria|Union Buildings
ZM|||Zambian+s|Lusaka|
ZW|||Zimbabwean+s|Harare|
XK|Kosovo|Republic of Kosovo|Kosovar+s;Kosovan+s|Pristina;Prishtina|
"""

EXTRA_CODES = {"XK": "Kosovo (not in ISO 3166-1; user-assigned code XK)"}

# Capitals and seats deliberately left out: too ambiguous with common English
# words, person names or better-known places.
EXCLUDED = [
    ("Victoria", "Seychelles", "common given name; Australian state; many places"),
    ("Kingston", "Jamaica, Norfolk Island", "English and US towns; surname"),
    ("Georgetown", "Guyana", "Washington neighbourhood and university"),
    ("Male / Malé", "Maldives", "the English word 'male'"),
    ("Nassau", "Bahamas", "Nassau County, New York"),
    ("Hamilton", "Bermuda", "common surname; Canadian and NZ cities"),
    ("Douglas", "Isle of Man", "common given name and surname"),
    ("Stanley", "Falkland Islands", "common given name and surname"),
    ("Jamestown", "Saint Helena", "US towns"),
    ("Santiago", "Chile", "common given name (e.g. Santiago Peña); other cities"),
    ("Sofia", "Bulgaria", "common given name"),
    ("San José", "Costa Rica", "San Jose, California"),
    ("St. John's", "Antigua and Barbuda", "Newfoundland capital; churches"),
    ("St. George's", "Grenada", "many churches, schools and places"),
    ("The Valley", "Anguilla", "the English word 'valley'"),
    ("Cayenne", "French Guiana", "the spice; the Porsche model"),
    ("Saint-Denis", "Réunion", "Paris suburb"),
    ("Saint-Pierre", "Saint Pierre and Miquelon", "many places of that name"),
    ("Plymouth", "Montserrat", "English city (Brades, the de facto seat, is kept)"),
    ("Sucre", "Bolivia", "surname; La Paz, the seat of government, is kept"),
    ("West Island", "Cocos Islands", "generic place name"),
    ("Tel Aviv", "Israel", "city, not the seat of government"),
    ("Cape Town", "South Africa", "city news; Pretoria is the seat of government"),
    ("Beehive", "New Zealand", "the English word"),
    ("No. 10", "United Kingdom", "US sports rankings ('No. 10 seed'); 'No 10' kept"),
    ("Laayoune", "Western Sahara", "disputed; no agreed capital"),
]

# Places whose name equals the country's: the capital is not listed again.
SAME_NAME_CAPITALS = "Djibouti, Luxembourg, Monaco, Singapore, San Marino, Vatican City,\n#   Gibraltar"


def natural(name):
    """Return an iso-codes name in natural order, or None if it is inverted."""
    if "," in name and not name.startswith("Saint Helena,") \
            and not name.startswith("Bonaire,"):
        return None
    return name


def strip_parens(name):
    """Split 'Falkland Islands (Malvinas)' into the name and its bracket."""
    if "(" not in name:
        return [name]
    head, rest = name.split("(", 1)
    inner, tail = rest.split(")", 1)
    inner = inner.strip()
    if tail.strip():
        # 'Cocos (Keeling) Islands': keep it whole and without the bracket
        return [" ".join((head + tail).split()), name]
    out = [head.strip()]
    if inner and "part" not in inner:
        out.append(inner)
    return out


def split_list(field):
    return [x.strip() for x in field.split(";") if x.strip()]


def expand_demonyms(items):
    out = []
    for d in items:
        if d.endswith("+s"):
            out += [d[:-2], d[:-2] + "s"]
        else:
            out.append(d)
    return out


def load_table():
    rows = {}
    for line in TABLE.strip().splitlines():
        parts = line.split("|")
        if len(parts) != 6:
            sys.exit("gen-countries: bad table line: " + line)
        code, canon, aliases, dems, caps, seats = parts
        rows[code] = dict(canon=canon.strip(), aliases=split_list(aliases),
                          demonyms=expand_demonyms(split_list(dems)),
                          capitals=split_list(caps), seats=split_list(seats))
    return rows


def entries_for(iso, row):
    """Yield (form, kind) for one country; the first is the canonical name."""
    canon = row["canon"] or iso.get("common_name") or iso["name"]
    yield canon, "name"
    names = []
    official = iso.get("official_name")
    if official and official.lower().startswith("the "):
        official = official[4:]
    if official and natural(official):
        names += strip_parens(official)
    nat = natural(iso["name"])
    if nat:
        names += strip_parens(nat)
    for n in names + row["aliases"]:
        yield n, "alias"
    for d in row["demonyms"]:
        yield d, "demonym"
    for c in row["capitals"] + row["seats"]:
        yield c, "metonym"


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else ISO_JSON
    iso = {c["alpha_2"]: c for c in json.load(open(path, encoding="utf-8"))["3166-1"]}
    iso["XK"] = {"alpha_2": "XK", "name": "Kosovo"}
    table = load_table()
    missing = set(iso) - set(table)
    extra = set(table) - set(iso)
    if missing or extra:
        sys.exit("gen-countries: table/ISO mismatch: missing %s extra %s"
                 % (sorted(missing), sorted(extra)))
    countries = []
    owner = {}
    for code in table:
        ents = []
        seen = set()
        for form, kind in entries_for(iso[code], table[code]):
            if form in seen:
                continue
            seen.add(form)
            key = form.casefold()
            canon = ents[0][0] if ents else form
            if key in owner and owner[key] != canon:
                sys.exit("gen-countries: %r names both %s and %s"
                         % (form, owner[key], canon))
            owner[key] = canon
            ents.append((form, kind))
        countries.append((ents[0][0], code, ents))
    countries.sort(key=lambda c: c[0].casefold())
    write(countries)


HEADER = """\
# countries.tsv: countries and the words news uses for them (partyline lexicon)
#
# Generated by data/gen-countries.py from Debian iso-codes (ISO 3166-1) plus
# hand-kept short forms, demonyms, capitals and seats of government. Edit the
# generator's table, not this file, and regenerate:
#     python3 data/gen-countries.py > data/countries.tsv
#
# Columns (TAB-separated): form, kind, country
#   form     the text as it appears in news, in its normal case; no leading
#            "the" (the matcher skips articles). All-caps forms (US, UK) match
#            only in capitals; other forms match case-insensitively when the
#            text token is capitalised.
#   kind     name     the canonical short name (one per country, listed first)
#            alias    official, ISO and other names and short forms
#            demonym  people and adjective: American, Americans, French
#            metonym  a capital or seat of government standing for the state:
#                     Washington, Beijing, Kremlin, White House, Downing Street
#   country  the canonical name, used by every other lexicon
#
# Canonical names are everyday English short names (iso-codes common_name where
# present): Russia, Iran, Syria, Turkey, Czech Republic, DR Congo, Vatican City.
# Every ISO 3166-1 entry (%d) is present; Kosovo (XK) is added although it
# is not in ISO 3166-1, because it is common in news.
#
# Choices and known collisions (the matcher must resolve these from context):
# - "Congo" is the ISO name of the Republic of the Congo and is kept there, but
#   news often means DR Congo; "Congolese" is given to DR Congo, the larger.
# - "Korea" and "Korean" are left out: they do not say which Korea.
# - "Dominican" goes to the Dominican Republic, not Dominica.
# - "Northern Ireland" (and "Northern Irish") is an alias of the United Kingdom
#   so that it is not read as "Ireland"; "New Guinea" goes to Papua New Guinea.
# - "Pole" is left out ("North Pole"); "Poles" and "Polish" are kept.
# - "Finn" is left out (a given name); "Finns" and "Finnish" are kept.
# - Still ambiguous and kept: Georgia (US state), Jordan and Chad (given
#   names), Jersey (New Jersey), America (Latin/North/South America), American
#   (Latin American), Turkey (the bird, at sentence start), Washington (person
#   names, US state), Indian (Indian Ocean), British (British Columbia),
#   Brussels (used for the EU; kept as Belgium), Hague (the courts there),
#   Jerusalem (status disputed; used for Israel's government).
# - A capital whose name equals its country's is not repeated:
#   %s.
#
# Capitals deliberately excluded (form - country - why):
%s"""


def write(countries):
    excl = "\n".join("#   %s - %s - %s" % e for e in EXCLUDED if e[1] != "-")
    out = sys.stdout
    out.write(HEADER % (len(countries) - 1, SAME_NAME_CAPITALS, excl))
    out.write("\n")
    for canon, code, ents in countries:
        out.write("\n# %s (%s)\n" % (canon, code))
        for form, kind in ents:
            out.write("%s\t%s\t%s\n" % (form, kind, canon))


if __name__ == "__main__":
    main()
