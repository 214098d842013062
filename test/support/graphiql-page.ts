/** Content types a browser runs a script or applies a stylesheet with. */
const SCRIPT_TYPE = /^(text|application)\/javascript\b/;
const STYLE_TYPE = /^text\/css\b/;
/** Public CDNs pages load code from; yoga's default page fetches GraphiQL's workers from one. */
const CDN_HOSTS = /\b(unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|esm\.sh)\b/;

/** What an element of the page loads: `src` of a script, `href` of a link. */
interface PageReference {
  tag: 'script' | 'link';
  rel: string;
  url: string;
}

/** An attribute of a start tag, quoted or not (yoga's default page leaves them unquoted). */
function attributeOf(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * The page split as a browser's tokenizer does: a script's or style's text ends at the
 * first `</script>` or `</style>`, so markup quoted inside the GraphiQL bundle is not
 * mistaken for an element of the page.
 */
function splitPage(html: string) {
  const references: PageReference[] = [];
  const scripts: string[] = [];
  const styles: string[] = [];
  const rest = html
    .replace(
      /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi,
      (_, attributes: string, text: string) => {
        const src = attributeOf(attributes, 'src');
        if (src === undefined) scripts.push(text);
        else references.push({ tag: 'script', rel: '', url: src });
        return '';
      },
    )
    .replace(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi, (_, text: string) => {
      styles.push(text);
      return '';
    });
  for (const [link] of rest.matchAll(/<link\b[^>]*>/gi)) {
    const href = attributeOf(link, 'href');
    if (href !== undefined) {
      references.push({ tag: 'link', rel: attributeOf(link, 'rel') ?? '', url: href });
    }
  }
  return { references, scripts, styles };
}

/**
 * What keeps a browser with no way out of the intranet from using the GraphiQL page at
 * `graphqlUrl`: the page itself missing, a script or stylesheet from another origin (a
 * CDN), one the server does not answer as JavaScript or CSS, or GraphiQL's code and styles
 * found neither inline nor at the server. Empty when the page works offline.
 */
export async function graphiqlOfflineProblems(graphqlUrl: string): Promise<string[]> {
  const origin = new URL(graphqlUrl).origin;
  const page = await fetch(graphqlUrl, { headers: { accept: 'text/html' } });
  const html = await page.text();
  if (page.status !== 200 || !page.headers.get('content-type')?.startsWith('text/html')) {
    return [`GET ${graphqlUrl} answered ${page.status} ${page.headers.get('content-type')}`];
  }
  const problems: string[] = [];
  const { references, scripts, styles } = splitPage(html);
  for (const reference of references) {
    // An inline image (the favicon) is fetched from nowhere.
    if (reference.tag === 'link' && reference.url.startsWith('data:')) continue;
    const url = new URL(reference.url, graphqlUrl);
    if (url.origin !== origin) {
      problems.push(`<${reference.tag}> loads ${reference.url} from another origin`);
      continue;
    }
    const answer = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    const body = await answer.text();
    const type = answer.headers.get('content-type') ?? '';
    if (answer.status !== 200) {
      problems.push(`${reference.url} answered ${answer.status}`);
    } else if (reference.tag === 'script') {
      if (SCRIPT_TYPE.test(type)) scripts.push(body);
      else problems.push(`script ${reference.url} answered as ${type}`);
    } else if (reference.rel.split(/\s+/).includes('stylesheet')) {
      if (STYLE_TYPE.test(type)) styles.push(body);
      else problems.push(`stylesheet ${reference.url} answered as ${type}`);
    }
  }
  for (const text of [...scripts, ...styles]) {
    const cdn = CDN_HOSTS.exec(text);
    if (cdn) problems.push(`an inline script or style refers to ${cdn[1]}`);
  }
  // Without these the checks above pass for a page that loads nothing at all.
  if (!scripts.some((script) => script.includes('renderYogaGraphiQL'))) {
    problems.push("GraphiQL's code is neither in the page nor served by it");
  }
  if (!styles.some((style) => style.includes('.graphiql-container'))) {
    problems.push("GraphiQL's styles are neither in the page nor served by it");
  }
  return problems;
}
