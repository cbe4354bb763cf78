import type { DropRule } from './drop-rule.js';

/**
 * Elements whose content is never plan text: code, styling, embedded objects, forms, and the
 * navigation/aside/footer landmarks. <head> goes too (its <title> is read separately).
 */
const TAGS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'footer',
  'aside',
  'form',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'map',
  'select',
  'button',
  'textarea',
]);

export const dropNonTextTags: DropRule = {
  name: 'non-text-tags',
  drops: (el) => TAGS.has(el.name),
};
