/**
 * The client's `Accept-Language`, passed on to the node that answers: the node chooses the
 * language of its messages and labels from it (Chinese unless the client prefers English),
 * and the gateway passes them on as they are. Nothing is
 * sent when the client sent nothing, and the node then answers in Chinese — the gateway
 * chooses no language of its own.
 */
export const acceptLanguageHeaders = (
  acceptLanguage: string | null | undefined,
): Record<string, string> => (acceptLanguage ? { 'accept-language': acceptLanguage } : {});
