export function NoReturnsYet() {
  return (
    <section className="notice" aria-labelledby="no-returns-title">
      <h2 id="no-returns-title" className="notice__title">
        No returns yet
      </h2>
      <p className="notice__body">
        The API answered, but it holds no returns. Counts per status appear here as soon as the
        first return is requested.
      </p>
      <p className="notice__body">
        To explore with demo data, run <code>pnpm start</code> from the repository root: it starts
        the API and the console and seeds demo returns.
      </p>
    </section>
  );
}
