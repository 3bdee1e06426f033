#!/usr/bin/env node
// Entry point of the `cartable` command. Uses the compiled server when it has been built
// (npm start builds it); otherwise runs the TypeScript sources through tsx (development).
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/src/main.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  try {
    await import('tsx/esm');
  } catch {
    process.stderr.write('Cartable is not built: run "npm run build" first.\n');
    process.exit(2);
  }
  await import(new URL('../src/main.ts', import.meta.url).href);
}
