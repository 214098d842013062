import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * `pnpm --filter @city-ops/console dev` serves the console with hot reload on :5173 and
 * sends the API paths to a running gateway (`pnpm start`, or CONSOLE_GATEWAY_URL), so the
 * page and the API share one origin as they do when the gateway serves the built console.
 */
const gateway = process.env.CONSOLE_GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1_500 },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/graphql': gateway,
      '/console-config.json': gateway,
      // The report files only: /reports/monthly/2026-11 without an extension is the console's screen.
      '^/reports/.+\\.[a-z]+$': gateway,
    },
  },
});
