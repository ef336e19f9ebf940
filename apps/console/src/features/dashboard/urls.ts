import { withQuery } from '../../lib/url';

export const dashboardSection = '/';
export const dashboardPath = dashboardSection;

/** The dashboard takes no params yet; the builder exists so links never hard-code the path. */
export const dashboardUrl = (): string => withQuery(dashboardPath);
