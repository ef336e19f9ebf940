import type { ComponentProps } from 'react';
import { PageHeader as UiPageHeader } from '../ui/Layout';
import './page.css';

type PageHeaderProps = ComponentProps<typeof UiPageHeader> & {
  /** The browser tab's title, before " · Rebound". */
  readonly title: string;
};

/** The UI kit's page header, plus the document title every page of the console sets. */
export function PageHeader(props: PageHeaderProps) {
  return (
    <>
      <title>{`${props.title} · Rebound`}</title>
      <UiPageHeader {...props} />
    </>
  );
}
