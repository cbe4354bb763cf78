import { resolve } from 'node:path';
import { REPO_ROOT } from '../helpers/seed.js';
import { checkDevSetGold } from './devset-gold.js';

/** The real dev set (corpus/real/): public-domain documents of state organs with gold outlines, gold slots and families. */
checkDevSetGold('corpus/real', resolve(REPO_ROOT, 'corpus/real'));
