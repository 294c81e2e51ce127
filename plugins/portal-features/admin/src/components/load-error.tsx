import * as React from 'react';
import { Alert, Link } from '@strapi/design-system';
import { isFetchError, useAPIErrorHandler } from '@strapi/strapi/admin';
import { NavLink, useLocation } from 'react-router-dom';

interface FieldError {
  path?: string[];
  message?: string;
}

/**
 * Turns a failed request into words: the server's per-field messages ("pageSize must be …") when
 * it sent them, else its general message.
 */
export const useErrorFormatter = () => {
  const { formatAPIError } = useAPIErrorHandler();
  return React.useCallback(
    (error: unknown) => {
      if (isFetchError(error)) {
        const details = error.response?.data?.error?.details as { errors?: FieldError[] } | undefined;
        const messages = (details?.errors ?? []).map((entry) => entry.message).filter(Boolean);
        if (messages.length > 0) return messages.join('. ') + '.';
      }
      return formatAPIError(error as Parameters<typeof formatAPIError>[0]);
    },
    [formatAPIError],
  );
};

/** Says why a list could not be loaded, with a way back to the unfiltered first page. */
export const LoadError = ({ title, error }: { title: string; error: unknown }) => {
  const { pathname } = useLocation();
  const [dismissed, setDismissed] = React.useState<unknown>(null);
  const text = useErrorFormatter()(error);
  if (dismissed === error) return null;

  return (
    <Alert
      variant="danger"
      title={title}
      closeLabel="Dismiss"
      onClose={() => setDismissed(error)}
      action={
        <Link tag={NavLink} to={pathname}>
          Clear the search and filters
        </Link>
      }
    >
      {text}
    </Alert>
  );
};
