/** Where the portal finds Strapi; read per request so one build serves every environment. */
export const strapiUrl = () => (process.env.STRAPI_URL ?? 'http://localhost:1337').replace(/\/$/, '');

export const isProduction = () => process.env.NODE_ENV === 'production';
