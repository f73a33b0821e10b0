import type { EntityResolvers } from '../generated/resolvers.ts';

export const Entity: EntityResolvers = {
  __resolveType: (entity) => {
    switch (entity.kind) {
      case 'PERSON':
        return 'Person';
      case 'ORGANIZATION':
        return 'Organization';
      case 'PUBLICATION':
        return 'Publication';
      default:
        return 'Thing';
    }
  },
};
