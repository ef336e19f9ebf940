import { describeApiHealth } from '../../lib/health/api-health';
import { useApiHealth } from '../../lib/health/use-api-health';

const timeFormat = new Intl.DateTimeFormat('en-US', { timeStyle: 'medium' });

export function ApiStatus() {
  const health = useApiHealth();
  const { tone, label } = describeApiHealth(health);
  const checked =
    health.kind === 'checking' ? undefined : `Checked at ${timeFormat.format(health.checkedAt)}`;
  return (
    <p className={`api-status api-status--${tone}`} role="status" title={checked}>
      <span className="api-status__dot" aria-hidden="true" />
      {label}
    </p>
  );
}
