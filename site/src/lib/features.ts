/** The portal's sections, and the feature each needs live at the current location. */
export const SECTIONS = [
  { feature: 'service-request', href: '/requests', label: 'My requests', description: 'Follow the problems you have reported.' },
  { feature: 'service-request', href: '/requests/new', label: 'Report a problem', description: 'Tell the management team about something that needs fixing.' },
  { feature: 'supply-request', href: '/supplies', label: 'Supplies', description: 'Order consumables from your building\'s list.' },
  { feature: 'quality-checks', href: '/quality-checks', label: 'Quality checks', description: 'Inspection results for your building.' },
  { feature: 'whos-working', href: '/whos-working', label: "Who's working", description: 'The staff on duty at your building now.' },
  { feature: 'documents', href: '/documents', label: 'Documents', description: 'House rules, safety information, certificates and more.' },
  { feature: 'file-storage', href: '/files-shared', label: 'Files', description: 'Files shared with your building.' },
  { feature: 'announcements', href: '/announcements', label: 'Announcements', description: 'News from the management team for your building.' },
  { feature: 'surveys', href: '/surveys', label: 'Surveys', description: 'Short surveys from the management team.' },
  { feature: 'feedback', href: '/feedback', label: 'Feedback', description: 'Tell us how satisfied you are with the service.' },
] as const;

export const offers = (location: { features: string[] } | null, feature: string) => Boolean(location?.features.includes(feature));

export const sectionsFor = (location: { features: string[] } | null) => SECTIONS.filter((section) => offers(location, section.feature));
