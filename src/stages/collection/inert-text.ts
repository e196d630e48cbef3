/**
 * Postman substitutes `{{name}}` in a request's URL, headers, body and auth just before sending,
 * from every variable scope, credentials included. Spec text that lands in those places must not
 * be read as a variable reference, or an example such as `{{apiKey}}` would send the secret to
 * wherever the request goes. There is no escape syntax, so each place gets its own equivalent
 * spelling without two adjacent braces.
 */

const ADJACENT = /\{(?=\{)/g;

/** Whether Postman would try to substitute something in this text. */
export function hasVariableSyntax(text: string): boolean {
  return text.includes('{{');
}

/** JSON text: two adjacent braces can only occur inside strings, where `\u007b` spells the same value. */
export function inertJson(json: string): string {
  return json.replace(ADJACENT, '\\u007b');
}

/** URL parts and form bodies are percent-encoded anyway: `{` is `%7B`. */
export function encodeComponent(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Text with no encoding to hide in (header values, multipart fields, plain bodies): a space keeps the braces apart. */
export function splitBraces(text: string): string {
  return text.replace(ADJACENT, '{ ');
}
