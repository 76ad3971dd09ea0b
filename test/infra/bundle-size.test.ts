import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInFreshProcess, measureBundles } from '../../tools/bundle-report';

describe('function bundles', () => {
  let measured: Awaited<ReturnType<typeof measureBundles>>;
  const dir = mkdtempSync(join(tmpdir(), 'bundles-'));
  // Bundling all twenty functions takes a while on two cores.
  beforeAll(async () => {
    measured = await measureBundles();
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stay within budget: 400 KiB minified per API function, 1 MiB per worker or job, unless the model gives a reasoned budget', () => {
    const { sizes } = measured;
    const over = sizes.filter((s) => s.bytes > s.budget).map((s) => `${s.name}: ${s.bytes} > ${s.budget}`);
    expect(over).toEqual([]);
    expect(sizes.length).toBeGreaterThan(0);
  });

  it('each load in a fresh Node process with nothing installed beside them (no import left outside the bundle)', () => {
    const failed: string[] = [];
    for (const [name, code] of measured.code) {
      const file = join(dir, `${name}.mjs`);
      writeFileSync(file, code);
      try {
        importInFreshProcess(name, file);
      } catch (error) {
        failed.push(
          `${name}: ${
            String((error as { stderr?: string }).stderr ?? error)
              .split('\n')
              .find((l) => l.includes('Error')) ?? ''
          }`,
        );
      }
    }
    expect(failed).toEqual([]);
    expect(measured.code.size).toBeGreaterThan(0);
  });
});
