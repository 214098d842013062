import { GraphQLError } from 'graphql';
import type { ASTVisitor, ValidationContext } from 'graphql';

/**
 * Depth and alias limits as validation rules, so an abusive query is refused before
 * any node is asked. Depth counts nested selection sets (fragments included).
 */
export function queryLimitRules(limits: { maxDepth: number; maxAliases: number }) {
  const depthRule = (context: ValidationContext): ASTVisitor => {
    let depth = 0;
    let reported = false;
    return {
      SelectionSet: {
        enter(node) {
          depth += 1;
          if (depth > limits.maxDepth && !reported) {
            reported = true;
            context.reportError(
              new GraphQLError(
                `The query is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`,
                {
                  nodes: [node],
                  extensions: { code: 'BAD_USER_INPUT', field: 'query' },
                },
              ),
            );
          }
        },
        leave() {
          depth -= 1;
        },
      },
    };
  };
  const aliasRule = (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > limits.maxAliases) {
            context.reportError(
              new GraphQLError(
                `The query uses ${aliases} aliases; the limit is ${limits.maxAliases}.`,
                {
                  extensions: { code: 'BAD_USER_INPUT', field: 'query' },
                },
              ),
            );
          }
        },
      },
    };
  };
  return [depthRule, aliasRule];
}
