/**
 * Untrusted text written to the job log. The runner treats a line starting with `::` (or the older
 * `##[`) as a workflow command, so a spec could set outputs, add to PATH or mask nothing at all.
 * A zero-width space between the two characters keeps the text readable and inert.
 */
export function inertLogText(text: string): string {
  return text.replace(/::/g, ':\u200b:').replace(/##\[/g, '#\u200b#[');
}
