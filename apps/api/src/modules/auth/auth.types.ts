import { IsEmail, IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserType } from '../users/user.type';

@InputType({ description: 'Email and password of a Rebound user.' })
export class SignInInput {
  @Field({ description: 'The email address the user signs in with.' })
  @IsEmail({}, { message: 'must be an email address' })
  email: string;

  @Field({ description: 'The password (sent once; never stored or logged).' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  password: string;
}

@ObjectType({ description: 'The result of signing in: the session cookie is set on the response.' })
export class SignInPayload {
  @Field(() => UserType, { description: 'The signed-in user.' })
  user: UserType;

  @Field({ description: 'When the session ends unless the user signs in again.' })
  expiresAt: Date;
}

@InputType({ description: 'A new API token for an integration.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Seller Central sync".' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  name: string;

  @Field({
    defaultValue: false,
    description:
      'Allow this token to send ad-hoc GraphQL documents in production, not only the trusted ones.',
  })
  allowAdHoc: boolean;
}

@ObjectType('ApiToken', {
  description: 'An API token: bearer credential of an integration, acting as its owner.',
})
export class ApiTokenType {
  @Field(() => ID, { description: 'Stable identifier of the token.' })
  id: string;

  @Field({ description: 'What the token is for.' })
  name: string;

  @Field({ description: 'Whether the token may send ad-hoc documents in production.' })
  allowAdHoc: boolean;

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it works.' })
  revokedAt: Date | null;
}

@ObjectType({ description: 'A newly created API token with its secret, shown this once.' })
export class CreateApiTokenPayload {
  @Field(() => ApiTokenType, { description: 'The token.' })
  token: ApiTokenType;

  @Field({
    description:
      'The secret to send as `Authorization: Bearer <secret>`; it is not stored and cannot be shown again.',
  })
  secret: string;
}

@InputType({ description: 'Which API token to revoke.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'The token to revoke.' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;
}
