import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../local/paths';
import { DOCUMENTS, renderSample } from './samples';

/*
 * `npm run render-samples`: every issued document at a short and a long input (./samples.ts) as PDF and as one
 * PNG a page, drawn by poppler's pdftoppm (Debian poppler-utils), into samples/ (git-ignored), for a person to
 * look at. `--dpi <n>` sets the resolution (default 80).
 */
const dpiArgument = process.argv.indexOf('--dpi');
const dpi = dpiArgument > 0 ? Number(process.argv[dpiArgument + 1]) : 80;
const out = join(PROJECT_ROOT, 'samples');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

for (const document of DOCUMENTS) {
  for (const size of ['short', 'long'] as const) {
    const name = `${document}-${size}`;
    const pdf = join(out, `${name}.pdf`);
    writeFileSync(pdf, await renderSample(document, size));
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdf, join(out, name)]);
  }
}
const files = readdirSync(out).sort();
console.log(`${out}: ${files.filter((f) => f.endsWith('.png')).length} pages`);
for (const file of files) console.log(`  ${file}`);
