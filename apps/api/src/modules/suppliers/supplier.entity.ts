import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A supplier that ships straight to customers and takes supplier-fault returns back. */
@Entity({ name: 'suppliers' })
export class SupplierEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'contact_email', type: 'text' })
  contactEmail: string;

  /** Days a customer has to return this supplier's items; null means the policy default. */
  @Column({ name: 'return_window_days', type: 'integer', nullable: true })
  returnWindowDays: number | null;

  /** Days after which an unanswered recovery claim is considered overdue. */
  @Column({ name: 'claim_terms_days', type: 'integer', default: 30 })
  claimTermsDays: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
