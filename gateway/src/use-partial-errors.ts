import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from './gateway-context.js';

/** Appends the per-node failures collected during fan-out to the response, next to the data. */
export function usePartialErrors(): Plugin<GatewayContext> {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        const context = args.contextValue as Partial<GatewayContext>;
        const partial = context.partialErrors;
        if (!partial?.length || !('data' in result)) return;
        setResult({ ...result, errors: [...(result.errors ?? []), ...partial] });
      },
    }),
  };
}
