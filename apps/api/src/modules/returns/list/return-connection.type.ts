import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../common/pagination';
import { ReturnSummary } from './return-summary.type';

@ObjectType('ReturnEdge', {
  description: 'One return of a page of the returns list, with its cursor.',
})
export class ReturnEdge {
  @Field(() => ReturnSummary, { description: 'The return.' })
  node: ReturnSummary;

  @Field({
    description:
      'Opaque cursor of this return; pass it as `after` to continue after it (same orderBy only).',
  })
  cursor: string;
}

@ObjectType('ReturnConnection', {
  description:
    'A page of the returns list (Relay connection). Also has `totalCount`, computed only when asked for.',
})
export class ReturnConnection {
  @Field(() => [ReturnEdge], {
    description: 'The returns of this page with their cursors, in list order.',
  })
  edges: ReturnEdge[];

  @Field(() => [ReturnSummary], {
    description: 'The returns of this page, in list order (edges without cursors).',
  })
  nodes: ReturnSummary[];

  @Field(() => PageInfo, {
    description: 'Whether more returns follow, and the cursor to continue from.',
  })
  pageInfo: PageInfo;
}
