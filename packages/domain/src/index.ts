// Public API of @rebound/domain: pure business rules shared by the API, the console and workers.

export * from './result/domain-error';
export * from './result/result';

export * from './money/currency';
export * from './money/money';
export * from './money/parse-money';
export * from './money/format-money';
export * from './money/share';
export { allocate, allocateMoney } from './money/allocate';

export * from './calendar/local-date';
export * from './calendar/time-zone';

export * from './actors/actor';

export * from './reasons/fault';
export * from './reasons/reason-catalogue';
export * from './reasons/decline-reasons';
export * from './reasons/return-shipping-payer';

export * from './order/order-line';

export * from './policy/return-policy';
export * from './policy/return-window';
export * from './policy/override-reason';
export * from './policy/assess-return-request';
export * from './policy/returnless';

export * from './fsm/machine-definition';
export * from './fsm/check-machine-definition';
export * from './fsm/define-machine';

export * from './return-machine/return-status';
export * from './return-machine/return-guards';
export * from './return-machine/return-machine';

export * from './refund-machine/refund-status';
export * from './refund-machine/refund-guards';
export * from './refund-machine/refund-machine';

export * from './refund-math/refund-policy';
export * from './refund-math/refund-types';
export { restockingFeePercent } from './refund-math/price-returned-line';
export { checkWithinRemaining } from './refund-math/settle-refund';
export * from './refund-math/calculate-refund';

export * from './approval/large-refund';
export * from './approval/approval';

export * from './disposition/inspection-grade';
export * from './disposition/inspected-fault';
export * from './disposition/disposition';

export * from './supplier-claim/supplier-claim';

export * from './sla/business-days';
export * from './sla/sla-clock';
