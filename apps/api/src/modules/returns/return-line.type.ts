import type { Disposition, Fault, InspectionGrade, ReasonCode } from '@rebound/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DispositionEnum } from './disposition.enum';
import { FaultEnum } from './fault.enum';
import { InspectionGradeEnum } from './inspection-grade.enum';
import { ReasonCodeEnum } from './reason-code.enum';

@ObjectType('Inspection', {
  description: 'What the warehouse found when it opened one returned line.',
})
export class InspectionType {
  @Field(() => InspectionGradeEnum, { description: 'The condition found.' })
  grade: InspectionGrade;

  @Field(() => FaultEnum, {
    description:
      'The fault after inspection (refunds use it): the inspector’s choice, else CUSTOMER for DAMAGED_BY_CUSTOMER, else the reason’s fault.',
  })
  fault: Fault;

  @Field({ description: 'True when the inspector set a fault other than the derived one.' })
  faultOverridden: boolean;

  @Field(() => String, { nullable: true, description: "The inspector's notes." })
  notes: string | null;

  @Field(() => [String], { description: 'Photos of the item (URLs), at most 10.' })
  photoUrls: string[];

  @Field({ description: 'When the line was (last) inspected.' })
  inspectedAt: Date;

  @Field(() => ID, { description: 'The warehouse user who inspected it.' })
  inspectedById: string;

  @Field({ description: "The inspector's display name." })
  inspectedByName: string;
}

@ObjectType('ReturnLine', {
  description: 'Units of one order line coming back, with the reason and the inspection result.',
})
export class ReturnLineType {
  @Field(() => ID, { description: 'Stable identifier of the return line.' })
  id: string;

  @Field(() => ID, { description: 'The order line the units come from.' })
  orderLineId: string;

  @Field(() => Int, { description: 'Units returned.' })
  quantity: number;

  @Field(() => ReasonCodeEnum, { description: "The customer's reason (Amazon's reason codes)." })
  reasonCode: ReasonCode;

  @Field({ description: "Amazon's wording of the reason, for display." })
  reasonText: string;

  @Field(() => FaultEnum, { description: 'The fault the reason claims, before inspection.' })
  reasonFault: Fault;

  @Field(() => String, { nullable: true, description: "The customer's own words, if any." })
  customerComment: string | null;

  @Field(() => InspectionType, {
    nullable: true,
    description: 'The inspection; null until the line is inspected.',
  })
  inspection: InspectionType | null;

  @Field(() => DispositionEnum, {
    nullable: true,
    description:
      'Where the units go; set by inspection, applied to stock when inspection completes. Null until inspected.',
  })
  disposition: Disposition | null;

  @Field({
    description:
      'True when the inspector chose another disposition than the default for the grade and fault.',
  })
  dispositionOverridden: boolean;
}
