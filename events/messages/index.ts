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
import { PlacementRequested } from './placement-requested';

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
] as const;
