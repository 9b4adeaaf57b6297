#!/usr/bin/env python3
"""Cross-document resolution in a seeded database, measured against the Wikinews gold's global_id keys.

  python3 tests/eval/wikinews/crossdoc.py --db FILE [--subset dev|heldout|all] [--json]
  python3 tests/eval/wikinews/crossdoc.py --db FILE --gold DIR [--json]

FILE is a database the seeder filled from the materialised articles (tests/scripts/eval-crossdoc.sh does both).
With --gold, the set is your own: DIR/gold/<stem>.json for each article <stem>.txt seeded into FILE, in score.py's
gold format with a "global_id" on every entity, and optionally DIR/global.json ({global_id: {"display": [full
names]}}) for the display names a reader expects (`eval-crossdoc.sh DIR` seeds DIR/articles and scores it).
Each gold entity of each article is an item. Its system entity is the entity of that article that answers to one of
its surfaces (canonical name, the article's aliases or a mention text; normalised as score.py does), preferring a
name match, then the gold type, then the most name variants covered. The items of one global_id should all land in
one system entity, and no system entity should hold two global_ids.

Reported, for the system and for an exact-string baseline (each item becomes the entity named by its most complete
form in that article, written exactly the same across articles, which is within-article merging done perfectly and
cross-article matching by string alone):
  * global_ids named in 2+ articles: kept whole (every item found, all in one entity), split (found items in 2+
    entities), with missed items; display name right (the entity holding most items is named by an accepted full
    form from entities.json, e.g. "Tony Blair", not "Blair" or "Mr Blair");
  * merge rate: system entities holding items of 2+ global_ids, out of those holding any item;
  * B-cubed precision, recall and F1 over all items (a missed item is its own cluster);
  * the worst splits and merges, by name.
Python 3 standard library only; score.py is read from ../shared/bench for its normalisation.
"""
import argparse
import collections
import importlib.util
import json
import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the tree
sys.path.insert(0, HERE)
import wikinews  # noqa: E402

SYSTEM_TYPES = {'person': 'person', 'organisation': 'organization', 'place': 'place'}


def load_scorer(path):
    spec = importlib.util.spec_from_file_location('score', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def system_entities(db, norm):
    """{doc: [{'id', 'type', 'name', 'name_key', 'keys'}]} from the seeded database."""
    con = sqlite3.connect('file:%s?mode=ro' % db, uri=True)
    doc_of = {aid: os.path.splitext(os.path.basename(src))[0]
              for aid, src in con.execute('SELECT id, source_file FROM articles')}
    names = collections.defaultdict(set)
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if 'article_chains' in tables:  # every name each article uses for each entity (databases from migration 0008 on)
        for aid, eid, chain_names in con.execute('SELECT article_id, entity_id, names FROM article_chains'):
            names[(aid, eid)].update(name['text'] for name in json.loads(chain_names))
    for table, column in (('article_aliases', 'alias'), ('mentions', 'text')):
        if table in tables:
            columns = {row[1] for row in con.execute('PRAGMA table_info(%s)' % table)}
            query = ('SELECT article_id, entity_id, %s FROM %s' % (column, table) if 'entity_id' in columns
                     # from migration 0015 a mention names its chain, and the chain its entity
                     else 'SELECT m.article_id, c.entity_id, m.%s FROM %s m JOIN article_chains c '
                          'ON c.article_id = m.article_id AND c.chain = m.chain' % (column, table))
            for aid, eid, text in con.execute(query):
                names[(aid, eid)].add(text)
    out = collections.defaultdict(list)
    query = 'SELECT ae.article_id, e.id, e.type, e.name FROM article_entities ae JOIN entities e ON e.id = ae.entity_id'
    for aid, eid, etype, name in con.execute(query):
        keys = {norm(n) for n in names[(aid, eid)] | {name}} - {''}
        out[doc_of[aid]].append({'id': eid, 'type': SYSTEM_TYPES.get(etype, etype), 'name': name,
                                 'name_key': norm(name), 'keys': keys})
    con.close()
    return out


def gold_items(docs, score, load_gold=wikinews.load_gold):
    """[(doc, gold entity json, score.py's view of it)] for every gold entity of the subset."""
    items = []
    for doc in docs:
        gold = load_gold(doc)
        for raw, parsed in zip(gold['entities'], score.gold_entities(gold)):
            items.append((doc, raw, parsed))
    return items


def system_clusters(items, system):
    """The system entity id of each item, or None when no entity of its article answers to its surfaces."""
    out = []
    for doc, raw, g in items:
        best = None
        for s in system.get(doc, []):
            common = s['keys'] & g['keys']
            if not common:
                continue
            rank = (s['name_key'] in g['keys'], s['type'] == raw['type'],
                    sum(1 for grp in g['groups'] if grp & s['keys']), len(common))
            if best is None or rank > best[0]:
                best = (rank, s)
        out.append(best[1]['id'] if best else None)
    return out


def baseline_clusters(items, norm):
    return ['string:' + norm(raw['name']) for _, raw, _ in items]


def evaluate(items, clusters, display_of, accepted, norm):
    gids = [raw['global_id'] for _, raw, _ in items]
    docs_of = collections.defaultdict(set)
    for (doc, _, _), gid in zip(items, gids):
        docs_of[gid].add(doc)
    multi = sorted(g for g, ds in docs_of.items() if len(ds) >= 2)

    by_gid = collections.defaultdict(list)
    by_cluster = collections.defaultdict(list)
    for i, (gid, c) in enumerate(zip(gids, clusters)):
        by_gid[gid].append(c)
        if c is not None:
            by_cluster[c].append(i)

    whole, split, missing, display_ok = [], [], [], 0
    splits = []
    for gid in multi:
        found = [c for c in by_gid[gid] if c is not None]
        counts = collections.Counter(found)
        if len(found) < len(by_gid[gid]):
            missing.append(gid)
        if len(counts) >= 2:
            split.append(gid)
            splits.append((gid, counts))
        elif len(counts) == 1 and len(found) == len(by_gid[gid]):
            whole.append(gid)
        if counts:
            main = counts.most_common(1)[0][0]
            if norm(display_of(main)) in {norm(a) for a in accepted[gid]}:
                display_ok += 1

    merges = []
    for c, members in by_cluster.items():
        mixed = collections.Counter(gids[i] for i in members)
        if len(mixed) >= 2:
            merges.append((c, mixed))

    # B-cubed over every item; a missed item is a cluster of its own
    p_sum = r_sum = 0.0
    for i, (gid, c) in enumerate(zip(gids, clusters)):
        gold_size = len(by_gid[gid])
        if c is None:
            p_sum += 1.0
            r_sum += 1.0 / gold_size
            continue
        same = sum(1 for j in by_cluster[c] if gids[j] == gid)
        p_sum += same / len(by_cluster[c])
        r_sum += same / gold_size
    n = len(items)
    p, r = p_sum / n, r_sum / n
    return {
        'items': n, 'items_found': sum(1 for c in clusters if c is not None),
        'global_ids': len(by_gid), 'global_ids_in_2plus_articles': len(multi),
        'kept_whole': len(whole), 'split': len(split), 'with_missed_items': len(missing),
        'fully_found': len(multi) - len(missing),
        'split_rate': len(split) / len(multi) if multi else 0.0,
        'display_name_right': display_ok,
        'system_entities_with_items': len(by_cluster), 'merged_entities': len(merges),
        'merge_rate': len(merges) / len(by_cluster) if by_cluster else 0.0,
        'bcubed': {'precision': p, 'recall': r, 'f1': 2 * p * r / (p + r) if p + r else 0.0},
        'worst_splits': sorted(splits, key=lambda x: (-len(x[1]), x[0]))[:10],
        'worst_merges': sorted(merges, key=lambda x: (-len(x[1]), -sum(x[1].values()), str(x[0])))[:10],
    }


def accepted_names(items, registry, norm):
    """Accepted display names per global_id: entities.json's full forms written in the subset, else the longest."""
    written = collections.defaultdict(set)
    for _, raw, g in items:
        written[raw['global_id']] |= set(raw['surfaces'])
    out = {}
    for gid, forms in written.items():
        keys = {norm(f) for f in forms}
        full = [n for n in registry.get(gid, {}).get('display', []) if norm(n) in keys]
        if not full:
            names = [raw['name'] for _, raw, _ in items if raw['global_id'] == gid]
            longest = max(len(n.split()) for n in names)
            full = sorted({n for n in names if len(n.split()) == longest})
        out[gid] = full
    return out


def report(label, res, name_of):
    m = res['global_ids_in_2plus_articles']
    lines = ['== %s' % label,
             'items (article, gold entity): %d, found %d' % (res['items'], res['items_found']),
             'global ids named in 2+ articles: %d; kept whole %d (%.3f; %d of the %d found in every article); '
             'split %d (split rate %.3f); with missed items %d; display name right %d (%.3f)'
             % (m, res['kept_whole'], res['kept_whole'] / m if m else 0, res['kept_whole'], res['fully_found'],
                res['split'], res['split_rate'], res['with_missed_items'], res['display_name_right'],
                res['display_name_right'] / m if m else 0),
             'merge rate: %d of %d entities holding gold items mix 2+ global ids (%.3f)'
             % (res['merged_entities'], res['system_entities_with_items'], res['merge_rate']),
             'B-cubed over all items: P %.3f R %.3f F1 %.3f'
             % (res['bcubed']['precision'], res['bcubed']['recall'], res['bcubed']['f1'])]
    if res['worst_splits']:
        lines.append('worst splits:')
        for gid, counts in res['worst_splits']:
            lines.append('  %s -> %s' % (gid, ', '.join('%s x%d' % (name_of(c), k) for c, k in counts.most_common())))
    if res['worst_merges']:
        lines.append('worst merges:')
        for c, mixed in res['worst_merges']:
            lines.append('  %s <- %s' % (name_of(c), ', '.join('%s x%d' % (g, k) for g, k in mixed.most_common())))
    return '\n'.join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--db', required=True)
    ap.add_argument('--subset', choices=['dev', 'heldout', 'all'], default='dev')
    ap.add_argument('--gold', metavar='DIR', help='score your own set: DIR/gold/*.json with global ids (see above)')
    ap.add_argument('--scorer', default=os.path.normpath(os.path.join(HERE, '../../../../shared/bench/score.py')))
    ap.add_argument('--json', action='store_true')
    args = ap.parse_args()

    score = load_scorer(args.scorer)
    if args.gold:
        gold_dir = os.path.join(args.gold, 'gold')
        docs = sorted(os.path.splitext(name)[0] for name in os.listdir(gold_dir) if name.endswith('.json'))
        registry_file = os.path.join(args.gold, 'global.json')
        args.subset = os.path.basename(os.path.normpath(args.gold))

        def load_gold(doc):
            with open(os.path.join(gold_dir, doc + '.json'), encoding='utf8') as f:
                return json.load(f)
    else:
        docs, registry_file, load_gold = wikinews.subset_docs(args.subset), os.path.join(HERE, 'entities.json'), wikinews.load_gold
    registry = {}
    if os.path.exists(registry_file):
        with open(registry_file, encoding='utf8') as f:
            registry = json.load(f)
    items = gold_items(docs, score, load_gold)
    system = system_entities(args.db, score.norm)
    seeded = {doc for doc in system}
    missing_docs = sorted({doc for doc, _, _ in items} - seeded)
    if missing_docs:
        print('warning: no entities stored for %s' % ', '.join(missing_docs), file=sys.stderr)
    display = {s['id']: s['name'] for ents in system.values() for s in ents}
    label = {s['id']: '%r (%s %s)' % (s['name'], s['type'], s['id']) for ents in system.values() for s in ents}
    accepted = accepted_names(items, registry, score.norm)

    sys_res = evaluate(items, system_clusters(items, system), lambda c: display[c], accepted, score.norm)
    base_res = evaluate(items, baseline_clusters(items, score.norm), lambda c: c[len('string:'):], accepted, score.norm)
    if args.json:
        for res in (sys_res, base_res):
            res['worst_splits'] = [[g, dict(c)] for g, c in res['worst_splits']]
            res['worst_merges'] = [[e, dict(m)] for e, m in res['worst_merges']]
        print(json.dumps({'subset': args.subset, 'system': sys_res, 'exact_string_baseline': base_res}, indent=1))
    else:
        print(report('system (%s, %d articles)' % (args.subset, len({d for d, _, _ in items})), sys_res,
                     lambda c: label[c]))
        print(report('exact-string baseline (gold items, each named by its most complete form in its article)',
                     base_res, lambda c: repr(c[len('string:'):])))
    return 0


if __name__ == '__main__':
    sys.exit(main())
