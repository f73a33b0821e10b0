import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError, Kind, type DefinitionNode, type OperationDefinitionNode, type SelectionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The only fields a multipart request may ask for: the ones that take files. */
const UPLOAD_FIELDS = new Set(['importPreview', 'importCommit']);

export function isMultipart(req: IncomingMessage): boolean {
  return req.method === 'POST' && /^multipart\/form-data/i.test(req.headers['content-type'] ?? '');
}

export function refuseUnauthenticated(res: ServerResponse): void {
  res.writeHead(401, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(
    JSON.stringify({
      errors: [
        {
          message:
            'Uploads need the admin token, sent as "Authorization: Bearer <token>"; this request has none or another.',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    }),
  );
}

/** Refuses, in a multipart request, any operation but a mutation of the import fields. */
export function uploadsOnly(): Plugin {
  return {
    onValidate({ params, setResult }) {
      const operations = params.documentAST.definitions.filter(
        (d: DefinitionNode): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      const allowed = operations.every(
        (op: OperationDefinitionNode) =>
          op.operation === 'mutation' &&
          op.selectionSet.selections.every(
            (s: SelectionNode) => s.kind === Kind.FIELD && UPLOAD_FIELDS.has(s.name.value),
          ),
      );
      if (!allowed) {
        setResult([
          new GraphQLError(
            'A multipart request may only carry the importPreview or importCommit mutation; send other operations as JSON.',
            { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
          ),
        ]);
      }
    },
  };
}
