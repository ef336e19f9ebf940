import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A client-chosen key making a mutation safe to retry: the same key and input replays the first
 * answer; the same key with other input is refused. Kept at least 7 days.
 */
@Entity({ name: 'idempotency_keys' })
@Check('idempotency_keys_state_check', `state IN ('IN_PROGRESS', 'COMPLETED')`)
export class IdempotencyKeyEntity {
  /** The operation the key belongs to, e.g. issueRefund. */
  @PrimaryColumn({ type: 'text' })
  scope: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** SHA-256 of the canonical input: another input under the same key is a mismatch. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Column({ type: 'text' })
  state: 'IN_PROGRESS' | 'COMPLETED';

  /** The first answer, replayed to later calls with the same key and input. */
  @Column({ type: 'jsonb', nullable: true })
  response: object | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Index('idempotency_keys_expires_at_idx')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
