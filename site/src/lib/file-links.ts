/**
 * Links to private files go through the portal's /files route, so pages never point at another
 * origin. `url` is the signed link Strapi handed out; only its path and query are kept.
 */
export const portalFileLink = (url: string) => {
  const link = new URL(url, 'http://strapi.invalid');
  return `/files?link=${encodeURIComponent(link.pathname + link.search)}`;
};
