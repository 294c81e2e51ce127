import { Badge } from '@strapi/design-system';

export type Tone = 'primary' | 'secondary' | 'alternative' | 'success' | 'warning' | 'danger' | 'neutral';

/** The darkest text of each tone that reads at 4.5:1 on its pale background (no warning text does). */
const TEXT = {
  primary: 'primary700',
  secondary: 'secondary700',
  alternative: 'alternative700',
  success: 'success700',
  warning: 'neutral800',
  danger: 'danger700',
  neutral: 'neutral700',
} as const;

/**
 * A badge with darker text than the design system's own variants, whose small size falls under
 * the contrast WCAG asks for (its "danger" text on pink measures 3.9:1, "warning" 3.6:1).
 */
export const ToneBadge = ({ tone, children }: { tone: Tone; children: React.ReactNode }) => (
  <Badge size="S" backgroundColor={`${tone}100`} textColor={TEXT[tone]} borderColor={`${tone}${tone === 'warning' ? '500' : '200'}`}>
    {children}
  </Badge>
);
