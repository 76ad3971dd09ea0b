import { describe, expect, it } from 'vitest';
import {
  nextTransitionAt,
  planProgram,
  windowStatusAt,
  type ProgramDraft,
} from '../../../domain/program/program';

const at = (iso: string) => new Date(iso);
const window = { opensAt: at('2026-06-24T00:00:00Z'), closesAt: at('2026-07-05T23:59:59Z') };
const draft = (overrides: Partial<ProgramDraft> = {}): ProgramDraft => ({
  name: 'Pelatihan dan Sertifikasi Manajemen ASN 2026',
  year: 2026,
  schemes: ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'],
  proposalWindow: window,
  ...overrides,
});

describe('planProgram', () => {
  it('accepts a programme whose window is in the future, as SCHEDULED', () => {
    const decision = planProgram(draft(), at('2026-06-01T00:00:00Z'));
    expect(decision).toEqual({ ok: true, value: { ...draft(), status: 'SCHEDULED' } });
  });

  it('accepts a programme created while its window is already open, as OPEN', () => {
    const decision = planProgram(draft(), at('2026-06-30T00:00:00Z'));
    expect(decision.ok && decision.value.status).toBe('OPEN');
  });

  it.each([
    ['closes before it opens', { opensAt: at('2026-07-05T00:00:00Z'), closesAt: at('2026-07-04T00:00:00Z') }],
    [
      'closes the instant it opens',
      { opensAt: at('2026-07-05T00:00:00Z'), closesAt: at('2026-07-05T00:00:00Z') },
    ],
  ])('PROGRAM-WINDOW-ORDER: refuses a window that %s', (_case, proposalWindow) => {
    const decision = planProgram(draft({ proposalWindow }), at('2026-06-01T00:00:00Z'));
    expect(decision.ok).toBe(false);
    expect(!decision.ok && decision.violations.map((v) => v.code)).toEqual(['PROGRAM-WINDOW-ORDER']);
  });

  it.each([
    ['after the window closed', '2026-07-06T00:00:00Z', false],
    ['exactly when the window closes', '2026-07-05T23:59:59Z', false],
    ['one second before the window closes', '2026-07-05T23:59:58Z', true],
  ])('PROGRAM-WINDOW-PASSED: creating %s is accepted = %s', (_case, now, accepted) => {
    expect(planProgram(draft(), at(now)).ok).toBe(accepted);
  });

  it('PROGRAM-SCHEME-DUPLICATE: refuses a scheme offered twice and names it', () => {
    const decision = planProgram(
      draft({ schemes: ['PENGAWAS', 'PENGAWAS', 'ADMINISTRATOR'] }),
      at('2026-06-01T00:00:00Z'),
    );
    expect(!decision.ok && decision.violations).toEqual([
      expect.objectContaining({
        code: 'PROGRAM-SCHEME-DUPLICATE',
        field: 'schemes',
        message: expect.stringContaining('PENGAWAS'),
      }),
    ]);
  });

  it('lists every unmet rule, not just the first', () => {
    const decision = planProgram(
      draft({
        schemes: ['PENGAWAS', 'PENGAWAS'],
        proposalWindow: { opensAt: at('2026-01-02T00:00:00Z'), closesAt: at('2026-01-01T00:00:00Z') },
      }),
      at('2026-06-01T00:00:00Z'),
    );
    expect(!decision.ok && decision.violations.map((v) => v.code)).toEqual([
      'PROGRAM-WINDOW-ORDER',
      'PROGRAM-WINDOW-PASSED',
      'PROGRAM-SCHEME-DUPLICATE',
    ]);
    expect(!decision.ok && decision.violations.every((v) => v.article.startsWith('Perban BKN 7/2020'))).toBe(
      true,
    );
  });
});

describe('windowStatusAt', () => {
  it.each([
    ['2026-06-23T23:59:59.999Z', 'SCHEDULED'],
    ['2026-06-24T00:00:00.000Z', 'OPEN'],
    ['2026-07-05T23:59:59.000Z', 'OPEN'],
    ['2026-07-05T23:59:59.001Z', 'CLOSED'],
  ] as const)('at %s the window is %s (both ends inclusive)', (now, status) => {
    expect(windowStatusAt(window, at(now))).toBe(status);
  });
});

describe('nextTransitionAt', () => {
  it('a scheduled programme next changes when its window opens', () => {
    expect(nextTransitionAt('SCHEDULED', window)).toEqual(window.opensAt);
  });
  it('an open programme next changes just after its window closes', () => {
    const next = nextTransitionAt('OPEN', window)!;
    expect(windowStatusAt(window, next)).toBe('CLOSED');
    expect(next.getTime() - window.closesAt.getTime()).toBe(1);
  });
  it('a closed programme never changes again', () => {
    expect(nextTransitionAt('CLOSED', window)).toBeNull();
  });
});
