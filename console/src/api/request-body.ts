/**
 * The request's body: JSON, or — when a variable is a file (attachToRecord's `file`) — the
 * GraphQL multipart request the API takes uploads as (`operations`, `map`, one part per
 * file), whose content type the browser sets with its boundary.
 */
export function requestBodyOf(
  query: string,
  variables: object,
): { body: string | FormData; contentType?: string } {
  const files = Object.entries(variables).filter(
    (entry): entry is [string, File] => entry[1] instanceof File,
  );
  if (files.length === 0) {
    return { body: JSON.stringify({ query, variables }), contentType: 'application/json' };
  }
  const form = new FormData();
  const withoutFiles = Object.fromEntries(
    Object.entries(variables).map(([name, value]) => [name, value instanceof File ? null : value]),
  );
  form.append('operations', JSON.stringify({ query, variables: withoutFiles }));
  form.append(
    'map',
    JSON.stringify(
      Object.fromEntries(files.map(([name], index) => [index, [`variables.${name}`]])),
    ),
  );
  files.forEach(([, file], index) => form.append(String(index), file, file.name));
  return { body: form };
}
