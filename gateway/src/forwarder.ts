import type { DocumentNode, FieldNode, GraphQLError } from 'graphql';
import type { Logger } from '@city-ops/kernel';
import { fanOutText, mergeFanOutAnswers } from './forwarded-fan-out.js';
import type { ForwardingDecision } from './forwarding-decision.js';
import type { NodeClient } from './node-client.js';
import type { RegisteredNode } from './node-registry.js';
import { transportCauseOf } from './node-unavailable-log.js';
import { neverDelivered, unansweredWrite } from './unanswered-write.js';

/** A node's GraphQL answer: what to send the client (status, type, bytes) and, for a fan-out, its JSON. */
export interface NodeReply {
  status: number;
  contentType: string;
  body: Buffer;
  json?: { data?: unknown; errors?: unknown[] };
}

const OPENINGS = ['{"data"', '{"errors"'].map((opening) => Buffer.from(opening));

/** How a forwarded operation ended. */
export type ForwardOutcome =
  | { kind: 'answered'; reply: NodeReply }
  /** Nothing reached the node, or it was a query: execute it by stitching instead. */
  | { kind: 'execute' }
  /**
   * A write that may have reached the node went unanswered: the gateway must not send
   * it again; the client may, with the same idempotency key (the error says so).
   */
  | { kind: 'unanswered-write'; error: GraphQLError };

/** The request the gateway makes to a node on the caller's behalf. */
export interface ForwardedRequest {
  /** JSON: query, variables, operationName. */
  body: string;
  /** The caller's authorization, accept and x-request-id. */
  headers: Record<string, string>;
}

export type FanOutDecision = Extract<ForwardingDecision, { forward: 'fan-out' }>;

/**
 * Sends operations the gateway need not execute to the nodes that answer them: one
 * node as the client wrote it, or a plain list to several at once, merged by cursor.
 * The front door's (forwarding-front.ts) transport.
 */
export function createForwarder(client: NodeClient, logger: Logger) {
  /**
   * The node's answer to `request`; parsed only when `parse` (a fan-out merges the
   * pages), else only checked to be a GraphQL response (what the nodes' serializer
   * writes first) and passed on as bytes.
   */
  const post = async (
    node: RegisteredNode,
    request: ForwardedRequest,
    parse: boolean,
  ): Promise<NodeReply> => {
    const { status, contentType, body } = await client.post(node.url, request.body, {
      ...request.headers,
      'content-type': 'application/json',
    });
    if (!parse) {
      if (OPENINGS.some((opening) => body.subarray(0, opening.length).equals(opening))) {
        return { status, contentType, body };
      }
      throw new Error(`node ${node.name} answered ${status} without a GraphQL response`);
    }
    const json: unknown = JSON.parse(body.toString('utf8'));
    if (!json || typeof json !== 'object' || !('data' in json || 'errors' in json)) {
      throw new Error(`node ${node.name} answered ${status} without a GraphQL response`);
    }
    return { status, contentType, body, json: json as NodeReply['json'] };
  };

  /** The text sent to every node of a fan-out, made once per parsed document (both caches keep those). */
  const fanOutTexts = new WeakMap<FieldNode, string>();

  return {
    async forward(
      node: RegisteredNode,
      request: ForwardedRequest,
      isMutation: boolean,
    ): Promise<ForwardOutcome> {
      try {
        return { kind: 'answered', reply: await post(node, request, false) };
      } catch (error) {
        logger.debug({ err: error, node: node.name }, 'forwarding failed');
        // Refused before anything was sent: safe to try again by stitching, even a mutation.
        if (!isMutation || neverDelivered(error)) return { kind: 'execute' };
        return {
          kind: 'unanswered-write',
          error: unansweredWrite(node.name, node.division, transportCauseOf(error)),
        };
      }
    },

    /**
     * A list over several nodes: the client's operation, with the merge keys added, to
     * every node at once, and the pages merged here. Anything but a clean page from
     * every node (an error, a node down) is undefined: the list is then stitched, which
     * serves replicas and partial errors.
     */
    async fanOut(
      decision: FanOutDecision,
      document: DocumentNode,
      operation: { variables?: unknown; operationName?: unknown },
      headers: Record<string, string>,
    ): Promise<{ contentType: string; text: string } | undefined> {
      let query = fanOutTexts.get(decision.listField);
      if (query === undefined) {
        query = fanOutText(document, decision.listField);
        fanOutTexts.set(decision.listField, query);
      }
      const body = JSON.stringify({ query, ...operation });
      let replies: NodeReply[];
      try {
        replies = await Promise.all(
          decision.nodes.map((node) => post(node, { body, headers }, true)),
        );
      } catch (error) {
        logger.debug({ err: error }, 'fan-out failed');
        return undefined;
      }
      const responseKey = decision.listField.alias?.value ?? decision.listField.name.value;
      const merged = mergeFanOutAnswers(
        replies.map((reply) => reply.json),
        responseKey,
        decision.shape,
        decision.first,
      );
      if (!merged) return undefined;
      return {
        contentType: replies[0]!.contentType,
        text: JSON.stringify(merged),
      };
    },
  };
}

export type Forwarder = ReturnType<typeof createForwarder>;
