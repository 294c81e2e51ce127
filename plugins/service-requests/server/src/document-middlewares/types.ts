/**
 * The part of Strapi's document-service middleware context these middlewares read. Strapi's own
 * type is a union over every content type and action, far more than they need.
 */
export interface DocumentContext {
  uid: string;
  action: string;
  params: any;
}

export type DocumentMiddleware = (context: DocumentContext, next: () => Promise<unknown>) => Promise<unknown>;
