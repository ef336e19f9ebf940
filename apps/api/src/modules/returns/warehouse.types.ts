import type { Disposition, Fault, InspectionGrade } from '@rebound/domain';
import { ArrayMaxSize, IsOptional, IsUrl, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DispositionEnum } from './disposition.enum';
import { FaultEnum } from './fault.enum';
import { InspectionGradeEnum } from './inspection-grade.enum';

@InputType({ description: 'The parcel of a return arrived.' })
export class ReceiveReturnInput {
  @Field(() => ID, { description: 'The return received (LABEL_ISSUED or IN_TRANSIT).' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When it arrived (default: now); not in the future. Starts the refund clock.',
  })
  receivedAt?: Date | null;
}

@InputType({ description: "A warehouse inspector's grading of one returned line." })
export class InspectReturnLineInput {
  @Field(() => ID, { description: 'The return line inspected; its return must be RECEIVED.' })
  @IsUUID('all', { message: 'must be an ID' })
  returnLineId: string;

  @Field(() => InspectionGradeEnum, { description: 'The condition found.' })
  grade: InspectionGrade;

  @Field(() => FaultEnum, {
    nullable: true,
    description:
      'Overrides the derived fault (CUSTOMER for DAMAGED_BY_CUSTOMER, else the reason’s fault).',
  })
  fault?: Fault | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the inspector saw, up to 4000 characters.',
  })
  @IsOptional()
  @MaxLength(4000)
  notes?: string | null;

  @Field(() => [String], { nullable: true, description: 'Photo URLs (http or https), at most 10.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { each: true, message: 'each must be an http(s) URL' },
  )
  @MaxLength(2000, { each: true })
  photoUrls?: string[] | null;

  @Field(() => DispositionEnum, {
    nullable: true,
    description:
      'Overrides the default disposition for the grade and fault (HOLD cannot be chosen for an item that is present).',
  })
  disposition?: Disposition | null;
}

@InputType({
  description: 'Finish inspecting a return and apply every line’s disposition to stock.',
})
export class CompleteInspectionInput {
  @Field(() => ID, { description: 'The return (RECEIVED, every line graded).' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;
}

@InputType({ description: "Change an inspected line's disposition before inspection completes." })
export class SetDispositionInput {
  @Field(() => ID, { description: 'The inspected return line; its return must be RECEIVED.' })
  @IsUUID('all', { message: 'must be an ID' })
  returnLineId: string;

  @Field(() => DispositionEnum, { description: 'Where its units should go.' })
  disposition: Disposition;

  @Field({ description: 'Why the default is overridden (kept in the timeline).' })
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(2000)
  reason: string;
}
