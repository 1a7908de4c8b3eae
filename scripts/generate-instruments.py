#!/usr/bin/env python3
"""Generates the first version of Sources/SocialPolicyCore/Law/Instruments+<Act>.swift from
../shared/law/texts/INDEX.md. Run once; the files are then maintained by hand (in-force days
read from the acts). Kept for the record of how the registry began."""
import re, sys, os
index = sys.argv[1] if len(sys.argv) > 1 else '../shared/law/texts/INDEX.md'
rows = [l for l in open(index) if l.startswith('| `')]
docs = []
for r in rows:
    c = [x.strip() for x in r.split('|')[1:-1]]
    year, number = c[0].strip('`').replace('.json', '').split('_')
    docs.append((int(year), int(number), c[1], c[2]))

# (year, number) -> (group, source code held, role, appliesFrom or None, kind override)
def classify(year, number, title):
    t = title.lower()
    if t.startswith('bekendtgørelse af lov om social service'): return ('SEL', 'sel', 'text', None, 'consolidatedAct')
    if t.startswith('bekendtgørelse af lov om retssikkerhed'): return ('RSL', 'rsl', 'text', None, 'consolidatedAct')
    if t.startswith('bekendtgørelse af forvaltningsloven'): return ('FVL', 'fvl', 'text', None, 'consolidatedAct')
    if t.startswith('bekendtgørelse af lov om social pension'): return ('PL', 'pl', 'text', None, 'consolidatedAct')
    if t.startswith('bekendtgørelse af barnets lov'): return ('BL', 'bl', 'text', None, 'consolidatedAct')
    if t.startswith('bekendtgørelse af straffeloven'): return ('Other', 'strfl', 'text', None, 'consolidatedAct')
    if t.startswith('bekendtgørelse af lov om folketingets ombudsmand'): return ('Other', 'ombl', 'text', None, 'consolidatedAct')
    if t.startswith('bekendtgørelse af lov om socialtilsyn'): return ('Other', 'stl', 'text', None, 'consolidatedAct')
    if t.startswith('bekendtgørelse af lov om kommunernes styrelse'): return ('Other', 'ksl', 'text', None, 'consolidatedAct')
    if t.startswith('bekendtgørelse af lov om supplerende bestemmelser til forordning'): return ('DBL', 'dbl', 'text', None, 'consolidatedAct')
    if t.startswith('bekendtgørelse om magtanvendelse') or t.startswith('bekendtgørelse om tryghedsskabende'): return ('SEL', None, 'text', None, 'executiveOrder')
    if t.startswith('bekendtgørelse om retssikkerhed'): return ('RSL', None, 'text', None, 'executiveOrder')
    if t.startswith('bekendtgørelse om ikrafttræden'): return ('SEL', None, 'text', None, 'executiveOrder')
    if t.startswith('bekendtgørelse om værgemål'): return ('Other', None, 'text', None, 'executiveOrder')
    if t.startswith('bekendtgørelse om lokalplejehjem'): return ('AEL', None, 'text', None, 'executiveOrder')
    if t.startswith('anordning'): return ('PDL', None, 'text', None, 'royalOrder')
    if t.startswith('lov om ændring af lov om social service') or t.startswith('lov om ændring af lov om en aktiv beskæftigelsesindsats, lov om social service'):
        return ('SEL', 'sel', 'amendment', None, 'act')
    if t.startswith('lov om ændring af lov om retssikkerhed'): return ('RSL', 'rsl', 'amendment', None, 'act')
    if t.startswith('lov om ændring af forvaltningsloven'): return ('FVL', 'fvl', 'amendment', None, 'act')
    if t.startswith('lov om ændring af lov om social pension'): return ('PL', 'pl', 'amendment', None, 'act')
    if t.startswith('lov om ændring af databeskyttelsesloven'): return ('DBL', 'dbl', 'amendment', None, 'act')
    if t.startswith('lov om ændring af lov om retshåndhævende'): return ('FVL', 'fvl', 'amendment', None, 'act')
    if t.startswith('lov om ændring af barnets lov'): return ('BL', 'bl', 'amendment', None, 'act')
    if t.startswith('lov om ændring af ældreloven'): return ('AEL', 'ael', 'amendment', None, 'act')
    if t.startswith('lov om ændring af værgemålsloven'): return ('Other', 'vml', 'amendment', None, 'act')
    if t.startswith('lov om ændring af lov om socialtilsyn'): return ('Other', 'stl', 'amendment', None, 'act')
    if t.startswith('lov om ændring af lov om regional statsforvaltning'): return ('Other', None, 'text', None, 'act')
    if t.startswith('lov om behandling af personoplysninger'): return ('PDL', 'pdl', 'text', None, 'act')
    if t.startswith('databeskyttelsesloven'): return ('DBL', 'dbl', 'text', None, 'act')
    if t.startswith('barnets lov'): return ('BL', 'bl', 'text', None, 'act')
    if t.startswith('ældrelov'): return ('AEL', 'ael', 'text', None, 'act')
    if t.startswith('lov om lokalplejehjem'): return ('AEL', None, 'text', None, 'act')
    if t.startswith('lov om offentlighed'): return ('Other', 'offl', 'text', None, 'act')
    if t.startswith('lov om socialtilsyn'): return ('Other', 'stl', 'text', None, 'act')
    raise SystemExit('unclassified: %s' % title)

groups = {}
for (year, number, issued, title) in docs:
    group, source, role, applies, kind = classify(year, number, title)
    groups.setdefault(group, []).append((year, number, issued, title, source, role, applies, kind))

prefix = {'consolidatedAct': 'lbk', 'act': 'lov', 'executiveOrder': 'bek', 'royalOrder': 'ang'}
names = {'SEL': 'Serviceloven: its consolidations, the acts amending it, and the executive orders on coercion (magtanvendelse) and welfare technology',
         'RSL': 'Retssikkerhedsloven: its consolidations, the acts amending it, and the executive orders on complaints',
         'FVL': 'Forvaltningsloven: its consolidations and the acts amending it',
         'PL': 'Lov om social pension: its consolidations and the acts raising folkepensionsalderen',
         'BL': 'Barnets lov',
         'DBL': 'Databeskyttelsesloven and the acts amending it',
         'PDL': 'Persondataloven (to 2018-05-24) and the royal orders whose text shows its wording',
         'AEL': 'Ældreloven and its companions',
         'Other': 'Other acts: straffeloven, ombudsmandsloven, socialtilsynsloven, kommunestyrelsesloven, offentlighedsloven, værgemål'}
out = 'Sources/SocialPolicyCore/Law'
for group, items in groups.items():
    lines = ['// The instruments of %s.' % names[group],
             '// Generated once by scripts/generate-instruments.py from ../shared/law/texts/INDEX.md; maintained',
             '// by hand since. `appliesFrom` is the day the text applies (a consolidation: its issue date;',
             '// an executive order or amending act: its in-force day as read in the act, or as noted).',
             '', 'extension LegalInstrument {']
    for (year, number, issued, title, source, role, applies, kind) in sorted(items):
        var = '%s%d_%d' % (prefix[kind], number, year)
        y, m, d = issued.split('-')
        contains = '.%s' % source if source else 'Citation.Source(code: "%s %d/%d", kind: .statute)' % ({'executiveOrder': 'BEK', 'act': 'LOV', 'royalOrder': 'ANG'}[kind], number, year)
        t = title.replace('"', '\\"')
        lines.append('    /// %s %d/%d: %s' % ({'consolidatedAct': 'LBK', 'act': 'LOV', 'executiveOrder': 'BEK', 'royalOrder': 'ANG'}[kind], number, year, t[:90] + ('…' if len(t) > 90 else '')))
        lines.append('    package static let %s = LegalInstrument(' % var)
        lines.append('        .%s, number: %d, issued: CivilDate(%d, %d, %d),' % (kind, number, int(y), int(m), int(d)))
        lines.append('        title: "%s",' % t)
        lines.append('        url: eli(%d, %d), contains: %s%s)' % (year, number, contains, ', role: .amendment' if role == 'amendment' else ''))
        lines.append('')
    lines[-1:] = ['}', '']
    open(os.path.join(out, 'Instruments+%s.swift' % group), 'w').write('\n'.join(lines))
    print(group, len(items))
