/** The demo business: Harbor & Pine, a drop-shipping seller on Amazon with five suppliers. */

export const DEMO_PASSWORD = 'rebound-demo';

export const DEMO_USERS = [
  { email: 'admin@harborpine.test', displayName: 'Ada Admin', roles: ['ADMIN'] },
  { email: 'support@harborpine.test', displayName: 'Sam Support', roles: ['SUPPORT'] },
  { email: 'warehouse@harborpine.test', displayName: 'Wes Warehouse', roles: ['WAREHOUSE'] },
  { email: 'finance@harborpine.test', displayName: 'Fiona Finance', roles: ['FINANCE'] },
  { email: 'finance2@harborpine.test', displayName: 'Frank Finance', roles: ['FINANCE'] },
  { email: 'lead@harborpine.test', displayName: 'Lee Lead', roles: ['SUPPORT', 'FINANCE'] },
] as const;

export const RETURNS_CENTRE = {
  code: 'HP-RC-RENO',
  name: 'Harbor & Pine Returns Centre',
  addressLine1: '4120 Longley Lane, Suite 5',
  city: 'Reno',
  region: 'NV',
  postalCode: '89502',
  countryCode: 'US',
} as const;

export interface DemoSupplier {
  code: string;
  name: string;
  contactEmail: string;
  returnWindowDays: number | null;
  warehouse: {
    addressLine1: string;
    city: string;
    region: string;
    postalCode: string;
    countryCode: string;
  };
  category: string;
  products: readonly (readonly [name: string, priceMinor: number, costMinor: number])[];
}

export const DEMO_SUPPLIERS: readonly DemoSupplier[] = [
  {
    code: 'VOLTA',
    name: 'Volta Electronics Co.',
    contactEmail: 'returns@volta-electronics.test',
    returnWindowDays: null,
    warehouse: {
      addressLine1: '88 Industrial Pkwy',
      city: 'Ontario',
      region: 'CA',
      postalCode: '91761',
      countryCode: 'US',
    },
    category: 'Electronics',
    products: [
      ['Wireless Earbuds Pro', 4999, 1850],
      ['USB-C Fast Charger 65W', 2999, 980],
      ['Bluetooth Speaker Mini', 3499, 1240],
      ['Smart Plug 2-Pack', 2499, 760],
      ['Noise-Cancelling Headphones', 12999, 5400],
    ],
  },
  {
    code: 'HEARTH',
    name: 'Hearth & Home Goods Ltd.',
    contactEmail: 'rma@hearthhome.test',
    returnWindowDays: null,
    warehouse: {
      addressLine1: '1500 Commerce Dr',
      city: 'Columbus',
      region: 'OH',
      postalCode: '43219',
      countryCode: 'US',
    },
    category: 'Home & Kitchen',
    products: [
      ['Ceramic Pour-Over Set', 3899, 1400],
      ['Cast Iron Skillet 12"', 4499, 1900],
      ['Linen Throw Blanket', 5999, 2100],
      ['Bamboo Cutting Board', 1999, 600],
      ['Stand Mixer 5qt', 24999, 11800],
    ],
  },
  {
    code: 'PEAK',
    name: 'Peak Outdoor Supply',
    contactEmail: 'claims@peakoutdoor.test',
    returnWindowDays: 45,
    warehouse: {
      addressLine1: '720 Trailhead Rd',
      city: 'Boise',
      region: 'ID',
      postalCode: '83709',
      countryCode: 'US',
    },
    category: 'Sports & Outdoors',
    products: [
      ['Trekking Poles (pair)', 5499, 2200],
      ['Insulated Water Bottle 1L', 2799, 800],
      ['Camping Lantern LED', 3299, 1100],
      ['Yoga Mat 6mm', 3999, 1300],
      ['Down Sleeping Bag', 18999, 8200],
    ],
  },
  {
    code: 'TINKER',
    name: 'Tinker Toys Wholesale',
    contactEmail: 'support@tinkertoys.test',
    returnWindowDays: null,
    warehouse: {
      addressLine1: '33 Playful Way',
      city: 'Allentown',
      region: 'PA',
      postalCode: '18109',
      countryCode: 'US',
    },
    category: 'Toys & Games',
    products: [
      ['Magnetic Building Tiles 60pc', 4999, 2000],
      ['Wooden Train Set', 3999, 1500],
      ['STEM Robot Kit', 6999, 3100],
      ['Puzzle 1000pc Lighthouse', 1899, 500],
    ],
  },
  {
    code: 'THREAD',
    name: 'Threadline Apparel',
    contactEmail: 'returns@threadline.test',
    returnWindowDays: null,
    warehouse: {
      addressLine1: '901 Garment Ave',
      city: 'Los Angeles',
      region: 'CA',
      postalCode: '90015',
      countryCode: 'US',
    },
    category: 'Clothing',
    products: [
      ['Merino Crew Sweater', 7999, 2900],
      ['Rain Shell Jacket', 9999, 3600],
      ['Running Shorts', 2999, 900],
      ['Wool Hiking Socks 3-Pack', 2499, 700],
    ],
  },
];

export const DEMO_CUSTOMER_NAMES = [
  'Olivia Bennett',
  'Liam Carter',
  'Emma Diaz',
  'Noah Evans',
  'Ava Foster',
  'Elijah Garcia',
  'Sophia Hughes',
  'James Ito',
  'Isabella Jensen',
  'Lucas Kim',
  'Mia Lopez',
  'Mason Murphy',
  'Amelia Nguyen',
  'Ethan Okafor',
  'Harper Patel',
  'Logan Quinn',
  'Evelyn Rossi',
  'Aiden Singh',
  'Abigail Torres',
  'Jackson Umar',
  'Emily Vasquez',
  'Sebastian Wong',
  'Ella Xu',
  'Mateo Young',
  'Scarlett Zimmer',
  'Henry Adler',
  'Grace Brooks',
  'Owen Chavez',
  'Chloe Dunn',
  'Wyatt Ellis',
] as const;
