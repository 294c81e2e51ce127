/** Document categories, as residents read them, in the order the Documents page shows them. */
export const DOCUMENT_CATEGORIES: Record<string, string> = {
  'house-rules': 'House rules',
  safety: 'Safety',
  certificates: 'Certificates',
  contracts: 'Contracts',
  reports: 'Reports',
  manuals: 'Manuals',
  other: 'Other',
};
