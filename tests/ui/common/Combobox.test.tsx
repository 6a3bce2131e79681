// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Combobox } from '../../../src/ui/common/Combobox';
import { filterOptions } from '../../../src/ui/common/filterOptions';

const GROUPS = [
  { id: 'support', label: 'Education support' },
  { id: 'higher', label: 'Higher education' },
];
const OPTIONS = [
  { id: 'clb', label: 'Pupil-guidance centre (CLB)', group: 'support' },
  { id: 'pbd', label: 'Pedagogical support', group: 'support', hint: 'pedagogische begeleiding' },
  { id: 'uni', label: 'University', group: 'higher' },
  { id: 'te', label: 'Teacher education', group: 'higher' },
];

function Harness({ onChange }: { onChange: (id: string | null) => void }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <Combobox
      label="Type"
      options={OPTIONS}
      groups={GROUPS}
      value={value}
      emptyText="No match"
      onChange={(id) => {
        setValue(id);
        onChange(id);
      }}
    />
  );
}

describe('filterOptions', () => {
  it('matches every word in label, hint or group, accent- and case-insensitively', () => {
    expect(filterOptions(OPTIONS, 'clb').map((o) => o.id)).toEqual(['clb']);
    expect(filterOptions(OPTIONS, 'bégeleiding').map((o) => o.id)).toEqual(['pbd']);
    expect(filterOptions(OPTIONS, 'higher', GROUPS).map((o) => o.id)).toEqual(['uni', 'te']);
    expect(filterOptions(OPTIONS, 'te').map((o) => o.id)[0]).toBe('te'); // prefix first
    expect(filterOptions(OPTIONS, '')).toHaveLength(4);
  });
});

describe('Combobox', () => {
  it('filters as you type and picks with the keyboard', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Type' });
    fireEvent.change(input, { target: { value: 'teach' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Teacher education']);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('te');
    expect((input as HTMLInputElement).value).toBe('Teacher education');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows groups, moves with arrows and closes on Escape without picking', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const input = screen.getByRole('combobox');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByRole('group').map((g) => g.getAttribute('aria-labelledby'))).toHaveLength(
      2,
    );
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const activeId = input.getAttribute('aria-activedescendant');
    expect(document.getElementById(activeId!)?.textContent).toBe('University');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says when nothing matches', () => {
    render(<Harness onChange={() => {}} />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'zzz' } });
    expect(screen.getByText('No match')).toBeTruthy();
  });
});
