import type { CodegenConfig } from '@graphql-codegen/cli';

// schema.graphql is the contract; these files are generated from it and checked for drift by npm test.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'web/src/lib/api/generated.ts': {
      documents: 'web/src/lib/api/operations.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        // Strings, not ASTs: the client posts them as they are and ships no GraphQL parser.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { PartialDate: 'string', Upload: 'File' },
      },
    },
    'server/src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.ts#GraphQLContext',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { PartialDate: 'string', Upload: 'File' },
        avoidOptionals: false,
        // Entities travel between resolvers as database rows; their fields resolve from those.
        mappers: {
          Entity: '../data/rows.ts#EntityRow',
          Person: '../data/rows.ts#EntityRow',
          Organization: '../data/rows.ts#EntityRow',
          Publication: '../data/rows.ts#EntityRow',
          Thing: '../data/rows.ts#EntityRow',
          TalentGroup: '../data/talent.ts#TalentGroupRow',
          TalentFlow: '../data/talent.ts#TalentFlowRow',
        },
      },
    },
  },
  hooks: {},
};

export default config;
