import { GraphQLError } from 'graphql';
import type { Language } from './bilingual.js';

/** A field's problem as `extensions.problems` lists it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** What an error says in Chinese: its message and, for a form check, each field's problem. */
export interface ChineseWording {
  message: string;
  problems?: readonly FieldProblem[];
}

/**
 * Errors are made in English (as graphql-js makes its own, and as the logs read them) and
 * carry their Chinese wording beside them, out of the client's sight until the answer is
 * written in the language the request asked for. Kept by identity, so nothing is added
 * to what an error serializes to.
 */
const chineseWordings = new WeakMap<object, ChineseWording>();

export function withChinese<E extends Error>(error: E, wording: ChineseWording): E {
  chineseWordings.set(error, wording);
  return error;
}

/**
 * The Chinese wording of `error` or of the error it wraps: graphql-js wraps a resolver's
 * error (with its path) and the masking may wrap it again.
 */
export function chineseWordingOf(error: unknown): ChineseWording | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') return undefined;
    const wording = chineseWordings.get(current);
    if (wording) return wording;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * The error as a client asking for `language` reads it. An error without a Chinese wording
 * (one graphql-js made, or a node's answered one the gateway passes on, already in the
 * request's language) is returned as it is.
 */
export function errorInLanguage(error: GraphQLError, language: Language): GraphQLError {
  if (language === 'en') return error;
  const wording = chineseWordingOf(error);
  if (!wording) return error;
  const extensions = wording.problems
    ? { ...error.extensions, problems: wording.problems }
    : error.extensions;
  return new GraphQLError(wording.message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions,
  });
}

/** `rebuilt`, made from `from` with the same message, keeps `from`'s Chinese wording. */
export function sameWording<E extends GraphQLError>(from: unknown, rebuilt: E): E {
  const wording = chineseWordingOf(from);
  return wording ? withChinese(rebuilt, wording) : rebuilt;
}
