const ONE_DECIMAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** A file size as readers write it: "840 kB", "1,2 MB" (decimal units, as download dialogs show them). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${ONE_DECIMAL.format(bytes / 1_000_000)} MB`;
}
