import { RETURN_SHIPPING_PAYERS } from '@rebound/domain';
import { enumFromList } from '../../common/graphql/enum-from-list';
import { CARRIER_SCAN_EVENTS, CARRIERS } from './carrier';

export const CarrierEnum = enumFromList(
  CARRIERS,
  'Carrier',
  'A parcel carrier Rebound issues prepaid return labels with.',
  {
    UPS: 'UPS; tracking numbers look like 1Z followed by 16 letters and digits.',
    USPS: 'United States Postal Service; 22-digit tracking numbers starting with 92.',
    FEDEX: 'FedEx; 12-digit tracking numbers.',
  },
);

export const CarrierScanEventEnum = enumFromList(
  CARRIER_SCAN_EVENTS,
  'CarrierScanEvent',
  'What the carrier reported when it scanned a return parcel.',
  {
    PICKED_UP: 'The carrier collected the parcel from the customer or a drop-off point.',
    IN_TRANSIT: 'The parcel passed through a carrier facility on its way.',
    OUT_FOR_DELIVERY: 'The parcel is on the vehicle delivering it to the return address.',
    DELIVERED: 'The carrier delivered the parcel to the return address.',
    EXCEPTION: 'Something went wrong (damaged, address problem, delay); see the location.',
  },
);

export const ReturnShippingPayerEnum = enumFromList(
  RETURN_SHIPPING_PAYERS,
  'ReturnShippingPayer',
  'Who pays for shipping a return back: the customer when every line is their fault, otherwise the seller.',
  {
    CUSTOMER: 'The customer: the label cost is deducted from their refund.',
    SELLER: 'The seller: postage is on the seller, and recovered from the supplier where at fault.',
  },
);
