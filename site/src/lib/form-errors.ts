/**
 * The ARIA attributes of a control that may carry an error: invalid, and described by its hint
 * and by its message (rendered with the id `<control id>-error`). Spread onto the control.
 */
export const errorAttributes = (errors: Record<string, string>, id: string, hint?: string) => ({
  'aria-invalid': errors[id] ? ('true' as const) : undefined,
  'aria-describedby': [hint, errors[id] ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined,
});
