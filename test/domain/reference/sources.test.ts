import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_METHODS,
  COHORTS_2019,
  COHORT_TRAINING_STEPS_2019,
  COMPETENCY_AREAS,
  COMPETENCY_UNITS,
  EVIDENCE_KIND_INFO,
  EVIDENCE_REQUIREMENTS,
  EVIDENCE_RULES,
  JP_ALLOCATION_2019,
  POSITIONS,
  PROGRAMME_2019,
  QUALIFICATIONS,
  REGISTRATION_TIMELINE_2019,
  SCHEMES,
  SOURCE_CODES,
  SOURCE_DOCUMENTS,
  TRAINING_MODULES,
  citesKnownSource,
} from '../../../domain/reference';

const allCitations: [string, string][] = [
  ...Object.values(SCHEMES).map((s): [string, string] => [`scheme ${s.code}`, s.article]),
  ...Object.values(POSITIONS).map((p): [string, string] => [`position ${p.code}`, p.source]),
  ...Object.values(COMPETENCY_AREAS).map((a): [string, string] => [`area ${a.code}`, a.source]),
  ...COMPETENCY_UNITS.map((u): [string, string] => [`unit ${u.code}`, u.source]),
  ...Object.values(QUALIFICATIONS).map((q): [string, string] => [`qualification ${q.code}`, q.source]),
  ...Object.values(EVIDENCE_KIND_INFO).map((k): [string, string] => [`evidence kind ${k.code}`, k.source]),
  ...ASSESSMENT_METHODS.map((m): [string, string] => [`method ${m.code}`, m.source]),
  ...Object.values(EVIDENCE_REQUIREMENTS).map((r): [string, string] => [`requirement ${r.code}`, r.source]),
  ...Object.values(EVIDENCE_RULES).map((r): [string, string] => [`evidence rule ${r.code}`, r.source]),
  ...TRAINING_MODULES.map((m): [string, string] => [`module ${m.code}`, m.source]),
  ...JP_ALLOCATION_2019.map((p): [string, string] => [`JP part ${p.mode}`, p.source]),
  ...COHORTS_2019.map((c): [string, string] => [`cohort ${c.number}`, c.source]),
  ...REGISTRATION_TIMELINE_2019.map((s): [string, string] => [`registration step ${s.no}`, s.source]),
  ...COHORT_TRAINING_STEPS_2019.map((s): [string, string] => [`training step ${s.no}`, s.source]),
  ['programme', PROGRAMME_2019.source],
  ['programme letter', PROGRAMME_2019.letter.source],
  ['programme schedule', PROGRAMME_2019.scheduleAttachment.source],
  ['programme handbook', PROGRAMME_2019.handbook.source],
];

describe('source documents', () => {
  it('lists the Perban BKN 7/2020 (seed 001) and the Pusbang 2019 letter and handbook (seed 003)', () => {
    expect(SOURCE_CODES.map((code) => SOURCE_DOCUMENTS[code].seedFile)).toEqual([
      '001_b27e2a40f9c2b894.txt',
      '003_e15e9a50374bfb1e.txt',
      '003_e15e9a50374bfb1e.txt',
    ]);
  });

  it.each(allCitations)('%s cites one of the source documents (%s)', (_item, citation) => {
    expect(citesKnownSource(citation)).toBe(true);
  });

  it.each([
    ['Perban BKN 7/2020', true],
    ['Perban BKN 7/2020 Pasal 22(1)', true],
    ['Surat Pusbang ASN BKN 2019, Lampiran I', true],
    ['Perban BKN 7/20201 Pasal 1', false],
    ['Perka BKN 11/2008 Pasal 3', false],
    ['', false],
  ])('accepts %j as a citation: %s', (citation, known) => {
    expect(citesKnownSource(citation)).toBe(known);
  });
});
