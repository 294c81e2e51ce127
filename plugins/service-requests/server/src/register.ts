import type { Core } from '@strapi/strapi';
import { commentRules } from './document-middlewares/comment-rules';
import { ticketRules } from './document-middlewares/ticket-rules';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // Strapi's middleware type is a union over every content type; ours read only uid, action, params.
  strapi.documents.use(ticketRules(strapi) as any);
  strapi.documents.use(commentRules(strapi) as any);
};

export default register;
