import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size.ts';

describe('a file size in a link text', () => {
  it('is written in kB below a megabyte and in MB with one Dutch decimal above', () => {
    expect(formatFileSize(307_412)).toBe('307 kB');
    expect(formatFileSize(120)).toBe('1 kB');
    expect(formatFileSize(1_234_567)).toBe('1,2 MB');
  });
});
