import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium } from './test/find-chromium.mjs';

// Real headless Chromium (Debian's package), never a DOM imitation.
export default {
  files: ['test/browser/**/*.test.ts', 'packages/widgets/src/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium() ?? '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      },
    }),
  ],
  // A slow endpoint to observe the loading state.
  middleware: [
    async (ctx, next) => {
      if (ctx.path === '/__prueba/lento') {
        await new Promise((r) => setTimeout(r, 4000));
        ctx.status = 503;
        return;
      }
      return next();
    },
  ],
  testFramework: { config: { timeout: 15000 } },
  concurrency: 1,
};
