import { Badge } from '../../../lib/ui/Badge';
import { formatDateTime, formatMoney } from '../../../lib/ui/format';
import { Panel } from '../../../lib/ui/Layout';
import type { Viewer } from '../../auth/roles';
import { approvalBlock } from '../refund-actions';
import {
  liveApprovals,
  reapprovalNeeded,
  submitterLabel,
  type RefundDetail,
} from '../refund-detail';

interface FourEyesPanelProps {
  readonly refund: RefundDetail;
  readonly viewer: Viewer;
}

interface Step {
  readonly label: string;
  readonly who: string;
  readonly when: string | null;
  readonly done: boolean;
}

/** The large-refund rule made visible: who submitted, who approved, who still may. */
export function FourEyesPanel({ refund, viewer }: FourEyesPanelProps) {
  const threshold = formatMoney(refund.approvalThreshold.amount, refund.approvalThreshold.currency);
  const approvals = liveApprovals(refund);
  const reapproval = reapprovalNeeded(refund);
  const awaitingApproval = refund.status === 'PENDING_APPROVAL' || reapproval;
  const block = awaitingApproval
    ? approvalBlock({
        status: refund.status,
        roles: viewer.roles,
        viewerId: viewer.id,
        submittedById: refund.submittedById,
        reapprovalNeeded: reapproval,
      })
    : null;
  const submitted = refund.submittedAt !== null && refund.submittedAt !== undefined;
  const steps: Step[] = [
    {
      label: 'Submitted by',
      who: submitterLabel(refund, viewer.id),
      when: refund.submittedAt ?? null,
      done: submitted,
    },
    // Approvals a change of amount voided: they no longer count, but the history stays visible.
    ...refund.approvals
      .filter((approval) => approval.voidedAt !== null && approval.voidedAt !== undefined)
      .map((approval) => ({
        label: 'Approval voided',
        who: `${approval.approverId === viewer.id ? `${approval.approverName} (you)` : approval.approverName} approved ${formatMoney(approval.amount, refund.total.currency)}`,
        when: approval.voidedAt ?? null,
        done: false,
      })),
    ...(refund.needsApproval
      ? approvals.length > 0
        ? approvals.map((approval) => ({
            label: 'Approved by',
            who:
              approval.approverId === viewer.id
                ? `${approval.approverName} (you)`
                : approval.approverName,
            when: approval.approvedAt,
            done: true,
          }))
        : [
            {
              label: 'Approval',
              who:
                refund.status === 'REJECTED'
                  ? 'Not given'
                  : reapproval
                    ? 'Needed again: the amount changed after it was approved'
                    : submitted
                      ? 'Waiting for a finance user other than the submitter'
                      : 'Needed after submission',
              when: null,
              done: false,
            },
          ]
      : []),
    {
      label: 'Issued',
      who: refund.status === 'ISSUED' ? 'Money sent' : 'Not yet',
      when: refund.issuedAt ?? null,
      done: refund.status === 'ISSUED',
    },
  ];
  return (
    <Panel title="Approval">
      <div className="four-eyes">
        <p>
          {refund.needsApproval ? (
            <>
              <Badge tone="accent">Two people</Badge> At or above {threshold}: whoever submits it
              cannot approve it.
            </>
          ) : (
            <>Below {threshold}: approved on submission, no second approver needed.</>
          )}
        </p>
        <ol className="four-eyes__steps">
          {steps.map((step, index) => (
            <li key={`${step.label}-${index}`} className={step.done ? 'is-done' : undefined}>
              <span className="four-eyes__label">{step.label}</span>
              <span className="four-eyes__who">{step.who}</span>
              {step.when !== null && (
                <span className="muted small">{formatDateTime(step.when)}</span>
              )}
            </li>
          ))}
        </ol>
        {awaitingApproval && (
          <p className={`four-eyes__verdict${block === null ? ' is-allowed' : ''}`} role="note">
            {block === null
              ? 'You may approve this refund.'
              : block === 'own-submission'
                ? 'You submitted this refund, so you cannot approve it. Another finance user must.'
                : 'Only a finance user other than the submitter may approve it.'}
          </p>
        )}
      </div>
    </Panel>
  );
}
