import * as React from 'react';
import { Alert, Link } from '@strapi/design-system';
import { NavLink, useLocation } from 'react-router-dom';
import { useErrorFormatter } from '../hooks/use-error-formatter';

interface LoadErrorProps {
  title: string;
  error: unknown;
  /** What the person can do about it; a list's default is a way back to its unfiltered first page. */
  action?: React.ReactNode;
}

const ClearFilters = () => {
  const { pathname } = useLocation();
  return (
    <Link tag={NavLink} to={pathname}>
      Clear the search and filters
    </Link>
  );
};

/** Says why something could not be loaded, in the server's words. */
export const LoadError = ({ title, error, action = <ClearFilters /> }: LoadErrorProps) => {
  const [dismissed, setDismissed] = React.useState<unknown>(null);
  const text = useErrorFormatter()(error);
  if (dismissed === error) return null;

  return (
    <Alert variant="danger" title={title} closeLabel="Dismiss" onClose={() => setDismissed(error)} action={action}>
      {text}
    </Alert>
  );
};
