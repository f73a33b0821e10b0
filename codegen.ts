import type { CodegenConfig } from '@graphql-codegen/cli';

// schema.graphql is the contract; these files are generated from it and checked for drift by npm test.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'server/src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.ts#GraphQLContext',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { PartialDate: 'string' },
        avoidOptionals: false,
      },
    },
  },
  hooks: {},
};

export default config;
