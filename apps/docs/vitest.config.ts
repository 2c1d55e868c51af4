import { defineConfig } from 'vitest/config';

export default defineConfig({
  // guide/*.test.ts: the guide's own vitest example, shown on the page and run here as it is.
  test: { include: ['test/**/*.test.ts', 'guide/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
