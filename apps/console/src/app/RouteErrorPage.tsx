import { isRouteErrorResponse, useRouteError } from 'react-router';

function describe(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  if (error instanceof Error) return error.message;
  return 'Unknown error';
}

/** A screen crashed while rendering: say so plainly instead of a blank page. */
export function RouteErrorPage() {
  const error = useRouteError();
  return (
    <section className="notice notice--error" role="alert" aria-labelledby="route-error-title">
      <title>Something went wrong · Rebound</title>
      <h1 id="route-error-title" className="notice__title">
        Something went wrong
      </h1>
      <p className="notice__body">
        This screen failed to render. Reloading usually helps; if it does not, tell the team what
        you were doing.
      </p>
      <pre className="notice__meta">{describe(error)}</pre>
      <button
        type="button"
        className="button"
        onClick={() => {
          window.location.reload();
        }}
      >
        Reload
      </button>
    </section>
  );
}
