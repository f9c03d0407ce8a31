#!/usr/bin/env python3
"""gen-parties.py: regenerate data/parties.tsv, political parties of the world.

Maintainer tool, not needed at build time (the generated TSV is committed).

    python3 data/gen-parties.py CORE_PARTIES_CSV > data/parties.tsv

CORE_PARTIES_CSV is the Party Facts list of core parties (the file
partyfacts-core-parties.csv of the Party Facts data repository, MIT
licence): one party a row with its country (ISO 3166-1 alpha-3), its
name, English name, short name, vote share and English Wikipedia page.
Facts of public record; only names and countries are taken.

Forms of a party: the title of its English Wikipedia page (without a
"(disambiguation)" tail), its English names and its names in Latin
letters. A form is left out when the hand-kept lexicons already have it
(countries, organisations, companies, places, states, titles, officials:
they win), when it is a single word of the English dictionary
(/usr/share/dict/words, Debian's wamerican, proper nouns too: "Forward",
"Renewal", "Czechoslovakians") or a
given name, or when it is shorter than three letters. A form several
parties share ("Labour Party", "Liberal Party") names no one party: it
becomes its own organisation, of the one country they share or of none.
Short names (acronyms) are kept only for parties with at least five per
cent of the vote (fifteen for three capitals: ANC, not ASA), not a
dictionary word and given to one party only.
"""
import csv
import json
import os
import re
import sys
import urllib.parse
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
DICT = "/usr/share/dict/words"
HAND = ("countries.tsv", "organisations.tsv", "companies.tsv", "places.tsv",
        "states.tsv", "titles.tsv", "officials.tsv")


def hand_forms():
    """Folded forms and canonical names the hand-kept lexicons have."""
    forms, canons = set(), set()
    for name in HAND:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                forms.add(cols[0].casefold())
                if len(cols) >= 3:
                    canons.add(cols[2].casefold())
    return forms, canons


def one_column(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return {l.split("\t")[0].strip().casefold() for l in f
                if l.strip() and not l.startswith("#")}


def countries():
    """ISO alpha-3 code -> canonical country name of countries.tsv."""
    canon = {}
    with open(os.path.join(HERE, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            form, _, country = line.rstrip("\n").split("\t")[:3]
            canon[form] = country
    with open(ISO_JSON, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    out = {}
    for c in iso:
        for key in ("common_name", "name", "official_name"):
            if c.get(key) in canon:
                out[c["alpha_3"]] = canon[c[key]]
                break
    return out


LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F0-9][A-Za-z\u00C0-\u024F0-9 .'’&+-]*$")


def wiki_title(url):
    """The page title of an English Wikipedia address, or None."""
    m = re.match(r"https?://en\.wikipedia\.org/wiki/([^#?]+)$", url or "")
    if not m:
        return None
    t = urllib.parse.unquote(m.group(1)).replace("_", " ")
    return re.sub(r"\s*\([^)]*\)$", "", t).strip()


def usable(form, words, first):
    """Is form a name to match in news? The lexicon drops a leading "The"."""
    if form.startswith("The "):
        form = form[4:]
    if not form or len(form) < 3 or not LATIN.match(form):
        return False
    if not form[0].isupper() and not form[0].isdigit():
        return False
    toks = form.split()
    if len(toks) > 10:
        return False
    if len(toks) == 1:
        w = toks[0].casefold()
        if w in words or w in first or w.rstrip("s") in words:
            return False
        parts = w.split("-")
        if len(parts) > 1 and all(p.rstrip("s") in words or p in words
                                  for p in parts):
            return False    # Right-wingers, Ex-Servicemen
        if toks[0].isupper() and len(toks[0]) <= 3:
            return False    # short acronyms: only as short names
    return True


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen-parties.py CORE_PARTIES_CSV")
    forms_hand, canons_hand = hand_forms()
    first = one_column("firstnames.tsv") | one_column("stopcaps.tsv")
    with open(DICT, encoding="utf-8") as f:
        words = {l.strip().casefold() for l in f if l.strip()}
    iso = countries()
    parties = []		# (canonical, country, [forms], short)
    with open(sys.argv[1], encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["technical"] or row["country"] not in iso:
                continue
            names = []
            title = wiki_title(row["wikipedia"])
            if title:
                names.append(title)
            for col in ("name_english", "name"):
                names += [n.strip() for n in row[col].split(" / ")]
            names = [n for n in dict.fromkeys(names)
                     if usable(n, words, first)]
            if not names:
                continue
            try:
                share = float(row["share"] or 0)
            except ValueError:
                share = 0.0
            short = row["name_short"].strip()
            if len(short) < 3 or share < (5 if len(short) > 3 or
                                          not short.isupper() else 15):
                short = ""
            parties.append((names[0], iso[row["country"]], names, short))
    owners = defaultdict(set)   # folded form -> (canonical, country)
    spelt = {}                  # folded form -> its first spelling
    for canon, country, names, short in parties:
        for n in names:
            owners[n.casefold()].add((canon, country))
            spelt.setdefault(n.casefold(), n)
    shorts = defaultdict(set)
    for canon, country, names, short in parties:
        if short:
            shorts[short].add((canon, country))
    print("# parties.tsv: political parties of the world (partyline lexicon).")
    print("# Generated by data/gen-parties.py from the Party Facts core parties")
    print("# (MIT licence); do not edit: edit the generator or add to")
    print("# organisations.tsv, which wins. Columns as organisations.tsv:")
    print("# form, kind, canonical, type, country.")
    seen = set()
    out = []
    for canon, country, names, short in parties:
        if canon.casefold() in canons_hand or canon.casefold() in forms_hand:
            continue
        own = owners[canon.casefold()]
        if len(own) > 1:
            continue	  # a shared name: below, on its own
        lines = []
        for n in names:
            key = n.casefold()
            if key.startswith("the ") and key[4:] in forms_hand:
                continue
            if key in forms_hand or key in seen or len(owners[key]) > 1:
                continue
            seen.add(key)
            lines.append((n, "name" if n == canon else "alias"))
        if (short and len(shorts[short]) == 1 and len(short) >= 3 and
                short.casefold() not in words and
                short.casefold() not in forms_hand and
                short.casefold() not in seen and LATIN.match(short) and
                any(c.isupper() for c in short)):
            seen.add(short.casefold())
            lines.append((short, "alias"))
        if lines and lines[0][1] == "name":
            out += [(n, k, canon, country) for n, k in lines]
    for key, own in sorted(owners.items()):
        if len(own) < 2 or key in forms_hand or key in seen:
            continue
        seen.add(key)
        name = spelt[key]
        cs = {c for _, c in own}
        out.append((name, "name", name, cs.pop() if len(cs) == 1 else "-"))
    for n, k, canon, country in out:
        print(f"{n}\t{k}\t{canon}\torganisation\t{country}")


if __name__ == "__main__":
    main()
