import { describe, expect, it } from 'vitest';
import { fillGeneratedSections } from './generated-sections.js';
import { markdownTable } from './markdown-table.js';

const doc = [
  '# Title',
  '',
  'Prose kept by hand.',
  '',
  '<!-- generated:numbers -->',
  'stale table',
  '<!-- /generated:numbers -->',
  '',
  'More prose.',
  '',
].join('\n');

describe('generated doc sections', () => {
  it('replaces only what is between the markers, fenced from prettier', () => {
    const filled = fillGeneratedSections(doc, { numbers: '| a |\n|---|\n| 1 |' });
    expect(filled).toBe(
      [
        '# Title',
        '',
        'Prose kept by hand.',
        '',
        '<!-- generated:numbers -->',
        '<!-- prettier-ignore-start -->',
        '',
        '| a |',
        '|---|',
        '| 1 |',
        '',
        '<!-- prettier-ignore-end -->',
        '<!-- /generated:numbers -->',
        '',
        'More prose.',
        '',
      ].join('\n'),
    );
    // Filling a filled document changes nothing: what the docs tests rely on.
    expect(fillGeneratedSections(filled, { numbers: '| a |\n|---|\n| 1 |' })).toBe(filled);
  });

  it('refuses a document without a section it should have, or with one nobody generates', () => {
    expect(() => fillGeneratedSections(doc, { numbers: 'x', letters: 'y' })).toThrow(
      'the document has no section "letters"',
    );
    expect(() => fillGeneratedSections(doc, {})).toThrow('no generator for the section "numbers"');
  });

  it('escapes a pipe inside a table cell', () => {
    expect(markdownTable(['a', 'b'], [['x | y', 'z']])).toBe(
      '| a | b |\n|---|---|\n| x \\| y | z |',
    );
  });
});
