export * from './span.js';
export * from './lines.js';
export * from './diagnostics.js';
export * from './errors.js';
export * from './document.js';
export * from './numerals.js';
export * from './placeholders.js';
