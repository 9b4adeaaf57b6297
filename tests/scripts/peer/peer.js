// The rule-based peer: compromise's people, organisations and places for each .txt in DIR, one JSON per article in OUT.
const fs = require('fs'), path = require('path'), nlp = require('compromise');
const [dir, out] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
for (const name of fs.readdirSync(dir).filter(f => f.endsWith('.txt'))) {
  const doc = nlp(fs.readFileSync(path.join(dir, name), 'utf8'));
  const entities = [];
  for (const [type, list] of [['person', doc.people()], ['organization', doc.organizations()], ['place', doc.places()]]) {
    for (const n of new Set(list.out('array').map(s => s.replace(/[.,;:'’s]+$/, '').trim()).filter(Boolean))) entities.push({ type, name: n, aliases: [] });
  }
  fs.writeFileSync(path.join(out, name.replace(/\.txt$/, '.json')), JSON.stringify({ entities }));
}
