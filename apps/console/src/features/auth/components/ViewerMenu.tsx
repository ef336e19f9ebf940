import { describeRoles, initialsOf } from '../roles';
import { useSignedInUser } from '../signed-in-user';
import { useSignOut } from '../use-sign-out';

/** The header's account area: who is signed in, as what, and the way out. */
export function ViewerMenu() {
  const viewer = useSignedInUser();
  const { signOut, sending, error } = useSignOut();
  return (
    <div className="viewer-menu">
      <span className="viewer-menu__avatar" aria-hidden="true">
        {initialsOf(viewer.displayName)}
      </span>
      <p className="viewer-menu__who">
        <span className="viewer-menu__name" title={viewer.email}>
          {viewer.displayName}
        </span>
        <span className="viewer-menu__roles">
          <span className="visually-hidden">Roles: </span>
          {describeRoles(viewer.roles)}
        </span>
      </p>
      <button type="button" className="button button--quiet" onClick={signOut} disabled={sending}>
        {sending ? 'Signing out…' : 'Sign out'}
      </button>
      {error !== null && (
        <p className="viewer-menu__error" role="alert">
          Couldn&apos;t sign out: {error.message}
        </p>
      )}
    </div>
  );
}
