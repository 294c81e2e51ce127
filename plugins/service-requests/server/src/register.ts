import type { Core } from '@strapi/strapi';
import { commentRules } from './document-middlewares/comment-rules';
import { lifecycleGuard } from './document-middlewares/lifecycle-guard';
import { scheduleRules } from './document-middlewares/schedule-rules';
import { ticketRules } from './document-middlewares/ticket-rules';

/** A portal user's mobile number (E.164), for appointment reminders by SMS. */
const PHONE_ATTRIBUTE = { type: 'string', maxLength: 16, regex: '^\\+[1-9][0-9]{7,14}$' };

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // Strapi's middleware type is a union over every content type; ours read only uid, action, params.
  strapi.documents.use(ticketRules(strapi) as any);
  strapi.documents.use(commentRules(strapi) as any);
  strapi.documents.use(scheduleRules(strapi) as any);
  strapi.documents.use(lifecycleGuard(strapi) as any);
  // The documented way to add a field to users-permissions' user from a plugin: its schema is
  // final once `register` has run everywhere.
  const user = strapi.contentType('plugin::users-permissions.user') as any;
  user.attributes.phone ??= PHONE_ATTRIBUTE;
};

export default register;
