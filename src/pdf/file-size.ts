import { formatNumber } from '../i18n/format.ts';

/** A file size as readers write it: "840 kB", "1,2 MB" (decimal units, as download dialogs show them). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${formatNumber(bytes / 1_000_000)} MB`;
}
