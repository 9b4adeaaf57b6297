#!/usr/bin/env python3
"""Writes the tagger's name lists beside this script from the shared gazetteers (sources and licences in README.md here).

Usage: python3 generate.py [SHARED]   (SHARED defaults to ../shared seen from the repository root)

The lists are derived, not copied: names in Latin script only; single words that unlabelled news (the shared VOA text)
writes more often in lower case than capitalised are dropped ("Mobile", "Of", "Lakes"); company names lose their legal
form and share-class text ("10x Genomics, Inc." -> "10x Genomics"); long country names with no use in English news are
dropped. Python 3 standard library only; the same inputs give the same files.
"""
import collections
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", ".."))

LEGAL_FORMS = re.compile(
    r"(,?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|Ltd\.?|Limited|plc|PLC|LLC|L\.L\.C\.|LP|L\.P\.|N\.V\.|S\.A\.|"
    r"AG|SE|S\.p\.A\.|Holdings?|Group|Trust|Bancorp|Bancshares|Technologies))+$")
LATIN = re.compile(r"^[\w .,'’&()/-]+$")


def latin(name):
    """Whether every letter of the name is Latin (accents allowed)."""
    return bool(LATIN.match(name)) and all(
        not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


# English names of cities the GeoNames list spells in their own language, as English news writes them.
EXONYMS = {
    "Köln": "Cologne", "Frankfurt am Main": "Frankfurt", "Sevilla": "Seville", "Kraków": "Cracow", "Gent": "Ghent",
    "Brugge": "Bruges", "Hannover": "Hanover", "Braunschweig": "Brunswick", "Kyiv": "Kiev", "Mumbai": "Bombay",
    "Kolkata": "Calcutta", "Chennai": "Madras", "Yangon": "Rangoon", "Ho Chi Minh City": "Saigon",
}


def read(shared, name):
    with open(os.path.join(shared, "gazetteers", name), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def word_counts(shared):
    """How often each word is written capitalised (not opening a sentence) and in lower case in the VOA news text."""
    capitalised, lower = collections.Counter(), collections.Counter()
    with open(os.path.join(shared, "unlabelled", "voa-news-sentences.txt"), encoding="utf-8") as f:
        for line in f:
            words = line.split()
            for word in words[1:]:
                if word[:1].isupper():
                    capitalised[word.lower()] += 1
                elif word[:1].islower():
                    lower[word] += 1
    return capitalised, lower


def main():
    shared = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared"))
    capitalised, lower = word_counts(shared)

    def usable(name):
        if len(name) < 3 or not latin(name) or not name[0].isupper():
            return False
        key = name.lower()
        return " " in name or lower[key] <= capitalised[key]

    def company(name):
        name = LEGAL_FORMS.sub("", name).strip(" ,")
        return name

    lists = {
        "cities": {n for n in read(shared, "loc-cities.txt") if usable(n)} | set(EXONYMS.values()),
        "regions": {n for n in read(shared, "loc-admin1.txt") if usable(n)},
        "countries": {n for n in read(shared, "loc-countries.txt") + read(shared, "loc-capitals.txt")
                      if usable(n) and len(n.split()) <= 5},
        "universities": {n for n in read(shared, "org-universities.txt") if usable(n)},
        "companies": {c for c in (company(n) for n in read(shared, "org-companies.txt")) if usable(c)},
        "international-organisations": {n for n in read(shared, "org-international.txt")
                                        if latin(n) and len(n) >= 2 and n[0].isupper() and (n.isupper() or usable(n))},
        "forenames": {n for n in read(shared, "per-forenames.txt") if usable(n)},
        "surnames": {n for n in read(shared, "per-surnames.txt") if usable(n)},
    }
    sources = {
        "cities": "GeoNames cities of 15,000+ people (CC BY 4.0, https://www.geonames.org/), via datasets/world-cities",
        "regions": "GeoNames first-level divisions (CC BY 4.0, https://www.geonames.org/), via datasets/world-cities",
        "countries": "mledoze/countries names and capitals (ODbL 1.0)",
        "universities": "Hipo/university-domains-list (MIT)",
        "companies": "datasets/nasdaq-listings and datasets/s-and-p-500-companies (ODC-PDDL 1.0), legal forms removed",
        "international-organisations": "confirmordeny/supraverden (CC BY-SA 4.0)",
        "forenames": "sigpwned/popular-names-by-country-dataset (CC0)",
        "surnames": "sigpwned/popular-names-by-country-dataset (CC0)",
    }
    for name, entries in lists.items():
        with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(f"# {sources[name]}. Derived by generate.py: see README.md.\n")
            for entry in sorted(entries):
                f.write(entry + "\n")
        print(f"{name}: {len(entries)}")


if __name__ == "__main__":
    main()
