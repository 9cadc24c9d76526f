// @ts-check
import { defineConfig } from 'astro/config';
import clientScripts from './integrations/client-scripts.mjs';

// BASE_PATH lets the site live below a folder of a static server ("/timeline/").
// Pages link to each other and to assets by relative URLs, so the same files also
// work from a USB stick (file://); `base` only matters for Astro's own routing.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  integrations: [clientScripts()],
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', assets: 'assets' },
  i18n: { defaultLocale: 'vi', locales: ['vi', 'en'], routing: { prefixDefaultLocale: false } },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  vite: { build: { assetsInlineLimit: 0 } },
});
