import type { ReturnStatus } from '@rebound/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination';
import { ReturnStatusEnum } from '../returns/return-status.enum';

@ObjectType('AmazonImportProblem', {
  description: 'A row of an Amazon returns report that was not imported.',
})
export class AmazonImportProblemType {
  @Field(() => Int, { description: 'Line of the file (1 is the header).' })
  line: number;

  @Field(() => String, {
    nullable: true,
    description: 'The column at fault, as the report names it; null for a whole-line problem.',
  })
  column: string | null;

  @Field({ description: 'Why the row was refused, in plain words.' })
  reason: string;
}

@ObjectType('AmazonImportCounts', {
  description: 'What one import of an Amazon returns report did, row by row.',
})
export class AmazonImportCountsType {
  @Field(() => Int, { description: 'Data rows read from the file (the header excluded).' })
  rowsRead: number;

  @Field(() => Int, { description: 'New returns created.' })
  returnsCreated: number;

  @Field(() => Int, {
    description: 'Lines added to returns already imported (another SKU of the same RMA).',
  })
  linesAdded: number;

  @Field(() => Int, {
    description: 'Rows that changed since the last import and updated their return.',
  })
  rowsUpdated: number;

  @Field(() => Int, {
    description: 'Rows already imported exactly as they are: nothing was written.',
  })
  rowsUnchanged: number;

  @Field(() => Int, { description: 'Rows not imported (see problems).' })
  rowsRefused: number;

  @Field(() => Int, {
    description: 'Rows imported with a reason the catalogue does not know: to review.',
  })
  rowsFlagged: number;

  @Field(() => Int, {
    description: 'Orders created from the report because Rebound did not have them.',
  })
  ordersCreated: number;
}

@ObjectType('AmazonImportRun', {
  description:
    'One import of an Amazon returns report: who ran it, when, on which file, with what result.',
})
export class AmazonImportRunType {
  @Field(() => ID, { description: 'The import run id.' })
  id: string;

  @Field({
    description: 'Which report: FLAT (merchant-fulfilled returns) or FBA (FBA customer returns).',
  })
  kind: string;

  @Field({
    description: 'The name of the imported file, as uploaded or given to the command line.',
  })
  fileName: string;

  @Field({ description: 'Where the import was started: CLI or HTTP (the console upload).' })
  source: string;

  @Field(() => ID, { nullable: true, description: 'The user the import acted as.' })
  importedById: string | null;

  @Field({
    description: 'RUNNING, FINISHED, or FAILED (a file-level error or the database going away).',
  })
  status: string;

  @Field({ description: 'When the import started.' })
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended; null while it runs.' })
  finishedAt: Date | null;

  @Field(() => AmazonImportCountsType, { description: 'What the import did, row by row.' })
  counts: AmazonImportCountsType;

  @Field(() => [AmazonImportProblemType], {
    description: 'The first refused rows (at most 1,000), by line.',
  })
  problems: AmazonImportProblemType[];

  @Field(() => String, {
    nullable: true,
    description: 'Why a FAILED import stopped; null otherwise.',
  })
  failure: string | null;
}

@ObjectType({ description: 'An import run in a list, with its cursor.' })
export class AmazonImportRunEdge {
  @Field(() => AmazonImportRunType, { description: 'The import run.' })
  node: AmazonImportRunType;

  @Field({ description: 'Pass as `after` to continue the list after this run.' })
  cursor: string;
}

@ObjectType({ description: 'One page of import runs (Relay connection), newest first.' })
export class AmazonImportRunConnection {
  @Field(() => [AmazonImportRunEdge], { description: 'The runs of this page with their cursors.' })
  edges: AmazonImportRunEdge[];

  @Field(() => [AmazonImportRunType], {
    description: 'The runs of this page (same as edges.node).',
  })
  nodes: AmazonImportRunType[];

  @Field(() => PageInfo, { description: 'Whether more runs follow, and the end cursor.' })
  pageInfo: PageInfo;
}

@ObjectType('AmazonReturnToReview', {
  description:
    'A return line imported from an Amazon report whose reason is not in the catalogue: it carries a provisional reason code until someone reviews it.',
})
export class AmazonReturnToReviewType {
  @Field(() => ID, { description: 'The return the row made or updated.' })
  returnId: string;

  @Field(() => ID, {
    description: 'The flagged return line: pass it to reviewAmazonReturnReason.',
  })
  returnLineId: string;

  @Field(() => ReturnStatusEnum, {
    description: "The return's status; a COMPLETED (or refunded) return can no longer be reviewed.",
  })
  returnStatus: ReturnStatus;

  @Field({ description: "The return's RMA number in Rebound." })
  rmaNumber: string;

  @Field({ description: 'Which report: FLAT or FBA.' })
  kind: string;

  @Field({ description: 'The Amazon RMA ID (flat file), or order id | SKU | return date (FBA).' })
  returnKey: string;

  @Field({ description: 'Merchant SKU code of the returned item.' })
  skuCode: string;

  @Field({
    description: "The reason exactly as the report wrote it (Amazon's text or FBA's code).",
  })
  reportReason: string;

  @Field({ description: 'The reason code the line carries meanwhile (NOT_AS_DESCRIBED).' })
  provisionalReasonCode: string;
}

@ObjectType({ description: 'A flagged return line in a list, with its cursor.' })
export class AmazonReturnToReviewEdge {
  @Field(() => AmazonReturnToReviewType, { description: 'The flagged return line.' })
  node: AmazonReturnToReviewType;

  @Field({ description: 'Pass as `after` to continue the list after this line.' })
  cursor: string;
}

@ObjectType({ description: 'One page of flagged return lines (Relay connection), by RMA number.' })
export class AmazonReturnToReviewConnection {
  @Field(() => [AmazonReturnToReviewEdge], {
    description: 'The lines of this page with their cursors.',
  })
  edges: AmazonReturnToReviewEdge[];

  @Field(() => [AmazonReturnToReviewType], {
    description: 'The lines of this page (same as edges.node).',
  })
  nodes: AmazonReturnToReviewType[];

  @Field(() => PageInfo, { description: 'Whether more lines follow, and the end cursor.' })
  pageInfo: PageInfo;
}
