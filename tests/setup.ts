import { afterEach } from 'vitest';

// Component tests (files starting with `// @vitest-environment happy-dom`) unmount after each test.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
