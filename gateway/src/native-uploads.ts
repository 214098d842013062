/** A file as yoga parses it from a multipart request: @whatwg-node's own File, not Node's. */
interface ParsedFile {
  name: string;
  type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const isParsedFile = (value: unknown): value is ParsedFile =>
  typeof value === 'object' &&
  value !== null &&
  !(value instanceof Blob) &&
  typeof (value as Partial<ParsedFile>).arrayBuffer === 'function' &&
  typeof (value as Partial<ParsedFile>).name === 'string';

/** Whether a root field's arguments carry an upload (attachToRecord's `file`). */
export const carriesUpload = (args: Record<string, unknown>): boolean =>
  Object.values(args).some(isParsedFile);

/**
 * The arguments with each upload as Node's own File. The executor passes an upload on
 * to the node as a multipart request built with Node's FormData (node-subschemas.ts),
 * which refuses any other Blob; yoga's parser hands the gateway @whatwg-node's.
 */
export async function withNativeUploads(
  args: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    Object.entries(args).map(async ([name, value]) => [
      name,
      isParsedFile(value)
        ? new File([await value.arrayBuffer()], value.name, { type: value.type })
        : value,
    ]),
  );
  return Object.fromEntries(entries) as Record<string, unknown>;
}
