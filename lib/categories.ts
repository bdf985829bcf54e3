// The controlled vocabulary of categories: the one place that says which `category` ids exist.
// Ids follow the Prometheus docs' exporter list headings, plus native software and client libraries.

export const CATEGORY_IDS = [
  'databases',
  'hardware',
  'issue-trackers-and-ci',
  'messaging',
  'storage',
  'http',
  'apis',
  'logging',
  'finops',
  'iot',
  'other-monitoring-systems',
  'miscellaneous',
  'software-exposing-metrics-natively',
  'client-libraries',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  databases: 'Databases',
  hardware: 'Hardware related',
  'issue-trackers-and-ci': 'Issue trackers and continuous integration',
  messaging: 'Messaging systems',
  storage: 'Storage',
  http: 'HTTP',
  apis: 'APIs',
  logging: 'Logging',
  finops: 'FinOps',
  iot: 'IoT',
  'other-monitoring-systems': 'Other monitoring systems',
  miscellaneous: 'Miscellaneous',
  'software-exposing-metrics-natively': 'Software exposing Prometheus metrics natively',
  'client-libraries': 'Client libraries',
};

export function isCategoryId(value: string): value is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(value);
}

export function categoryLabel(id: string): string {
  return isCategoryId(id) ? CATEGORY_LABELS[id] : id;
}
