import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * The GraphiQL page of every server: its title, and a new tab's headers showing where the
 * token goes (`pnpm token <user>` prints one). ASCII only: a browser refuses to send a
 * header value with other characters.
 */
export const GRAPHIQL_OPTIONS: GraphiQLOptions = {
  title: '一网统管 GraphQL',
  defaultHeaders: JSON.stringify({ Authorization: 'Bearer <token>' }, null, 2),
};

const pages = new Map<string, Promise<string>>();

/**
 * yoga's `renderGraphiQL` for a network with no way out: the page carries GraphiQL's code,
 * styles and editor workers inline (`@graphql-yoga/render-graphiql`), where yoga's own page
 * loads them from a public CDN and stays blank on an intranet. That bundle is about 9 MB:
 * imported at the first page a browser asks for rather than at every server start, and
 * each page rendered once, since its options never change while a server runs.
 */
export function renderLocalGraphiQL(options: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(options);
  let page = pages.get(key);
  if (!page) {
    page = import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) =>
      renderGraphiQL(options),
    );
    // A failed import is tried again at the next page, not remembered.
    void page.catch(() => pages.delete(key));
    pages.set(key, page);
  }
  return page;
}
