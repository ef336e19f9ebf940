import type { ReactNode } from 'react';

interface DashboardPageProps {
  readonly children: ReactNode;
}

export function DashboardPage({ children }: DashboardPageProps) {
  return (
    <>
      <title>Dashboard · Rebound</title>
      <header className="page-header">
        <h1 className="page-header__title">Dashboard</h1>
        <p className="page-header__lead">Every return, by where it is in its lifecycle.</p>
      </header>
      {children}
    </>
  );
}
