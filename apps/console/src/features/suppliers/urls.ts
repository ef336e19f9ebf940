import { withQuery } from '../../lib/url';

export const suppliersPath = '/suppliers';
export const supplierPath = '/suppliers/:supplierId';

export interface SuppliersParams {
  /** Name or code contains this text. */
  readonly q?: string | undefined;
  readonly after?: string | undefined;
  /** The `after` of each earlier page, so Previous is a link (lib/ui/keyset-pages). */
  readonly trail?: readonly string[] | undefined;
}

export const suppliersUrl = (params: SuppliersParams = {}): string =>
  withQuery(suppliersPath, { ...params });

export const supplierUrl = (supplierId: string): string =>
  `${suppliersPath}/${encodeURIComponent(supplierId)}`;
