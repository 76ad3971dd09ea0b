import { describe, expect, it } from 'vitest';
import { readOnce } from '../../runtime/read-once';

describe('readOnce', () => {
  it('reads each distinct set of arguments once, concurrent callers sharing the read', async () => {
    const calls: string[] = [];
    const cohort = readOnce(async (programId: string, number: number) => {
      calls.push(`${programId}/${number}`);
      return { programId, number };
    });

    const read = await Promise.all([
      cohort('prg_a', 1),
      cohort('prg_a', 1),
      cohort('prg_a', 2),
      cohort('prg_b', 1),
    ]);

    expect(read).toEqual([
      { programId: 'prg_a', number: 1 },
      { programId: 'prg_a', number: 1 },
      { programId: 'prg_a', number: 2 },
      { programId: 'prg_b', number: 1 },
    ]);
    expect(calls).toEqual(['prg_a/1', 'prg_a/2', 'prg_b/1']);
  });

  it('keeps apart arguments that would join into the same text', async () => {
    const calls: string[][] = [];
    const read = readOnce(async (a: string, b: string) => {
      calls.push([a, b]);
      return a + b;
    });
    await read('ab', 'c');
    await read('a', 'bc');
    expect(calls).toEqual([
      ['ab', 'c'],
      ['a', 'bc'],
    ]);
  });

  it('forgets a failed read: its callers get the error, the next caller reads again', async () => {
    let attempts = 0;
    const program = readOnce(async (programId: string) => {
      attempts++;
      if (attempts === 1) throw new Error('throttled');
      return programId;
    });

    await expect(program('prg_a')).rejects.toThrow('throttled');
    await expect(program('prg_a')).resolves.toBe('prg_a');
    expect(attempts).toBe(2);
  });
});
