import type { TemplatePart } from '../../src/core/template.js';

/**
 * A hand-made template file entry (the JSON `plankit template` writes) whose text, labels and
 * examples try to break out of the page: tags, quotes, an event handler, a closing </script>.
 * Everything must show as text, the optional passage's label too.
 */
export function hostileTemplate(): { family: string; members: string[]; parts: TemplatePart[]; slots: unknown[]; optionals: unknown[] } {
  const occurrence = (value: string) => [{ id: 'x#篇1', line: 1, column: 0, length: value.length, value }];
  return {
    family: 'F9',
    members: ['x#篇1'],
    parts: [
      { text: '一、<script>window.__pwned = 1; alert(1)</script>总体要求\n全年计划完成' },
      { slot: 's1' },
      { text: '项工作，"><img src=x onerror="window.__pwned=2">。\n</script><b>二、</b>单位：' },
      { slot: 's2' },
      { text: '。\n' },
      { optional: 'o1', parts: [{ text: '三、<u>其他</u>要求从简。\n' }] },
    ],
    slots: [
      { id: 's1', kind: 'hollow', type: 'count', unit: '项', label: '完成<b>工作</b>·项数', occurrences: occurrence('8') },
      { id: 's2', kind: 'placeholder', type: 'org', unit: '', label: '单位"名称\'</script>', occurrences: occurrence('<i>某某</i>') },
    ],
    optionals: [{ id: 'o1', label: '三、<u>其他</u>要求', members: ['x#篇1'] }],
  };
}
