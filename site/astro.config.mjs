import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

export default defineConfig({
  output: 'server',
  adapter: node({
    mode: 'standalone',
    // Five attachments of up to 10 MB each, plus the form fields.
    bodySizeLimit: 64 * 1024 * 1024,
  }),
  security: { checkOrigin: true },
  server: { host: true, port: 4321 },
  telemetry: false,
  // Page scripts are always served as files, never inlined however small, so a Content Security
  // Policy without 'unsafe-inline' (script-src 'self') stays possible.
  vite: { build: { assetsInlineLimit: 0 } },
});
