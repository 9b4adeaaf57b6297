#!/usr/bin/env python3
"""Regenerates lowercase-words.txt: words that running news text writes in lower case at least 9 times out of 10
(and at least 3 times), from the public-domain Voice of America sentences in ../shared/unlabelled/, less anything the
first-name list or the shared forename and surname lists know. A capitalised sentence-initial word on this list
("Making", "If", "Since") is a sentence word, not the start of a name.
Also common-words.txt: words written in lower case at least half the time (and at least 3 times), names or not
("food", "affairs", "trade"; not "rice" or "bush"): the words an institution's name can list ("Department for
Environment, Food and Rural Affairs").

    python3 src/NewsApi.Extraction/Data/lexicon/generate.py ../shared
"""
import collections
import os
import re
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
here = os.path.dirname(os.path.abspath(__file__))
word = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)*")
lower, capitalised = collections.Counter(), collections.Counter()
with open(os.path.join(shared, 'unlabelled', 'voa-news-sentences.txt'), encoding='utf8') as text:
    for line in text:
        tokens = line.split()
        for i, token in enumerate(tokens):
            if not word.fullmatch(token):
                continue
            if token.islower():
                lower[token] += 1
            elif i > 0 and tokens[i - 1] not in ('"', '``', ':', "'"):
                capitalised[token.lower()] += 1  # sentence-initial capitals say nothing

names = set()
for path in (os.path.join(here, '..', 'gazetteers', 'first-names.txt'), os.path.join(shared, 'gazetteers', 'per-forenames.txt'),
             os.path.join(shared, 'gazetteers', 'per-surnames.txt')):
    with open(path, encoding='utf8') as listed:
        names.update(line.strip().lower() for line in listed if line.strip() and not line.startswith('#'))

words = sorted(w for w, n in lower.items() if n >= 3 and n >= 9 * capitalised[w] and w not in names)
with open(os.path.join(here, 'lowercase-words.txt'), 'w', encoding='utf8') as out:
    out.write('# Words news writes in lower case (see generate.py). From Voice of America news sentences: public domain.\n')
    out.write('\n'.join(words) + '\n')
print(len(words), 'words')

common = sorted(w for w, n in lower.items() if n >= 3 and n >= capitalised[w])
with open(os.path.join(here, 'common-words.txt'), 'w', encoding='utf8') as out:
    out.write('# Words news writes in lower case at least half the time (see generate.py). From Voice of America news sentences: public domain.\n')
    out.write('\n'.join(common) + '\n')
print(len(common), 'common words')
