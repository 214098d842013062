import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useInputErrorCodes } from './use-input-error-codes.js';

// A miniature of the ticket intake input: an enum and a required text inside an input
// object, plus a nested input object, so paths have more than one segment.
const yoga = createYoga({
  schema: createSchema({
    typeDefs: /* GraphQL */ `
      enum Channel {
        PHONE
        WEB
      }
      input CallerInput {
        name: String!
        phone: String
      }
      input TicketInput {
        channel: Channel!
        content: String!
        caller: CallerInput
      }
      type Query {
        ping: String
      }
      type Mutation {
        createTicket(input: TicketInput!): String
      }
    `,
    resolvers: {
      Query: { ping: () => 'pong' },
      Mutation: {
        createTicket: (_parent: unknown, args: { input: { content: string } }) =>
          args.input.content,
      },
    },
  }),
  plugins: [useInputErrorCodes()],
  logging: false,
});

interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  const response = await yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

/** The only error of a response: these requests each have exactly one problem. */
async function onlyError(query: string, variables?: Record<string, unknown>) {
  const body = await post(query, variables);
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors ?? [];
  if (!error) throw new Error('no error in the response');
  return error;
}

const withVariable = /* GraphQL */ `
  mutation Create($input: TicketInput!) {
    createTicket(input: $input)
  }
`;

describe('useInputErrorCodes', () => {
  it('leaves a valid request alone', async () => {
    const body = await post(withVariable, { input: { channel: 'PHONE', content: '路灯不亮' } });
    expect(body).toEqual({ data: { createTicket: '路灯不亮' } });
  });

  it('codes an unknown enum literal in an input object, naming its dotted path', async () => {
    // The validation message does not say where the literal sits; the plugin finds it in the AST.
    const error = await onlyError(/* GraphQL */ `
      mutation {
        createTicket(input: { content: "路灯不亮", channel: FAX })
      }
    `);
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions?.['field']).toBe('input.channel');
    expect(error.message).toMatch(/^input\.channel: /);
    expect(error.message).toContain('FAX');
  });

  it('finds the path of a bad literal nested two input objects deep', async () => {
    const error = await onlyError(/* GraphQL */ `
      mutation {
        createTicket(input: { channel: WEB, content: "x", caller: { name: 42 } })
      }
    `);
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions?.['field']).toBe('input.caller.name');
  });

  it('codes an unknown enum value passed through a variable, with the path from the message', async () => {
    const error = await onlyError(withVariable, { input: { channel: 'FAX', content: 'x' } });
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions?.['field']).toBe('input.channel');
    expect(error.message).toContain('FAX');
  });

  it('codes a missing required input field in variables, naming input.content', async () => {
    const error = await onlyError(withVariable, { input: { channel: 'PHONE' } });
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions?.['field']).toBe('input.content');
  });

  it('names the full path of a missing field inside a nested input object', async () => {
    const error = await onlyError(withVariable, {
      input: { channel: 'PHONE', content: 'x', caller: { phone: '13812345678' } },
    });
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions?.['field']).toBe('input.caller.name');
  });

  it('names the dotted path, not the type, of a missing field in a literal', async () => {
    // graphql says 'Field "TicketInput.content" of required type …': a type name the form
    // does not know; the field must be the path into the argument, as for variables.
    const error = await onlyError(/* GraphQL */ `
      mutation {
        createTicket(input: { channel: PHONE })
      }
    `);
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions?.['field']).toBe('input.content');
  });

  it('names the dotted path of an unknown field in a literal', async () => {
    const error = await onlyError(/* GraphQL */ `
      mutation {
        createTicket(input: { channel: PHONE, content: "x", priority: 1 })
      }
    `);
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions?.['field']).toBe('input.priority');
  });

  it('codes a missing required argument, naming it', async () => {
    const error = await onlyError(/* GraphQL */ `
      mutation {
        createTicket
      }
    `);
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    // graphql 16 words this 'Field "createTicket" argument "input" of type … is required'.
    expect(error.extensions?.['field']).toBe('input');
  });

  it('does not turn a query for an unknown field into BAD_USER_INPUT', async () => {
    // That is a client bug (a stale schema), not a form the user can fix.
    const error = await onlyError('{ ping nope }');
    expect(error.message).toContain('Cannot query field "nope"');
    expect(error.extensions?.['code']).not.toBe('BAD_USER_INPUT');
    expect(error.extensions?.['field']).toBeUndefined();
  });

  it('does not turn a syntax error into BAD_USER_INPUT', async () => {
    const error = await onlyError('{ ping ');
    expect(error.extensions?.['code']).not.toBe('BAD_USER_INPUT');
  });

  it('refuses a NUL anywhere in the variables before the resolver runs, naming its path', async () => {
    const error = await onlyError(withVariable, {
      input: { channel: 'PHONE', content: 'ok', caller: { name: '李\u0000四' } },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.caller.name' });
    expect(error.message).toBe(
      'input.caller.name: contains a NUL character (U+0000) at character 2; remove it.',
    );
  });

  it('refuses a NUL written in a literal, naming its path', async () => {
    // Untagged, so the formatter leaves the escape alone (it would write the NUL itself).
    const error = await onlyError(`
      mutation {
        createTicket(input: { channel: PHONE, content: "a\\u0000b" })
      }
    `);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content' });
  });

  it("refuses a NUL in a variable's default, used when the request leaves the variable out", async () => {
    const error = await onlyError(`
      mutation ($content: String! = "a\\u0000b") {
        createTicket(input: { channel: PHONE, content: $content })
      }
    `);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
  });

  it('refuses an unpaired surrogate, which would be stored as U+FFFD', async () => {
    // JSON.stringify writes a lone surrogate as the escape \ud800, as a client's JSON would carry it.
    const error = await onlyError(withVariable, {
      input: { channel: 'PHONE', content: 'x\ud800' },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content' });
    expect(error.message).toContain('U+D800');
  });

  it('answers a body that is not JSON with 400 BAD_REQUEST and no parser message', async () => {
    const answers = [
      {
        language: 'zh-CN',
        message: '请求体不是有效的 JSON：请发送 JSON 对象，例如 {"query": "…", "variables": {…}}。',
      },
      {
        language: 'en',
        message:
          'The request body is not valid JSON: send a JSON object such as {"query": "…", "variables": {…}}.',
      },
    ];
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      for (const { language, message } of answers) {
        const response = await yoga.fetch('http://test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept, 'accept-language': language },
          body: '{"query": "{ ping }", ',
        });
        expect(response.status).toBe(400);
        const body = (await response.json()) as GraphQLResponse;
        expect(body.errors).toEqual([{ message, extensions: { code: 'BAD_REQUEST' } }]);
      }
    }
  });
});
