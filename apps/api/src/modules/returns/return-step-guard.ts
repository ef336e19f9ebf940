import { AppError } from '../../common/errors/app-error';
import type { ReturnEntity } from './return.entity';

/**
 * Refuses a step that does not change the status (inspecting a line, overriding a disposition)
 * unless the return is in one of `allowed`, with the same code and facts as a refused transition.
 */
export function requireStatusFor(
  rma: Pick<ReturnEntity, 'rmaNumber' | 'status'>,
  step: string,
  allowed: readonly ReturnEntity['status'][],
): void {
  if (allowed.includes(rma.status)) return;
  throw new AppError(
    'INVALID_TRANSITION',
    `Cannot ${step} on return ${rma.rmaNumber}: it is ${rma.status}, and ${step} is only possible while it is ${allowed.join(' or ')}`,
    { from: rma.status, event: step, to: null, allowedFrom: [...allowed] },
  );
}
