/**
 * Who may assess, Perka BKN 11/2008 Lampiran I.C.3: an assessor meets certain requirements, has followed assessor
 * training and has the technical expertise to assess competency; the requirements themselves are left to a
 * separate Perka (IV.3). Each TPK member is recorded with their assessor training (certificate, organiser, date)
 * and technical expertise; a UPK, an organisation whose assessors the instansi does not appoint, states that its
 * assessors meet them.
 */
import { isAfter, type IsoDate } from '../../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../../shared/rule';

export const QUALIFICATION_RULES = /* @__PURE__ */ defineRules({
  'PK-ASESOR-KUALIFIKASI': {
    article: 'Perka BKN 11/2008 Lampiran I.C.3, IV.3',
    summary:
      'Setiap anggota TPK telah mengikuti pelatihan assessor (sertifikat, penyelenggara, tanggal tidak sesudah keputusan TPK) dan memiliki keahlian teknis; UPK menyatakan assessornya memenuhi persyaratan itu.',
  },
});

export interface AssessorTraining {
  certificateNumber: string;
  organiser: string;
  date: IsoDate;
}

/** What a TPK member is recorded with; either part may be missing from what the PPK sent. */
export interface MemberQualification {
  nip: string;
  training?: AssessorTraining | undefined;
  expertise?: string | undefined;
}

const rule = QUALIFICATION_RULES['PK-ASESOR-KUALIFIKASI'];

/** Checks each member of a TPK decreed on `decreeDate`: trained by then, with a technical expertise. */
export function checkMemberQualifications(
  members: readonly MemberQualification[],
  decreeDate: IsoDate,
): Decision<readonly MemberQualification[]> {
  const v: RuleViolation[] = [];
  members.forEach((member, index) => {
    const field = `members.${index}.qualification`;
    if (member.training === undefined) {
      v.push(
        violation(
          rule,
          `Anggota ${member.nip} belum tercatat mengikuti pelatihan assessor.`,
          `${field}.training`,
        ),
      );
    } else if (isAfter(member.training.date, decreeDate)) {
      v.push(
        violation(
          rule,
          `Pelatihan assessor anggota ${member.nip} bertanggal ${member.training.date}, sesudah keputusan TPK (${decreeDate}).`,
          `${field}.training.date`,
        ),
      );
    }
    if (member.expertise === undefined) {
      v.push(violation(rule, `Keahlian teknis anggota ${member.nip} belum tercatat.`, `${field}.expertise`));
    }
  });
  return decide(members, v);
}

/** A UPK's statement that its assessors meet the requirements of I.C.3. */
export interface AssessorStatement {
  declared: boolean;
  declaredOn: IsoDate;
}

/** Checks a UPK's statement on its assessors (undefined when it sent none). */
export function checkUpkAssessors(
  statement: AssessorStatement | undefined,
  today: IsoDate,
): Decision<AssessorStatement | undefined> {
  const v: RuleViolation[] = [];
  if (!statement?.declared) {
    v.push(
      violation(
        rule,
        'UPK belum menyatakan bahwa assessornya telah mengikuti pelatihan assessor dan memiliki keahlian teknis.',
        'assessorStatement.declared',
      ),
    );
  }
  if (statement && isAfter(statement.declaredOn, today)) {
    v.push(
      violation(
        rule,
        `Pernyataan tentang assessor UPK bertanggal ${statement.declaredOn}, sesudah hari ini (${today}).`,
        'assessorStatement.declaredOn',
      ),
    );
  }
  return decide(statement, v);
}
