import type { MemberView } from './member.js';

/**
 * The owner gives the template its text: the first member (the family's canonical one), unless
 * another member has exactly the same content with a cleaner surface — fewer spaces around numbers
 * and fewer lines broken inside a sentence. A copy with spacing noise is then never the one shown,
 * whatever order the family came in.
 */
/** Spaces next to a digit (tabs are table cells, not noise). */
const DIGIT_SPACE = /[0-9][ \u3000]+|[ \u3000]+(?=[0-9])/g;
/** A line break between two letters or numbers (spaces aside): a wrap inside a sentence (folded text). */
const WRAP = /(?<=[\p{L}\p{N}][ \u3000]*)\r?\n(?=[ \u3000]*[\p{L}\p{N}])/gu;

export function noiseOf(view: MemberView): number {
  const body = view.folded.slice(view.body.start, view.body.end);
  return (body.match(DIGIT_SPACE)?.length ?? 0) + (body.match(WRAP)?.length ?? 0);
}

function sameContent(a: MemberView, b: MemberView): boolean {
  return a.atoms.length === b.atoms.length && a.atoms.every((x, i) => x.key === b.atoms[i]?.key);
}

export function chooseOwner(views: readonly MemberView[]): MemberView[] {
  const first = views[0];
  if (first === undefined) return [];
  let best = 0;
  let bestNoise = noiseOf(first);
  views.forEach((v, i) => {
    if (i === 0 || !sameContent(first, v)) return;
    const n = noiseOf(v);
    if (n < bestNoise) {
      best = i;
      bestNoise = n;
    }
  });
  const owner = views[best];
  return owner === undefined || best === 0 ? [...views] : [owner, ...views.filter((_, i) => i !== best)];
}
