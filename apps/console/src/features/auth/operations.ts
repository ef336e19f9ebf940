import { graphql } from '../../lib/graphql/generated';

export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      email
      displayName
      roles
    }
  }
`);

export const signInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        email
        displayName
        roles
      }
      expiresAt
    }
  }
`);

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
