/**
 * A doc that restates code keeps its prose by hand and has its tables generated: each
 * generated part sits between `<!-- generated:name -->` and `<!-- /generated:name -->`, and
 * this replaces what is between with the code's rendering. The rendering is fenced with
 * prettier-ignore so the formatter leaves it as written, and the file stays byte for byte
 * what its generator writes (a test per doc compares them).
 */
export function fillGeneratedSections(
  document: string,
  sections: Readonly<Record<string, string>>,
): string {
  const found = new Set<string>();
  const filled = document.replace(
    /^<!-- generated:([a-z0-9-]+) -->\n[\s\S]*?^<!-- \/generated:\1 -->$/gm,
    (_section, name: string) => {
      const content = sections[name];
      if (content === undefined) throw new Error(`no generator for the section "${name}"`);
      if (found.has(name)) throw new Error(`the section "${name}" appears twice`);
      found.add(name);
      return [
        `<!-- generated:${name} -->`,
        '<!-- prettier-ignore-start -->',
        '',
        content.trimEnd(),
        '',
        '<!-- prettier-ignore-end -->',
        `<!-- /generated:${name} -->`,
      ].join('\n');
    },
  );
  const missing = Object.keys(sections).filter((name) => !found.has(name));
  if (missing.length > 0) {
    throw new Error(
      `the document has no section ${missing.map((name) => `"${name}"`).join(', ')}: add ` +
        '`<!-- generated:<name> -->` and `<!-- /generated:<name> -->` lines where it belongs',
    );
  }
  return filled;
}
