import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Yoga reads `variables` and `extensions` of a GET (or form) request with a bare JSON.parse, so
 * a typo there became a 500 and an "internal error" in the log. It is the client's mistake: 400,
 * with a message that says which parameters must be JSON.
 */
export function malformedParamsAreBadRequests(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          throw createGraphQLError('The "variables" and "extensions" parameters must be JSON objects.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
      });
    },
  };
}
