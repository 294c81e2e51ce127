/** What an action link from an email does (GET /service-requests/actions/:token). */
export type LinkAction = 'accept-offer' | 'decline-offer' | 'approve' | 'reject';

export interface ActionLinkView {
  action: LinkAction;
  state: 'open' | 'used' | 'expired';
  expiresAt: string;
  workOrder: {
    reference: string;
    summary: string;
    description?: string | null;
    location: string | null;
    address?: string | null;
    vendor?: string | null;
  };
  /** Offers: when the answer is due. */
  deadline?: string;
  /** Approvals: why the owner is asked, and for how much. */
  approval?: { reason: 'not-done' | 'estimate-over-threshold'; amount: number | null; threshold: number | null };
}

interface Wording {
  /** The question on the page, and the one button that answers it. */
  question: string;
  button: string;
  /** After pressing it. */
  done: string;
  next: string;
  /** When the link was used already. */
  used: string;
  expired: string;
}

const OFFER_USED = 'This job has already been answered, or it is no longer open. Nothing more is needed from you.';
const OFFER_EXPIRED = 'The time to answer has passed, so the job has been offered to someone else.';
const DECISION_USED = 'A decision on this request has already been made, so nothing more is needed from you.';
const DECISION_EXPIRED = 'These links work for a limited time. If a decision is still needed, please contact your property management team.';

export const LINK_WORDING: Record<LinkAction, Wording> = {
  'accept-offer': {
    question: 'Accept this job?',
    button: 'Accept this job',
    done: 'You accepted the job',
    next: 'Thank you. Please log in to the vendor portal to book the visit at a time the tenant can let you in.',
    used: OFFER_USED,
    expired: OFFER_EXPIRED,
  },
  'decline-offer': {
    question: 'Decline this job?',
    button: 'Decline this job',
    done: 'You declined the job',
    next: 'Thank you for letting us know. The job will be offered to someone else.',
    used: OFFER_USED,
    expired: OFFER_EXPIRED,
  },
  approve: {
    question: 'Approve the work?',
    button: 'Approve the work',
    done: 'You approved the work',
    next: 'Thank you. The contractor will be asked to book a new visit, and the property management team has been told.',
    used: DECISION_USED,
    expired: DECISION_EXPIRED,
  },
  reject: {
    question: 'Reject the work?',
    button: 'Reject the work',
    done: 'You rejected the work',
    next: 'Thank you. The work will not go ahead; the request is on hold and the property management team has been told.',
    used: DECISION_USED,
    expired: DECISION_EXPIRED,
  },
};

export const isDecision = (action: LinkAction) => action === 'approve' || action === 'reject';
