import { AuthResolver } from '../modules/auth/auth.resolver';
import { ReturnStatsResolver } from '../modules/returns/return-stats.resolver';

/** Every resolver class of the API; a module's resolvers are added here. */
export const resolvers = [AuthResolver, ReturnStatsResolver] as const;
