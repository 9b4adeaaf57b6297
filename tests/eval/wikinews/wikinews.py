#!/usr/bin/env python3
"""The Wikinews evaluation material: which archive articles, how they are written out, and checks on the gold.

  python3 tests/eval/wikinews/wikinews.py select                    # the chosen articles, by the rule below
  python3 tests/eval/wikinews/wikinews.py materialise dev|heldout|all DIR   # DIR/<doc>.txt in the gum-dev layout
  python3 tests/eval/wikinews/wikinews.py show DOC                  # one article as materialised, to read
  python3 tests/eval/wikinews/wikinews.py check [DOC...]            # validate gold, split.json, entities.json
  python3 tests/eval/wikinews/wikinews.py stats                     # counts per part: articles, entities, shared keys
  python3 tests/eval/wikinews/wikinews.py uncovered DOC             # capitalised words no gold surface covers (review aid)

Selection rule (fixed before any annotation; README.md explains it):
  * candidates: body of 150-700 words (whitespace-separated);
  * an article belongs to a topic cluster when its title + body contain at least two distinct key names of that
    cluster (exact, case-sensitive substrings), plus the cluster's anchor word and date window where one is given;
    an article that qualifies for two or more clusters belongs to none;
  * per cluster: random.Random(SEED).sample(candidates sorted by line number, 8);
  * random: random.Random(SEED).sample(12) over the candidates that qualify for no cluster.
Line numbers are 1-based lines of ../shared/archive/wikinews-en.jsonl. The archive is read in place, never copied.
Python 3 standard library only.
"""
import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARCHIVE = os.path.normpath(os.path.join(HERE, '../../../../shared/archive/wikinews-en.jsonl'))
GOLD = os.path.join(HERE, 'gold')
SPLIT = os.path.join(HERE, 'split.json')
REGISTRY = os.path.join(HERE, 'entities.json')

SEED = 11  # the issue this material serves
MIN_WORDS, MAX_WORDS = 150, 700
PER_CLUSTER, RANDOM_COUNT = 8, 12

# name, key names, anchor (must also occur) or None, (first, last) published date or None
CLUSTERS = [
    ('ukpol', ['Tony Blair', 'Gordon Brown', 'David Cameron', 'Michael Howard', 'Charles Kennedy', 'Menzies Campbell',
               'Nick Clegg', 'John Prescott', 'Jack Straw', 'Labour Party', 'Conservative Party', 'Liberal Democrats',
               'Tories', 'Downing Street'], 'Britain', None),
    ('us2008', ['Barack Obama', 'Hillary Clinton', 'John McCain', 'Mike Huckabee', 'Mitt Romney', 'Rudy Giuliani',
                'John Edwards', 'Sarah Palin', 'Joe Biden'], None, ('2007-01-01', '2008-12-31')),
    ('iraq', ['Baghdad', 'Nouri al-Maliki', 'Jalal Talabani', 'Ibrahim al-Jaafari', 'Iyad Allawi', 'Muqtada al-Sadr',
              'Saddam Hussein', 'Zarqawi', 'Mosul', 'Fallujah', 'Basra', 'Kirkuk'], 'Iraq', None),
    ('canada', ['Stephen Harper', 'Paul Martin', 'Jack Layton', 'Gilles Duceppe', 'Stéphane Dion', 'Michael Ignatieff',
                'Bloc Québécois', 'New Democratic Party', 'NDP', 'Conservative Party', 'Liberal Party'], 'Canad', None),
    ('israel', ['Ariel Sharon', 'Ehud Olmert', 'Mahmoud Abbas', 'Hamas', 'Fatah', 'Gaza', 'West Bank', 'Ismail Haniyeh',
                'Benjamin Netanyahu', 'Tzipi Livni', 'Amir Peretz', 'Kadima', 'Likud'], 'Israel', None),
    ('aus', ['John Howard', 'Kevin Rudd', 'Kim Beazley', 'Peter Costello', 'Alexander Downer', 'Mark Latham',
             'Julia Gillard', 'Brendan Nelson', 'Malcolm Turnbull'], 'Australia', None),
]


def read_archive(path=ARCHIVE):
    with open(path, encoding='utf8') as f:
        return {n: json.loads(line) for n, line in enumerate(f, 1)}


def qualifies(article, keys, anchor, window):
    text = article['title'] + '\n' + article['body']
    if anchor and anchor not in text:
        return False
    if window and not window[0] <= article['published'] <= window[1]:
        return False
    return sum(1 for k in keys if k in text) >= 2


def doc_name(cluster, line):
    return '%s_%04d' % (cluster, line)


def choose(articles):
    """[(doc, cluster, line)] by the selection rule."""
    sized = {n: a for n, a in articles.items() if MIN_WORDS <= len(a['body'].split()) <= MAX_WORDS}
    member = {n: [c[0] for c in CLUSTERS if qualifies(a, *c[1:])] for n, a in sized.items()}
    chosen = []
    for name, *_ in CLUSTERS:
        pool = sorted(n for n, cs in member.items() if cs == [name])
        chosen += [(name, n) for n in sorted(random.Random(SEED).sample(pool, PER_CLUSTER))]
    pool = sorted(n for n, cs in member.items() if not cs)
    chosen += [('random', n) for n in sorted(random.Random(SEED).sample(pool, RANDOM_COUNT))]
    return [(doc_name(c, n), c, n) for c, n in chosen]


DEV_CLUSTERS = ('ukpol', 'iraq', 'israel')  # the 1st, 3rd and 5th cluster; the 6 lowest random lines go with them


def split_rule(chosen):
    """{'dev': [...], 'heldout': [...]} by the split rule (split.json holds the annotated part of it)."""
    rand = [d for d, c, _ in chosen if c == 'random']
    return {'dev': [d for d, c, _ in chosen if c in DEV_CLUSTERS] + rand[:RANDOM_COUNT // 2],
            'heldout': [d for d, c, _ in chosen if c not in DEV_CLUSTERS and c != 'random'] + rand[RANDOM_COUNT // 2:]}


def article_text(article):
    """The gum-dev layout: headline, ISO date, blank line, body (paragraphs kept as the archive has them)."""
    return '%s\n%s\n\n%s\n' % (article['title'], article['published'], article['body'])


def subset_docs(subset):
    with open(SPLIT, encoding='utf8') as f:
        split = json.load(f)
    return split['dev'] + split['heldout'] if subset == 'all' else split[subset]


def load_gold(doc):
    with open(os.path.join(GOLD, doc + '.json'), encoding='utf8') as f:
        return json.load(f)


def materialise(subset, out_dir, articles):
    os.makedirs(out_dir, exist_ok=True)
    for doc in subset_docs(subset):
        source = load_gold(doc)['source']
        article = articles[source['line']]
        if article['url'] != source['url']:
            sys.exit('%s: line %d of the archive is %s, not %s (archive changed?)'
                     % (doc, source['line'], article['url'], source['url']))
        with open(os.path.join(out_dir, doc + '.txt'), 'w', encoding='utf8') as f:
            f.write(article_text(article))


# ---- checks ----------------------------------------------------------------------------------------------------

TYPES = ('person', 'organization', 'place')
GLOBAL_ID = re.compile(r'^(local:[a-z0-9]+(-[a-z0-9]+)*|[^\s:]+(:[^\s:]+)?)$')


def surface_in_text(surface, text):
    return re.search(r'(?<!\w)' + re.escape(surface) + r'(?!\w)', text) is not None


def check(docs, articles):
    """Problems with the gold: shape, surfaces not written in the text, global ids typed or named inconsistently."""
    problems = []
    rule = split_rule(choose(articles))
    with open(SPLIT, encoding='utf8') as f:
        split = json.load(f)
    for part in ('dev', 'heldout'):
        if [d for d in rule[part] if d in split[part]] != split[part]:
            problems.append('split.json %s: not the split rule\'s articles in its order' % part)
        problems += ['split.json %s: %s has no gold file' % (part, d) for d in split[part]
                     if not os.path.exists(os.path.join(GOLD, d + '.json'))]
    chosen = {doc: (c, n) for doc, c, n in choose(articles)}
    by_gid = {}
    for doc in docs:
        gold = load_gold(doc)
        where = doc + ': '
        if doc not in chosen:
            problems.append(where + 'not an article of the selection rule')
            continue
        src = gold.get('source', {})
        cluster, line = chosen[doc]
        article = articles[line]
        if (src.get('line'), src.get('url'), src.get('title'), src.get('cluster')) != (line, article['url'], article['title'], cluster):
            problems.append(where + 'source block does not match archive line %d' % line)
        text = article['title'] + '\n' + article['body']
        seen_ids = set()
        owners = {}
        for e in gold['entities']:
            w = where + e.get('name', '?') + ': '
            for key in ('id', 'type', 'name', 'global_id', 'surfaces', 'variant_groups', 'nested_only', 'plural_group'):
                if key not in e:
                    problems.append(w + 'missing ' + key)
            if e.get('id') in seen_ids:
                problems.append(w + 'duplicate id')
            seen_ids.add(e.get('id'))
            if e.get('type') not in TYPES:
                problems.append(w + 'bad type %r' % e.get('type'))
            if not GLOBAL_ID.match(e.get('global_id', '')):
                problems.append(w + 'bad global_id %r' % e.get('global_id'))
            grouped = [s for g in e.get('variant_groups', []) for s in g]
            if sorted(set(grouped) - set(e.get('surfaces', []))):
                problems.append(w + 'variant group strings missing from surfaces')
            if e.get('name') not in e.get('surfaces', []):
                problems.append(w + 'name is not a surface')
            for s in e.get('surfaces', []):
                if not surface_in_text(s, text):
                    problems.append(w + 'surface %r is not written in the article' % s)
                owners.setdefault(s.casefold(), []).append(e.get('name'))
            by_gid.setdefault(e.get('global_id'), []).append((doc, e))
        for s, names in owners.items():
            if len(names) > 1:
                problems.append(where + 'surface %r belongs to %s' % (s, names))
    with open(REGISTRY, encoding='utf8') as f:
        registry = json.load(f)
    for gid, items in by_gid.items():
        if gid not in registry:
            problems.append('%s: not in entities.json' % gid)
        elif registry[gid]['type'] != items[0][1]['type'] or not registry[gid].get('display'):
            problems.append('%s: entities.json gives another type or no display name' % gid)
        types = {e['type'] for _, e in items}
        if len(types) > 1:
            problems.append('%s: typed %s in %s' % (gid, sorted(types), sorted(d for d, _ in items)))
        if len({d for d, _ in items}) < len(items):
            problems.append('%s: twice in one article' % gid)
    return problems


# Capitalised only because they start a sentence or are calendar words: left out of the review list.
COMMON = set('''a about after again against all also although an and another any are as at because before both but by
can could despite during each even every few for from had has have he her here his how however i if in instead is it
its last many may meanwhile more most much my new next no none not now of on once one only or other our over since so
some such than that the their them then there these they this those though thus to today under until unlike up we what
when where whether which while who why will with within without would yet you your monday tuesday wednesday thursday
friday saturday sunday january february march april may june july august september october november december'''.split())


def uncovered(doc, articles):
    """Capitalised words outside every gold surface, with context: each should be a non-name under CONVENTIONS.md."""
    gold = load_gold(doc)
    article = articles[gold['source']['line']]
    text = article['title'] + '\n' + article['body']
    covered = [False] * len(text)
    for e in gold['entities']:
        for s in e['surfaces']:
            for m in re.finditer(r'(?<!\w)' + re.escape(s) + r'(?!\w)', text, re.IGNORECASE):
                covered[m.start():m.end()] = [True] * (m.end() - m.start())
    out = []
    for m in re.finditer(r"[A-Z][\w'\u2019.-]*", text):
        if not any(covered[m.start():m.end()]) and m.group().casefold() not in COMMON:
            out.append('%-20s %s' % (m.group(), text[max(0, m.start() - 40):m.end() + 40].replace('\n', ' ')))
    return out


def stats(subset):
    docs = subset_docs(subset)
    types, flags, eligible, arts_of = {t: 0 for t in TYPES}, {'nested_only': 0, 'plural_group': 0}, 0, {}
    for doc in docs:
        for e in load_gold(doc)['entities']:
            types[e['type']] += 1
            for f in flags:
                flags[f] += bool(e[f])
            eligible += len(e['variant_groups']) >= 2
            arts_of.setdefault(e['global_id'], set()).add(doc)
    shared = [g for g, ds in arts_of.items() if len(ds) >= 2]
    shared_types = {t: 0 for t in TYPES}
    for doc in docs:
        for e in load_gold(doc)['entities']:
            if e['global_id'] in shared and min(d for d in arts_of[e['global_id']]) == doc:
                shared_types[e['type']] += 1
    return ('%-8s %2d articles | %d gold entities (person %d, organization %d, place %d; nested_only %d, '
            'plural_group %d; 2+ name variants %d) | %d global ids, %d named in 2+ articles (person %d, '
            'organization %d, place %d)'
            % (subset, len(docs), sum(types.values()), types['person'], types['organization'], types['place'],
               flags['nested_only'], flags['plural_group'], eligible, len(arts_of), len(shared),
               shared_types['person'], shared_types['organization'], shared_types['place']))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--archive', default=ARCHIVE)
    sub = ap.add_subparsers(dest='command', required=True)
    sub.add_parser('select')
    m = sub.add_parser('materialise')
    m.add_argument('subset', choices=['dev', 'heldout', 'all'])
    m.add_argument('out_dir')
    s = sub.add_parser('show')
    s.add_argument('doc')
    c = sub.add_parser('check')
    c.add_argument('docs', nargs='*')
    sub.add_parser('stats')
    u = sub.add_parser('uncovered')
    u.add_argument('doc')
    args = ap.parse_args()
    articles = read_archive(args.archive)
    if args.command == 'select':
        for doc, _, n in choose(articles):
            a = articles[n]
            print('%s\t%s\t%d words\t%s\t%s' % (doc, a['published'], len(a['body'].split()), a['title'], a['url']))
    elif args.command == 'materialise':
        materialise(args.subset, args.out_dir, articles)
    elif args.command == 'stats':
        for subset in ('dev', 'heldout', 'all'):
            print(stats(subset))
    elif args.command == 'uncovered':
        print('\n'.join(uncovered(args.doc, articles)))
    elif args.command == 'show':
        line = int(args.doc.rsplit('_', 1)[1])
        sys.stdout.write(article_text(articles[line]))
    else:
        docs = args.docs or sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith('.json'))
        problems = check(docs, articles)
        for p in problems:
            print(p)
        print('%d gold files, %d problems' % (len(docs), len(problems)))
        return 1 if problems else 0
    return 0


if __name__ == '__main__':
    sys.exit(main())
