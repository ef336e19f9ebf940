import type { Role } from '@rebound/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from './role.enum';

@ObjectType('User', { description: 'A person who signs in to Rebound.' })
export class UserType {
  @Field(() => ID, { description: 'Stable identifier of the user.' })
  id: string;

  @Field({ description: 'Sign-in email address.' })
  email: string;

  @Field({ description: 'Name shown in timelines and approvals.' })
  displayName: string;

  @Field(() => [RoleEnum], { description: 'Every role the user holds.' })
  roles: Role[];
}
