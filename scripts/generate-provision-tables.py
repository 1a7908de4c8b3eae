#!/usr/bin/env python3
"""Writes Tests/Law/provisions.json: for every act, consolidation and executive order in
../shared/law/texts, the sections it contains, whether each is repealed, and for each stk. the
number of numbered items (nr.). The citation test checks every citation the rule catalogue
makes against the instruments its rule-set version names; this table is what a reviewer checks
against the act. Run: python3 scripts/generate-provision-tables.py [../shared/law/texts]"""
import json, os, re, sys

texts = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'law', 'texts')
out = os.path.join(os.path.dirname(__file__), '..', 'Tests', 'Law', 'provisions.json')

def norm(section):
    # "124d" -> "124 d"; "7-8" stays a range
    return re.sub(r'^(\d+)([a-z]+)$', r'\1 \2', section)

def items(text):
    """The count of nr. items 1), 2), … in text, in sequence."""
    count = 0
    for m in re.finditer(r'(?:^|[\s:;])(\d+)\)\s', text):
        if int(m.group(1)) == count + 1:
            count += 1
    return count

result = {}
for name in sorted(os.listdir(texts)):
    if not name.endswith('.json'):
        continue
    doc = json.load(open(os.path.join(texts, name)))
    sections = {}
    for p in doc.get('provisions', []):
        sec = str(p.get('section', '')).strip()
        if not sec:
            continue
        content = p.get('content', '')
        repealed = bool(re.match(r'^§\s*[\w\s–-]+\.\s*\(Ophævet\)', content)) or '(Ophævet)' in content[:40]
        parts = re.split(r'\bStk\.\s*(\d+)\.', content)
        stks = [parts[0]] + [parts[i + 1] for i in range(1, len(parts) - 1, 2)]
        entry = {'stk': [items(s) for s in stks]}
        if repealed:
            entry['repealed'] = True
        sections[norm(sec)] = entry
    result[name[:-5]] = {'title': doc.get('title', ''), 'issued': doc.get('issued_date', ''), 'sections': sections}

os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, 'w') as f:
    json.dump(result, f, ensure_ascii=False, sort_keys=True, separators=(',', ':'))
    f.write('\n')
print('wrote %s: %d instruments' % (out, len(result)))
