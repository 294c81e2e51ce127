import * as React from 'react';
import { isFetchError, useAPIErrorHandler } from '@strapi/strapi/admin';

interface FieldError {
  path?: Array<string | number>;
  message?: string;
}

const detailsOf = (error: unknown): FieldError[] => {
  if (!isFetchError(error)) return [];
  const details = error.response?.data?.error?.details as { errors?: FieldError[] } | undefined;
  return Array.isArray(details?.errors) ? details.errors : [];
};

/** The HTTP status of a refused request, if the server answered at all. */
export const statusOf = (error: unknown): number | undefined => (isFetchError(error) ? error.status : undefined);

/** The server's messages by the first segment of their field path ("note", "body", "type"), for inline errors. */
export const fieldErrorsOf = (error: unknown): Record<string, string> => {
  const byField: Record<string, string> = {};
  for (const entry of detailsOf(error)) {
    const field = entry.path?.[0];
    if (field !== undefined && entry.message && !(String(field) in byField)) byField[String(field)] = entry.message;
  }
  return byField;
};

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * What the server said, in words a person can act on: its message ("Triage this ticket first…"),
 * then each per-field message it sent that says something more ("Keep the note under 2,000 characters").
 */
export const useErrorFormatter = () => {
  const { formatAPIError } = useAPIErrorHandler();
  return React.useCallback(
    (error: unknown) => {
      const general = isFetchError(error) ? (error.response?.data?.error?.message as string | undefined) : undefined;
      const fieldMessages = [...new Set(detailsOf(error).map((entry) => entry.message))].filter(
        (message): message is string => Boolean(message) && message !== general,
      );
      if (general) return [general, ...fieldMessages].map(sentence).join(' ');
      return formatAPIError(error as Parameters<typeof formatAPIError>[0]);
    },
    [formatAPIError],
  );
};
