import type { Resolvers } from '../generated/resolvers.ts';
import { Entity } from './Entity.ts';
import { Organization } from './Organization.ts';
import { PartialDate } from './PartialDate.ts';
import { Person } from './Person.ts';
import { Publication } from './Publication.ts';
import { TalentFlow, TalentGroup } from './Talent.ts';
import { alumni } from './Query/alumni.ts';
import { coauthors } from './Query/coauthors.ts';
import { commonGround } from './Query/commonGround.ts';
import { conflicts } from './Query/conflicts.ts';
import { entity } from './Query/entity.ts';
import { lineage } from './Query/lineage.ts';
import { neighborCounts } from './Query/neighborCounts.ts';
import { neighborhood } from './Query/neighborhood.ts';
import { paths } from './Query/paths.ts';
import { search } from './Query/search.ts';
import { stats } from './Query/stats.ts';
import { datasets } from './Query/datasets.ts';
import { talentFlow } from './Query/talentFlow.ts';
import { talentGroup } from './Query/talentGroup.ts';
import { talentMap } from './Query/talentMap.ts';
import { talentMove } from './Query/talentMove.ts';
import { possibleDuplicates, writesEnabled } from './Query/possibleDuplicates.ts';
import { importCommit } from './Mutation/importCommit.ts';
import { importPreview } from './Mutation/importPreview.ts';
import { removeDataset } from './Mutation/removeDataset.ts';
import { resolveDuplicate } from './Mutation/resolveDuplicate.ts';

export const resolvers: Resolvers = {
  Query: {
    search,
    entity,
    neighborhood,
    neighborCounts,
    paths,
    commonGround,
    coauthors,
    lineage,
    alumni,
    stats,
    datasets,
    conflicts,
    talentMap,
    talentGroup,
    talentFlow,
    talentMove,
    possibleDuplicates,
    writesEnabled,
  },
  Mutation: { resolveDuplicate, removeDataset, importPreview, importCommit },
  PartialDate,
  Entity,
  Person,
  Organization,
  Publication,
  TalentGroup,
  TalentFlow,
};
