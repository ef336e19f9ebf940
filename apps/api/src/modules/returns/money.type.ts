// The one GraphQL `Money` type lives in catalog; re-exported here for modules that import it from returns.
export { MoneyType } from '../catalog/money.type';
