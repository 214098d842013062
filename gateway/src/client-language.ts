/**
 * The client's `Accept-Language`, passed on to the node a request is sent to: a node writes
 * its messages (and labels) in the language the client asked for, so the gateway passes
 * them through as they are. Nothing when the client sent none (the node answers in Chinese).
 */
export function acceptLanguageOf(header: string | null | undefined): Record<string, string> {
  return header ? { 'accept-language': header } : {};
}
