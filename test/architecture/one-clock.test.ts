import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../tools/local/paths';
import { sourceFiles } from './import-graph';

/** The clock itself is the only place that reads the system's time. */
const CLOCK = join('runtime', 'clock.ts');
const SYSTEM_TIME = /new Date\(\s*\)|Date\.now\(\s*\)/g;
/** A calendar date taken from an ISO instant is the UTC date, not Jakarta's: use the WIB date helpers. */
const UTC_DATE = /toISOString\(\)\s*\.\s*(slice|substring|substr)\(\s*0\s*,\s*10\s*\)/g;

describe('one clock', () => {
  const files = ['domain', 'events', 'runtime', 'adapters', 'services', 'functions']
    .flatMap((dir) => sourceFiles(join(PROJECT_ROOT, dir)))
    .map((file) => [relative(PROJECT_ROOT, file), readFileSync(file, 'utf8')] as const);

  it.each(files.filter(([name]) => name !== CLOCK))(
    '%s takes the time from runtime/clock.ts (or the now it is given), never the system clock',
    (_name, text) => {
      expect(text.match(SYSTEM_TIME) ?? []).toEqual([]);
    },
  );

  it.each(files.filter(([name]) => name !== join('domain', 'shared', 'dates.ts')))(
    '%s takes no calendar date by slicing a UTC timestamp',
    (_name, text) => {
      expect(text.match(UTC_DATE) ?? []).toEqual([]);
    },
  );
});
