import * as React from 'react';
import { SearchForm, Searchbar } from '@strapi/design-system';

interface SearchFieldProps {
  /** The accessible label (visually hidden by the design system's search bar). */
  label: string;
  placeholder?: string;
  name?: string;
  value: string;
  onSearch: (value: string) => void;
}

/** A search box that submits on Enter and clears with its clear button. */
export const SearchField = ({ label, placeholder, name = 'q', value, onSearch }: SearchFieldProps) => {
  const [text, setText] = React.useState(value);
  React.useEffect(() => setText(value), [value]);

  return (
    <SearchForm
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
    >
      <Searchbar
        name={name}
        value={text}
        placeholder={placeholder}
        clearLabel="Clear search"
        onChange={(event) => setText(event.target.value)}
        onClear={() => {
          setText('');
          onSearch('');
        }}
      >
        {label}
      </Searchbar>
    </SearchForm>
  );
};
