// @ts-check
import { defineConfig } from 'astro/config';
import clientScripts from './integrations/client-scripts.mjs';
import fonts from './integrations/fonts.mjs';
import offline from './integrations/offline.mjs';

// BASE_PATH lets the site live below a folder of a static server ("/timeline/").
// Pages link to each other and to assets by relative URLs and load classic scripts, so the
// same pages work below any base; the build also writes dist-portable/ for file:// (USB sticks).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  integrations: [clientScripts(), fonts(), offline()],
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', assets: 'assets' },
  i18n: { defaultLocale: 'vi', locales: ['vi', 'en'], routing: { prefixDefaultLocale: false } },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  vite: { build: { assetsInlineLimit: 0 } },
});
