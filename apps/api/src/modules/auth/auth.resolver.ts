import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AllowPublic, AllowSignedIn } from '../../common/auth/allow';
import { AppError } from '../../common/errors/app-error';
import { runMutation } from '../../common/run-mutation';
import type { AuthenticatedUser, RequestContext } from '../../context';
import { recordAudit } from '../audit/audit.service';
import { UserType } from '../users/user.type';
import { createApiToken, listApiTokens, revokeApiToken, signIn, signOut } from './auth.service';
import {
  ApiTokenType,
  CreateApiTokenInput,
  CreateApiTokenPayload,
  RevokeApiTokenInput,
  SignInInput,
  SignInPayload,
} from './auth.types';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

function signedIn(ctx: RequestContext): RequestContext & { user: AuthenticatedUser } {
  if (ctx.user === null) throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
  return { ...ctx, user: ctx.user };
}

@Resolver()
export class AuthResolver {
  @AllowPublic()
  @Query(() => UserType, {
    nullable: true,
    description: 'The signed-in user, or null. Anyone may ask.',
  })
  viewer(@Ctx() ctx: RequestContext): UserType | null {
    return ctx.user === null ? null : { ...ctx.user, roles: [...ctx.user.roles] };
  }

  @AllowPublic()
  @Mutation(() => SignInPayload, {
    description:
      'Signs in with email and password and sets the httpOnly session cookie. Anyone may call it; wrong pairs get INVALID_CREDENTIALS.',
  })
  async signIn(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'Email and password of the account.' }) input: SignInInput,
  ): Promise<SignInPayload> {
    const session = await signIn(ctx.dataSource, input.email, input.password).catch(
      async (error: unknown) => {
        await recordAudit(ctx.dataSource.manager, ctx, {
          action: 'signIn',
          targetType: 'User',
          targetId: null,
          before: null,
          after: { email: input.email },
          outcome: 'DENIED',
          errorCode: error instanceof AppError ? error.code : 'INTERNAL_SERVER_ERROR',
        });
        throw error;
      },
    );
    await recordAudit(
      ctx.dataSource.manager,
      { ...ctx, user: session.user },
      {
        action: 'signIn',
        targetType: 'User',
        targetId: session.user.id,
        before: null,
        after: null,
        outcome: 'SUCCEEDED',
        errorCode: null,
      },
    );
    if (ctx.http !== null) {
      setSessionCookie(
        ctx.http.response,
        session.secret,
        session.expiresAt,
        ctx.http.request.secure,
      );
    }
    return {
      user: { ...session.user, roles: [...session.user.roles] },
      expiresAt: session.expiresAt,
    };
  }

  @AllowSignedIn()
  @Mutation(() => Boolean, {
    description: 'Ends the current session and clears its cookie. Any signed-in user.',
  })
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    const done = await runMutation(
      ctx,
      { action: 'signOut', targetType: 'User', targetId: ctx.user?.id ?? null },
      signOut,
    );
    if (ctx.http !== null) clearSessionCookie(ctx.http.response, ctx.http.request.secure);
    return done;
  }

  @AllowSignedIn()
  @Query(() => [ApiTokenType], {
    description: "The caller's API tokens, newest first. Any signed-in user.",
  })
  apiTokens(@Ctx() ctx: RequestContext): Promise<ApiTokenType[]> {
    return listApiTokens(signedIn(ctx));
  }

  @AllowSignedIn()
  @Mutation(() => CreateApiTokenPayload, {
    description:
      'Creates an API token acting as the caller; its secret is shown once. Any signed-in user.',
  })
  createApiToken(
    @Ctx() ctx: RequestContext,
    @Arg('input', {
      description: 'Name of the new token and whether it may send ad-hoc documents.',
    })
    input: CreateApiTokenInput,
  ): Promise<CreateApiTokenPayload> {
    return runMutation(
      ctx,
      { action: 'createApiToken', targetType: 'ApiToken', targetId: null },
      (tx) => createApiToken(tx, input.name, input.allowAdHoc),
    );
  }

  @AllowSignedIn()
  @Mutation(() => ApiTokenType, {
    description: "Revokes one of the caller's API tokens (ADMIN: anyone's).",
  })
  revokeApiToken(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The token to revoke.' }) input: RevokeApiTokenInput,
  ): Promise<ApiTokenType> {
    return runMutation(
      ctx,
      { action: 'revokeApiToken', targetType: 'ApiToken', targetId: input.id },
      (tx) => revokeApiToken(tx, input.id),
    );
  }
}
