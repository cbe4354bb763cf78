#!/usr/bin/env node
// Shim: the CLI is written in TypeScript and built to dist/ (npm run build).
import { main } from '../dist/cli/index.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
