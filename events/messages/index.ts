import { AnnouncementRequested } from './announcement-requested';
import {
  CertificateAnnulled,
  CertificateIssued,
  CertificateReinstated,
  CertificateReissued,
  CertificateRevoked,
  TrainingCertificateIssued,
} from './certificate-events';
import { CertificateRenderRequested } from './certificate-render-requested';
import { CertificateRequested } from './certificate-requested';
import { InvitationRequested } from './invitation-requested';
import { NotificationRequested } from './notification-requested';
import { PlacementRequested } from './placement-requested';
import { SchemeEnrolmentRequested } from './scheme-enrolment-requested';
import { SchemeVersionPublished } from './scheme-events';
import { StructuralNoticeRequested } from './structural-notice-requested';

/** Every queue and bus message contract; the OpenAPI document publishes them as components for integrators. */
export const MESSAGE_SCHEMAS = [
  AnnouncementRequested,
  PlacementRequested,
  InvitationRequested,
  CertificateRequested,
  CertificateRenderRequested,
  CertificateIssued,
  TrainingCertificateIssued,
  CertificateRevoked,
  CertificateReinstated,
  CertificateReissued,
  CertificateAnnulled,
  NotificationRequested,
  StructuralNoticeRequested,
  SchemeEnrolmentRequested,
  SchemeVersionPublished,
] as const;

/**
 * Where each contract travels, for the OpenAPI document's webhooks: the SQS work queue of the resource model
 * (infra/resource-model.ts) it is sent to, or the EventBridge bus that integrators subscribe to.
 */
export const MESSAGE_CHANNELS: Readonly<Record<string, { channel: string; description: string }>> = {
  AnnouncementRequested: {
    channel: 'sqs:announcement',
    description: 'BKN meminta surat pemberitahuan program; pekerja surat membuatnya.',
  },
  PlacementRequested: {
    channel: 'sqs:placement',
    description: 'Peserta ditetapkan; pekerja penempatan memberinya kursi angkatan atau daftar tunggu.',
  },
  InvitationRequested: {
    channel: 'sqs:invitation',
    description:
      'Pendaftaran angkatan dibuka atau peserta pindah; pekerja undangan menomori dan membuat suratnya.',
  },
  CertificateRequested: {
    channel: 'sqs:certificate',
    description: 'Keputusan sidang hasil berlaku; pekerja sertifikat menomori dan menerbitkan sertifikatnya.',
  },
  CertificateRenderRequested: {
    channel: 'sqs:certificate',
    description: 'Sertifikat yang sudah bernomor perlu dibuat ulang (koreksi, penerbitan ulang).',
  },
  CertificateIssued: { channel: 'eventbridge', description: 'Sertifikat kompetensi terbit.' },
  TrainingCertificateIssued: { channel: 'eventbridge', description: 'Sertifikat pelatihan terbit.' },
  CertificateRevoked: { channel: 'eventbridge', description: 'Sertifikat dicabut (Pasal 36).' },
  CertificateReinstated: { channel: 'eventbridge', description: 'Sertifikat yang dicabut dipulihkan.' },
  CertificateReissued: {
    channel: 'eventbridge',
    description: 'Sertifikat diterbitkan ulang dengan versi baru.',
  },
  CertificateAnnulled: {
    channel: 'eventbridge',
    description: 'Sertifikat dibatalkan karena keputusan yang mendasarinya digantikan.',
  },
  NotificationRequested: {
    channel: 'sqs:notification',
    description:
      'Seseorang perlu diberi tahu lewat e-mail (undangan, pengingat, sertifikat terbit, Monev); pekerja notifikasi mengirimnya sekali.',
  },
  StructuralNoticeRequested: {
    channel: 'sqs:structuralNotice',
    description:
      'Pejabat kepegawaian menerbitkan surat pemberitahuan penilaian kompetensi jabatan struktural; pekerja surat membuat dan menandatangani PDF-nya.',
  },
  SchemeEnrolmentRequested: {
    channel: 'sqs:schemeEnrolment',
    description:
      'Pekerja pendaftaran sudah mendaftarkan satu halaman pemegang versi skema yang diterbitkan; halaman berikutnya menyusul, satu halaman tiap pesan.',
  },
  SchemeVersionPublished: {
    channel: 'eventbridge',
    description:
      'BKN menerbitkan versi skema; aturan bus meneruskannya ke antrean pendaftaran, yang mendaftarkan setiap pemegang mulai dari halaman pertama.',
  },
};
