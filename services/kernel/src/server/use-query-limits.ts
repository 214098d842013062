import type { Plugin } from 'graphql-yoga';
import { limitedParse, queryLimitRules, validateWithLimits } from './query-limits.js';
import type { QueryLimits } from './query-limits.js';

/**
 * The query limits (query-limits.ts) in yoga: the token limit while parsing, then the
 * depth, alias, directive and cost limits before graphql's own validation. Both run before
 * the context is built, so an operation over a limit is refused before its token is
 * verified or anything is executed.
 */
export function useQueryLimits(limits: QueryLimits): Plugin {
  const parse = limitedParse(limits);
  const rules = queryLimitRules(limits);
  return {
    onParse({ setParseFn }) {
      setParseFn((source) => parse(typeof source === 'string' ? source : source.body));
    },
    onValidate({ validateFn, setValidationFn }) {
      setValidationFn((schema, document, ...rest) =>
        validateWithLimits(schema, document, rules, () => validateFn(schema, document, ...rest)),
      );
    },
  };
}
