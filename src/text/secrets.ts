/**
 * Secrets out of text we show: each one replaced by *** wherever it appears, as written or as a
 * JSON string or a URL would carry it (a request body, a query), longest first, so no part of a
 * longer secret survives a shorter one's replacement.
 */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  const forms = [...new Set(secrets.filter((s) => s.length > 0).flatMap((s) => [s, JSON.stringify(s).slice(1, -1), encodeURIComponent(s)]))].sort(
    (a, b) => b.length - a.length,
  );
  return forms.reduce((masked, form) => masked.split(form).join('***'), text);
}
