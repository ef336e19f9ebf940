import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JsonObject } from '../../common/json';

export type AuditOutcome = 'SUCCEEDED' | 'DENIED' | 'FAILED';

/** One attempted mutation: who, as what, did what to which target, and with what result. */
@Entity({ name: 'audit_events' })
@Index('audit_events_target_idx', ['targetType', 'targetId', 'occurredAt'])
@Index('audit_events_occurred_at_idx', ['occurredAt'])
@Check('audit_events_outcome_check', `outcome IN ('SUCCEEDED', 'DENIED', 'FAILED')`)
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: number;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** Null for SYSTEM or an anonymous caller. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_roles', type: 'text', array: true })
  actorRoles: string[];

  /** The GraphQL mutation (authorizeReturn, adjustStock…). */
  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType: string | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: JsonObject | null;

  @Column({ type: 'jsonb', nullable: true })
  after: JsonObject | null;

  @Column({ type: 'text' })
  outcome: AuditOutcome;

  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode: string | null;

  @Column({ name: 'request_id', type: 'text' })
  requestId: string;
}
