import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { trackingRequestWrites } from '../database/request-writes.js';

/**
 * Runs each execution with its own record of what it may have committed
 * (database/request-writes.ts), so that a request whose database connection fails can
 * be told "nothing was applied" when that is certain, and "may or may not" otherwise.
 */
export function useRequestWrites(): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName)?.operation ?? 'unknown';
      setExecuteFn((executionArgs) =>
        trackingRequestWrites(operation, () => executeFn(executionArgs)),
      );
    },
  };
}
