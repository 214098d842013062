import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares a secret; hashing first makes lengths match, so timing reveals nothing of it. */
export function constantTimeEqual(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
