import { GraphQLError, Kind } from 'graphql';
import type {
  ASTVisitor,
  FragmentDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';

interface Measure {
  depth: number;
  aliases: number;
}

/**
 * Depth and aliases of a selection set with every fragment spread expanded, so
 * splitting a query into fragments neither hides its depth nor multiplies aliases
 * unseen. Cycles are refused by graphql's own NoFragmentCycles rule; `seen` only
 * keeps this walk finite when such a document reaches it.
 */
function measure(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: ReadonlySet<string>,
): Measure {
  let depth = 0;
  let aliases = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) aliases += 1;
      const inner = selection.selectionSet
        ? measure(selection.selectionSet, fragments, seen)
        : { depth: 0, aliases: 0 };
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = measure(selection.selectionSet, fragments, seen);
      depth = Math.max(depth, inner.depth - 1);
      aliases += inner.aliases;
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      const inner = measure(
        fragment.selectionSet,
        fragments,
        new Set([...seen, fragment.name.value]),
      );
      depth = Math.max(depth, inner.depth - 1);
      aliases += inner.aliases;
    }
  }
  // This selection set is one level; fragments were measured as their own set, hence the -1 above.
  return { depth: depth + 1, aliases };
}

/**
 * Depth and alias limits as one validation rule, so an abusive query is refused
 * before any node is asked. Depth counts nested selection sets per operation.
 */
export function queryLimitRules(limits: { maxDepth: number; maxAliases: number }) {
  const rule = (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const fragments = new Map(
        document.definitions
          .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
          .map((fragment) => [fragment.name.value, fragment]),
      );
      for (const operation of document.definitions) {
        if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
        const { depth, aliases } = measure(operation.selectionSet, fragments, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(
              `The query is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`,
              { nodes: [operation], extensions: { code: 'BAD_USER_INPUT', field: 'query' } },
            ),
          );
        }
        if (aliases > limits.maxAliases) {
          context.reportError(
            new GraphQLError(
              `The query uses ${aliases} aliases; the limit is ${limits.maxAliases}.`,
              { nodes: [operation], extensions: { code: 'BAD_USER_INPUT', field: 'query' } },
            ),
          );
        }
      }
      return false;
    },
  });
  return [rule];
}
