/**
 * Web bundle: the gzip size of the JavaScript and CSS a first load of a page needs, read from
 * the built web/dist: what index.html loads (entry script, module preloads, style sheets and
 * their static imports), plus the page's lazy chunk and the dependencies Vite preloads with it
 * (`__vite__mapDeps([...])` next to its `import()`). Pages: the workshop station, and each
 * family page (schools, imports, households, campaigns, distribution, handover, loans, grants),
 * of which the largest is reported.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from '../context.js';
import type { BenchContext, Measurement, WorkloadResult } from '../types.js';

const DIST = path.join(ROOT, 'web', 'dist');
const TARGET_KB = 200;

interface Build {
  /** Files (relative to dist, "assets/x.js") index.html loads. */
  entry: string[];
  /** Lazy chunk file → the files Vite preloads with it. */
  lazy: Map<string, string[]>;
}

function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !file.endsWith('.js')) return seen;
  seen.add(file);
  const text = fs.readFileSync(path.join(DIST, file), 'utf8');
  const dir = path.posix.dirname(file);
  for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+)["']/g))
    staticImports(path.posix.join(dir, match[1]!), seen);
  return seen;
}

export function readBuild(): Build {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const entry = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/([^"]+\.(?:js|css))"/g)) {
    const file = match[1]!;
    if (file.endsWith('.css')) entry.add(file);
    else for (const f of staticImports(file)) entry.add(f);
  }
  const lazy = new Map<string, string[]>();
  for (const file of [...entry].filter((f) => f.endsWith('.js'))) {
    const text = fs.readFileSync(path.join(DIST, file), 'utf8');
    const table = /m\.f\|\|\(m\.f=(\[[^\]]*\])\)/.exec(text);
    const deps = table ? (JSON.parse(table[1]!) as string[]) : [];
    const calls =
      /import\(\s*[`"']\.\/([\w.-]+\.js)[`"']\s*\)(?:(?!import\()[\s\S]){0,300}?__vite__mapDeps\(\[([\d,\s]*)\]\)/g;
    for (const match of text.matchAll(calls)) {
      const chunk = path.posix.join(path.posix.dirname(file), match[1]!);
      const indexes = match[2]!.split(',').filter(Boolean).map(Number);
      lazy.set(chunk, indexes.map((i) => deps[i]!).filter(Boolean));
    }
  }
  return { entry: [...entry], lazy };
}

/** Files of a first load of the page whose lazy chunk is named `<component>-<hash>.js`. */
export function pageFiles(build: Build, component: string): string[] | undefined {
  const chunk = [...build.lazy.keys()].find((f) => new RegExp(`(^|/)${component}-[\\w-]+\\.js$`).test(f));
  if (!chunk) return undefined;
  const files = new Set(build.entry);
  for (const f of [chunk, ...build.lazy.get(chunk)!]) {
    if (f.endsWith('.css')) files.add(f);
    else for (const g of staticImports(f)) files.add(g);
  }
  return [...files].sort();
}

function gzipKb(files: string[]): { kb: number; rawKb: number } {
  let gz = 0;
  let raw = 0;
  for (const f of files) {
    const content = fs.readFileSync(path.join(DIST, f));
    raw += content.length;
    gz += zlib.gzipSync(content).length;
  }
  return { kb: gz / 1024, rawKb: raw / 1024 };
}

/** Component names of the family pages, read from their routes file. */
function familyComponents(): string[] {
  const routes = fs.readFileSync(path.join(ROOT, 'web', 'src', 'features', 'families', 'routes.ts'), 'utf8');
  return [...routes.matchAll(/import\('[^']+'\),\s*'(\w+)'\)/g)].map((m) => m[1]!);
}

export default async function webBundle(ctx: BenchContext): Promise<WorkloadResult> {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('web/dist is not built (npm run build:web).');
  const build = readBuild();
  const measurement = (name: string, files: string[], note: string): Measurement => {
    const { kb, rawKb } = gzipKb(files);
    return {
      name,
      unit: 'KB gzip',
      value: kb,
      target: { of: 'value', op: '<=', value: TARGET_KB, text: `≤ ${TARGET_KB} KB gzip` },
      note: `${note}; ${files.length} files, ${rawKb.toFixed(0)} KB uncompressed`,
    };
  };
  const checks: WorkloadResult['checks'] = [];
  const measurements: Measurement[] = [];

  const station = pageFiles(build, 'StationPage');
  checks.push({ name: 'station page chunk found in web/dist', ok: station !== undefined });
  if (station)
    measurements.push(measurement('web bundle: station page', station, 'first load of /atelier/poste/:step'));

  const families = familyComponents()
    .map((c) => ({ component: c, files: pageFiles(build, c) }))
    .filter((p): p is { component: string; files: string[] } => p.files !== undefined);
  checks.push({
    name: 'family page chunks found in web/dist',
    ok: families.length > 0,
    detail: `${families.length} of ${familyComponents().length}`,
  });
  const sized = families.map((p) => ({ ...p, kb: gzipKb(p.files).kb })).sort((a, b) => b.kb - a.kb);
  const largest = sized[0];
  if (largest)
    measurements.push(
      measurement(
        'web bundle: family pages (largest)',
        largest.files,
        `${largest.component}; the others: ${sized
          .slice(1)
          .map((p) => `${p.component} ${p.kb.toFixed(0)}`)
          .join(', ')} KB`,
      ),
    );
  ctx.log(`web bundle: ${measurements.map((m) => `${m.name} ${m.value.toFixed(1)} KB`).join(', ')}`);
  return {
    workload: 'web-bundle',
    measurements,
    checks,
    notes: ['gzip level 6 (zlib default) of every JS and CSS file the first load needs, entry included'],
  };
}
