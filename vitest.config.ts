// Unit tests: the loader, validator codes, sanitizing, search state and rule files. Browser tests
// run separately against the production build (tests/browser).
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
});
