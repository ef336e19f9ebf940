import type { ReactNode } from 'react';
import { PageHeader } from '../../../lib/page/PageHeader';
import { SubNav } from '../../../lib/page/SubNav';
import { financeUrl, supplierBalancesUrl, supplierClaimsUrl } from '../urls';

const TABS = [
  { label: 'Refunds by period', url: financeUrl() },
  { label: 'Supplier claims', url: supplierClaimsUrl() },
  { label: 'What suppliers owe', url: supplierBalancesUrl() },
];

/** The header and tabs shared by the three finance report pages. */
export function FinancePageHeader({ actions }: { readonly actions?: ReactNode }) {
  return (
    <>
      <PageHeader
        title="Finance reports"
        lead="Refunds created in a period, the claims to chase with suppliers, and what each supplier owes."
        actions={actions}
      />
      <SubNav label="Finance reports" items={TABS} />
    </>
  );
}
