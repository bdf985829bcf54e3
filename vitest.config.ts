// Unit tests: the loader, validator codes, sanitizing, search state and rule files. Browser tests
// run separately against the production build (tests/browser).
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  // Generous limits: the catalogue-wide tests load every entry, and CI machines vary in speed.
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
