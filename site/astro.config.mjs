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
});
