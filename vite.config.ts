import { defineConfig } from 'vitest/config';

// Vitest runs the Node-side unit tests (core, CLI, add-in adapters); browser behaviour is
// tested with @web/test-runner in real Chromium (web-test-runner.config.mjs).
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/node/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['packages/widgets/**', '**/node_modules/**', '**/dist/**'],
    environment: 'node',
    testTimeout: 20000,
  },
});
