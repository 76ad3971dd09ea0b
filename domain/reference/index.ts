/**
 * Reference data of the certification domain, each item traceable to its source document (`sources.ts`):
 * Perban BKN 7/2020 for schemes, positions, competency areas and evidence; the Pusbang ASN BKN 2019 letter
 * and handbook for the 2019 programme, its qualifications, units, modules, hours, cohorts and timeline.
 */
export * from './sources';
export * from './positions';
export * from './schemes';
export * from './competency-areas';
export * from './competency-units';
export * from './qualifications';
export * from './evidence-methods';
export * from './evidence-rules';
export * from './programme-2019';
export * from './training-modules';
export * from './training-hours';
export * from './cohorts-2019';
export * from './registration-timeline-2019';
