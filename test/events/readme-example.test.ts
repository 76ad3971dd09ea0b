import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CreateProgramRequest } from '../../events/api/program';
import { PROJECT_ROOT } from '../../tools/local/paths';

/** The JSON bodies the README's shell examples send with `curl -d '…'`, in order. */
function readmeBodies(): unknown[] {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/curl [^\n]*-d '(\{[\s\S]*?\})'/g)].map((m) => JSON.parse(m[1]!));
}

describe("the README's examples", () => {
  it('the first request, creating a programme, is valid against the contract the API parses it with', () => {
    const [createProgram] = readmeBodies();
    expect(createProgram).toBeDefined();
    expect(CreateProgramRequest.safeParse(createProgram).error?.issues ?? []).toEqual([]);
  });
});
