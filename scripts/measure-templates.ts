/**
 * Templates of the dev set, one row per family (scripts/devset/template-score.ts says what is
 * measured); `npx tsx scripts/score-devset.ts` prints the per-set summary with the other stages.
 *
 *   npx tsx scripts/measure-templates.ts [--json out.json]
 */
import { writeFileSync } from 'node:fs';
import { measureTemplates, summariseTemplates } from './devset/template-score.js';

const JSON_OUT = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;

const rows = measureTemplates();
console.log('set\tfamily\tmembers\tvariable\tslots\tquestions\trepeated\tunclean labels\tround trip\tone family');
for (const r of rows) {
  console.log([r.set, r.family, r.members, r.variable, r.slots, r.questions, r.sharedLabel, r.unclean, r.roundTrip ? 'exact' : 'FAIL', r.oneFamily === undefined ? '' : r.oneFamily ? 'yes' : 'NO'].join('\t'));
}
console.log('\nset\ttemplates\tvariable (total)\tmax variable\tquestions\trepeated\tunclean labels\tround trip exact\tone family');
for (const s of summariseTemplates(rows)) {
  console.log([s.set, s.templates, s.variable, s.maxVariable, s.questions, s.sharedLabel, s.unclean, `${s.roundTrip}/${s.templates}`, s.oneFamily.of === 0 ? '' : `${s.oneFamily.yes}/${s.oneFamily.of}`].join('\t'));
}
if (JSON_OUT !== undefined) writeFileSync(JSON_OUT, `${JSON.stringify(rows, null, 2)}\n`);
