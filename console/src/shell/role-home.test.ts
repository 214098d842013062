import { describe, expect, it } from 'vitest';
import { SCREENS, screenPathOf } from './role-home';

const paths = Object.values(SCREENS).map((screen) => screen.path);

describe('the menu entry of a page', () => {
  it('is the screen itself, or the screen whose address the page extends', () => {
    expect(screenPathOf('/overview', paths)).toBe('/overview');
    expect(screenPathOf('/overview/320100', paths)).toBe('/overview');
    expect(screenPathOf('/reports/monthly/2026-11', paths)).toBe('/reports/monthly');
  });

  it('is the longest such screen', () => {
    expect(screenPathOf('/enforcement/new', paths)).toBe('/enforcement/new');
    expect(screenPathOf('/enforcement', paths)).toBe('/enforcement');
  });

  it('is none for a page outside every screen, even one sharing a prefix of letters', () => {
    expect(screenPathOf('/records/320100T1', paths)).toBeUndefined();
    expect(screenPathOf('/overviews', paths)).toBeUndefined();
  });
});
