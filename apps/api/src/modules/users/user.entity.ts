import { ROLES, type Role } from '@rebound/domain';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../common/sql';

/** A person who signs in to Rebound; one person may hold several roles. */
@Entity({ name: 'users' })
@Check('users_roles_check', `roles <@ ARRAY[${sqlList(ROLES)}]::text[] AND cardinality(roles) > 0`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;
}
